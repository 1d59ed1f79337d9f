"""Render a :class:`~storyline.report.Dossier` as Markdown.

The same content as the HTML report minus the full texts: the timeline (one ``## date``
heading per entry, one bullet per sentence followed by its source references), the articles
table, the duplicates and the rejected inputs. Source references point at anchors placed in
the articles table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.model import Article, SourceSentence
from storyline.report.html import (
    article_anchors,
    article_order,
    copies_of,
    outlet_of,
    published_label,
    summary,
    title_of,
)
from storyline.views import md_text

if TYPE_CHECKING:
    from storyline.report import Dossier

def article_link(article_id: str, arts: dict[str, Article], anchors: dict[str, str]) -> str:
    """``[Outlet, title](#article-id)``, or plain text for an article not in the dossier."""
    art = arts.get(article_id)
    label = f"{md_text(outlet_of(art))}, {md_text(title_of(art, article_id))}"
    return f"[{label}](#{anchors[article_id]})" if art else f"{label} (not in this dossier)"


def source_ref(src: SourceSentence, arts: dict[str, Article], anchors: dict[str, str]) -> str:
    """A source reference: the article link and the character span."""
    return f"{article_link(src.article, arts, anchors)} chars {src.start}–{src.end}"


def summary_md(d: Dossier) -> list[str]:
    """The title, the generation time and the headline counts."""
    counts = " · ".join(f"**{md_text(label)}:** {md_text(value)}" for label, value in summary(d))
    return [f"# {md_text(d.title)}", "", f"Generated {md_text(d.generated)}.", "", counts, ""]


def timeline_md(d: Dossier, arts: dict[str, Article], anchors: dict[str, str]) -> list[str]:
    """One ``## date`` section per entry with its sentences and their sources."""
    lines = ["# Timeline", ""]
    if not d.timeline:
        lines += ["No dated events were found.", ""]
    for entry in d.timeline:
        lines += [f"## {entry.date.isoformat()}", ""]
        for sentence in entry.sentences:
            refs = "; ".join(source_ref(s, arts, anchors) for s in sentence.sources)
            lines.append(f"- {md_text(sentence.text)}" + (f" — {refs}" if refs else ""))
        lines.append("")
    return lines


def _article_row(art: Article, d: Dossier, arts: dict[str, Article], anchors: dict[str, str]) -> str:
    copy = copies_of(d.duplicates).get(art.id)
    dup = f"{article_link(copy.original, arts, anchors)} ({copy.similarity:.2f})" if copy else ""
    pub = art.published
    cells = [
        f'<a id="{anchors[art.id]}"></a>{md_text(title_of(art, art.id))}',
        md_text(art.outlet or ""),
        md_text(art.agency or ""),
        md_text(art.lang),
        f"{md_text(published_label(pub))} ({pub.granularity}, {pub.confidence:.2f})",
        dup,
    ]
    return "| " + " | ".join(cells) + " |"


def articles_md(d: Dossier, arts: dict[str, Article], anchors: dict[str, str]) -> list[str]:
    """The articles table (title, outlet, agency, language, publication date, duplicate of)."""
    lines = ["# Articles", ""]
    if not d.articles:
        return [*lines, "No articles.", ""]
    lines += [
        "| Article | Outlet | Agency | Lang | Published (granularity, confidence) | Copy of (similarity) |",
        "|---|---|---|---|---|---|",
    ]
    lines += [_article_row(a, d, arts, anchors) for a in sorted(arts.values(), key=article_order)]
    return [*lines, ""]


def duplicates_md(d: Dossier, arts: dict[str, Article], anchors: dict[str, str]) -> list[str]:
    """One bullet per duplicate link."""
    lines = ["# Duplicates", ""]
    if not d.duplicates:
        return [*lines, "None.", ""]
    for link in d.duplicates:
        lines.append(
            f"- {article_link(link.copy, arts, anchors)} is a copy of "
            f"{article_link(link.original, arts, anchors)} (similarity {link.similarity:.2f})"
        )
    return [*lines, ""]


def rejections_md(d: Dossier) -> list[str]:
    """One bullet per rejected input with its reason."""
    lines = ["# Rejected inputs", ""]
    if not d.rejections:
        return [*lines, "None: every input was used.", ""]
    return [*lines, *(f"- {md_text(r.path)} — {md_text(r.reason)}" for r in d.rejections), ""]


def render_markdown(d: Dossier) -> str:
    """The dossier as Markdown (everything but the full article texts)."""
    arts = {a.id: a for a in d.articles}
    anchors = article_anchors(d.articles)
    parts = [
        *summary_md(d),
        *timeline_md(d, arts, anchors),
        *articles_md(d, arts, anchors),
        *duplicates_md(d, arts, anchors),
        *rejections_md(d),
    ]
    return "\n".join(parts).rstrip("\n") + "\n"
