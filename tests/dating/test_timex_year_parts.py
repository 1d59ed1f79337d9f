"""Halves and quarters of a year: "le premier semestre 2019", "the second half of last year", "the
fourth quarter of the year" are one expression each ("2019-H1", "2019-H2", "2020-Q4"). A half named
with no year is one in French ("au second semestre"), and in English only before a word of results
("first-half profit"): "the first half" alone is a match's."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday in the first half of 2020


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Au premier semestre 2019, les ventes de Valdoria ont baissé.",
            "fr",
            ("premier semestre 2019", "2019-H1"),
        ),
        (
            "Le chiffre d'affaires du deuxième semestre 2018 a progressé.",
            "fr",
            ("deuxième semestre 2018", "2018-H2"),
        ),
        (
            "Au cours du premier semestre de l'année dernière, la coopérative a perdu.",
            "fr",
            ("premier semestre de l'année dernière", "2019-H1"),
        ),
        (
            "Les ventes de Lorvel ont chuté au quatrième trimestre de l'an dernier.",
            "fr",
            (
                "quatrième trimestre de l'an dernier",
                "2019-Q4",
            ),
        ),
        ("Norvasia's exports fell in the first half of 2019.", "en", ("the first half of 2019", "2019-H1")),
        (
            "The mill's output is forecast for the last half of 2021.",
            "en",
            ("the last half of 2021", "2021-H2"),
        ),
        (
            "The fleet grew in the second half of last year.",
            "en",
            ("the second half of last year", "2019-H2"),
        ),
        (
            "Ambrun's port closes in the fourth quarter of next year.",
            "en",
            (
                "the fourth quarter of next year",
                "2021-Q4",
            ),
        ),
        ("Castelmar Mining's first-half profits doubled.", "en", ("first-half", "2020-H1")),
    ],
)
def test_a_half_or_quarter_of_a_year_is_one_expression(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert found(text, lang) == [(expected[0], "DATE", expected[1])]


def test_a_half_named_without_a_year_follows_the_tense() -> None:
    assert found("Au second semestre, la croissance a repris à Miravel.", "fr") == [
        ("second semestre", "DATE", "2019-H2")
    ]
    assert found("Au second semestre, la croissance devrait reprendre à Miravel.", "fr") == [
        ("second semestre", "DATE", "2020-H2")
    ]


def test_of_the_year_is_the_year_the_text_is_at() -> None:
    text = "In 2015 the Lorvel cooperative grew. In the second half of the year, it shrank."
    assert found(text, "en")[-1] == ("the second half of the year", "DATE", "2015-H2")


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria scored twice in the first half of the match.",
        "In the first half, Ambrun's striker was booked.",
        "The second half of the book is set in Castelmar.",
        "Ambrun United's first-half performance was poor.",
    ],
)
def test_a_half_of_a_match_or_a_book_is_no_time(text: str) -> None:
    assert found(text, "en") == []


def test_a_year_earlier_than_a_half_is_that_half_a_year_back() -> None:
    text = "Miravel's sales rose in the first half of 2019, up from a year earlier."
    assert [v for _, _, v in found(text, "en")] == ["2019-H1", "2018-H1"]


def test_the_last_quarter_is_still_the_quarter_before() -> None:
    assert found("Lorvel's sales fell in the last quarter.", "en") == [
        ("the last quarter", "DATE", "2020-Q1")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ambrun's exports fell in the last quarter of 2019.", "en", ("the last quarter of 2019", "2019-Q4")),
        (
            "In the final quarter of last year, the Ambrun cooperative lost money.",
            "en",
            ("the final quarter of last year", "2019-Q4"),
        ),
        (
            "Les exportations de Castelmar ont reculé au dernier trimestre 2019.",
            "fr",
            ("dernier trimestre 2019", "2019-Q4"),
        ),
        (
            "La coopérative attend une reprise au dernier trimestre de l'année.",
            "fr",
            ("dernier trimestre de l'année", "2020-Q4"),
        ),
        (
            "Le déficit de Lorvel s'est creusé au dernier semestre 2018.",
            "fr",
            ("dernier semestre 2018", "2018-H2"),
        ),
    ],
)
def test_the_last_part_of_a_named_year_is_its_final_one(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert [(x, v) for x, _, v in found(text, lang)] == [expected]


def test_of_the_year_after_a_year_in_a_future_sentence_is_the_year_of_writing() -> None:
    text = "Lorvel Mining was founded in 1998. Its shares will rise in the second half of the year."
    assert found(text, "en")[-1] == ("the second half of the year", "DATE", "2020-H2")


def test_of_the_year_told_in_the_past_early_in_a_year_is_last_years() -> None:
    jan = [
        (t.text, t.value)
        for t in tag(
            "Ambrun's sales fell in the fourth quarter of the year.", "en", datetime.date(2020, 1, 20)
        )
    ]
    assert jan == [("the fourth quarter of the year", "2019-Q4")]


@pytest.mark.parametrize(
    ("text", "lang", "first_text", "first_value"),
    [
        ("Au premier trimestre de l'année précédente, Lorvel a perdu.", "fr", "premier trimestre", "2020-Q1"),
        (
            "The second half of the year-earlier period was weak at Miravel.",
            "en",
            "the year-earlier period",
            "2019-Q1",
        ),
        (
            "In the fourth quarter of the year ended June 30, Castelmar lost.",
            "en",
            "the fourth quarter",
            "2019-Q4",
        ),
        (
            "Ambrun grew in the second half of 2019 and the first half of the year after.",
            "en",
            "the second half of 2019",
            "2019-H2",
        ),
    ],
)
def test_a_year_phrase_that_goes_on_is_not_the_parts_year(
    text: str, lang: str, first_text: str, first_value: str
) -> None:
    tags = found(text, lang)
    assert (tags[0][0], tags[0][2]) == (first_text, first_value)
    assert all(t[2] != "2019-H1" for t in tags)


def test_a_half_of_a_course_is_no_time() -> None:
    assert found("Les étudiants du premier semestre de licence de Lorvel ont voté.", "fr") == []


def test_a_half_of_a_fiscal_year_takes_its_year() -> None:
    assert found("Au premier semestre de l'exercice 2019, Ambrun a perdu.", "fr") == [
        ("premier semestre de l'exercice 2019", "DATE", "2019-H1")
    ]


def test_a_year_taken_from_the_year_before_counts_for_the_next() -> None:
    text = (
        "En 2015, la scierie de Lorvel a grandi. Au premier semestre de l'année, elle a embauché. "
        "Au second semestre de l'année, elle a fermé."
    )
    assert [v for _, _, v in found(text, "fr")] == ["2015", "2015-H1", "2015-H2"]


def test_a_spaced_year_ago_quarter_is_read() -> None:
    assert found("The year -ago quarter was weak at Valdoria.", "en") == [
        ("The year -ago quarter", "DATE", "2019-Q1")
    ]


def test_the_last_half_with_no_year_is_none() -> None:
    # the six months before, no half of a calendar year
    assert (
        found(
            "Les exportations de Castelmar ont reculé au cours du dernier semestre, selon l'institut.", "fr"
        )
        == []
    )
