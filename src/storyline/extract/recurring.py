"""Furniture learned from a corpus: a line that recurs across articles of the same outlet.

A menu, a newsletter pitch or a site footer is the same on every page of an outlet, while the
article's sentences are not. :class:`LineCounts` counts, per outlet, in how many articles each
short line appears; :meth:`LineCounts.furniture` gives the lines of a page that recur in at least
``MIN_ARTICLES`` of them, with the reason to record. Pages whose outlet is not known are counted
by the file or folder they came from, more strictly (:data:`UNKNOWN_OUTLET_SHARE`). No I/O here:
the pipeline loads and saves the counts through the store, ``storyline clean`` counts its files
first, then cleans them. The store can hold tens of millions of lines: a build reads back, per
batch, only the counts of the lines its pages hold.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable

from storyline.sources.files import record_file

#: A line is learned furniture when it appears in at least this many articles of an outlet.
MIN_ARTICLES = 3
#: Pages of no known outlet are counted by the file or folder they came from, where outlets mix:
#: a line must be in UNKNOWN_OUTLET_MIN of the group's articles and this share of them, and the
#: group must hold at least UNKNOWN_OUTLET_ARTICLES. A site's template is on many of its pages;
#: the title of a wire dispatch that a few outlets of the folder carry is not.
UNKNOWN_OUTLET_SHARE = 0.05
UNKNOWN_OUTLET_MIN = 5
UNKNOWN_OUTLET_ARTICLES = 20
#: Longer lines are never learned: a background paragraph may recur in an outlet's articles.
MAX_WORDS = 30
_NON_WORD = re.compile(r"[\W_]+")
_LEARNED = "recurs across"  # how the reason of a learned line opens
# Folders named as a date (2031-03-17, 20310317, 2031-03, 2031) or as a year with its months and
# days under it (2031/03/17): a crawl or an archive filed by day. Its pages join the folder above:
# a site's template recurs across days, and a day's folder alone holds too few pages to tell it.
_DATE_FOLDER = re.compile(r"(?:19|20)\d{2}(?:([-_.]?)(?:0[1-9]|1[0-2])(?:\1(?:0[1-9]|[12]\d|3[01]))?)?")
_MONTH_OR_DAY_FOLDER = re.compile(r"0?[1-9]|[12]\d|3[01]")


def is_learned(reason: str | None) -> bool:
    """Whether a furniture line's reason says it was learned as recurring across an outlet's pages."""
    return bool(reason) and reason.startswith(_LEARNED)


def line_key(text: str) -> str:
    """The comparison key of a line: its lower-case words and digits, single-spaced."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def input_group(path: str) -> str:
    """The group whose line counts a page of no known outlet joins: the file of many it is a
    record of (``pile.jsonl:7``, ``flux.xml:3``, ``crawl.warc.gz:12``), else its folder, or the
    folder above the folders that file it by date (``crawl/2031/03/17/page.txt`` → ``crawl``)."""
    where = record_file(path) or _above_dates(os.path.dirname(path))
    return f"{where or '.'} (outlet unknown)"


def _above_dates(folder: str) -> str:
    """The folder above the date folders ending ``folder`` (itself when it ends in none)."""
    up = folder
    while up and _MONTH_OR_DAY_FOLDER.fullmatch(os.path.basename(up)):
        up = os.path.dirname(up)
    if not (up and _DATE_FOLDER.fullmatch(os.path.basename(up))):
        return folder  # "numéro/12": a number, not a day under its year
    while up and _DATE_FOLDER.fullmatch(os.path.basename(up)):
        up = os.path.dirname(up)
    return up


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

    def load_totals(self, totals: dict[str, int]) -> None:
        """Set the number of articles counted per outlet, as stored."""
        self.articles.update(totals)

    def load_lines(self, stored: dict[str, dict[str, int]]) -> None:
        """Add the stored counts of some line keys per outlet to what was counted since the last
        :meth:`forget_lines` (which the store does not hold yet)."""
        for outlet, lines in stored.items():
            self.lines.setdefault(outlet, Counter()).update(lines)

    def forget_lines(self) -> None:
        """Drop the per-line counts once the store holds them (keep the totals): a corpus of
        millions of pages has tens of millions of distinct lines, read back only as needed."""
        self.lines = {}

    def add(self, outlet: str, keys: set[str]) -> None:
        """Count one article of ``outlet`` holding the line ``keys``."""
        self.articles[outlet] += 1
        self.lines.setdefault(outlet, Counter()).update(keys)
        self.pending.append((outlet, keys))

    def take_pending(self) -> list[tuple[str, set[str]]]:
        """The articles added since the last call (and forget them)."""
        out, self.pending = self.pending, []
        return out

    def furniture(self, outlet: str, keys: set[str], known: bool = True) -> dict[str, str]:
        """The keys among ``keys`` that recur across the outlet's articles, with their reason.

        ``known=False``: ``outlet`` is an :func:`input_group`, held to a share of its articles.
        """
        counts = self.lines.get(outlet)
        total = self.articles[outlet]
        if not counts or (not known and total < UNKNOWN_OUTLET_ARTICLES):
            return {}
        need = MIN_ARTICLES if known else max(UNKNOWN_OUTLET_MIN, UNKNOWN_OUTLET_SHARE * total)
        return {key: f"{_LEARNED} {counts[key]} articles of {outlet}" for key in keys if counts[key] >= need}
