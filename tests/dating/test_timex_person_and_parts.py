"""A future told in the first or second person, "ce vendredi" told in the past, two months joined by a
dash, a part of a day named with its day, the start or end of a part of a day, "a couple of", "over
the past", participles after "remain", weeklies that are publications."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 1, 8)  # a Wednesday


def values(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.mod) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous défilerons samedi à Castelmar », a promis la syndicaliste.",
        "« Je rentrerai samedi à Miravel », a-t-elle confié.",
        "« J'irai samedi au conseil de Lorvel », a-t-il assuré.",
        "« Nous ne céderons pas samedi », a lancé le délégué d'Ambrun.",
        "« Vous le verrez samedi », a dit le maire de Valdoria.",
        "« Samedi, nous serons devant la préfecture », ont prévenu les agriculteurs.",
        "« Je ne te le dirai pas samedi », a lancé le maire de Lorvel.",
        "« Nous verrons samedi à Castelmar », a dit le préfet.",
    ],
)
def test_a_future_in_the_first_or_second_person_is_ahead(text: str) -> None:
    """Quotations speak in "nous" and "je": their futures end in -rons, -rai, -rez."""
    assert [v for _, v, _ in values(text, "fr")] == ["2020-01-11"]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous déclarons samedi jour de deuil à Castelmar », a dit le maire.",  # a present of -rer
        "Les patrons samedi ont quitté la table à Lorvel.",  # "-rons" that is no verb
        # presents of -irer verbs end in -irons, -irez too
        "Nous tirons les leçons de la crise de samedi à Miravel.",
        "Nous retirons la plainte déposée samedi à Ambrun.",
        "Vous admirez le travail accompli samedi à Lorvel.",
    ],
)
def test_endings_without_their_subject_tell_no_future(text: str) -> None:
    assert [v for _, v, _ in values(text, "fr")] == ["2020-01-04"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Ce vendredi, les dockers ont bloqué le port de Castelmar.", "fr", "2020-01-03"),
        ("Ce lundi, le préfet de Lorvel a signé l'arrêté.", "fr", "2020-01-06"),
        ("Ce vendredi, le préfet de Lorvel signera l'arrêté.", "fr", "2020-01-10"),
        ("Ce lundi, le club de Miravel a perdu.", "fr", "2020-01-06"),
        ("Ce vendredi, le club de Miravel jouera à domicile.", "fr", "2020-01-10"),
        # not inside its clause, where the past tells of something else
        ("Le syndicat de Lorvel a appelé à manifester ce vendredi.", "fr", "2020-01-10"),
        # not the day after the day of writing: a creation date a day early is likelier
        ("Ce jeudi, il a plu sur Castelmar.", "fr", "2020-01-09"),
        # English "this Friday" is this week's whatever is told around it: "this Friday's debate"
        ("This Friday's debate in Castelmar was postponed.", "en", "2020-01-10"),
        ("This Friday the Lorvel council votes on the budget.", "en", "2020-01-10"),
    ],
)
def test_ce_weekday_is_of_this_week_unless_told_in_the_past(text: str, lang: str, value: str) -> None:
    assert values(text, lang)[0][1] == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La révolte de janvier-février 2011 a changé Valdoria.", "fr"),
        ("La révolte de janvier/février 2011 a changé Valdoria.", "fr"),
        ("The January–February 2011 revolt changed Valdoria.", "en"),
    ],
)
def test_two_months_joined_by_a_dash_share_the_year(text: str, lang: str) -> None:
    assert [v for _, v, _ in values(text, lang)] == ["2011-01", "2011-02"]


def test_months_joined_across_new_year_start_in_the_year_before() -> None:
    found = values("L'hiver de décembre-janvier 2011 fut rude à Lorvel.", "fr")
    assert [v for t, v, _ in found if t != "L'hiver"] == ["2010-12", "2011-01"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Lorvel rules may - June 2020 shows - change.", "en"),
        ("La sonde Mars/Juillet 2020 est partie.", "fr"),
    ],
)
def test_a_word_that_is_also_no_month_opens_no_span(text: str, lang: str) -> None:
    assert len(values(text, lang)) == 1


def test_an_afternoon_named_with_its_day_is_that_days() -> None:
    found = values("Dans l'après-midi de mardi, la police a évacué la place de Lorvel.", "fr")
    assert found[0][:2] == ("l'après-midi", "2020-01-07TAF")


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("Le cortège est parti de Miravel en début d'après-midi.", "2020-01-08TAF", "START"),
        ("Les heurts ont repris à Castelmar en fin de soirée.", "2020-01-08TEV", "END"),
        ("Le conseil de Lorvel a siégé en milieu de matinée.", "2020-01-08TMO", "MID"),
        # the part of the day already says where in the day: no mod on top
        ("Le conseil de Lorvel a siégé en fin de journée.", "2020-01-08TEV", ""),
    ],
)
def test_the_start_or_end_of_a_part_of_a_day(text: str, value: str, mod: str) -> None:
    assert values(text, "fr")[0][1:] == (value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders in Lorvel sold until a couple of weeks ago.", ("a couple of weeks ago", "2019-W52", "")),
        ("Prices in Miravel fell over the past couple of weeks.", ("the past couple of weeks", "P2W", "")),
        # "over" before "the past", "the next": during, not more than
        ("Over the last two decades, the port of Castelmar grew.", ("the last two decades", "P20Y", "")),
        ("The Ambrun talks lasted over three hours.", ("over three hours", "PT3H", "MORE_THAN")),
    ],
)
def test_a_couple_and_over_a_period(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schools in Valdoria will remain closed until Friday.", "2020-01-10"),
        ("Schools in Valdoria remained closed until Friday.", "2020-01-03"),
        ("Human remains found on Friday near Lorvel were identified.", "2020-01-03"),  # the noun
        # "than expected": no plan, a past
        ("Sales in Lorvel were higher than expected in May.", "2019-05"),
    ],
)
def test_participles_after_remain_and_expected_after_than(text: str, value: str) -> None:
    assert values(text, "en")[0][1] == value


@pytest.mark.parametrize(
    "text",
    [
        "Le maire l'a confié à l'hebdomadaire Le Courrier de Lorvel.",
        "Le mensuel Terres de Miravel publie une enquête.",
    ],
)
def test_a_weekly_or_monthly_publication_is_no_set(text: str) -> None:
    assert values(text, "fr") == []


def test_a_weekly_meeting_is_a_set() -> None:
    assert values("La réunion hebdomadaire du conseil de Lorvel est suspendue.", "fr") == [
        ("hebdomadaire", "P1W", "")
    ]
