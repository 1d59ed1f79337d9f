"""Plain data views of stored records: the JSON objects and the text lines the CLI prints.

The JSON shapes are documented in docs/json.md; tests keep them true.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import date

from storyline.corpus.figures import told_earlier
from storyline.model import (
    Article,
    DuplicateLink,
    EntityRole,
    EntitySummary,
    Figure,
    FigureConflict,
    FigureSeries,
    PubDate,
    Quote,
    Rejection,
    SourceSentence,
    StorySummary,
    TimelineEntry,
)
from storyline.nlp.figures import time_text, value_span


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


def date_basis(pub: PubDate, width: int) -> str:
    """Why a publication date was chosen, in short: its first two pieces of evidence."""
    return "; ".join(f"{e.kind}: {e.text[:width]}" for e in pub.evidence[:2])


def articles_markdown(
    arts: Sequence[Article], copies: Mapping[str, DuplicateLink], rejected: Sequence[Rejection]
) -> str:
    """A Markdown table of the articles with their dates and why, then the inputs skipped."""
    lines = [
        "| article | date | granularity | confidence | lang | title | why | copy of |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for a in arts:
        pub = a.published
        link = copies.get(a.id)
        cells = [
            a.id,
            pub.iso or "unknown",
            pub.granularity,
            f"{pub.confidence:.2f}",
            a.lang,
            article_label(a),
            date_basis(pub, 80),
            f"{link.original} ({link.similarity:.2f})" if link else "",
        ]
        lines.append("| " + " | ".join(md_text(c) for c in cells) + " |")
    if rejected:
        lines += ["", f"Skipped inputs ({len(rejected)}):", ""]
        lines += [f"- {md_text(r.path)}: {md_text(r.reason)}" for r in rejected]
    return "\n".join(lines) + "\n"


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


def _articles(n: int) -> str:
    return f"{n} article{'s' if n != 1 else ''}"


def timeline_text(entries: Sequence[TimelineEntry], labels: Mapping[str, str]) -> str:
    """The timeline for a terminal: a date, its sentences, their sources."""
    lines: list[str] = []
    for entry in entries:
        lines.append(f"{entry.date.isoformat()}  ({_articles(entry.articles)})")
        for sent in entry.sentences:
            lines.append(f"  • {sent.text}")
            cited = ", ".join(
                cite(labels.get(article, article), article, *spans)
                for article, spans in by_article(sent.sources)
            )
            lines.append(f"    ↳ {cited}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n" if lines else "The timeline is empty: no dated events found.\n"


def timeline_markdown(entries: Sequence[TimelineEntry], labels: Mapping[str, str]) -> str:
    lines = ["# Timeline", ""]
    for entry in entries:
        lines += [f"## {entry.date.isoformat()} ({_articles(entry.articles)})", ""]
        for sent in entry.sentences:
            cited = "; ".join(
                f"{labels.get(article, article)} ({article}, chars {char_spans(spans)})"
                for article, spans in by_article(sent.sources)
            )
            lines.append(f"- {sent.text} — *{cited}*")
        lines.append("")
    if len(lines) == 2:
        lines.append("No dated events found.")
    return "\n".join(lines) + "\n"


def cite(label: str, article: str, *spans: tuple[int, int]) -> str:
    """A source as a reader finds it: its label, then its article's id (what `storyline articles
    --show-furniture ID` takes) and character spans."""
    where = f"[{article} " + ", ".join(f"{start}:{end}" for start, end in spans) + "]"
    return where if label == article else f"{label} {where}"


def by_article(sources: Iterable[SourceSentence]) -> list[tuple[str, list[tuple[int, int]]]]:
    """The spans cited, gathered by article in the order first cited: an article telling one event
    in two sentences is named once."""
    out: dict[str, list[tuple[int, int]]] = {}
    for src in sources:
        out.setdefault(src.article, []).append((src.start, src.end))
    return list(out.items())


def char_spans(spans: Sequence[tuple[int, int]]) -> str:
    """Character spans as a reader reads them: "12–80, 95–140"."""
    return ", ".join(f"{start}–{end}" for start, end in spans)


def article_label(art: Article) -> str:
    """A short human label: outlet and title, else the id."""
    parts = [p for p in (art.outlet, art.title) if p]
    return " — ".join(parts)[:90] if parts else art.id


def story_json(story: StorySummary, arts: Mapping[str, Article]) -> dict:
    return {
        "id": story.id,
        "label": story.label,
        "lang": story.lang,
        "articles": list(story.articles),
        "copies": story.copies,
        "start": story.start.isoformat() if story.start else None,
        "end": story.end.isoformat() if story.end else None,
        "names": list(story.names),
        "outlets": _story_outlets(story, arts),
        "related": list(story.related),
    }


def _story_outlets(story: StorySummary, arts: Mapping[str, Article]) -> list[str]:
    return sorted({arts[a].outlet for a in story.articles if a in arts and arts[a].outlet})


def story_span(story: StorySummary, arts: Mapping[str, Article]) -> str:
    """When its articles were published (``published_span``), "undated" with none dated."""
    members = [arts[a].published for a in story.articles if a in arts]
    return (published_span(members) if members else span_text(story.start, story.end)) or "undated"


def _story_head(story: StorySummary, arts: Mapping[str, Article]) -> tuple[str, str]:
    span = story_span(story, arts)
    outlets = _story_outlets(story, arts)
    n = len(story.articles)
    copies = f" ({story.copies} {'copy' if story.copies == 1 else 'copies'})" if story.copies else ""
    counts = f"{_articles(n)}{copies}"
    shown = ", ".join(outlets[:5]) + (f" +{len(outlets) - 5}" if len(outlets) > 5 else "")
    return span, f"{counts} · {story.lang}" + (f" · {shown}" if shown else "")


def stories_text(stories: Sequence[StorySummary], arts: Mapping[str, Article], more: int = 0) -> str:
    """One block per story: id, label, span, counts and outlets, related stories; ``more``:
    how many smaller stories were left out."""
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
        shown = f"the {n} largest of {n + more} stories (--limit 0 lists all)" if more else f"{n} {noun}"
        lines.append(f"\n{shown}; `storyline timeline --story ID` prints one story's timeline.")
    else:
        lines.append("no story")
    return "\n".join(lines) + "\n"


def stories_markdown(stories: Sequence[StorySummary], arts: Mapping[str, Article]) -> str:
    lines = ["| story | dates | label | articles |", "|---|---|---|---|"]
    for story in stories:
        span, counts = _story_head(story, arts)
        label, counts = md_text(story.label), md_text(counts.replace("|", "/"))
        lines.append(f"| #{story.id} | {span} | {label} | {counts} |")
    return "\n".join(lines) + "\n"


def entity_json(entity: EntitySummary) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": [r.as_json() for r in entity.roles],
        "mentions": [
            {
                "article": m.article,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "score": m.score,
                "evidence": m.evidence,
                **({"role": m.role, "role_start": m.role_start, "role_end": m.role_end} if m.role else {}),
            }
            for m in entity.mentions
        ],
    }


def _top_outlets(outlets: Counter[str], n: int = 5) -> str:
    """The outlets naming an entity most, with their counts, and how many more there are."""
    more = len(outlets) - n
    return ", ".join(f"{o} {k}" for o, k in outlets.most_common(n)) + (f" +{more} more" if more > 0 else "")


def entity_facts(entity: EntitySummary, arts: Mapping[str, Article]) -> tuple[Counter[str], str]:
    """Mentions per outlet, and when the articles naming it were published (``published_span``)."""
    outlets: Counter[str] = Counter(
        arts[m.article].outlet or "unknown outlet" for m in entity.mentions if m.article in arts
    )
    named_in = {m.article for m in entity.mentions}
    return outlets, published_span(arts[a].published for a in named_in if a in arts)


def published_span(dates: Iterable[PubDate]) -> str:
    """``first – last`` over publication dates as precise as each is known ("2020 – 2024-01-25"),
    one label when they agree, "" with none dated.

    The first is the date whose period starts earliest, the last the one whose period ends latest,
    the wider on a tie: an article dated to its year only may be from any of its days, so "2020"
    spans a day or a month of 2020.
    """
    known = [(d.period, d.iso) for d in dates if d.period is not None and d.iso is not None]
    if not known:
        return ""
    first = min(known, key=lambda x: (x[0][0], x[0][0] - x[0][1]))[1]  # a tie: the wider period
    last = max(known, key=lambda x: (x[0][1], x[0][1] - x[0][0]))[1]
    return " – ".join(dict.fromkeys((first, last)))


def span_text(first: date | None, last: date | None) -> str:
    """``first – last`` (one date when they agree), or "" with neither."""
    return " – ".join(dict.fromkeys(d.isoformat() for d in (first, last) if d))


def role_line(role: EntityRole) -> str:
    """A role with its dates: ``former ministre de la Défense (2024-03-01 – 2024-05-02)``, the period
    the text states first when it states one (``2019-07/, said in articles of …``)."""
    span = span_text(role.first, role.last)
    said = f"{role.period}, said in articles of {span}" if role.period and span else role.period or span
    return ("former " if role.former else "") + role.title + (f" ({said})" if said else "")


def entities_markdown(entities: Sequence[EntitySummary], arts: Mapping[str, Article]) -> str:
    """A Markdown table, one row per entity: counts, dates, other names, roles, outlets."""
    lines = [
        "| entity | type | name | mentions | articles | dates | also | roles | outlets |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for e in entities:
        outlets, span = entity_facts(e, arts)
        cells = [
            f"#{e.id}",
            e.type,
            e.name,
            str(len(e.mentions)),
            str(len({m.article for m in e.mentions})),
            span or "undated",
            ", ".join(e.aliases),
            "; ".join(role_line(r) for r in e.roles),
            _top_outlets(outlets),
        ]
        lines.append("| " + " | ".join(md_text(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_text(text: str) -> str:
    """Inline-safe Markdown: one line, Markdown punctuation escaped, no raw HTML."""
    one_line = " ".join(text.split())
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def entities_text(entities: Sequence[EntitySummary], arts: Mapping[str, Article]) -> str:
    """One block per entity: id, type, name, counts, dates, other names, roles, outlets."""
    lines = []
    for e in entities:
        outlets, span = entity_facts(e, arts)
        n_arts = len({m.article for m in e.mentions})
        span = span or "undated"
        n = len(e.mentions)
        lines.append(f"#{e.id:<5} {e.type:3}  {e.name}")
        lines.append(f"{'':7}{n} mention{'s' if n != 1 else ''} in {_articles(n_arts)} · {span}")
        if e.aliases:
            lines.append(
                f"{'':7}also: "
                + ", ".join(e.aliases[:8])
                + (f" +{len(e.aliases) - 8}" if len(e.aliases) > 8 else "")
            )
        if e.roles:
            lines.append(f"{'':7}roles: " + "; ".join(role_line(r) for r in e.roles[:4]))
        if outlets:
            lines.append(f"{'':7}outlets: " + _top_outlets(outlets))
    if entities:
        lines.append(
            f"\n{len(entities)} entit{'y' if len(entities) == 1 else 'ies'}; "
            "`--format json` gives every mention with its span and evidence."
        )
    else:
        lines.append("no entity")
    return "\n".join(lines) + "\n"


def quote_json(q: Quote) -> dict:
    return asdict(q)


def quote_groups(quotes: Sequence[Quote]) -> list[tuple[str, list[Quote]]]:
    """Quotations by speaker (the entity's name, else the phrase as written; unattributed last),
    the speakers quoted most first."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.entity or q.speaker, []).append(q)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0].lower()))


def _quote_source(q: Quote, arts: Mapping[str, Article]) -> tuple[str, str]:
    """The article's publication date as precisely as it is known ("2020", not "2020-01-01"),
    and its name."""
    art = arts.get(q.article)
    day = (art.published.iso if art else None) or "undated"
    return day, _article_name(q.article, arts)


def quote_basis(q: Quote) -> str:
    """How a quotation's speaker was read: the phrase as written, the cue, the rule."""
    return " · ".join(x for x in (q.speaker, q.cue and f"“{q.cue}”", q.how) if x)


def quotes_text(quotes: Sequence[Quote], arts: Mapping[str, Article]) -> str:
    lines = []
    for speaker, group in quote_groups(quotes):
        lines.append(f"{speaker or '(speaker unknown)'}  ({len(group)})")
        sourced = sorted(
            ((_quote_source(q, arts), q) for q in group), key=lambda x: (x[0][0], x[1].article, x[1].start)
        )
        for (day, label), q in sourced:
            lines.append(f"  « {' '.join(q.text.split())} »")
            basis = quote_basis(q)
            lines.append(f"    ↳ {day} {cite(label, q.article, (q.start, q.end))}")
            if basis:
                lines.append(f"      {basis} · {q.confidence:.2f}")
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def quotes_markdown(quotes: Sequence[Quote], arts: Mapping[str, Article]) -> str:
    lines = [
        "| speaker | quotation | date | article | span | as written | confidence |",
        "|---|---|---|---|---|---|---|",
    ]
    for speaker, group in quote_groups(quotes):
        for q in group:
            day, label = _quote_source(q, arts)
            written = md_text(q.speaker)
            if q.speaker_article:  # the speaker's phrase is in another article quoting the same words
                written += f" (in {q.speaker_article} {q.speaker_start}:{q.speaker_end})"
            lines.append(
                f"| {md_text(speaker or 'unknown')} | {md_text(q.text)} | {day} | {md_text(label)} "
                f"| {q.article} {q.start}:{q.end} | {written} | {q.confidence:.2f} |"
            )
    return "\n".join(lines) + "\n"


def number_text(v: float) -> str:
    """A figure's number for reading: "5 200", "1.5 million", "4.5 billion", "12.99", "1 500.5"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:.4g} {word}"
    whole = f"{v:,.2f}".rstrip("0").rstrip(".")
    return whole.replace(",", "\u202f")


_QUALIFIER_SIGNS = {"about": "≈", "over": ">", "at_least": "≥", "under": "<", "at_most": "≤", "nearly": "≲"}


def figure_value(f: Figure) -> str:
    """The value as the wording bounds it: "≈ 2 500", "> 5 000", "3 000–3 500", "4 200 → 3 000"."""
    if f.qualifier == "range":
        return f"{number_text(f.low)}–{number_text(f.high)}"
    core = number_text(f.value)
    if f.previous is not None:
        core = f"{number_text(f.previous)} → {core}"
    sign = _QUALIFIER_SIGNS.get(f.qualifier)
    return f"{sign} {core}" if sign else core


def figure_json(f: Figure) -> dict:
    out = asdict(f)
    out["high"] = None if f.high == float("inf") else f.high  # JSON has no infinity: none = unbounded
    out["places"] = list(f.places)
    return out


def series_json(s: FigureSeries) -> dict:
    return {
        "label": s.label,
        "unit": s.unit,
        "modifier": s.modifier,
        "story": s.story,
        "articles": s.articles,
        "figures": [
            figure_json(f) | {"published": d or None} for f, d in zip(s.figures, s.dates, strict=True)
        ],
    }


def conflict_json(c: FigureConflict) -> dict:
    return {
        "label": c.label,
        "confidence": c.confidence,
        "why": c.why,
        "a": figure_json(c.a) | {"published": c.a_day.isoformat()},
        "b": figure_json(c.b) | {"published": c.b_day.isoformat()},
    }


def figure_date(f: Figure, day: date | None, label: str, start: date | None) -> str:
    """A figure's publication date as written (``label``, "undated" when unknown), with the time
    its text gives it when that is before its series' first day ``start`` ("2020-01-06 (of
    2019)", "2020-01-06 (of 2011 or earlier: told in the past right after a sentence of 2003,
    2011)") or a target's deadline ahead ("2023-02-22 (for 2023-04)")."""
    shown = label or "undated"
    if not f.when:
        return shown
    if start is not None and told_earlier(f, start):
        when = time_text(f.when) + (f" or earlier: {f.when_evidence}" if f.when_evidence else "")
        return f"{shown} (of {when})"
    span = value_span(f.when)
    if f.kind == "target" and day is not None and span is not None and span[0] > _period(day, label)[1]:
        return f"{shown} (for {f.when})"
    return shown


def series_start(s: FigureSeries) -> date | None:
    """The first publication day of a series' figures."""
    return min((d for d in s.days if d is not None), default=None)


def _period(day: date, label: str) -> tuple[date, date]:
    granularity = {4: "year", 7: "month"}.get(len(label), "day")
    return PubDate(day, granularity, 1.0).period or (day, day)


def moved(s: FigureSeries) -> str:
    """How a series moved: the first figure of its first date against that of its last date
    ("≈ 4 200 (2023-01-13) → 2 500 (2023-03-25)"); empty when they agree. Figures whose unit was
    borrowed from the figure before them ("164 voix contre 38"), additions, figures their text
    puts before the series' first day ("en 2019", told of an earlier time) and figures whose
    sentence names places but not the series' most named one do not lead a date; one naming
    only that place leads it before one naming others too."""
    named = Counter(p for f in s.figures for p in f.places)
    main = named.most_common(1)[0][0] if named else None
    start = series_start(s)
    firsts: dict[date, tuple[str, Figure]] = {}
    for f, d, label in zip(s.figures, s.days, s.dates, strict=True):
        if d is None or f.kind == "increment" or not f.noun:  # no noun: a borrowed unit
            continue
        if start is not None and told_earlier(f, start):
            continue
        if main and f.places and main not in f.places:
            continue
        if d not in firsts or (_elsewhere(firsts[d][1], main) and not _elsewhere(f, main)):
            firsts[d] = (label or d.isoformat(), f)
    if len(firsts) < 2:
        return ""
    (l0, f0), (l1, f1) = firsts[min(firsts)], firsts[max(firsts)]
    if figure_value(f0) == figure_value(f1):
        return ""
    return f"{figure_value(f0)} ({l0}) → {figure_value(f1)} ({l1})"


def _elsewhere(f: Figure, main: str | None) -> bool:
    """Whether the figure's sentence also names a place other than the series' main one ("1 000
    soldats … de Syrie … en Irak": troops moved, not the count in Iraq)."""
    return main is not None and any(p != main for p in f.places)


def _article_name(article_id: str, arts: Mapping[str, Article]) -> str:
    art = arts.get(article_id)
    return article_label(art) if art else article_id


def _figure_source(f: Figure, label: str, arts: Mapping[str, Article]) -> str:
    return f"{label}  {cite(_article_name(f.article, arts), f.article, (f.start, f.end))}"


def figures_text(
    series: Sequence[FigureSeries], conflicts: Sequence[FigureConflict], arts: Mapping[str, Article]
) -> str:
    lines = []
    for s in series:
        start = series_start(s)
        story = f" · story #{s.story}" if s.story is not None else ""
        lines.append(f"{s.label}  ({len(s.figures)} figures, {s.articles} articles{story})")
        for f, day, label in zip(s.figures, s.days, s.dates, strict=True):
            kind = "" if f.kind == "count" else f" [{f.kind}]"
            lines.append(f"  {figure_value(f):>18}{kind}  « {' '.join(f.text.split())} »")
            lines.append(f"  {'':18}  ↳ {_figure_source(f, figure_date(f, day, label, start), arts)}")
        if change := moved(s):
            lines.append(f"  moved: {change}")
        lines.append("")
    if conflicts:
        lines.append("Where the sources disagree")
        for c in conflicts:
            lines.append(
                f"  {c.label}: {figure_value(c.a)} against {figure_value(c.b)} · {c.why} · {c.confidence:.2f}"
            )
            for f, d in ((c.a, c.a_day), (c.b, c.b_day)):
                lines.append(f"    « {' '.join(f.text.split())} »  {_figure_source(f, d.isoformat(), arts)}")
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def figures_markdown(
    series: Sequence[FigureSeries], conflicts: Sequence[FigureConflict], arts: Mapping[str, Article]
) -> str:
    header = [
        "| figure | value | kind | as written | date | article | span |",
        "|---|---|---|---|---|---|---|",
    ]
    lines = header if series else []  # "--disagreements" shows no series: no empty table for them
    for s in series:
        start = series_start(s)
        for f, day, label in zip(s.figures, s.days, s.dates, strict=True):
            lines.append(
                f"| {md_text(s.label)} | {figure_value(f)} | {f.kind} | {md_text(f.text)} "
                f"| {md_text(figure_date(f, day, label, start))} | {md_text(_article_name(f.article, arts))} "
                f"| {f.article} {f.start}:{f.end} |"
            )
    if conflicts:
        lines += [""] if lines else []
        lines += [
            "| disagreement | one says | another says | why | confidence |",
            "|---|---|---|---|---|",
        ]
        for c in conflicts:
            lines.append(
                f"| {md_text(c.label)} | {figure_value(c.a)} ({c.a_day.isoformat()}, {c.a.article}) "
                f"| {figure_value(c.b)} ({c.b_day.isoformat()}, {c.b.article}) | {md_text(c.why)} "
                f"| {c.confidence:.2f} |"
            )
    return "\n".join(lines) + "\n" if lines else ""
