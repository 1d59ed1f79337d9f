"""Years counted from a day told before ("Two years later") are a year, not that day moved; a year
after a season or a holiday ("autumn , 1995", "Christmas in 1987") is its year; halves joined by
hyphens ("a year-and-a-half"); rates of a plural counted by a plural ("thousands of barrels of crude
a day"); a clock on the morning of an event is on that event's day; four digits of a clock before a
time zone ("at 2153 GMT")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

THU = datetime.date(2024, 3, 14)  # a Thursday


def tagged(text: str, lang: str, dct: datetime.date = THU) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # several years from a day: the year only
        (
            "On 5 March 2009 the ferry sank off Port-Aven. Two years later, a new one sailed.",
            "en",
            [("5 March 2009", "DATE", "2009-03-05"), ("Two years later", "DATE", "2011")],
        ),
        (
            "Le 5 mars 2009, le ferry a coulé au large de Port-Aven. Vingt ans plus tard, un autre est venu.",
            "fr",
            [("Le 5 mars 2009", "DATE", "2009-03-05"), ("Vingt ans plus tard", "DATE", "2029")],
        ),
        # one year from a day or a month: the same day or month, an anniversary or a comparison
        (
            "On 5 March 2009 the ferry sank off Port-Aven. A year later, a new one sailed.",
            "en",
            [("5 March 2009", "DATE", "2009-03-05"), ("A year later", "DATE", "2010-03-05")],
        ),
        # months from a day stay months, as before
        (
            "On 5 March 2009 the ferry sank off Port-Aven. Two months later, a new one sailed.",
            "en",
            [("5 March 2009", "DATE", "2009-03-05"), ("Two months later", "DATE", "2009-05")],
        ),
    ],
)
def test_years_counted_from_a_day(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Events in Valdoria in autumn , 1995 , when the army came.", [("autumn , 1995", "DATE", "1995-FA")]),
        ("The dam was finished in autumn, 1995.", [("autumn, 1995", "DATE", "1995-FA")]),
        # a year after a comma that opens the next clause is none of the season's
        ("In summer, 2009 saw floods in Lorvel.", [("summer", "DATE", "XXXX-SU")]),
    ],
)
def test_season_then_comma_and_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege of Velmora lasted a year-and-a-half.", [("a year-and-a-half", "DURATION", "P1Y6M")]),
        (
            "After three-and-a-half years of talks, the treaty was signed.",
            [("three-and-a-half years", "DURATION", "P3Y6M")],
        ),
        (
            "Rescuers needed a two-and-a-half-hour operation.",
            [("two-and-a-half-hour", "DURATION", "PT2H30M")],
        ),
        (
            "A century-and-a-half after the war, Brisk still argues.",
            [("A century-and-a-half", "DURATION", "P150Y")],
        ),
        # no unit of time: no expression
        ("He walked three-and-a-half miles to Lorvel.", []),
    ],
)
def test_halves_joined_by_hyphens(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural counted by a plural of quantity: a rate
        ("Thousands of barrels of crude a day poured into the bay.", [("a day", "SET", "P1D")]),
        ("Hundreds of tonnes of grain a week leave Port-Aven.", [("a week", "SET", "P1W")]),
        # a verb between what is counted and the unit: a length, no rate
        ("Hundreds of villagers spent a day in the square at Brisk.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_rates_of_plurals_of_quantity(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ferry sank at Christmas in 1987.", "en", [("Christmas in 1987", "DATE", "1987-12-25")]),
        (
            "During a speech on Labor Day of 1936, the mayor spoke.",
            "en",
            [("Labor Day of 1936", "DATE", "1936-09-07")],
        ),
        ("La Toussaint de 1954 a marqué Valcourt.", "fr", [("La Toussaint de 1954", "DATE", "1954-11-01")]),
        # a year after a comma that opens the next clause is none of the holiday's
        ("À Noël, 1987 personnes ont défilé à Lorvel.", "fr", [("Noël", "DATE", "2023-12-25")]),
    ],
)
def test_holiday_then_its_year(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock on the morning of an event is on the event's day, unknown here; never the writing's
        (
            "The guard was given a sedative at 2.15 am on the morning of his escape.",
            [("2.15 am", "TIME", "XXXX-XX-XXT02:15"), ("the morning", "TIME", "XXXX-XX-XXTMO")],
        ),
        ("On the evening of the vote, crowds gathered in Brisk.", [("the evening", "TIME", "XXXX-XX-XXTEV")]),
        # before a date, the date alone, as TimeBank tags it
        ("He was shot on the night of Jan. 3.", [("Jan. 3", "DATE", "2024-01-03")]),
        # names, no time
        ("It recalled the night of the long knives, for example.", []),
    ],
)
def test_part_of_the_day_of_an_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake struck Brisk at 2153 GMT on Tuesday.",
            [("2153 GMT", "TIME", "2024-03-12T21:53"), ("Tuesday", "DATE", "2024-03-12")],
        ),
        ("Shares in Lorvel Mining rose 2 percent by 0900 GMT.", [("0900 GMT", "TIME", "2024-03-14T09:00")]),
        # a year told before a time zone stays a year unless a word of hours comes before it
        ("The talks began at 1930 GMT.", [("1930 GMT", "TIME", "2024-03-14T19:30")]),
        ("The ship carried 2153 tonnes of grain.", []),
    ],
)
def test_four_digit_clocks_before_a_time_zone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected
