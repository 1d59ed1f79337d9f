"""Acronyms an article defines: ``État islamique (EI)``, ``le CNT (Conseil national de transition)``.

An acronym is defined when it stands in brackets right after a name (or a name stands in brackets
right after it) and its letters are the initials of the name's words, in order, small words
skipped (``Conseil suprême des forces armées`` → ``CSFA``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.corpus.terms import fold
from storyline.model import NameMention

_IN_BRACKETS = re.compile(r"\s*\(\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9.\-]{1,11})\s*\)")
_BEFORE_BRACKETS = re.compile(r"\s*\(\s*$")


def initials_match(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, in order, the first
    word's included (small words and second halves of hyphened words may be skipped)."""
    letters = [c for c in fold(acronym) if c.isalpha()]
    words = [w for w in re.split(r"[\s'’]+", fold(name)) if w]
    if len(letters) < 2 or len(words) < 2 or not acronym.replace(".", "").isupper():
        return False
    parts: list[tuple[str, bool]] = []  # (initial, may be skipped)
    for w in words:
        pieces = [p for p in w.split("-") if p]
        for j, p in enumerate(pieces):
            parts.append((p[0], len(p) <= 3 or j > 0))
    if parts[0][0] != letters[0]:
        return False
    i = 0
    for initial, optional in parts:
        if i < len(letters) and initial == letters[i]:
            i += 1
        elif not optional:
            return False
    return i == len(letters)


def definitions(text: str, mentions: Sequence[NameMention]) -> list[tuple[NameMention, str, int, int]]:
    """Per definition: the named mention, the acronym and the acronym's span."""
    out = []
    for m in mentions:
        if m.label == "PER":
            continue
        after = _IN_BRACKETS.match(text, m.end)
        if after and initials_match(after.group(1), m.text):
            out.append((m, after.group(1), after.start(1), after.end(1)))
    by_start = {m.start: m for m in mentions}
    for m in mentions:  # ACR (Long Name)
        if m.label == "PER" or not m.text.replace(".", "").isupper():
            continue
        opening = re.match(r"\s*\(\s*", text[m.end : m.end + 4])
        if opening is None:
            continue
        long = by_start.get(m.end + opening.end())
        if long is not None and initials_match(m.text, long.text):
            out.append((long, m.text, m.start, m.end))
    return out


def acronym_mentions(text: str, mentions: Sequence[NameMention]) -> list[NameMention]:
    """Mentions for defined acronyms the model did not find, labelled as the name they stand for."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for long, acronym, s, e in definitions(text, mentions):
        if not any(s < b and a < e for a, b in taken):
            out.append(NameMention(s, e, acronym, long.label, source="acronym"))
            taken.append((s, e))
    return out
