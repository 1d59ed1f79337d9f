""" "The past decade", "la prochaine décennie": the ten years up to or from the writing, a duration,
not the calendar's decade before or after; "this decade" stays the calendar's. "Two weeks from now":
counted on from the writing, as "ago" counts back."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tourism in Lorvel has doubled over the past decade .",
            "en",
            [("the past decade", "DURATION", "P10Y")],
        ),
        ("Ambrun will need new dams over the next decade .", "en", [("the next decade", "DURATION", "P10Y")]),
        ("This decade will test the port of Lorvel .", "en", [("This decade", "DATE", "202")]),
        (
            "Au cours de la dernière décennie, le port de Lorvel a doublé.",
            "fr",
            [("la dernière décennie", "DURATION", "P10Y")],
        ),
        ("Cette décennie sera celle du port de Lorvel.", "fr", [("Cette décennie", "DATE", "202")]),
        ("The Ambrun vote is two weeks from now .", "en", [("two weeks from now", "DATE", "2020-W26")]),
        (
            "Three years from today , Lorvel will have a port .",
            "en",
            [("Three years from today", "DATE", "2023")],
        ),
        ("The Ambrun vote was two weeks ago .", "en", [("two weeks ago", "DATE", "2020-W22")]),
    ],
)
def test_decades_and_from_now(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, lang, WED)] == expected
