"""Days named by the calendar around Easter and Thanksgiving, events named after a weekday, rates of
what a quantity counts ("barrels of oil a day"), nouns in -bed that tell no past, "One day" opening a
clause, "up to" after any hyphenated word, and the past weeks as a vague length."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday; Easter 2020 fell on 12 April


def tags(text: str, lang: str, dct: datetime.date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Lorvel parade ended on Fat Tuesday.", "en", [("Fat Tuesday", "DATE", "2020-02-25")]),
        ("Shrove Tuesday was quiet in Ambrun.", "en", [("Shrove Tuesday", "DATE", "2020-02-25")]),
        ("The bishop of Miravel spoke on Ash Wednesday.", "en", [("Ash Wednesday", "DATE", "2020-02-26")]),
        ("On Palm Sunday the Ambrun choir sang.", "en", [("Palm Sunday", "DATE", "2020-04-05")]),
        ("Whit Monday was a holiday in Lorvel.", "en", [("Whit Monday", "DATE", "2020-06-01")]),
        # the day after the fourth Thursday of November
        ("Shops in Lorvel opened early on Black Friday.", "en", [("Black Friday", "DATE", "2019-11-29")]),
        ("Le défilé de Mardi gras a eu lieu à Lorvel.", "fr", [("Mardi gras", "DATE", "2020-02-25")]),
        ("Vendredi saint, les fidèles ont marché.", "fr", [("Vendredi saint", "DATE", "2020-04-10")]),
        ("Le Jeudi saint, l'évêque de Miravel a parlé.", "fr", [("Le Jeudi saint", "DATE", "2020-04-09")]),
        (
            "Le dimanche des Rameaux, la foule a envahi Castelmar.",
            "fr",
            [("Le dimanche des Rameaux", "DATE", "2020-04-05")],
        ),
    ],
)
def test_days_named_by_the_calendar(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, lang) == expected


def test_a_holiday_that_needs_its_article_is_none_without_it() -> None:
    assert tags("Un armistice a été signé à Lorvel.", "fr") == []
    assert tags("L'Armistice a été célébré à Ambrun.", "fr") == [("L'Armistice", "DATE", "2019-11-11")]


def test_an_event_named_after_a_weekday_is_no_day() -> None:
    assert tags("The Lorvel march was dubbed Bloody Sunday by the press.", "en") == []
    assert tags("The pound fell on Black Wednesday in 1992.", "en") == [("1992", "DATE", "1992")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorvel exported about 10 tonnes of grain a year to Ambrun.", ("a year", "SET", "P1Y")),
        ("The Miravel plant was burning 3,000 barrels of fuel a day.", ("a day", "SET", "P1D")),
        ("The well leaked 210,000 gallons of crude oil a day.", ("a day", "SET", "P1D")),
        ("Thousands of people a day crossed the Ambrun border.", ("a day", "SET", "P1D")),
        ("She endured hours of dialysis a day in Lorvel.", ("a day", "SET", "P1D")),
        # what stands before "of" must count, and a unit of time counts only right before the rate
        ("Two hundred members of the Lorvel club spent a day in Ambrun.", ("a day", "DURATION", "P1D")),
        ("The Lorvel talks could take two weeks to a month.", ("a month", "DURATION", "P1M")),
        ("Lorvel paid a dividend rate of $1.76 a year.", ("a year", "SET", "P1Y")),
    ],
)
def test_a_rate_of_what_a_quantity_counts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in tags(text, "en")


def test_a_noun_in_bed_tells_no_past() -> None:
    assert tags("The Lorvel team will lay the cable across the seabed on Thursday.", "en") == [
        ("Thursday", "DATE", "2020-06-11")
    ]
    assert tags("The riverbed on Thursday was dry, and the mayor of Ambrun resigned.", "en") == [
        ("Thursday", "DATE", "2020-06-04")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("One day I woke up and the Lorvel river had flooded.", "en", [("One day", "DATE", "PAST_REF")]),
        ("One day the Miravel bridge will be rebuilt.", "en", [("One day", "DATE", "FUTURE_REF")]),
        ("Un jour viendra où Lorvel sera libre.", "fr", [("Un jour", "DATE", "FUTURE_REF")]),
        # neither told in the past nor ahead: a day of no known side
        ("One day we must see that Lorvel is small.", "en", [("One day", "DATE", "XXXX-XX-XX")]),
        # a length still: a noun after it, or not opening the sentence
        ("Un jour de grève a paralysé Ambrun.", "fr", [("Un jour", "DURATION", "P1D")]),
        ("The Lorvel talks lasted one day.", "en", [("one day", "DURATION", "P1D")]),
    ],
)
def test_one_day_opening_a_clause_is_an_unknown_day(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tags(text, lang) == expected


def test_up_to_after_a_hyphenated_word_is_no_bound() -> None:
    found = tags("It was the perfect warm-up to a day of racing in Lorvel.", "en")
    assert found == [("a day", "DURATION", "P1D")]
    mods = [(t.text, t.mod) for t in tag("Patients in Ambrun wait up to a day for a bed.", "en", WED)]
    assert mods == [("up to a day", "EQUAL_OR_LESS")]


def test_the_past_weeks_are_a_vague_length() -> None:
    assert tags("Lorvel has seen heavy rain in the past weeks.", "en") == [
        ("in the past weeks", "DURATION", "PXW")
    ]
    assert tags("In the past, Lorvel was a port.", "en") == [("In the past", "DATE", "PAST_REF")]
