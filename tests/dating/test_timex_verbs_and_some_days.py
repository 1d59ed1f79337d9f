"""Words of time that are verbs here ("could last until August", "firms that fall into trouble", "took
the fall"); "one day" and "un jour" of a day to come or gone inside a clause ("that one day they will",
"a un jour déclaré", "si celui-ci est un jour extradé"); days "of last year"; days that tell what
happened, no length ("des journées révolutionnaires")."""

from __future__ import annotations

import datetime

import pytest

from storyline.dating.timex import tag

TUE = datetime.date(2010, 6, 1)  # a Tuesday


def tagged(text: str, lang: str, dct: datetime.date = TUE) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, lang, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" after a modal or "to" is the verb, no past
        ("Analysts say the Brisk leak could last until August.", [("August", "DATE", "2010-08")]),
        (
            "Tests on the Lorvel well are expected to last until Saturday.",
            [("Saturday", "DATE", "2010-06-05")],
        ),
        ("The Lorvel mill has been closed since last August.", [("last August", "DATE", "2009-08")]),
        # "fall" after a relative pronoun is the verb; idioms of blame are no season
        ("The law lets the state dismantle firms that fall into trouble.", []),
        ("Finally, Mr Brel took the fall for his friends in Valcourt.", []),
        (
            "In 2008 the Lorvel mill closed. That fall, Mr Brel moved to Valcourt.",
            [("2008", "DATE", "2008"), ("That fall", "DATE", "2008-FA")],
        ),
        ("Mr Brel will return to Valcourt in the fall.", [("the fall", "DATE", "2010-FA")]),
    ],
)
def test_verbs_that_look_like_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "He dreams that one day his sons will run the Brisk farm.",
            "en",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        (
            "Tyrants can last a long time, but one day they will face justice.",
            "en",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        (
            "When I ask if she hopes to one day return to Lorvel, she looks away.",
            "en",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        # a subject-less "one day" before "will" is a length
        ("The mayor said one day will be enough to visit Brisk.", "en", [("one day", "DURATION", "P1D")]),
        (
            "Le ministre Brel a un jour déclaré que la Syldavie n'avait pas d'armée.",
            "fr",
            [("un jour", "DATE", "PAST_REF")],
        ),
        (
            "L'avocat défendra le général si celui-ci est un jour extradé vers Valcourt.",
            "fr",
            [("un jour", "DATE", "FUTURE_REF")],
        ),
        # no participle after the auxiliary, or a copula of what a day was: lengths
        ("Les délégués ont un jour pour rendre leur avis.", "fr", [("un jour", "DURATION", "P1D")]),
        ("C'est un jour perdu pour Lorvel.", "fr", [("un jour", "DURATION", "P1D")]),
    ],
)
def test_some_day_inside_a_clause(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert tagged(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Brisk rig exploded on April 20 of last year.",
            "en",
            [("April 20 of last year", "DATE", "2009-04-20")],
        ),
        ("It happened in April of last year.", "en", [("April of last year", "DATE", "2009-04")]),
        ("Les murs de Lorvel racontent des journées révolutionnaires.", "fr", []),
        (
            "Les réfugiés ont attendu des journées entières à Valcourt.",
            "fr",
            [("des journées", "DURATION", "PXD")],
        ),
    ],
)
def test_days_of_last_year_and_days_that_tell_what_happened(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, lang) == expected
