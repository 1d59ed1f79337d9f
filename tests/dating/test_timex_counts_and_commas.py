"""Years counted from a day told before ("Two years later") are a year, not that day moved; a year
after a season set off by a comma, as tokenised text writes it ("autumn , 1995"), is its year."""

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
