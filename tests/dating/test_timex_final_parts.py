""" "The last week of the campaign", "la dernière année de son mandat": "last" with a determiner before
a unit and "of"/"de" says the final one of what is named after it, no time counted from the creation
date; a time named after it is its own expression ("the last week of March" keeps "March"). With no
determiner, "last week" is still the week before ("the killing last month of the commander")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor of Miravel toured every village in the last week of the campaign.", "en"),
        ("She signed the Ambrun treaty in the last year of her term.", "en"),
        ("It was the very last day of the Lorvel festival.", "en"),
        ("Le maire de Miravel a visité chaque village durant la dernière semaine de la campagne.", "fr"),
        ("Elle a signé le traité d'Ambrun au cours de la dernière année de son mandat.", "fr"),
        ("Le jeûne prend fin le dernier jour du mois sacré.", "fr"),
    ],
)
def test_the_last_unit_of_an_event_is_no_date(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Castelmar's stocks rose in the last week of March.",
            "en",
            [("the last week of March", "2020-W13")],
        ),
        (
            "Les stocks de Castelmar ont augmenté la dernière semaine de mars.",
            "fr",
            [("la dernière semaine de mars", "2020-W13")],
        ),
    ],
)
def test_a_time_named_after_the_last_unit_is_its_own(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The killing last month of the Valdoria commander shocked the town.",
            "en",
            ("last month", "2020-05"),
        ),
        ("Ambrun raised its estimate last week of the harvest.", "en", ("last week", "2020-W23")),
        ("Over the last week, prices in Lorvel rose.", "en", ("the last week", "2020-W23")),
        (
            "Au cours de la dernière semaine, les prix ont augmenté à Lorvel.",
            "fr",
            ("la dernière semaine", "2020-W23"),
        ),
        ("Les prix ont augmenté la semaine dernière à Lorvel.", "fr", ("la semaine dernière", "2020-W23")),
    ],
)
def test_last_with_no_event_after_is_the_one_before(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert found(text, lang) == [expected]


def test_a_rise_over_the_last_week_is_the_week_before() -> None:
    # "de 5 %" is the size of the rise, no event the week belongs to
    text = "Les prix de Lorvel ont augmenté au cours de la dernière semaine de 5 %."
    assert found(text, "fr") == [("la dernière semaine", "2020-W23")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The mayor of Miravel campaigned in the last week of 2019.", "en", [("2019", "2019")]),
        ("Le maire de Miravel a fait campagne la dernière semaine de 2019.", "fr", [("2019", "2019")]),
    ],
)
def test_the_last_unit_of_a_year_keeps_the_year(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected
