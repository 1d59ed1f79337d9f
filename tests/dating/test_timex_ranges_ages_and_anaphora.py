"""Ranges of counts as one length ("two to three weeks", "entre deux et trois heures") or one habit
("every three to five years"); French ages in ranges, between dashes and after a capitalised person
noun; a day counted past a background year ("had warned the council in 1997. The next day"); "that
June" of the year told; the night before the day of writing told in the past; the year of a day
told after a clock ("At 9am on June 3, 1940")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2012, 3, 14)  # a Wednesday


def tagged(text: str, lang: str, dct: datetime.date = WED) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Repairs to the Brisk bridge will take two to three weeks.",
            "en",
            [("two to three weeks", "DURATION", "P3W", "APPROX")],
        ),
        ("The Lorvel tunnel will reopen in 2-3 months.", "en", [("2-3 months", "DURATION", "P3M", "APPROX")]),
        (
            "The crossing takes between two and three hours.",
            "en",
            [("between two and three hours", "DURATION", "PT3H", "APPROX")],
        ),
        (
            "The dam must be inspected every three to five years.",
            "en",
            [("every three to five years", "SET", "P5Y", "APPROX")],
        ),
        (
            "Le chantier de Valcourt durera deux à trois ans.",
            "fr",
            [("deux à trois ans", "DURATION", "P3Y", "APPROX")],
        ),
        # no range: a verb's object, or a span of clock times
        ("The judge sentenced the smuggler to three years.", "en", [("three years", "DURATION", "P3Y", "")]),
        ("Dont l'un a 30 jours d'arrêt de travail.", "fr", [("30 jours", "DURATION", "P30D", "")]),
        (
            "Le maire sera chez lui mardi de 18 à 20 heures.",
            "fr",
            [("mardi", "DATE", "2012-03-20", ""), ("20 heures", "TIME", "2012-03-20T20:00", "")],
        ),
    ],
)
def test_ranges_of_counts(text: str, lang: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Freddo, un Syldave de 40 ans, visite Valcourt.",
        "Un Espagnol de 51 ans a été interpellé à Lorvel.",
        "Le cadet du maire – 28 ans – commande la brigade.",
        "Les grévistes, âgés de 20 à 30 ans, occupent la place.",
        "Ils ont entre 20 et 30 ans et viennent de Lorvel.",
        "Il y a même des enfants de 6 ou 7 ans.",
        "Lorsque j'avais 7 ans, la guerre a éclaté.",
    ],
)
def test_french_ages_are_no_lengths(text: str) -> None:
    assert tagged(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle suit un Master de deux ans à Lorvel.", [("deux ans", "DURATION", "P2Y", "")]),
        (
            "Les chantiers ont entre 2 et 3 ans de retard.",
            [("entre 2 et 3 ans", "DURATION", "P3Y", "APPROX")],
        ),
    ],
)
def test_french_lengths_that_look_like_ages(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert tagged(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected_last"),
    [
        # a year told as background, in the pluperfect: the next day counts from the last day told
        (
            "On March 2, 1999, the Brisk dam burst. Engineers had warned the council in 1997. "
            "The next day, the mayor resigned.",
            "en",
            ("The next day", "DATE", "1999-03-03", ""),
        ),
        (
            "Le 2 mars 1999, le barrage a cédé. Les ingénieurs avaient alerté le conseil en 1997. "
            "Le lendemain, le maire a démissionné.",
            "fr",
            ("Le lendemain", "DATE", "1999-03-03", ""),
        ),
        # a year that sets a new scene: the next day is of that year
        (
            "On March 2, 1999, the Brisk dam burst. In 1997, a surveyor had arrived. "
            "The next day he began measuring.",
            "en",
            ("The next day", "DATE", "1997-XX-XX", ""),
        ),
        # "that June": of the year told
        (
            "The Lorvel camp was opened in April 1998, and inspectors came that June.",
            "en",
            ("that June", "DATE", "1998-06", ""),
        ),
        (
            "Officials in Brisk said that March would be the busiest month.",
            "en",
            ("that March", "DATE", "2012-03", ""),
        ),
        # told in the past from the day of writing, the night is the one just gone
        (
            "Cinq personnes ont été tuées mercredi à Valcourt. Un avion s'est écrasé dans la nuit.",
            "fr",
            ("la nuit", "TIME", "2012-03-13TNI", ""),
        ),
        (
            "Les combats ont repris mercredi soir et se sont poursuivis dans la nuit.",
            "fr",
            ("la nuit", "TIME", "2012-03-14TNI", ""),
        ),
    ],
)
def test_anaphora_past_background(text: str, lang: str, expected_last: tuple[str, str, str, str]) -> None:
    assert tagged(text, lang)[-1] == expected_last


def test_may_after_that_is_the_modal() -> None:
    assert (
        tagged("Are there tactics BP could have used earlier that may have contained the spill?", "en") == []
    )


def test_a_year_told_with_a_clock_and_its_day_carries_on() -> None:
    text = "At 9am on June 3, 1940, the fleet left Brisk. It reached Lorvel on June 10."
    assert [t.value for t in tag(text, "en", datetime.date(2005, 8, 23))] == [
        "1940-06-03T09:00",
        "1940-06-03",
        "1940-06-10",
    ]
