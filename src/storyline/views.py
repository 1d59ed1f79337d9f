"""Plain data views of stored records: the JSON objects and the text lines the CLI prints.

The JSON shapes are documented in docs/json.md; tests keep them true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict

from storyline.model import Article, DuplicateLink, PubDate, Rejection, StorySummary, TimelineEntry


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


def story_json(story: StorySummary) -> dict:
    return {
        "id": story.id,
        "label": story.label,
        "lang": story.lang,
        "articles": list(story.articles),
        "copies": story.copies,
        "start": story.start.isoformat() if story.start else None,
        "end": story.end.isoformat() if story.end else None,
        "names": list(story.names),
        "related": list(story.related),
    }


def _story_head(story: StorySummary, arts: Mapping[str, Article]) -> tuple[str, str]:
    span = " – ".join(dict.fromkeys(d.isoformat() for d in (story.start, story.end) if d)) or "undated"
    outlets = sorted({arts[a].outlet for a in story.articles if a in arts and arts[a].outlet})
    n = len(story.articles)
    copies = f" ({story.copies} {'copy' if story.copies == 1 else 'copies'})" if story.copies else ""
    counts = f"{n} article{'s' if n != 1 else ''}{copies}"
    shown = ", ".join(outlets[:5]) + (f" +{len(outlets) - 5}" if len(outlets) > 5 else "")
    return span, f"{counts} · {story.lang}" + (f" · {shown}" if shown else "")


def stories_text(stories: Sequence[StorySummary], arts: Mapping[str, Article]) -> str:
    """One block per story: id, label, span, counts and outlets, related stories."""
    lines = []
    for story in stories:
        span, counts = _story_head(story, arts)
        lines.append(f"#{story.id:<5} {span:23}  {story.label}")
        lines.append(f"{'':7}{counts}")
        if story.related:
            lines.append(f"{'':7}related: " + ", ".join(f"#{r}" for r in story.related))
    if stories:
        n = len(stories)
        noun = "story" if n == 1 else "stories"
        lines.append(f"\n{n} {noun}; `storyline timeline --story ID` prints one story's timeline.")
    else:
        lines.append("no story")
    return "\n".join(lines) + "\n"


def stories_markdown(stories: Sequence[StorySummary], arts: Mapping[str, Article]) -> str:
    lines = ["| story | dates | label | articles |", "|---|---|---|---|"]
    for story in stories:
        span, counts = _story_head(story, arts)
        label = story.label.replace("|", "\\|")
        lines.append(f"| #{story.id} | {span} | {label} | {counts.replace('|', '/')} |")
    return "\n".join(lines) + "\n"
