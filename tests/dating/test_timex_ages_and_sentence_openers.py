"""French ages said of a person noun or with "avoir" (no duration, whatever the noun), a time opening its
sentence told in the tense of the main clause however far its verb, and "since" before a gap ("since
shortly after the Oct. 23 attack")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday
SUN = datetime.date(2020, 10, 25)  # a Sunday late in the year: a bare January is either side of it


def tags(text: str, lang: str, dct: datetime.date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    "text",
    [
        "Un menuisier de Lorvel de 43 ans a été arrêté.",
        "Le photographe ambrunois de 38 ans a été libéré.",
        "Une manifestante de 19 ans a été blessée à Miravel.",
        "Le maire de Castelmar a 84 ans et refuse de partir.",
        "Elle avait 20 ans quand la guerre a éclaté.",
        "Le patriarche de Lorvel fête ses 90 ans.",
        "Il a moins de 18 ans.",
    ],
)
def test_ages_are_no_time(text: str) -> None:
    assert tags(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une carrière de 30 ans s'achève à Lorvel.", [("30 ans", "DURATION", "P30Y")]),
        ("Un chantier de 10 ans commence à Ambrun.", [("10 ans", "DURATION", "P10Y")]),
        ("Un important programme de 10 ans a été lancé.", [("10 ans", "DURATION", "P10Y")]),
        ("Leur mandat de 5 ans s'achève.", [("5 ans", "DURATION", "P5Y")]),
        ("Le maire a 30 ans d'expérience.", [("30 ans", "DURATION", "P30Y")]),
        ("Il n'y a pas 10 ans, la ville était vide.", [("10 ans", "DURATION", "P10Y")]),
        ("Il y a 84 ans, la guerre éclatait.", [("Il y a 84 ans", "DATE", "1936")]),
    ],
)
def test_lengths_stay_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # the verb comes after a long phrase: "killed" says the January gone
            "In January, a week after the tenth anniversary of the Lorvel vs. Ambrun ruling, a bomb in "
            "Miravel, Norvasia, killed a guard and wounded a nurse.",
            "en",
            "2020-01",
        ),
        (
            "En janvier, une semaine après le dixième anniversaire de la décision de la cour de Lorvel, "
            "une bombe a tué un gardien à Miravel.",
            "fr",
            "2020-01",
        ),
    ],
)
def test_a_time_opening_its_sentence_takes_the_main_verb(text: str, lang: str, expected: str) -> None:
    assert tags(text, lang, SUN)[0][2] == expected


def test_a_present_or_a_modal_ends_the_reach() -> None:
    # "should" tells no time: "By" then says the Wednesday to come, not "said" further on
    text = "By Wednesday, workers should finish the casing of the Lorvel shaft, the mayor said."
    assert tags(text, "en", datetime.date(2010, 7, 25))[0] == ("Wednesday", "DATE", "2010-07-28")
    # a programme listing: "explains" is a present, "associated" after "is" no past
    text = "On Thursday, the horn player Ambrun Vell explains why F major is often associated with hunts."
    assert tags(text, "en")[0] == ("Thursday", "DATE", "2020-06-11")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Police have been searching for Vell since shortly after the Oct. 23 shooting in Lorvel.",
            "en",
            ("Oct. 23", "DATE", "2019-10-23"),
        ),
        (
            "La police le recherche depuis peu après le 23 octobre, sans résultat.",
            "fr",
            ("le 23 octobre", "DATE", "2019-10-23"),
        ),
    ],
)
def test_since_before_a_gap_is_a_past(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert tags(text, lang, datetime.date(2020, 5, 6))[0] == expected


def test_by_before_the_expression_keeps_its_agent() -> None:
    # no gap: "by the" is the agent of a passive, no future
    assert tags("He was killed by the March 3 bomb in Lorvel.", "en")[0] == ("March 3", "DATE", "2020-03-03")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The vote took place on March 3, a Tuesday, in Lorvel.", "en"),
        ("Le vote a eu lieu le 3 mars, un mardi, à Lorvel.", "fr"),
    ],
)
def test_a_weekday_apposed_to_its_date_is_that_date(text: str, lang: str) -> None:
    assert [value for _, _, value in tags(text, lang)] == ["2020-03-03", "2020-03-03"]


def test_a_weekday_the_date_does_not_fall_on_is_not_moved() -> None:
    # the text contradicts itself: the weekday keeps its own reading, one Tuesday of many
    assert tags("The vote took place on March 4, a Tuesday, in Lorvel.", "en")[1][2] == "XXXX-WXX-2"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On this day in 1944, the Lorvel bridge fell.", "en", "1944-06-10"),
        ("This week in 1971, the Ambrun dam opened.", "en", "1971-W23"),
        ("Ce jour, en 1944, le pont de Lorvel est tombé.", "fr", "1944-06-10"),
    ],
)
def test_the_day_of_writing_in_a_year_said_after_it(text: str, lang: str, expected: str) -> None:
    assert tags(text, lang)[0][2] == expected
    assert tags(text, lang)[1][2] == expected[:4]


def test_this_week_without_a_year_stays_the_week_of_writing() -> None:
    assert tags("This week the Ambrun dam opened.", "en") == [("This week", "DATE", "2020-W24")]
