"""Plain data views of stored records: the JSON objects and the text lines the CLI prints.

The JSON shapes are documented in docs/json.md; tests keep them true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict

from storyline.model import Article, DuplicateLink, PubDate, Rejection, TimelineEntry


def published_json(pub: PubDate) -> dict:
    return {
        "date": pub.iso,
        "granularity": pub.granularity,
        "confidence": round(pub.confidence, 3),
        "evidence": [asdict(e) for e in pub.evidence],
    }


def article_json(art: Article, copy_of: DuplicateLink | None = None) -> dict:
    return {
        "id": art.id,
        "status": "article",
        "path": art.path,
        "url": art.url,
        "title": art.title,
        "outlet": art.outlet,
        "agency": art.agency,
        "lang": art.lang,
        "published": published_json(art.published),
        "duplicate_of": copy_of.original if copy_of else None,
        "duplicate_similarity": copy_of.similarity if copy_of else None,
        "chars": len(art.text),
        "furniture_lines": len(art.furniture),
    }


def rejection_json(rej: Rejection) -> dict:
    return {"id": None, "status": "rejected", "path": rej.path, "reason": rej.reason}


def timeline_json(entries: Sequence[TimelineEntry]) -> dict:
    return {
        "entries": [
            {
                "date": e.date.isoformat(),
                "articles": e.articles,
                "score": e.score,
                "sentences": [
                    {
                        "text": s.text,
                        "article": s.sources[0].article,
                        "start": s.sources[0].start,
                        "end": s.sources[0].end,
                        "sources": [asdict(src) for src in s.sources],
                    }
                    for s in e.sentences
                ],
            }
            for e in entries
        ]
    }


def timeline_text(entries: Sequence[TimelineEntry], labels: Mapping[str, str]) -> str:
    """The timeline for a terminal: a date, its sentences, their sources."""
    lines: list[str] = []
    for entry in entries:
        lines.append(
            f"{entry.date.isoformat()}  ({entry.articles} article{'s' if entry.articles != 1 else ''})"
        )
        for sent in entry.sentences:
            lines.append(f"  • {sent.text}")
            cited = ", ".join(f"{labels.get(s.article, s.article)} [{s.start}:{s.end}]" for s in sent.sources)
            lines.append(f"    ↳ {cited}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n" if lines else "The timeline is empty: no dated events found.\n"


def timeline_markdown(entries: Sequence[TimelineEntry], labels: Mapping[str, str]) -> str:
    lines = ["# Timeline", ""]
    for entry in entries:
        lines += [f"## {entry.date.isoformat()}", ""]
        for sent in entry.sentences:
            cited = "; ".join(
                f"{labels.get(s.article, s.article)}, chars {s.start}–{s.end}" for s in sent.sources
            )
            lines.append(f"- {sent.text} — *{cited}*")
        lines.append("")
    if len(lines) == 2:
        lines.append("No dated events found.")
    return "\n".join(lines) + "\n"


def article_label(art: Article) -> str:
    """A short human label: outlet and title, else the id."""
    parts = [p for p in (art.outlet, art.title) if p]
    return " — ".join(parts)[:90] if parts else art.id
