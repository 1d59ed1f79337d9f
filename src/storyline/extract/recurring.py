"""Furniture learned from a corpus: a line that recurs across articles of the same outlet.

A menu, a newsletter pitch or a site footer is the same on every page of an outlet, while the
article's sentences are not. :class:`LineCounts` counts, per outlet, in how many articles each
short line appears; :meth:`LineCounts.furniture` gives the lines of a page that recur in at least
``MIN_ARTICLES`` of them, with the reason to record. No I/O here: the pipeline loads and saves
the counts through the store, ``storyline clean`` counts its files first, then cleans them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: A line is learned furniture when it appears in at least this many articles of an outlet.
MIN_ARTICLES = 3
#: Longer lines are never learned: a background paragraph may recur in an outlet's articles.
MAX_WORDS = 30
_NON_WORD = re.compile(r"[\W_]+")


def line_key(text: str) -> str:
    """The comparison key of a line: its lower-case words and digits, single-spaced."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def page_keys(lines: Iterable[str]) -> set[str]:
    """The keys of the lines of one page that may be learned (short, with a word in them)."""
    return {key for text in lines if (key := line_key(text)) and len(key.split()) <= MAX_WORDS}


class LineCounts:
    """Per outlet, the number of articles counted and of articles holding each line key.

    ``pending`` keeps what was added since :meth:`take_pending`, for the store to persist.
    """

    def __init__(self) -> None:
        self.articles: Counter[str] = Counter()
        self.lines: dict[str, Counter[str]] = {}
        self.pending: list[tuple[str, set[str]]] = []

    def load(self, outlet: str, articles: int, lines: dict[str, int]) -> None:
        """Set the counts of ``outlet`` as stored."""
        self.articles[outlet] = articles
        self.lines[outlet] = Counter(lines)

    def add(self, outlet: str, keys: set[str]) -> None:
        """Count one article of ``outlet`` holding the line ``keys``."""
        self.articles[outlet] += 1
        self.lines.setdefault(outlet, Counter()).update(keys)
        self.pending.append((outlet, keys))

    def take_pending(self) -> list[tuple[str, set[str]]]:
        """The articles added since the last call (and forget them)."""
        out, self.pending = self.pending, []
        return out

    def furniture(self, outlet: str, keys: set[str]) -> dict[str, str]:
        """The keys among ``keys`` that recur across the outlet's articles, with their reason."""
        counts = self.lines.get(outlet)
        if not counts:
            return {}
        return {
            key: f"recurs across {counts[key]} articles of {outlet}"
            for key in keys
            if counts[key] >= MIN_ARTICLES
        }
