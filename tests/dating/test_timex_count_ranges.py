"""A range of counts before a unit, in a time counted back or ahead, is one expression valued by its
higher count, about: "il y a deux ou trois semaines", "24 to 36 hours ago"."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)


def found(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Il y a deux ou trois semaines, le maire de Lorvel a parlé.",
            "fr",
            ("Il y a deux ou trois semaines", "2020-W21"),
        ),
        ("Il y a un ou deux ans, la scierie d'Ambrun a fermé.", "fr", ("Il y a un ou deux ans", "2018")),
        (
            "Les travaux de Miravel reprendront dans deux à trois mois.",
            "fr",
            ("dans deux à trois mois", "2020-09"),
        ),
        ("Two or three weeks ago, the Valdoria mayor spoke.", "en", ("Two or three weeks ago", "2020-W21")),
        ("The Castelmar dam gave way 24 to 36 hours ago.", "en", ("24 to 36 hours ago", "2020-06-09")),
    ],
)
def test_a_range_of_counts_is_one_expression_about_its_higher_count(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert found(text, lang) == [(expected[0], "DATE", expected[1], "APPROX")]


def test_a_falling_pair_is_no_range() -> None:
    assert all(mod != "APPROX" for *_, mod in found("Il y a trois ou deux ans, Lorvel a voté.", "fr"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le meunier de Lorvel est mort en 1944 ou deux ans plus tard.",
            "fr",
            ("deux ans plus tard", "1946"),
        ),
        ("The Castelmar plant opened in 2012 or three years later.", "en", ("three years later", "2015")),
        (
            "Le meunier d'Ambrun est mort vers 1944 ou deux ans plus tard.",
            "fr",
            ("deux ans plus tard", "1946"),
        ),
    ],
)
def test_a_year_before_or_is_no_lower_count(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert found(text, lang)[-1] == (expected[0], "DATE", expected[1], "")
