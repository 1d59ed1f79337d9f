"""How the key figures moved and where the sources disagree, from the figures of many articles.

A series gathers, within one story, the figures of one thing counted (the same unit key and
modifier: "soldat" + "americain"), in publication order. A figure whose noun has no modifier
joins the series of its unit's main modifier when most modified figures share it ("2 500
soldats" with "5 200 soldats américains").

Two figures of one series disagree when different articles, published the same day and not wire
copies of each other, give intervals that do not meet ("3 000" against "2 800"; "plus de
5 000" and "5 200" agree) and neither article also gives a figure that fits the other's (the two
ends of an estimate, a revision "from 5,000 to 60,000"). Both must be of the same kind (totals
with totals, targets with targets; never distances or percentages, which describe more than they
count), neither dated by its sentence to another time ("en 2019, 5 200 soldats"), and of the same
thing: the words around them share at least three, and a quarter of all their words, besides what
they count ("morts" of "la crue" at "Lorvel"); their sentences name no different places ("en Syrie" /
"en Irak") nor different days ("on Friday" / "on Saturday"). Only figures within the window are
compared, never all pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from storyline.model import Figure, FigureConflict, FigureSeries, PubDate
from storyline.nlp.figures import OTHER_TIME, value_span

WINDOW = 0  # days between two articles whose figures are compared: a day later, a figure has moved
UNSURE_MODIFIER = 0.8  # factor when neither figure has a modifier
MAX_CONFLICTS = 10  # per series, the surest kept
MIN_SHARED = 3  # words around two figures, besides what they count, that make them of the same thing
MIN_OVERLAP = 0.25  # share of the words around two figures they must have in common
_MAIN_MODIFIER = 0.5  # share of the modified figures the main modifier needs to take in the bare ones


def figure_series(
    figures: Iterable[Figure],
    published: Mapping[str, PubDate],
    story_of: Mapping[str, int] | None = None,
    min_articles: int = 2,
) -> list[FigureSeries]:
    """The series of at least ``min_articles`` articles, those told by most articles first.

    ``published`` gives each article's publication date, ``story_of`` its story; without it all
    articles make one story.
    """
    unknown = PubDate.unknown()
    by_unit: dict[tuple[int | None, str], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.unit == "%" and not f.modifier:
            continue  # a share of nothing said: no series of its own ("une hausse de 3 %")
        story = story_of.get(f.article) if story_of is not None else None
        by_unit[(story, f.unit)].append(f)
    out = []
    for (story, unit), figs in by_unit.items():
        for modifier, members in _by_modifier(figs).items():
            arts = {f.article for f in members}
            if len(arts) < min_articles:
                continue
            members.sort(
                key=lambda f: (_day_key(published.get(f.article, unknown).value), f.article, f.start)
            )
            pubs = [published.get(f.article, unknown) for f in members]
            out.append(
                FigureSeries(
                    unit,
                    modifier,
                    _label(members),
                    story,
                    tuple(members),
                    tuple(p.value for p in pubs),
                    len(arts),
                    tuple(p.iso or "" for p in pubs),
                )
            )
    out.sort(key=lambda s: (-s.articles, -len(s.figures), s.unit, s.modifier))
    return out


def _by_modifier(figs: list[Figure]) -> dict[str, list[Figure]]:
    groups: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        groups[f.modifier].append(f)
    modified = Counter({m: len(g) for m, g in groups.items() if m})
    if "" in groups and modified:
        main, n = modified.most_common(1)[0]
        if n >= _MAIN_MODIFIER * sum(modified.values()):
            groups[main].extend(groups.pop(""))
    return groups


def _label(figs: list[Figure]) -> str:
    nouns = Counter(f.noun for f in figs if f.noun and f.unit != "%")
    if figs[0].unit == "%":
        mods = Counter(f.modifier for f in figs if f.modifier)
        return "%" + (f" ({mods.most_common(1)[0][0]})" if mods else "")
    return nouns.most_common(1)[0][0] if nouns else figs[0].unit


def _day_key(day: date | None) -> tuple[bool, date]:
    return (day is None, day or date.min)


def figure_conflicts(series: Iterable[FigureSeries], exact_days: Mapping[str, date]) -> list[FigureConflict]:
    """Where the sources disagree: pairs of figures of one series that cannot both hold.

    Only articles dated to the day (``exact_days``) are compared; wire copies are left out before
    (a copy never disagrees with its original). The surest conflicts first.
    """
    series = list(series)
    told: dict[tuple[int | None, str], dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for s in series:  # every figure of an article, per story and unit, rates and all ("barrels a day")
        for f in s.figures:
            told[(s.story, s.unit.split("/")[0])][f.article].append(f)
    out: list[FigureConflict] = []
    for s in series:
        found: list[FigureConflict] = []
        seen: set[tuple[str, str]] = set()
        by_article = told.get((s.story, s.unit.split("/")[0]), {})
        dated = [(exact_days[f.article], f) for f in s.figures if f.article in exact_days]
        dated = sorted(((d, f) for d, f in dated if of_its_time(f, d)), key=lambda x: x[0])
        for i, (day_a, a) in enumerate(dated):
            for day_b, b in dated[i + 1 :]:
                if (day_b - day_a).days > WINDOW:
                    break
                pair = (a.article, b.article)
                if pair in seen or not _comparable(a, b):
                    continue
                if not (
                    _meet(a, b) or _states(by_article[a.article], b) or _states(by_article[b.article], a)
                ):
                    seen.add(pair)
                    found.append(_conflict(s, a, b, day_a, day_b))
        found.sort(key=lambda c: -c.confidence)
        out.extend(found[:MAX_CONFLICTS])
    out.sort(key=lambda c: (-c.confidence, c.a_day, c.label))
    return out


def of_its_time(f: Figure, day: date) -> bool:
    """Whether a figure is of its article's day: the date its sentence names (or the one it is
    told after) is within a week of it (a day or a week) or holds it (a month, a year)."""
    if not f.when:
        return True
    span = value_span(f.when)
    if span is None:
        return False
    slack = OTHER_TIME if (span[1] - span[0]).days < 7 else 0
    return (span[0] - day).days <= slack and (day - span[1]).days <= slack


def told_earlier(f: Figure, start: date) -> bool:
    """Whether a figure is told of a time before ``start`` (the first day of its series) by more
    than a week: background ("in 2008, four hurricanes", "170.000 soldats étaient postés" after a
    sentence of 2003–2011), not a count of the story's time ("the quake on 12 January killed as
    many as 200,000", told on the 26th, is that day's toll)."""
    span = value_span(f.when) if f.when else None
    return span is not None and (start - span[1]).days > OTHER_TIME


def _meet(a: Figure, b: Figure) -> bool:
    return not (a.high < b.low or b.high < a.low)


def _states(figures: list[Figure], other: Figure) -> bool:
    """Whether an article also gives a figure that fits ``other``: it tells both numbers (the two
    ends of an estimate, a revision "from 5,000 to 60,000"), so it does not contradict it."""
    return any(_meet(f, other) for f in figures)


def _comparable(a: Figure, b: Figure) -> bool:
    if a.article == b.article or a.kind != b.kind or a.kind == "measure" or a.unit == "%":
        return False  # distances and shares of a whole describe; differing ones rarely contradict
    if a.modifier != b.modifier:
        return False  # "50,000 Americans" in the country, "1,600 Americans evacuated"
    if a.places and b.places and not set(a.places) & set(b.places):
        return False
    if len(a.when) >= 10 and len(b.when) >= 10 and a.when[:10] != b.when[:10]:
        return False  # "on Friday" against "on Saturday": each the count of its own day
    shared = _shared(a, b)
    union = set(a.context) | set(b.context)
    return len(shared) >= MIN_SHARED and len(shared) >= MIN_OVERLAP * len(union)


def _shared(a: Figure, b: Figure) -> list[str]:
    return sorted(set(a.context) & set(b.context) - {a.modifier, b.modifier})


def _conflict(s: FigureSeries, a: Figure, b: Figure, day_a: date, day_b: date) -> FigureConflict:
    confidence = min(a.confidence, b.confidence)
    if not a.modifier:
        confidence *= UNSURE_MODIFIER
    why = "published the same day"
    why += "; both say " + ", ".join(_shared(a, b)[:6])
    if not a.modifier:
        why += f"; neither says which {s.label}"
    return FigureConflict(a, b, day_a, day_b, s.label, round(confidence, 3), why)
