"""A night told in the past with no day before it is the night just gone; a price "la nuit" is no
time. "The last day" said alone is the final day of something, not the day before the writing, and
"over the last day" a duration. "Si demain" supposes, names no day. An ordinal word right before a
month counts something else in English ("the first June storm")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

WED = datetime.date(2020, 6, 10)  # a Wednesday


def tags(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, WED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the night just gone, as "cette nuit" told in the past
        (
            "La permanence du maire de Lorvel a été saccagée dans la nuit.",
            "fr",
            [("la nuit", "TIME", "2020-06-09TNI")],
        ),
        (
            "Des grévistes ont passé la nuit devant la mairie d'Ambrun.",
            "fr",
            [("la nuit", "TIME", "2020-06-09TNI")],
        ),
        # told ahead: tonight
        (
            "Des grévistes vont passer la nuit devant la mairie d'Ambrun.",
            "fr",
            [("la nuit", "TIME", "2020-06-10TNI")],
        ),
        # after a day: that day's night
        (
            "Lundi, des grévistes ont passé la nuit devant la mairie.",
            "fr",
            [("Lundi", "DATE", "2020-06-08"), ("la nuit", "TIME", "2020-06-08TNI")],
        ),
        # a price per night
        ("Une chambre du palace de Miravel coûte 900 euros la nuit.", "fr", []),
        ("Au refuge de Lorvel, le lit se loue 25 € la nuit.", "fr", []),
        # "the last day" alone: the final day of something
        (
            "The Ambrun fair ran for a week ; on the last day , the roof leaked .",
            "en",
            [
                ("a week", "DURATION", "P1W"),
            ],
        ),
        (
            "La foire d'Ambrun a duré une semaine ; le dernier jour, le toit a fui.",
            "fr",
            [
                ("une semaine", "DURATION", "P1W"),
            ],
        ),
        # "over the last day": a duration
        (
            "Over the last day , shelling around Lorvel destroyed four bridges .",
            "en",
            [
                ("the last day", "DURATION", "P1D"),
            ],
        ),
        # a supposition, told in the imperfect
        (
            "Si demain la digue de Castelmar cédait, qui paierait ?",
            "fr",
            [("demain", "DATE", "FUTURE_REF")],
        ),
        ("Le préfet dira demain si la digue de Castelmar tient.", "fr", [("demain", "DATE", "2020-06-11")]),
        # an ordinal word before a month: no day of it
        (
            "Orvanne , the second June storm to reach Valdoria , weakened .",
            "en",
            [("June", "DATE", "2020-06")],
        ),
        (
            "The Lorvel fair opens on the second of June .",
            "en",
            [("the second of June", "DATE", "2020-06-02")],
        ),
        (
            "The Lorvel fair opened on the 2nd June 2019 .",
            "en",
            [("the 2nd June 2019", "DATE", "2019-06-02")],
        ),
        ("La foire de Lorvel ouvre le premier juin.", "fr", [("le premier juin", "DATE", "2020-06-01")]),
    ],
)
def test_nights_last_days_suppositions(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(text, lang) == expected
