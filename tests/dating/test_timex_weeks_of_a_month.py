"""A week of a month by its rank: "the first week of August", "la dernière semaine de mars". A
week is the month's when its Thursday is, as ISO weeks belong to years, so the first week of a
month may open in the month before and the last end in the month after."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag
from storyline.dating.timex_calendar import week_of_month

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les combats ont repris à Lorvel la première semaine d'août.",
            "fr",
            ("la première semaine d'août", "2019-W31"),
        ),
        (
            "La dernière semaine de mars a été calme à Ambrun.",
            "fr",
            ("La dernière semaine de mars", "2020-W13"),
        ),
        (
            "Les pourparlers reprendront la deuxième semaine de juillet.",
            "fr",
            ("la deuxième semaine de juillet", "2020-W28"),
        ),
        (
            "Le festival de Miravel aura lieu la troisième semaine du mois de juillet.",
            "fr",
            ("la troisième semaine du mois de juillet", "2020-W29"),
        ),
        (
            "La première semaine de mai 2019, les ventes ont baissé à Castelmar.",
            "fr",
            ("La première semaine de mai 2019", "2019-W18"),
        ),
        (
            "Fighting resumed in Valdoria in the first week of August.",
            "en",
            ("the first week of August", "2019-W31"),
        ),
        (
            "Talks in Norvasia will resume in the second week of July.",
            "en",
            ("the second week of July", "2020-W28"),
        ),
        (
            "The Lorvel dam was sealed in the last week of January 2021.",
            "en",
            ("the last week of January 2021", "2021-W04"),
        ),
    ],
)
def test_a_ranked_week_of_a_month_is_that_week(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert tags(text, lang) == [expected]


def test_a_ranked_week_of_something_else_is_no_week_of_a_month() -> None:
    assert tags("The first week of the Miravel trial ended.", "en") == []


@pytest.mark.parametrize(
    ("year", "month", "n", "monday"),
    [
        (2010, 8, 1, datetime.date(2010, 8, 2)),  # 1 August 2010 is a Sunday: its week is July's
        (2019, 8, 1, datetime.date(2019, 7, 29)),  # 1 August 2019 is a Thursday: its week is August's
        (2021, 1, 1, datetime.date(2021, 1, 4)),
        (2020, 12, -1, datetime.date(2020, 12, 28)),  # Thursday 31 December
        (2020, 3, -1, datetime.date(2020, 3, 23)),
    ],
)
def test_the_week_of_a_month_holds_its_thursday(year: int, month: int, n: int, monday: datetime.date) -> None:
    assert week_of_month(year, month, n) == monday


def test_a_week_of_a_month_keeps_its_month_and_year_for_what_follows() -> None:
    assert tags("The Lorvel fair opened in the last week of May 2018 and closed on June 3.", "en") == [
        ("the last week of May 2018", "2018-W22"),
        ("June 3", "2018-06-03"),
    ]
    assert tags("The Lorvel fair ran from the first week of December 2018 to February.", "en") == [
        ("the first week of December 2018", "2018-W49"),
        ("February", "2019-02"),
    ]
    found = tag("In the first week of March, the Ambrun mayor resigned. A day later, he left.", "en", WED)
    assert [t.value for t in found] == ["2020-W10", "2020-03-XX"]
