"""Report renderers: one self-contained HTML dossier and a Markdown digest.

Both renderers take a :class:`Dossier` (articles, timeline, duplicates, rejections) and
return a string; nothing is written to disk and nothing is fetched from the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.model import (
    Article,
    DuplicateLink,
    EntitySummary,
    FigureConflict,
    FigureSeries,
    Quote,
    Rejection,
    StorySummary,
    TimelineEntry,
)
from storyline.report.html import render_html
from storyline.report.markdown import render_markdown

__all__ = ["Dossier", "render_html", "render_markdown"]


@dataclass(frozen=True)
class Dossier:
    """Everything a report shows about one story (or one pile of articles)."""

    title: str
    articles: list[Article]
    timeline: list[TimelineEntry]
    duplicates: list[DuplicateLink]
    rejections: list[Rejection]
    generated: str
    stories: list[StorySummary] = field(default_factory=list)
    entities: list[EntitySummary] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # attributed ones
    figures: list[FigureSeries] = field(default_factory=list)
    conflicts: list[FigureConflict] = field(default_factory=list)
