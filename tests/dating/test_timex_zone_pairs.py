"""One moment told in two zones: a place or a zone said with two clocks side by side ("9:15 p.m.
Ambrun, 2:15 p.m. ET", "19:30 (17:30 GMT)"). A clock said without its day takes the other's, a day
apart when that brings the two within half a day, not the day named before them; a day after the pair
is the first clock's, and the second's or the one beside it. Clocks listed without a place or a zone
are no pair."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str = "en", dct: datetime.date = WED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lorvel dam broke on May 25. Posted 9:15 p.m. Ambrun, 2:15 p.m. ET: crews are still there.",
            [
                ("May 25", "2020-05-25"),
                ("9:15 p.m.", "2020-06-10T21:15"),
                ("2:15 p.m. ET", "2020-06-10T14:15"),
            ],
        ),
        (
            "The Lorvel dam broke on May 25. Posted 0:40 a.m. Ambrun, 5:40 p.m. ET: crews are still there.",
            [
                ("May 25", "2020-05-25"),
                ("0:40 a.m.", "2020-06-10T00:40"),
                ("5:40 p.m. ET", "2020-06-09T17:40"),
            ],
        ),
    ],
)
def test_a_bare_second_clock_takes_the_first_ones_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Voting in Castelmar closes at 19:30 (17:30 GMT) on 4 July.",
            "en",
            [("19:30", "2020-07-04T19:30"), ("17:30 GMT", "2020-07-04T17:30"), ("4 July", "2020-07-04")],
        ),
        (
            "The Norvasian probe left its pad at 2:05 a.m. (23:05 GMT) on Sunday.",
            "en",
            [("2:05 a.m.", "2020-06-07T02:05"), ("23:05 GMT", "2020-06-06T23:05"), ("Sunday", "2020-06-07")],
        ),
        (
            "Le festival de Miravel ouvrira à 21h30 (19h30 GMT) samedi.",
            "fr",
            [("21h30", "2020-06-13T21:30"), ("19h30 GMT", "2020-06-13T19:30"), ("samedi", "2020-06-13")],
        ),
    ],
)
def test_a_day_after_the_pair_is_the_first_clocks(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert tags(text, lang) == expected


def test_a_day_inside_the_second_clocks_bracket_is_its_own() -> None:
    # 5 a.m. in Miravel is 10 p.m. the day before in New York
    assert tags("Shelling began near Miravel at about 5 a.m. (10 p.m. Tuesday ET).") == [
        ("about 5 a.m.", "2020-06-10T05:00"),
        ("10 p.m. Tuesday", "2020-06-09T22:00"),
    ]


def test_a_bare_clock_beside_a_midnight_with_its_day_takes_that_day() -> None:
    # "midnight Tuesday" may close Tuesday as well as open it: the other clock is not moved off it
    found = tags("Fires lit the Ambrun docks just before midnight Tuesday (5 p.m. ET).")
    assert found[-1] == ("5 p.m. ET", "2020-06-09T17:00")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Buses leave Ambrun at 6:15, 13:40 and 21:05.", "en"),
        ("Les navettes quittent Ambrun à 6h15, 13h40 et 21h05.", "fr"),
        ("The Lorvel library opens 8 a.m. / 9 p.m.", "en"),
    ],
)
def test_clocks_listed_without_a_place_or_zone_are_no_pair(text: str, lang: str) -> None:
    assert {value[:10] for _, value in tags(text, lang)} == {"2020-06-10"}


def test_the_day_after_a_pair_is_read_in_its_own_tense() -> None:
    # "from … on Tuesday" written on a Monday is the coming Tuesday, whatever was "cancelled"
    text = "Lorvel Air cancelled flights from 4 p.m. local time (9 a.m. ET) on Friday to noon on Saturday."
    assert tags(text, "en", datetime.date(2020, 6, 11))[:3] == [
        ("4 p.m. local time", "2020-06-12T16:00"),
        ("9 a.m. ET", "2020-06-12T09:00"),
        ("Friday", "2020-06-12"),
    ]


def test_clocks_of_a_span_are_no_pair() -> None:
    assert tags("On May 25 the talks in Miravel ran from 9 a.m. to 5 p.m.") == [
        ("May 25", "2020-05-25"),
        ("9 a.m.", "2020-05-25T09:00"),
        ("5 p.m.", "2020-05-25T17:00"),
    ]


def test_a_pair_at_the_end_of_the_calendar_does_not_raise() -> None:
    assert len(tags("Posted 11:30 p.m. Ambrun, 6:30 a.m. ET", "en", datetime.date(9999, 12, 31))) == 2
    assert len(tags("Posted 1:30 a.m. Ambrun, 6:30 p.m. ET", "en", datetime.date(1, 1, 1))) == 2


def test_a_place_said_after_in_makes_a_pair() -> None:
    """ "Update 1:00 a.m. in Ambrun, 6:00 p.m. ET": the second clock is the evening before the first,
    not a day named before them."""
    text = "They remembered the May 25 march. (Update 1:00 a.m. in Ambrun, 6:00 p.m. ET) The crowd grew."
    assert tags(text)[1:] == [("1:00 a.m.", "2020-06-10T01:00"), ("6:00 p.m. ET", "2020-06-09T18:00")]
