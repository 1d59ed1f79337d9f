"""Well-known aliases (``lang/<code>/aliases.json``): one group per organisation or place.

The groups of every language are joined by their id, so ``Daech``, ``EI``, ``État islamique``
and ``ISIS`` all name the group ``islamic-state``. Names are compared by ``alias_key`` (folded
case, accents, hyphens and apostrophes), so ``Etat islamique`` finds it too.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import Levenshtein

from storyline.corpus.terms import fold
from storyline.lang import available, has, load

_NON_WORD = re.compile(r"[\W_]+")


def alias_key(name: str) -> str:
    """Folded words of a name, one space between (``État-islamique`` → ``etat islamique``)."""
    return " ".join(_NON_WORD.sub(" ", fold(name).replace("’", "'")).split())


@cache
def _groups() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """(alias key → group, group → type, (group, lang) → display name) over every language."""
    by_key: dict[str, str] = {}
    types: dict[str, str] = {}
    names: dict[tuple[str, str], str] = {}
    for lang in available():
        if not has(lang, "aliases"):
            continue
        for group, entry in load(lang, "aliases")["groups"].items():
            types.setdefault(group, entry["type"])
            names.setdefault((group, lang), entry["names"][0])
            for name in entry["names"]:
                by_key.setdefault(alias_key(name), group)
    return by_key, types, names


def alias_group(name: str) -> str | None:
    """The alias group a name belongs to, if it is a well-known alias."""
    return _groups()[0].get(alias_key(name))


def spells_alias(name: str, group: str) -> bool:
    """Whether ``name`` is one of the group's names spelt another way, a letter or two apart
    ("North Atlantic Treaty Organisation" for NATO's "…Organization"; not "US Navy" for the UN)."""
    key = alias_key(name)
    return any(Levenshtein.normalized_similarity(key, other) >= _SPELLING for other in _long_keys(group))


@cache
def _long_keys(group: str) -> tuple[str, ...]:
    """The keys of the group's names long enough to be spelt two ways."""
    return tuple(k for k, g in _groups()[0].items() if g == group and len(k) >= _SPELT_MIN)


_SPELLING = 0.9  # similarity of two spellings of one name
_SPELT_MIN = 8  # letters of a name long enough to be spelt two ways ("united nations", not "un")


def group_name(group: str, lang: str) -> str:
    """The group's display name in ``lang`` (else in any language that has it)."""
    _, _, names = _groups()
    if (group, lang) in names:
        return names[(group, lang)]
    return next(n for (g, _), n in sorted(names.items()) if g == group)


def group_type(group: str) -> str:
    return _groups()[1][group]


@cache
def alias_forms(lang: str) -> dict[str, str]:
    """The alias names of ``lang`` as written, with their entity type (for finding them in text)."""
    if not has(lang, "aliases"):
        return {}
    return {
        name: entry["type"] for entry in load(lang, "aliases")["groups"].values() for name in entry["names"]
    }
