"""The dossier as tables for spreadsheets and data tools: one row per fact, each with its article
and character span (the CSV export). Nothing is written here; the command line writes the files.

- ``articles``: one row per article, its publication date with granularity and confidence;
- ``timeline``: one row per source of a timeline line (a line told by three articles: three rows);
- ``stories``: one row per article of a story;
- ``entities``: one row per mention, with the entity it was placed in, its score and evidence;
- ``quotes``: one row per attributed quotation, the speaker as written and as resolved;
- ``figures``: one row per figure of a series, with the interval its wording allows;
- ``disagreements``: one row per pair of figures the sources disagree on.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from storyline.model import Figure, FigureSeries

if TYPE_CHECKING:
    from storyline.report import Dossier

Table = tuple[list[str], list[list[object]]]  # header, rows


def dossier_tables(d: Dossier) -> dict[str, Table]:
    """Each table of the dossier by name, in the order of the list above."""
    return {
        "articles": _articles(d),
        "timeline": _timeline(d),
        "stories": _stories(d),
        "entities": _entities(d),
        "quotes": _quotes(d),
        "figures": _figures(d.figures),
        "disagreements": _disagreements(d),
    }


def _articles(d: Dossier) -> Table:
    dups = {link.copy: link.original for link in d.duplicates}
    header = ["id", "path", "url", "title", "outlet", "agency", "lang"]
    header += ["published", "granularity", "confidence", "duplicate_of"]
    rows = []
    for a in d.articles:
        p = a.published
        rows.append(
            [a.id, a.path, a.url, a.title, a.outlet, a.agency, a.lang]
            + [p.iso, p.granularity, round(p.confidence, 3), dups.get(a.id)]
        )
    return header, rows


def _timeline(d: Dossier) -> Table:
    rows: list[list[object]] = [
        [e.date.isoformat(), src.text, src.article, src.start, src.end]
        for e in d.timeline
        for s in e.sentences
        for src in s.sources
    ]
    return ["date", "sentence", "article", "start", "end"], rows


def _stories(d: Dossier) -> Table:
    header = ["story", "label", "lang", "start", "end", "article"]
    rows: list[list[object]] = [
        [s.id, s.label, s.lang, _iso(s.start), _iso(s.end), article]
        for s in d.stories
        for article in s.articles
    ]
    return header, rows


def _entities(d: Dossier) -> Table:
    header = ["entity", "name", "type", "aliases", "text", "article", "start", "end", "score", "evidence"]
    header += ["role"]
    rows: list[list[object]] = [
        [e.id, e.name, e.type, "; ".join(e.aliases), m.text, m.article, m.start, m.end, m.score, m.evidence]
        + [m.role]
        for e in d.entities
        for m in e.mentions
    ]
    return header, rows


def _quotes(d: Dossier) -> Table:
    published = {a.id: a.published.iso for a in d.articles}
    header = ["speaker", "speaker_as_written", "speaker_start", "speaker_end", "quotation", "article"]
    header += ["start", "end", "published", "cue", "how", "confidence", "speaker_article"]
    rows: list[list[object]] = [
        [q.entity or q.speaker, q.speaker, *_span(q.speaker_start, q.speaker_end), q.text, q.article]
        + [q.start, q.end, published.get(q.article), q.cue, q.how, q.confidence, q.speaker_article or None]
        for q in d.quotes
    ]
    return header, rows


_FIGURE = ["value", "low", "high", "kind", "previous", "qualifier", "text", "article", "start", "end"]


def _figure_cells(f: Figure) -> list[object]:
    high = None if math.isinf(f.high) else f.high  # no upper bound: an empty cell
    numbers = [_number(x) for x in (f.value, f.low, high)]
    return [*numbers, f.kind, _number(f.previous), f.qualifier, f.text, f.article, f.start, f.end]


def _number(x: float | None) -> float | int | None:
    """A whole number without its ``.0`` (``5200``, not ``5200.0``)."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _figures(series: list[FigureSeries]) -> Table:
    header = ["series", "unit", "modifier", "story", "published", *_FIGURE]
    header += ["when", "when_evidence", "places", "how", "confidence"]
    rows: list[list[object]] = [
        [s.label, s.unit, s.modifier, s.story, day or None, *_figure_cells(f)]
        + [f.when, f.when_evidence, "; ".join(f.places), f.how, f.confidence]
        for s in series
        for f, day in zip(s.figures, s.dates, strict=True)
    ]
    return header, rows


def _disagreements(d: Dossier) -> Table:
    header = ["series", "confidence", "why"]
    header += [f"{side}_{name}" for side in ("a", "b") for name in ("published", *_FIGURE)]
    rows: list[list[object]] = [
        [c.label, c.confidence, c.why, c.a_day.isoformat(), *_figure_cells(c.a)]
        + [c.b_day.isoformat(), *_figure_cells(c.b)]
        for c in d.conflicts
    ]
    return header, rows


def _span(start: int, end: int) -> tuple[int | None, int | None]:
    """A span, or two empty cells for none (-1)."""
    return (start, end) if start >= 0 else (None, None)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
