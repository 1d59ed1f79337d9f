"""Render a :class:`~storyline.report.Dossier` as one self-contained HTML page.

The page carries its CSS, its JavaScript and its SVG chart inline, plus a
Content-Security-Policy that forbids any network access while it is viewed. Article text is
always escaped. Every cited span of an article's clean text is wrapped in a ``<mark>``
(overlapping spans merge into one mark) whose id is the target of the timeline's source links.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from storyline.model import (
    Article,
    DuplicateLink,
    PubDate,
    RemovedLine,
    SourceSentence,
    TimelineEntry,
)
from storyline.report.figures import conflict_views, figure_views
from storyline.report.frame import Frame
from storyline.views import entity_facts, quote_basis, quote_groups, role_line, story_span

if TYPE_CHECKING:
    from storyline.report import Dossier

Span = tuple[int, int]
Unit = Literal["day", "week", "month"]
TEMPLATES = Path(__file__).parent / "templates"
PARAGRAPH_BREAK = re.compile(r"\n{2,}")


# --------------------------------------------------------------------------------------------
# Shared helpers (the Markdown renderer uses these too)
# --------------------------------------------------------------------------------------------


def article_anchors(articles: Iterable[Article]) -> dict[str, str]:
    """A unique element id (``article-…``, never containing ``_``) for each article id."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for art in articles:
        if art.id in out:
            continue
        base = "article-" + (re.sub(r"[^A-Za-z0-9-]+", "-", art.id).strip("-") or "x")
        anchor, n = base, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        out[art.id] = anchor
    return out


def outlet_of(art: Article | None) -> str:
    """The outlet's name, else the agency's, else a placeholder."""
    if art is None:
        return "unknown source"
    return art.outlet or art.agency or "unknown outlet"


def title_of(art: Article | None, article_id: str) -> str:
    """The article's title, else its id."""
    return art.title if art is not None and art.title else article_id


def copies_of(duplicates: Iterable[DuplicateLink]) -> dict[str, DuplicateLink]:
    """Map each copy's id to its duplicate link."""
    return {link.copy: link for link in duplicates}


def date_span(days: Iterable[date]) -> str:
    """``first – last`` of some dates (one date if they agree, a dash if there are none)."""
    ordered = sorted(set(days))
    if not ordered:
        return "—"
    if len(ordered) == 1:
        return ordered[0].isoformat()
    return f"{ordered[0].isoformat()} – {ordered[-1].isoformat()}"


def dossier_span(d: Dossier) -> str:
    """The span of the timeline's dates, else of the articles' publication dates."""
    days = [e.date for e in d.timeline]
    if not days:
        days = [a.published.value for a in d.articles if a.published.granularity == "day"]
    return date_span(days)


def summary(d: Dossier) -> list[tuple[str, str]]:
    """The headline counts, as (label, value) pairs."""
    outlets = {a.outlet for a in d.articles if a.outlet}
    return [
        ("articles", str(len(d.articles))),
        ("outlets", str(len(outlets))),
        ("duplicates", str(len(d.duplicates))),
        ("rejected inputs", str(len(d.rejections))),
        ("timeline entries", str(len(d.timeline))),
        *([("stories", str(len(d.stories)))] if d.stories else []),
        ("date span", dossier_span(d)),
    ]


MAX_STORIES_SHOWN = 50
MAX_STORY_ARTICLES_SHOWN = 30
MAX_ENTITIES_SHOWN = 80
MAX_ENTITY_ARTICLES_SHOWN = 12


def story_views(d: Dossier, anchors: dict[str, str]) -> list[dict]:
    """The stories of the dossier, largest first, each with its dated, linked articles."""
    arts = {a.id: a for a in d.articles}
    labels = {x.id: x.label for x in d.stories}
    views = []
    for story in d.stories[:MAX_STORIES_SHOWN]:
        members = [arts[a] for a in story.articles if a in arts]
        members.sort(key=article_order)
        outlets = sorted({a.outlet for a in members if a.outlet})
        span = story_span(story, arts)
        views.append(
            {
                "id": story.id,
                "anchor": f"story-{story.id}",
                "label": story.label or f"story {story.id}",
                "lang": story.lang,
                "span": span,
                "count": len(story.articles),
                "copies": story.copies,
                "outlets": outlets,
                "related": [(rid, labels.get(rid, "")) for rid in story.related],
                "articles": [
                    {
                        "href": "#" + anchors[a.id],
                        "date": published_label(a.published),
                        "title": title_of(a, a.id),
                        "outlet": outlet_of(a),
                    }
                    for a in members[:MAX_STORY_ARTICLES_SHOWN]
                ],
                "more": max(0, len(members) - MAX_STORY_ARTICLES_SHOWN),
            }
        )
    return views


def entity_views(d: Dossier, anchors: dict[str, str]) -> list[dict]:
    """The entities mentioned in more than one place, most mentioned first, with their names,
    roles, mentions per outlet, date span and the articles naming them."""
    arts = {a.id: a for a in d.articles}
    views = []
    shown = [e for e in d.entities if len(e.mentions) > 1][:MAX_ENTITIES_SHOWN]
    for e in shown:
        outlets, span = entity_facts(e, arts)
        members = sorted({arts[m.article] for m in e.mentions if m.article in arts}, key=article_order)
        views.append(
            {
                "id": e.id,
                "anchor": f"entity-{e.id}",
                "name": e.name,
                "type": e.type,
                "count": len(e.mentions),
                "span": span or "undated",
                "aliases": list(e.aliases[:10]),
                "roles": [role_line(r) for r in e.roles[:5]],
                "outlets": [f"{o} ({n})" for o, n in outlets.most_common(6)],
                "articles": [_article_link(a, anchors) for a in members[:MAX_ENTITY_ARTICLES_SHOWN]],
                "more": max(0, len(members) - MAX_ENTITY_ARTICLES_SHOWN),
            }
        )
    return views


MAX_SPEAKERS_SHOWN = 40
MAX_QUOTES_PER_SPEAKER = 8


def quote_views(d: Dossier, anchors: dict[str, str]) -> list[dict]:
    """Who said what: the speakers quoted most first, each with their quotations in date order."""
    arts = {a.id: a for a in d.articles}
    views = []
    groups = [(name, qs) for name, qs in quote_groups(d.quotes) if name]
    for i, (name, group) in enumerate(groups[:MAX_SPEAKERS_SHOWN]):
        dated = sorted(
            group, key=lambda q: (article_order(arts[q.article]) if q.article in arts else (True,), q.start)
        )
        items = []
        for q in dated[:MAX_QUOTES_PER_SPEAKER]:
            a = arts.get(q.article)
            items.append(
                {
                    "text": " ".join(q.text.split()),
                    "date": published_label(a.published) if a else "",
                    **article_ref(q.article, arts, anchors),
                    "said": quote_basis(q),
                    "confidence": f"{q.confidence:.2f}",
                    # the article naming the speaker, when it is another quoting the same words
                    "by": article_ref(q.speaker_article, arts, anchors) if q.speaker_article else None,
                }
            )
        views.append(
            {
                "anchor": f"speaker-{i}",
                "name": name,
                "count": len(group),
                "quotes": items,
                "more": max(0, len(group) - MAX_QUOTES_PER_SPEAKER),
            }
        )
    return views


def _article_link(a: Article, anchors: dict[str, str]) -> dict:
    return {"href": "#" + anchors[a.id], "title": title_of(a, a.id), "date": published_label(a.published)}


def published_label(pub: PubDate) -> str:
    """``2023-03-02`` / ``2023-03`` / ``2023`` by granularity, or ``unknown date``."""
    return pub.iso or "unknown date"


def clamp(start: int, end: int, length: int) -> Span | None:
    """The span cut to the text, or None when nothing of it is left."""
    s, e = max(0, start), min(length, end)
    return (s, e) if s < e else None


def entry_ids(timeline: Iterable[TimelineEntry]) -> list[str]:
    """A unique id (``d-2023-03-02``) for each timeline entry."""
    out: list[str] = []
    seen: dict[str, int] = defaultdict(int)
    for entry in timeline:
        base = f"d-{entry.date.isoformat()}"
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
    return out


# --------------------------------------------------------------------------------------------
# Cited spans and the marked-up article text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    """A run of text covered by one or more overlapping cited spans."""

    start: int
    end: int
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class MarkPlan:
    """A region with its element id and its link back to the timeline."""

    region: Region
    id: str
    back_href: str
    back_title: str


Citations = dict[str, dict[Span, list[tuple[str, str]]]]


def merge_spans(spans: Iterable[Span]) -> list[Region]:
    """Merge overlapping spans into disjoint regions, in text order (touching spans stay apart)."""
    regions: list[Region] = []
    for s, e in sorted(set(spans)):
        if regions and s < regions[-1].end:
            last = regions[-1]
            regions[-1] = Region(last.start, max(last.end, e), (*last.spans, (s, e)))
        else:
            regions.append(Region(s, e, ((s, e),)))
    return regions


def paragraphs(text: str) -> list[Span]:
    """The spans of the text's paragraphs (separated by blank lines)."""
    out: list[Span] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [p for p in out if p[0] < p[1]] or [(0, len(text))]


def collect_citations(timeline: list[TimelineEntry], arts: dict[str, Article], eids: list[str]) -> Citations:
    """For each article, each cited span with the (sentence id, date) pairs that cite it."""
    out: Citations = defaultdict(lambda: defaultdict(list))
    for entry, eid in zip(timeline, eids, strict=True):
        for i, sentence in enumerate(entry.sentences, 1):
            for src in sentence.sources:
                art = arts.get(src.article)
                span = clamp(src.start, src.end, len(art.text)) if art else None
                if span is not None:
                    out[src.article][span].append((f"{eid}_s{i}", entry.date.isoformat()))
    return out


def mark_plans(anchor: str, cited: dict[Span, list[tuple[str, str]]]) -> list[MarkPlan]:
    """One mark plan per merged region of an article's cited spans."""
    plans = []
    for region in merge_spans(cited):
        refs = [ref for span in region.spans for ref in cited[span]]
        dates = sorted({day for _, day in refs})
        plans.append(
            MarkPlan(
                region,
                f"{anchor}_c{region.start}-{region.end}",
                f"#{refs[0][0]}",
                "cited in the timeline on " + ", ".join(dates),
            )
        )
    return plans


def _segments(text: str, region: Region, s: int, e: int) -> str:
    """The escaped text of ``[s, e)``, cut into ``data-s``/``data-e`` pieces if spans merged."""
    if len(region.spans) == 1:
        return str(escape(text[s:e]))
    cuts = sorted({s, e} | {b for span in region.spans for b in span if s < b < e})
    return "".join(
        f'<span class="seg" data-s="{a}" data-e="{b}">{escape(text[a:b])}</span>' for a, b in pairwise(cuts)
    )


def _mark(text: str, plan: MarkPlan, s: int, e: int, first: bool) -> str:
    """One ``<mark>`` element for the part ``[s, e)`` of a region."""
    ident = f'id="{escape(plan.id)}"' if first else f'data-part-of="{escape(plan.id)}"'
    return (
        f'<mark class="cite" {ident} data-s="{s}" data-e="{e}" title="{escape(plan.back_title)}">'
        f"{_segments(text, plan.region, s, e)}</mark>"
    )


def _back(plan: MarkPlan) -> str:
    """The small link from the end of a region back to the timeline."""
    return (
        f'<a class="back" href="{escape(plan.back_href)}" title="{escape(plan.back_title)}"'
        ' aria-label="back to the timeline">↩</a>'
    )


def render_body(text: str, plans: list[MarkPlan]) -> Markup:
    """The article text as escaped ``<p>`` paragraphs with a ``<mark>`` around each region.

    A region that crosses a paragraph break is split: its first part carries the id, the
    others point at it with ``data-part-of``.
    """
    parts: list[str] = []
    emitted: set[str] = set()
    for ps, pe in paragraphs(text):
        parts.append("<p>")
        cursor = ps
        for plan in plans:
            r = plan.region
            if r.end <= ps and plan.id not in emitted:  # a span lying wholly in a paragraph break
                parts.append(_mark(text, plan, ps, ps, True))
                emitted.add(plan.id)
            if r.end <= ps or r.start >= pe:
                continue
            s, e = max(r.start, ps), min(r.end, pe)
            parts.append(str(escape(text[cursor:s])))
            parts.append(_mark(text, plan, s, e, plan.id not in emitted))
            emitted.add(plan.id)
            if r.end <= pe:
                parts.append(_back(plan))
            cursor = e
        parts.append(str(escape(text[cursor:pe])))
        parts.append("</p>")
    leftovers = [_mark(text, p, len(text), len(text), True) for p in plans if p.id not in emitted]
    if leftovers:
        parts.append("<p>" + "".join(leftovers) + "</p>")
    return Markup("".join(parts))


# --------------------------------------------------------------------------------------------
# View models
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceView:
    """A source link of a timeline sentence."""

    outlet: str
    title: str
    href: str | None
    start: int
    end: int
    note: str = ""


@dataclass(frozen=True)
class SentenceView:
    id: str
    text: str
    score: float
    sources: list[SourceView]


@dataclass(frozen=True)
class EntryView:
    id: str
    date: str
    weekday: str
    articles: int
    score: float
    sentences: list[SentenceView]


@dataclass(frozen=True)
class LinkView:
    href: str | None
    label: str


@dataclass(frozen=True)
class EvidenceView:
    kind: str
    text: str
    where: str
    span: str
    weight: float


@dataclass(frozen=True)
class ArticleView:
    anchor: str
    title: str
    has_title: bool
    outlet: str | None
    agency: str | None
    lang: str
    path: str
    url: str | None
    date: str
    granularity: str
    confidence: float
    evidence: list[EvidenceView]
    copy_of: LinkView | None
    similarity: float | None
    copies: list[tuple[LinkView, float]]
    body: Markup
    paragraphs: int
    chars: int
    cited: int
    furniture: list[RemovedLine]


def _norm(text: str) -> str:
    return " ".join(text.split())


def source_view(
    src: SourceSentence, arts: dict[str, Article], targets: dict[tuple[str, Span], str]
) -> SourceView:
    """The link of one source sentence to its marked span."""
    art = arts.get(src.article)
    outlet, title = outlet_of(art), title_of(art, src.article)
    span = clamp(src.start, src.end, len(art.text)) if art else None
    if art is None or span is None:
        note = "article not in this dossier" if art is None else "span outside the article text"
        return SourceView(outlet, title, None, src.start, src.end, note)
    same = not src.text or _norm(art.text[span[0] : span[1]]) == _norm(src.text)
    note = "" if same else "quoted text differs from the article"
    return SourceView(outlet, title, "#" + targets[(src.article, span)], src.start, src.end, note)


def timeline_views(
    timeline: list[TimelineEntry],
    eids: list[str],
    arts: dict[str, Article],
    targets: dict[tuple[str, Span], str],
) -> list[EntryView]:
    """The timeline, ready for the template."""
    views = []
    for entry, eid in zip(timeline, eids, strict=True):
        sentences = [
            SentenceView(
                f"{eid}_s{i}",
                s.text,
                s.score,
                [source_view(x, arts, targets) for x in s.sources],
            )
            for i, s in enumerate(entry.sentences, 1)
        ]
        views.append(
            EntryView(
                eid, entry.date.isoformat(), long_date(entry.date), entry.articles, entry.score, sentences
            )
        )
    return views


def long_date(day: date) -> str:
    """``Thursday 2 March 2023``."""
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def article_ref(article_id: str, arts: dict[str, Article], anchors: dict[str, str]) -> dict:
    """An article's ``href`` (empty when it has no card) and ``title``, for a template's link."""
    return {
        "href": "#" + anchors[article_id] if article_id in anchors else "",
        "title": title_of(arts.get(article_id), article_id),
    }


def _link(article_id: str, arts: dict[str, Article], anchors: dict[str, str]) -> LinkView:
    art = arts.get(article_id)
    label = f"{outlet_of(art)} — {title_of(art, article_id)}" if art else article_id
    return LinkView("#" + anchors[article_id] if art and article_id in anchors else None, label)


def _evidence(pub: PubDate) -> list[EvidenceView]:
    return [
        EvidenceView(
            ev.kind, ev.text, ev.where, f"chars {ev.start}–{ev.end}" if ev.start >= 0 else "", ev.weight
        )
        for ev in pub.evidence
    ]


def article_view(
    art: Article,
    links: dict[str, DuplicateLink],
    copied_by: dict[str, list[DuplicateLink]],
    arts: dict[str, Article],
    anchors: dict[str, str],
    plans: list[MarkPlan],
) -> ArticleView:
    """One article, ready for the template; ``links`` maps copies to their originals,
    ``copied_by`` originals to their copies."""
    copy = links.get(art.id)
    copies = [(_link(x.copy, arts, anchors), x.similarity) for x in copied_by.get(art.id, ())]
    return ArticleView(
        anchor=anchors[art.id],
        title=title_of(art, art.id),
        has_title=bool(art.title),
        outlet=art.outlet,
        agency=art.agency,
        lang=art.lang,
        path=art.path,
        url=art.url,
        date=published_label(art.published),
        granularity=art.published.granularity,
        confidence=art.published.confidence,
        evidence=_evidence(art.published),
        copy_of=_link(copy.original, arts, anchors) if copy else None,
        similarity=copy.similarity if copy else None,
        copies=copies,
        body=render_body(art.text, plans),
        paragraphs=len(paragraphs(art.text)),
        chars=len(art.text),
        cited=sum(len(p.region.spans) for p in plans),
        furniture=list(art.furniture),
    )


def article_order(art: Article) -> tuple[bool, date, int, str]:
    """Sort key: by the last day the article may have come out (one dated to its month or year
    after that period's days), the narrower period first, then by id; undated last."""
    period = art.published.period
    if period is None:
        return (True, date.min, 0, art.id)
    return (False, period[1], (period[1] - period[0]).days, art.id)


# --------------------------------------------------------------------------------------------
# The chart: articles per publication day (inline SVG)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    y_all: float
    h_all: float
    y_copies: float
    h_copies: float
    label: str


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str


@dataclass(frozen=True)
class Chart:
    frame: Frame
    unit: Unit
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    span: str
    dated: int
    undated: int


def chart_unit(first: date, last: date) -> Unit:
    """Bin by day for up to three months, by week for up to two years, else by month."""
    days = (last - first).days + 1
    return "day" if days <= 92 else "week" if days <= 730 else "month"


def bin_start(day: date, unit: Unit) -> date:
    """The first day of the bin holding ``day``."""
    if unit == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if unit == "month" else day


def next_bin(day: date, unit: Unit) -> date:
    """The first day of the following bin."""
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=7 if unit == "week" else 1)


def _bin_label(day: date, unit: Unit) -> str:
    return f"{day:%b %Y}" if unit == "month" else f"{day.day} {day:%b}"


def _bins(first: date, last: date, unit: Unit) -> list[date]:
    out, day = [], bin_start(first, unit)
    while day <= last:
        out.append(day)
        day = next_bin(day, unit)
    return out


def _bar_label(day: date, unit: Unit, total: int, dup: int) -> str:
    when = day.isoformat()[:7] if unit == "month" else day.isoformat()
    prefix = "week of " if unit == "week" else ""
    extra = f" ({dup} duplicate)" if dup else ""
    return f"{prefix}{when}: {total} article{'s' * (total != 1)}{extra}"


def _bar(frame: Frame, i: int, slot: float, ymax: int, total: int, dup: int, label: str) -> Bar:
    width = min(slot * 0.78, 48.0)
    h_all, h_dup = frame.plot_h * total / ymax, frame.plot_h * dup / ymax
    base = frame.top + frame.plot_h
    x = frame.left + i * slot + (slot - width) / 2
    return Bar(
        round(x, 1),
        round(width, 1),
        round(base - h_all, 1),
        round(h_all, 1),
        round(base - h_dup, 1),
        round(h_dup, 1),
        label,
    )


def build_chart(d: Dossier, frame: Frame | None = None) -> Chart | None:
    """Articles per publication day (copies drawn in a second shade), or None if none is dated."""
    frame = frame or Frame()
    copies = copies_of(d.duplicates)
    dated = [(a.id, a.published.value) for a in d.articles if a.published.granularity == "day"]
    days = [day for _, day in dated if day is not None]
    if not days:
        return None
    unit = chart_unit(min(days), max(days))
    bins = _bins(min(days), max(days), unit)
    index = {b: i for i, b in enumerate(bins)}
    total, dup = [0] * len(bins), [0] * len(bins)
    for ident, day in dated:
        if day is not None:
            total[index[bin_start(day, unit)]] += 1
            dup[index[bin_start(day, unit)]] += ident in copies
    ymax, slot = max(total), frame.plot_w / len(bins)
    bars = [
        _bar(frame, i, slot, ymax, total[i], dup[i], _bar_label(b, unit, total[i], dup[i]))
        for i, b in enumerate(bins)
    ]
    step = max(1, math.ceil(len(bins) / 8))
    x_ticks = [
        Tick(round(frame.left + (i + 0.5) * slot, 1), _bin_label(bins[i], unit))
        for i in range(0, len(bins), step)
    ]
    y_values = sorted({0, ymax} | ({ymax // 2} if ymax >= 4 else set()))
    y_ticks = [Tick(round(frame.top + frame.plot_h * (1 - v / ymax), 1), str(v)) for v in y_values]
    return Chart(frame, unit, bars, x_ticks, y_ticks, date_span(days), len(days), len(d.articles) - len(days))


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@cache
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


# A dossier of more articles than this gives a card (its date's evidence, its text) only to the
# articles its sections link to: ten thousand cards made a 95 MB page.
ARTICLES_IN_FULL = 2000


class _LinkedAnchors(dict[str, str]):
    """The articles' anchors, noting the articles the sections link to (those looked up)."""

    def __init__(self, anchors: dict[str, str]):
        super().__init__(anchors)
        self.linked: set[str] = set()

    def __getitem__(self, article_id: str) -> str:
        self.linked.add(article_id)
        return super().__getitem__(article_id)


def render_html(d: Dossier) -> str:
    """The dossier as one self-contained HTML document (no external resources)."""
    arts = {a.id: a for a in d.articles}
    every_anchor = article_anchors(d.articles)
    anchors = _LinkedAnchors(every_anchor)
    eids = entry_ids(d.timeline)
    cites = collect_citations(d.timeline, arts, eids)
    plans = {aid: mark_plans(anchors[aid], spans) for aid, spans in cites.items()}
    targets = {(aid, span): p.id for aid, ps in plans.items() for p in ps for span in p.region.spans}
    sections = {
        "timeline": timeline_views(d.timeline, eids, arts, targets),
        "stories": story_views(d, anchors),
        "entities": entity_views(d, anchors),
        "speakers": quote_views(d, anchors),
        "key_figures": figure_views(d.figures, lambda aid: article_ref(aid, arts, anchors)),
        "conflicts": conflict_views(d.conflicts, lambda aid: article_ref(aid, arts, anchors)),
    }
    carded = arts.keys() if len(arts) <= ARTICLES_IN_FULL else anchors.linked & arts.keys()
    card_anchors = {aid: every_anchor[aid] for aid in carded}
    links = copies_of(d.duplicates)
    copied_by: dict[str, list[DuplicateLink]] = defaultdict(list)
    for link in d.duplicates:
        copied_by[link.original].append(link)
    articles = [
        article_view(a, links, copied_by, arts, card_anchors, plans.get(a.id, []))
        for a in sorted((arts[aid] for aid in carded), key=article_order)
    ]
    return (
        _env()
        .get_template("dossier.html.j2")
        .render(
            d=d,
            summary=summary(d),
            chart=build_chart(d),
            articles=articles,
            uncarded=len(arts) - len(articles),
            **sections,
        )
    )
