"""Rates joined by hyphens, with "m" for millions or "more" before the unit; four-digit clocks in
local time and in brackets; "last week" written on a Sunday is the week ending; "il y a encore trois
ans" counts back, while "il y a encore trois jours de marche" says what there is; two lengths joined
are one ("an hour and 13 minutes"); "une seconde mouture" and "minute par minute" are no time."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

SUN = datetime.date(2005, 9, 18)  # a Sunday, the last day of 2005-W37


def tagged(text: str, lang: str, dct: datetime.date = SUN) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourism in Brisk is a $3 billion-a-year business.", [("a-year", "SET", "P1Y")]),
        ("Up to 6.5 m litres a day could escape from the Lorvel dam.", [("a day", "SET", "P1D")]),
        ("Cutting the pipe could add 90,000 gallons more a day to the spill.", [("a day", "SET", "P1D")]),
        ("Two suspects were detained a day after the blast in Brisk.", [("a day", "DURATION", "P1D")]),
        # one or two words saying what kind between the count and the plural
        ("Brisk makers could produce 4.9 billion seasonal flu shots a year.", [("a year", "SET", "P1Y")]),
        ("The page attracted 15,000 friends in a week.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_rates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


def test_four_digit_clocks_in_local_time_and_brackets() -> None:
    text = "The flow was shut off at 1425 local time (1925 GMT) on Thursday."
    assert tagged(text, "en", datetime.date(2010, 7, 16)) == [
        ("1425 local time", "TIME", "2010-07-15T14:25"),
        ("1925 GMT", "TIME", "2010-07-15T19:25"),
        ("Thursday", "DATE", "2010-07-15"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "dct", "value"),
    [
        ("The Lorvel minister resigned last week.", "en", SUN, "2005-W37"),
        ("Le ministre de Lorvel a démissionné la semaine dernière.", "fr", SUN, "2005-W37"),
        # written on a weekday, the week before
        ("The Lorvel minister resigned last week.", "en", datetime.date(2005, 9, 21), "2005-W37"),
        ("The Lorvel minister resigned last week.", "en", datetime.date(2005, 9, 17), "2005-W36"),
    ],
)
def test_last_week(text: str, lang: str, dct: datetime.date, value: str) -> None:
    assert [t.value for t in tag(text, lang, dct)] == [value]


def test_a_weekday_of_last_week_written_on_a_sunday_is_of_the_week_ending() -> None:
    assert tagged("The Lorvel minister resigned on Tuesday last week.", "en") == [
        ("Tuesday", "DATE", "2005-09-13"),
        ("last week", "DATE", "2005-W37"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les ruelles où se pressaient il y a encore trois ans les visiteurs sont vides.",
            [("il y a encore trois ans", "DATE", "2002")],
        ),
        (
            "Il y a pile un an, le maire remportait l'élection à Lorvel.",
            [("Il y a pile un an", "DATE", "2004")],
        ),
        ("Il y a trois ans de cela, la Syldavie signait un traité.", [("Il y a trois ans", "DATE", "2002")]),
        ("Vous vous êtes vanté il y a un an d'avoir voté.", [("il y a un an", "DATE", "2004")]),
        # what there is, no time counted back
        ("Il y a encore trois jours de marche jusqu'à Valcourt.", [("trois jours", "DURATION", "P3D")]),
        (
            "Il y a seulement deux heures de route entre Brisk et Lorvel.",
            [("deux heures", "DURATION", "PT2H")],
        ),
        # what a day will be like, no length nor day
        ("Demain va être un jour incroyable pour Lorvel.", [("Demain", "DATE", "2005-09-19")]),
    ],
)
def test_french_counts_back_and_what_there_is(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # two lengths joined, the second in smaller units, are one
        (
            "The patient was declared dead after an hour and 13 minutes.",
            "en",
            [("an hour and 13 minutes", "DURATION", "PT1H13M")],
        ),
        (
            "Il a passé deux ans et trois mois en prison à Lorvel.",
            "fr",
            [("deux ans et trois mois", "DURATION", "P2Y3M")],
        ),
        (
            "The talks lasted an hour and the vote took 13 minutes.",
            "en",
            [("an hour", "DURATION", "PT1H"), ("13 minutes", "DURATION", "PT13M")],
        ),
        # "seconde" as an ordinal, and a unit told unit by unit, are no time
        ("Une seconde carte, plus vaste, montre les projets de Valcourt.", "fr", []),
        ("La réforme a été vidée de son sens par une seconde décision.", "fr", []),
        ("Une seconde plus tard, la foule s'est dispersée.", "fr", [("Une seconde", "DURATION", "PT1S")]),
        ("Revivez minute par minute la journée à Lorvel.", "fr", []),
        ("Le réacteur perd 200 litres par minute.", "fr", [("par minute", "SET", "PT1M")]),
    ],
)
def test_joined_lengths_ordinals_and_telling_in_detail(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, lang) == expected
