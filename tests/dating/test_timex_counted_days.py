"""A day counted from the day named right after it: "la veille du 14 juillet", "le lendemain de
mardi", "the day after March 3", "the day before yesterday" are one expression, that day moved;
"la veille de la manifestation du 30 avril" is the day before the event's day."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 1, 8)  # a Wednesday


def found(text: str, lang: str, dct: datetime.date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "La veille du 14 juillet, les pompiers de Lorvel ont défilé.",
            "La veille du 14 juillet",
            "2019-07-13",
        ),
        ("Le port d'Ambrun a rouvert le lendemain du 2 janvier.", "le lendemain du 2 janvier", "2020-01-03"),
        ("Au lendemain du 2 janvier, les dockers ont repris.", "lendemain du 2 janvier", "2020-01-03"),
        ("Le lendemain de mardi, le conseil de Miravel a voté.", "Le lendemain de mardi", "2020-01-08"),
        (
            "Le surlendemain du 30 décembre, le ferry est reparti.",
            "Le surlendemain du 30 décembre",
            "2020-01-01",
        ),
        ("L'avant-veille du 5 janvier, la mairie a fermé.", "L'avant-veille du 5 janvier", "2020-01-03"),
    ],
)
def test_a_french_day_counted_from_a_date(text: str, phrase: str, value: str) -> None:
    assert found(text, "fr") == [(phrase, value, "dct")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Castelmar strike began the day after Jan. 2.", "the day after Jan. 2", "2020-01-03"),
        ("The ferry left Lorvel the day before yesterday.", "the day before yesterday", "2020-01-06"),
        ("The day after Christmas the mayor of Miravel resigned.", "The day after Christmas", "2019-12-26"),
        ("The day before Monday's vote, the council met.", "The day before Monday", "2020-01-05"),
    ],
)
def test_an_english_day_counted_from_a_date(text: str, phrase: str, value: str) -> None:
    assert found(text, "en") == [(phrase, value, "dct")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La veille du 1er mars, la grève a commencé.", "XXXX-02-28"),
        ("Le lendemain du 28 février, rien.", "XXXX-03-01"),
        ("Le surlendemain du 29 février, rien.", "XXXX-03-02"),
    ],
)
def test_without_a_year_the_day_moves_by_month_and_day(text: str, value: str) -> None:
    """No creation date: the year stays unknown, taken as no leap year unless the day is 29 February."""
    assert [v for _, v, _ in found(text, "fr", None)] == [value]


def test_the_next_day_counts_from_the_day_moved_to() -> None:
    """The narrative goes on from the day the text speaks of, not from the date it counted from."""
    text = "La veille du 14 juillet, le maire de Valdoria est arrivé. Le lendemain, il est reparti."
    assert [v for _, v, _ in found(text, "fr")] == ["2019-07-13", "2019-07-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Au lendemain d'un vote serré, le maire de Lorvel a démissionné.",
        "Au lendemain de son élection, le 22 mars, il a parlé.",
        "La veille du sommet de Bruxelles de la semaine dernière, rien.",
    ],
)
def test_a_day_counted_from_an_event_stays_unknown(text: str) -> None:
    """Before an event ("d'un vote") the day word counts from that event, whose day is not said, or
    not as a day, or only after a comma, which may as well be the day word's own."""
    first = found(text, "fr")[0]
    assert first[1:] == ("XXXX-XX-XX", "event")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("La veille du scrutin du 12 janvier, le préfet a parlé.", "2020-01-11", "2020-01-12"),
        ("À la veille de la grande marche du 30 décembre, rien.", "2019-12-29", "2019-12-30"),
        ("Le lendemain de l'élection municipale de mardi, le maire a parlé.", "2020-01-08", "2020-01-07"),
        ("Le lendemain de la réunion d'hier, rien.", "2020-01-08", "2020-01-07"),
    ],
)
def test_a_day_counted_from_an_event_named_with_its_day(text: str, first: str, second: str) -> None:
    """ "La veille du scrutin du 12 janvier": the event's day is said right after it, so the day word
    is that day moved; both stay expressions of their own."""
    assert [(v, a) for _, v, a in found(text, "fr")] == [(first, "dct"), (second, "dct")]


def test_a_date_set_apart_by_a_comma_says_which_day_it_is() -> None:
    """ "Le lendemain, 3 janvier": the date is the day word's own day, not one it counts from."""
    assert [v for _, v, _ in found("Le lendemain, 3 janvier, la grève a commencé.", "fr")] == [
        "2020-01-03",
        "2020-01-03",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le lendemain du 2 janvier, le port a rouvert.", "fr"),
        ("  La veille de   mardi, rien.", "fr"),
        ("The day after  March 3 the plant closed.", "en"),
    ],
)
def test_offsets_slice_the_text(text: str, lang: str) -> None:
    timexes = tag(text, lang, WED)
    assert len(timexes) == 1
    assert all(text[t.start : t.end] == t.text for t in timexes)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le lendemain 28 décembre, le maire de Lorvel a démissionné.", "fr"),
        ("Le ferry est arrivé à Miravel la veille\n14 juillet : le défilé.", "fr"),
        ("The mayor of Ambrun resigned the day after\nJan. 3 was a busy day.", "en"),
    ],
)
def test_no_day_counted_across_a_line_or_without_its_link(text: str, lang: str) -> None:
    """French counts from a day after "du", "de"; a date right after the word tells its day again.
    Nothing is counted across a line break."""
    assert len(found(text, lang)) == 2


def test_a_day_word_before_another_counts_from_an_event() -> None:
    assert [v for _, v, _ in found("La veille du lendemain du 2 janvier, rien.", "fr")] == [
        "XXXX-XX-XX",
        "2020-01-03",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le lendemain de mardi soir, le port de Castelmar a rouvert.", "fr", "2020-01-08"),
        ("The day after Tuesday night's vote in Lorvel, the mayor left.", "en", "2020-01-08"),
    ],
)
def test_a_day_counted_from_a_part_of_a_day_is_the_day_moved(text: str, lang: str, value: str) -> None:
    assert [v for _, v, _ in found(text, lang)] == [value]
