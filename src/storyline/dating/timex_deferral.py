"""Whether an expression is the time a thing is put off to ("postponed until Tuesday", "extended its
deadline until 9 a.m. Tuesday", "le vote a été reporté à lundi"): such a time is still to come,
whatever the tense of the putting off; unless a past perfect tells the putting off from a later past
("had decided to delay action until Monday") or the sentence tells that time as since come ("delayed
play until Tuesday, when Lorvel won").

The words are the language's (:class:`~storyline.dating.timex_lex.Deferral`).
"""

from __future__ import annotations

import re

from storyline.dating.timex_lex import TOKEN, Deferral, norm

_CLAUSE_EDGE = re.compile(r"[,;()\[\]]")  # "The vote, postponed for security reasons, was held …"
_CLOCK_KINDS = frozenset({"time", "daytime"})


def put_off_to(left: str, right: str, kind: str, deferral: Deferral) -> bool:
    """Whether the expression of kind ``kind`` between ``left`` (its sentence before it) and
    ``right`` (the text after it) is a time something is put off to."""
    to = deferral.to_re.search(left) if deferral.to_re is not None else None
    if to is None:
        return False
    to_word = to.group(1).lower()
    if kind in _CLOCK_KINDS and to_word in deferral.clock_to:
        return False  # "la séance a été suspendue à 18 h": "à" says when, not till when
    if deferral.after_re is not None and deferral.after_re.match(right):
        return False
    clause = [norm(w) for w in TOKEN.findall(_CLAUSE_EDGE.split(left[: to.start()])[-1])]
    only = deferral.only_after.get(to_word)
    for k in range(len(clause) - 1, max(-1, len(clause) - 2 - deferral.reach), -1):
        word = clause[k]
        if word.isdigit():
            return False  # "suspendues du 2 au 6 décembre", "extended in 2018 to Dec. 6": a span, a year
        if word in deferral.words and (only is None or word in only):
            return not _past_perfect(clause, k, deferral)
    return False


def _past_perfect(clause: list[str], k: int, deferral: Deferral) -> bool:
    """Whether a past perfect governs the word of putting off at ``clause[k]`` ("had decided to
    delay", "avait été reporté"), not "had to postpone"."""
    for j in range(max(0, k - deferral.reach), k):
        if clause[j] in deferral.past_perfect and not (
            j + 1 < len(clause) and clause[j + 1] in deferral.not_perfect_before
        ):
            return True
    return False
