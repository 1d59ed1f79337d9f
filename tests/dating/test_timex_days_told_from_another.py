"""Days told from another day or from an event ("that day", "le lendemain", "ce soir-là", "the day
after the flood", "three days earlier"). With a day before them they count from it; with a year or
a month that has begun, they are a day inside it; with nothing, the day is unknown, never the day of
writing. "The day after" followed by the event itself counts from that event; set after a day by a
comma, it is that day. Days counted from another and followed by the date they stand for take it."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str, dct: datetime.date = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a day before them: counted from it, the "-là" written with a space or a hyphen
        (
            "Le 4 mars 2018, le maire de Lorvel a inauguré la halle ; la foule a applaudi ce jour là.",
            "fr",
            [("Le 4 mars 2018", "2018-03-04", ""), ("ce jour là", "2018-03-04", "previous")],
        ),
        (
            "Le 2 février, un orage a frappé Castelmar. Cette nuit-là, deux granges ont brûlé.",
            "fr",
            [("Le 2 février", "2020-02-02", "dct"), ("Cette nuit-là", "2020-02-02TNI", "previous")],
        ),
        (
            "Mardi, la préfète a parlé aux élus d'Ambrun. Ce soir là, la salle est restée pleine.",
            "fr",
            [("Mardi", "2020-06-09", "dct"), ("Ce soir là", "2020-06-09TEV", "previous")],
        ),
        (
            "On 2 February a gale hit Castelmar . That night , two barns burned .",
            "en",
            [("2 February", "2020-02-02", "dct"), ("That night", "2020-02-02TNI", "previous")],
        ),
        (
            "On Monday the Ambrun mayor quit ; that same evening her deputy took the chair .",
            "en",
            [("Monday", "2020-06-08", "dct"), ("that same evening", "2020-06-08TEV", "previous")],
        ),
        # a year or a month before them: a day inside it
        (
            "En 2015, la préfète de Miravel a visité Ambrun. Ce jour-là, elle a promis une école.",
            "fr",
            [("2015", "2015", ""), ("Ce jour-là", "2015-XX-XX", "previous")],
        ),
        (
            "In 2015 the governor of Miravel toured Valdoria . That day , she pledged a school .",
            "en",
            [("2015", "2015", ""), ("That day", "2015-XX-XX", "previous")],
        ),
        # a month still ahead of the writing is no day of a story told in the past
        (
            "Son mandat à Lorvel s'achève en juin 2026. Le même jour, le ministre a visité le port.",
            "fr",
            [("juin 2026", "2026-06", ""), ("Le même jour", "XXXX-XX-XX", "")],
        ),
        # nothing before them: a day the text does not give
        (
            "Le maire de Lorvel a démissionné. Le lendemain, son adjoint a pris sa place.",
            "fr",
            [("Le lendemain", "XXXX-XX-XX", "")],
        ),
        (
            "The board of Ambrun voted to close the mill that day .",
            "en",
            [("that day", "XXXX-XX-XX", "")],
        ),
        (
            "Security guards fired on the crowd in Lorvel . The next day , the council met .",
            "en",
            [("The next day", "XXXX-XX-XX", "")],
        ),
        (
            "Le pont de Lorvel a été inauguré. Trois jours plus tôt, des fissures avaient été signalées.",
            "fr",
            [("Trois jours plus tôt", "XXXX-XX-XX", "")],
        ),
        (
            "The ferry reached Castelmar , retaken twelve days earlier by the rebels .",
            "en",
            [("twelve days earlier", "XXXX-XX-XX", "")],
        ),
    ],
)
def test_days_told_from_another(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the event right after "the day after": counted from it, its day unknown
        (
            "The Lorvel crew returned to the site the day after the flood .",
            "en",
            [("the day after", "XXXX-XX-XX", "event")],
        ),
        (
            "The governor met the Ambrun council the day after being elected .",
            "en",
            [("the day after", "XXXX-XX-XX", "event")],
        ),
        (
            "Three villages in Miravel burned , the day after 40 homes were lost in Lorvel .",
            "en",
            [("the day after", "XXXX-XX-XX", "event")],
        ),
        (
            "Mais le soir même de la chute du conseil, la place d'Ambrun s'est vidée.",
            "fr",
            [("le soir même", "XXXX-XX-XXTEV", "event")],
        ),
        # set after a day by a comma: that day
        (
            "This happened on Thursday , the day before the mayor of Lorvel resigned .",
            "en",
            [("Thursday", "2020-06-04", "dct"), ("the day before", "2020-06-04", "previous")],
        ),
        (
            "C'était jeudi, la veille de la démission du maire de Lorvel.",
            "fr",
            [("jeudi", "2020-06-04", "dct"), ("la veille", "2020-06-04", "previous")],
        ),
        (
            "Le 3 mars, le soir même de la chute du conseil, la place s'est vidée.",
            "fr",
            [("Le 3 mars", "2020-03-03", "dct"), ("le soir même", "2020-03-03TEV", "previous")],
        ),
        # no event after it: counted from the day before
        (
            "He left Ambrun on Monday and came back the day after , tired .",
            "en",
            [("Monday", "2020-06-08", "dct"), ("the day after", "2020-06-09", "previous")],
        ),
        (
            "On Monday he left Ambrun ; the day before that he had met the council .",
            "en",
            [("Monday", "2020-06-08", "dct"), ("the day before", "2020-06-07", "previous")],
        ),
    ],
)
def test_days_of_an_event(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, lang) == expected


def test_days_counted_from_another_take_the_date_they_stand_for() -> None:
    found = tags("The crews skipped the test . Six days later , on May 3 , the Lorvel dam failed .", "en")
    assert found == [("Six days later", "2020-05-03", "dct"), ("May 3", "2020-05-03", "dct")]


def test_a_place_joined_by_a_hyphen_is_not_part_of_the_day() -> None:
    # "là-bas" is a place: "ce soir" alone is the time
    assert tags("Nous serons ce soir là-bas avec les élus de Lorvel.", "fr") == [
        ("ce soir", "2020-06-10TEV", "dct")
    ]
