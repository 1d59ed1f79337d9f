"""One moment told in two zones: "Update 8:54 p.m. Lorvel, 1:54 p.m. ET", "by 06:00 (03:00 GMT) on 12
June". A clock said without its day takes the other's, a day apart when that brings the two within
half a day, not the day named before them; a day after the pair is both clocks' day, unless it is
inside the bracket of the second."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lorvel was shelled on May 25. (Update 8:54 p.m. Castelmar, 1:54 p.m. ET) The army moved in.",
            [
                ("May 25", "2020-05-25"),
                ("8:54 p.m.", "2020-06-10T20:54"),
                ("1:54 p.m. ET", "2020-06-10T13:54"),
            ],
        ),
        (
            "Lorvel was shelled on May 25. (Update 1:30 a.m. Castelmar, 6:30 p.m. ET) The army moved in.",
            [
                ("May 25", "2020-05-25"),
                ("1:30 a.m.", "2020-06-10T01:30"),
                ("6:30 p.m. ET", "2020-06-09T18:30"),
            ],
        ),
        (
            "VALDORIA, 11:22 p.m. ET, 6:22 a.m. local: The envoy of Miravel left.",
            [("11:22 p.m. ET", "2020-06-10T23:22"), ("6:22 a.m.", "2020-06-11T06:22")],
        ),
    ],
)
def test_a_bare_second_clock_takes_the_first_ones_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Lorvel truce takes effect by 06:00 (03:00 GMT) on 12 June.",
            "en",
            [("06:00", "2020-06-12T06:00"), ("03:00 GMT", "2020-06-12T03:00"), ("12 June", "2020-06-12")],
        ),
        (
            "A quake struck Norvasia at 1:11 p.m. (11:11 a.m. ET) Monday.",
            "en",
            [
                ("1:11 p.m.", "2020-06-08T13:11"),
                ("11:11 a.m. ET", "2020-06-08T11:11"),
                ("Monday", "2020-06-08"),
            ],
        ),
        (
            "Les bureaux de vote de Castelmar fermeront à 20h00 (18h00 GMT) dimanche.",
            "fr",
            [("20h00", "2020-06-14T20:00"), ("18h00 GMT", "2020-06-14T18:00"), ("dimanche", "2020-06-14")],
        ),
    ],
)
def test_a_day_after_the_pair_is_both_clocks_day(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert tags(text, lang) == expected


def test_a_day_inside_the_second_clocks_bracket_is_its_own() -> None:
    # 6 a.m. in Lorvel is 11 p.m. the day before in New York
    assert tags("Troops attacked Lorvel around 6 a.m. (11 p.m. Tuesday ET), with 13 killed.") == [
        ("around 6 a.m.", "2020-06-10T06:00"),
        ("11 p.m. Tuesday", "2020-06-09T23:00"),
    ]
    assert tags("The Ambrun ferry sank at midnight (5 p.m. Tuesday ET).") == [
        ("midnight", "2020-06-10T00:00"),
        ("5 p.m. Tuesday", "2020-06-09T17:00"),
    ]


def test_a_midnight_with_its_day_gives_that_day_to_the_other_clock() -> None:
    # "midnight Tuesday" may close Tuesday as well as open it
    assert tags("Blasts shook Lorvel shortly before midnight Tuesday (5 p.m. ET).") == [
        ("midnight Tuesday", "2020-06-09T00:00"),
        ("5 p.m. ET", "2020-06-09T17:00"),
    ]


def test_clocks_of_a_span_are_no_pair() -> None:
    assert tags("On May 25 the talks in Miravel ran from 9 a.m. to 5 p.m.") == [
        ("May 25", "2020-05-25"),
        ("9 a.m.", "2020-05-25T09:00"),
        ("5 p.m.", "2020-05-25T17:00"),
    ]
