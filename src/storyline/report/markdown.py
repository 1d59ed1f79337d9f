"""Render a :class:`~storyline.report.Dossier` as Markdown.

The same content as the HTML report minus the full texts and the pictures: the timeline (one
``## date`` heading per entry, one bullet per sentence followed by its source references), the
stories, who said what, the key figures and where the sources disagree, the entities, the
articles table, the duplicates and the rejected inputs. The sections are drawn from the same
view data as the HTML ones, so both show the same items; source references point at anchors
placed in the articles table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.model import Article, DuplicateLink
from storyline.report.figures import conflict_views, figure_views
from storyline.report.html import (
    article_anchors,
    article_order,
    article_ref,
    copies_of,
    entity_views,
    outlet_of,
    published_label,
    quote_views,
    story_views,
    summary,
    title_of,
)
from storyline.views import by_article, char_spans, md_text

if TYPE_CHECKING:
    from storyline.report import Dossier


def article_link(article_id: str, arts: dict[str, Article], anchors: dict[str, str]) -> str:
    """``[Outlet, title](#article-id)``, or plain text for an article not in the dossier."""
    art = arts.get(article_id)
    label = f"{md_text(outlet_of(art))}, {md_text(title_of(art, article_id))}"
    return f"[{label}](#{anchors[article_id]})" if art else f"{label} (not in this dossier)"


def source_ref(
    article: str, spans: list[tuple[int, int]], arts: dict[str, Article], anchors: dict[str, str]
) -> str:
    """A source reference: the article link and the character spans it is cited for."""
    return f"{article_link(article, arts, anchors)} chars {char_spans(spans)}"


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
            refs = "; ".join(source_ref(a, spans, arts, anchors) for a, spans in by_article(sentence.sources))
            lines.append(f"- {md_text(sentence.text)}" + (f" — {refs}" if refs else ""))
        lines.append("")
    return lines


def _view_link(view: dict) -> str:
    """A view's article as a Markdown link; its title alone when it has no card here."""
    title = md_text(view["title"])
    return f"[{title}]({view['href']})" if view.get("href") else title


def _count(n: int, noun: str) -> str:
    """``1 figure``, ``3 figures``."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _more(n: int) -> list[str]:
    return [f"- … and {n} more"] if n else []


def stories_md(d: Dossier, anchors: dict[str, str]) -> list[str]:
    """One ``## #id label`` section per story with its dated, linked articles."""
    views = story_views(d, anchors)
    if not views:
        return []
    lines = ["# Stories", "", "Articles grouped by what they are about; a wire copy counts once.", ""]
    for st in views:
        copies = f" ({st['copies']} {'copy' if st['copies'] == 1 else 'copies'})" if st["copies"] else ""
        meta = [_count(st["count"], "article") + copies, st["span"], st["lang"]]
        if st["outlets"]:
            meta.append(", ".join(st["outlets"]))
        lines += [f'## <a id="{st["anchor"]}"></a>#{st["id"]} {md_text(st["label"])}', ""]
        lines += [md_text(" · ".join(meta)), ""]
        if st["related"]:
            related = "; ".join(f"[#{rid} {md_text(label)}](#story-{rid})" for rid, label in st["related"])
            lines += [f"Related, in another language: {related}", ""]
        lines += [f"- {a['date']} {_view_link(a)} — {md_text(a['outlet'])}" for a in st["articles"]]
        lines += [*_more(st["more"]), ""]
    return lines


def quotes_md(d: Dossier, anchors: dict[str, str]) -> list[str]:
    """Who said what: one section per speaker, quoted most first, each quotation with its source."""
    views = quote_views(d, anchors)
    if not views:
        return []
    lines = ["# Who said what", ""]
    for sp in views:
        lines += [f"## {md_text(sp['name'])}", "", _count(sp["count"], "quotation"), ""]
        for q in sp["quotes"]:
            by = f" · speaker named by {_view_link(q['by'])}" if q["by"] else ""
            said = f"{md_text(q['said'])}{by} · {q['confidence']}"
            lines.append(f"- « {md_text(q['text'])} » — {q['date']} {_view_link(q)} — {said}")
        lines += [*_more(sp["more"]), ""]
    return lines


def figures_md(d: Dossier, arts: dict[str, Article], anchors: dict[str, str]) -> list[str]:
    """The key figures, one section per series (how it moved, its figures), after the
    disagreements between sources."""

    def link(article_id: str) -> dict:
        return article_ref(article_id, arts, anchors)

    series, conflicts = figure_views(d.figures, link, charts=False), conflict_views(d.conflicts, link)
    if not series and not conflicts:
        return []
    lines = ["# Key figures", ""]
    if conflicts:
        lines += ["## Where the sources disagree", ""]
        for c in conflicts:
            sides = " *against* ".join(
                f"**{md_text(s['value'])}** « {md_text(s['text'])} » {s['date']} {_view_link(s)}"
                for s in c["sides"]
            )
            lines.append(f"- **{md_text(c['label'])}**: {sides} — {md_text(c['why'])} · {c['confidence']}")
        lines.append("")
    for fs in series:
        meta = f"{_count(fs['count'], 'figure')} in {_count(fs['articles'], 'article')}"
        if fs["story"] is not None:
            meta += f" · story #{fs['story']}"
        lines += [f"## {md_text(fs['label'])}", "", meta, ""]
        if fs["moved"]:
            lines += [f"Moved: {md_text(fs['moved'])}", ""]
        for f in fs["figures"]:
            kind = f" ({f['kind']})" if f["kind"] else ""
            value = f"**{md_text(f['value'])}**{kind} « {md_text(f['text'])} »"
            lines.append(f"- {value} — {f['date']} {_view_link(f)} — {md_text(f['how'])}")
        lines += [*_more(fs["more"]), ""]
    return lines


def entities_md(d: Dossier, anchors: dict[str, str]) -> list[str]:
    """The entities named more than once, most mentioned first: names, roles, outlets, articles."""
    views = entity_views(d, anchors)
    if not views:
        return []
    lines = ["# Entities", ""]
    for en in views:
        meta = [_count(en["count"], "mention"), en["span"]] + (
            [", ".join(en["outlets"])] if en["outlets"] else []
        )
        lines += [f"## {md_text(en['name'])} ({en['type']})", "", md_text(" · ".join(meta)), ""]
        if en["aliases"]:
            lines += ["Also: " + md_text(", ".join(en["aliases"])), ""]
        if en["roles"]:
            lines += ["Roles: " + md_text("; ".join(en["roles"])), ""]
        lines += [f"- {a['date']} {_view_link(a)}" for a in en["articles"]]
        lines += [*_more(en["more"]), ""]
    return lines


def _article_row(
    art: Article, links: dict[str, DuplicateLink], arts: dict[str, Article], anchors: dict[str, str]
) -> str:
    copy = links.get(art.id)
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
    links = copies_of(d.duplicates)
    lines += [_article_row(a, links, arts, anchors) for a in sorted(arts.values(), key=article_order)]
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
    """The dossier as Markdown (everything but the full article texts and the charts)."""
    arts = {a.id: a for a in d.articles}
    anchors = article_anchors(d.articles)
    parts = [
        *summary_md(d),
        *timeline_md(d, arts, anchors),
        *stories_md(d, anchors),
        *quotes_md(d, anchors),
        *figures_md(d, arts, anchors),
        *entities_md(d, anchors),
        *articles_md(d, arts, anchors),
        *duplicates_md(d, arts, anchors),
        *rejections_md(d),
    ]
    return "\n".join(parts).rstrip("\n") + "\n"
