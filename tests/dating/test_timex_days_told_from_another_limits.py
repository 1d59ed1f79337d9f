"""Where days told from another day or an event stop: "the day after" is an event's only when the
event follows it; "that night" after a verb of saying may open what was said; a clock placed on the
day of writing is a day to count from; a price "la nuit" needs its currency; the past decade is a
duration only with its article; an ordinal word before a month counts something else only before a
word in lower case; "si demain" supposes only where it opens a clause."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str, dct: datetime.date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no noun phrase nor clause after it: the day after the one told before
        (
            "On 3 May 2019 the Lorvel fair opened . The day after anyway , the stalls closed .",
            [("3 May 2019", "2019-05-03", ""), ("The day after", "2019-05-04", "previous")],
        ),
        (
            "On 3 May 2019 the Lorvel fair opened . The day after because of rain , nobody came .",
            [("3 May 2019", "2019-05-03", ""), ("The day after", "2019-05-04", "previous")],
        ),
        # an event after it: a name, a number, a pronoun opening a clause
        (
            "On 3 May 2019 the Lorvel fair opened . The day after Mayor Quenet spoke , it closed .",
            [("3 May 2019", "2019-05-03", ""), ("The day after", "XXXX-XX-XX", "event")],
        ),
        (
            "On 3 May 2019 the fair opened . The day after 14 stalls burned , it closed .",
            [("3 May 2019", "2019-05-03", ""), ("The day after", "XXXX-XX-XX", "event")],
        ),
        (
            "Quenet was last seen on 3 May 2019 , the day before officials closed the Lorvel road .",
            [("3 May 2019", "2019-05-03", ""), ("the day before", "2019-05-03", "previous")],
        ),
        # a title-case headline: the words after it open no event all the same
        (
            "On 3 May , Lorvel Voted . What Happened the Day After In Lorvel",
            [("3 May", "2020-05-03", "dct"), ("the Day After", "2020-05-04", "previous")],
        ),
        (
            "On 3 May 2019 the fair opened . The day before they left , it rained .",
            [("3 May 2019", "2019-05-03", ""), ("The day before", "XXXX-XX-XX", "event")],
        ),
    ],
)
def test_the_day_after_is_an_events_only_when_the_event_follows(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ambrun prefect warned that morning traffic would be heavy .", []),
        ("The forecaster said that night would bring rain to Lorvel .", []),
        (
            "On 3 May 2019 a fire hit Lorvel . The mayor said that night two people had died .",
            [("3 May 2019", "2019-05-03", ""), ("that night", "2019-05-03TNI", "previous")],
        ),
        # the time of the saying: a subject or a preposition follows
        (
            "On 3 May 2019 the council met . The mayor said that night he would resign .",
            [("3 May 2019", "2019-05-03", ""), ("that night", "2019-05-03TNI", "previous")],
        ),
        (
            "On 3 May 2019 the council met . She announced that evening at the town hall a new tax .",
            [("3 May 2019", "2019-05-03", ""), ("that evening", "2019-05-03TEV", "previous")],
        ),
    ],
)
def test_that_after_a_verb_of_saying_may_open_what_was_said(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "At 3 p.m. the Lorvel mayor spoke . The next day he resigned .",
            "en",
            [("3 p.m.", "2020-06-10T15:00", "dct"), ("The next day", "2020-06-11", "dct")],
        ),
        (
            "À 15 heures, le maire de Castelmar a parlé. Le soir même, il a démissionné.",
            "fr",
            [("15 heures", "2020-06-10T15:00", "dct"), ("Le soir même", "2020-06-10TEV", "dct")],
        ),
    ],
)
def test_a_clock_placed_on_the_day_of_writing_is_a_day_to_count_from(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the point of "p.m." ends the sentence: the day word opens the next one
        (
            "The Lorvel dam gave way at 3 p.m. The next day , rescuers searched .",
            "en",
            [("3 p.m.", "2020-06-10T15:00", "dct"), ("The next day", "2020-06-11", "dct")],
        ),
        # a year or a month named after the day told: a day inside it
        (
            "Le 3 mai 2018, la digue de Miravel a cédé. En mars 2019, le procès s'est ouvert. "
            "Ce jour-là, il a plu.",
            "fr",
            [
                ("Le 3 mai 2018", "2018-05-03", ""),
                ("mars 2019", "2019-03", ""),
                ("Ce jour-là", "2019-03-XX", "previous"),
            ],
        ),
    ],
)
def test_a_sentence_ends_after_a_clock_and_a_month_named_since_a_day_holds_the_day_counted(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, lang) == expected


def test_with_no_creation_time_a_day_told_from_another_is_inside_the_year_named() -> None:
    assert tags("En 2015, la digue de Miravel a cédé. Ce jour-là, personne n'est mort.", "fr", None) == [
        ("2015", "2015", ""),
        ("Ce jour-là", "2015-XX-XX", "previous"),
    ]


def test_a_day_paired_with_a_clock_inside_a_month_stays_unknown() -> None:
    # the day after the clock holds the month's unknown day, not the month's first
    found = tags(
        "The Ambrun dam failed in May 2019 . Those on duty that night said little . "
        "A little after noon on the same day , the valley was flooded .",
        "en",
    )
    assert found == [
        ("May 2019", "2019-05", ""),
        ("that night", "2019-05-XXTNI", "previous"),
        ("noon", "2019-05-XXT12:00", "previous"),
        ("the same day", "2019-05-XX", "previous"),
    ]


def test_that_night_of_something_after_a_month_is_an_events() -> None:
    found = tags("In May the Lorvel ferry captain spoke of that night of chaos .", "en")
    assert found == [("May", "2020-05", "dct"), ("that night", "XXXX-XX-XXTNI", "event")]


def test_that_day_of_something_after_a_day_is_that_day() -> None:
    assert tags(
        "Le 3 mai 2019, Lorvel a enterré ses morts. Ce jour-là de deuil a marqué la ville.", "fr"
    ) == [
        ("Le 3 mai 2019", "2019-05-03", ""),
        ("Ce jour-là", "2019-05-03", "previous"),
    ]
    # a day counted from the event that follows stays the event's
    assert tags("Le 3 mai 2019, une émeute a éclaté. Le lendemain de la chute du maire, rien.", "fr") == [
        ("Le 3 mai 2019", "2019-05-03", ""),
        ("Le lendemain", "XXXX-XX-XX", "event"),
    ]


def test_that_night_of_something_after_a_day_is_that_days_night() -> None:
    assert tags("Le 3 mai 2019, une émeute a éclaté à Lorvel. Cette nuit-là de violences a duré.", "fr") == [
        ("Le 3 mai 2019", "2019-05-03", ""),
        ("Cette nuit-là", "2019-05-03TNI", "previous"),
    ]
    assert tags("On 3 May 2019 a riot broke out in Lorvel . That night of violence ended .", "en") == [
        ("3 May 2019", "2019-05-03", ""),
        ("That night", "2019-05-03TNI", "previous"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number that is no price: the night is a time
        (
            "Le 14 juillet 2019 la nuit fut longue à Castelmar.",
            [("Le 14 juillet 2019", "2019-07-14", ""), ("la nuit", "2019-07-14TNI", "previous")],
        ),
        (
            "Le 14 juillet 2019, les 300 la nuit ont dansé à Castelmar.",
            [("Le 14 juillet 2019", "2019-07-14", ""), ("la nuit", "2019-07-14TNI", "previous")],
        ),
        # a price: the currency right before it; not before the day the night is of
        (
            "Les cambrioleurs ont volé 2000 euros la nuit du 3 mai 2019 à Castelmar.",
            [("la nuit", "2019-05-03TNI", ""), ("3 mai 2019", "2019-05-03", "")],
        ),
        (
            "Le 14 juillet 2019, la chambre coûtait 300 dollars la nuit.",
            [("Le 14 juillet 2019", "2019-07-14", "")],
        ),
    ],
)
def test_a_price_la_nuit_needs_its_currency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Last decade was the warmest in Lorvel .", "en", [("Last decade", "201", "dct")]),
        ("Over the past decade , Lorvel grew .", "en", [("the past decade", "P10Y", "")]),
        ("La prochaine décennie sera chaude à Lorvel.", "fr", [("La prochaine décennie", "P10Y", "")]),
        (
            "In 1990 Lorvel was a village ; the following decade it grew .",
            "en",
            [("1990", "1990", ""), ("the following decade", "200", "previous")],
        ),
    ],
)
def test_the_past_decade_is_a_duration_only_with_its_article(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvanne , the first June storm , hit Lorvel .", [("June", "2020-06", "dct")]),
        ("She won the third May 2019 race in Lorvel .", [("the third May 2019", "2019-05-03", "")]),
        ("The fair opens on the third June .", [("the third June", "2020-06-03", "dct")]),
    ],
)
def test_an_ordinal_word_before_a_month_counts_something_else_before_a_lower_case_word(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Si demain la digue de Miravel cédait, la ville serait inondée.", [("demain", "FUTURE_REF", "")]),
        ("Et si demain Lorvel gagnait la coupe ?", [("demain", "FUTURE_REF", "")]),
        ("Le préfet ignore si demain la route de Castelmar sera ouverte.", [("demain", "2020-06-11", "dct")]),
        # a real tomorrow, told in the present
        ("Le maire de Lorvel viendra, même si demain il pleut.", [("demain", "2020-06-11", "dct")]),
    ],
)
def test_si_demain_supposes_only_where_it_opens_a_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, "fr") == expected
