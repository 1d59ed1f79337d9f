"""A weekday said with the week it belongs to ("Wednesday last week", "lundi de la semaine
prochaine", "from Wednesday to Friday last week") is the day of that week, whatever the tense.
Own sentences, fixed creation dates."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 1, 8)  # a Wednesday: last week runs from 30 December to 5 January


def days(text: str, lang: str) -> list[str]:
    return [t.value for t in tag(text, lang, WED) if t.type == "DATE" and "W" not in t.value]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The minister visited Lorvel on Wednesday last week.", "en", ["2020-01-01"]),
        ("The ferry left Castelmar on Monday of last week.", "en", ["2019-12-30"]),
        ("The talks resume Friday next week.", "en", ["2020-01-17"]),
        (
            "The pupils attended school from Wednesday to Friday last week.",
            "en",
            ["2020-01-01", "2020-01-03"],
        ),
        ("Le ministre s'est rendu à Lorvel mercredi la semaine dernière.", "fr", ["2020-01-01"]),
        ("Le bac a quitté Castelmar lundi de la semaine dernière.", "fr", ["2019-12-30"]),
        (
            "Les combats ont duré du lundi au mercredi de la semaine dernière.",
            "fr",
            ["2019-12-30", "2020-01-01"],
        ),
        ("Le conseil se réunira jeudi de la semaine prochaine.", "fr", ["2020-01-16"]),
    ],
)
def test_a_weekday_said_with_its_week_is_a_day_of_that_week(
    text: str, lang: str, expected: list[str]
) -> None:
    assert days(text, lang) == expected


def test_a_week_in_the_next_clause_does_not_move_the_weekday() -> None:
    # told on a Wednesday, "mercredi" is the day of writing; the week after the comma is another matter
    assert days("Il est arrivé mercredi, la semaine dernière il était à Ambrun.", "fr") == ["2020-01-08"]


def test_a_weekday_before_last_weeks_something_is_no_day_of_that_week() -> None:
    text = "Officials said Friday last week's storm flooded Castelmar."
    sunday = datetime.date(2020, 1, 12)
    assert [t.value for t in tag(text, "en", sunday) if t.text == "Friday"] == ["2020-01-10"]
