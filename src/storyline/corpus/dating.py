"""Dating articles through their story: the events an undated article shares with dated ones.

An article that says only "a déclaré vendredi" or "début janvier" cannot be dated alone. Its
story holds dated articles whose time expressions are resolved to days, and so may dated
articles of other stories that name the same rare people (its neighbours). A sentence of the
undated article that names the same people and things as a dated sentence (many shared words,
or two shared people and one more name), with a time expression that fits that day (same
weekday, same day of the month, same month), is taken to tell the same event, so the article
was published on or after it; a weekday told in the past ("a voté dimanche") also bounds
publication from above, a week later at most, and so does a month named without its year
(within the year). Full dates the article itself reports in the
past tense bound it from below. The answer is the narrowest period (day, month, year) that holds
the bounds; when a week is left and the article's first weekday fits one day of it, that day,
as a guess (another week's event told by the same people matches as well).
An article still undated whose story's surely dated articles all date from one year is given
that year (a year, not a day: its story says when it ran, not which day the article came out),
unless its text tells of a later year as past.

The same reasoning checks the dates articles were given: a date found on the page or in the
text that falls before an event the article reports is flagged and replaced, with the reason;
a weak date (a year the weekday left ambiguous) that lies within its story's dates, or after a
shared event, is kept with more confidence; a weak date far from every surely dated article
that names the same rare people and things is kept only as a doubt. A date the input stated is
never touched. Nothing here does I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from storyline.corpus.terms import NAME_PREFIX, article_terms, name_term, stopwords
from storyline.dating.timex import tag, tense_of
from storyline.model import AnnotatedArticle, Evidence, PubDate, Timex

ANCHOR_CONFIDENCE = 0.5  # an article dated at least this surely lends its events to others
GUESS_CONFIDENCE = 0.3  # a date its story contradicts, kept as a guess
# The day a weekday shared with a dated event and the article's first weekday pick: a guess that
# neither lends its events nor resolves the text's relative dates. The same people are in the news
# on many Fridays: on T17 such a day is right about one time in five, its month three times in five.
SHARED_WEEK_CONFIDENCE = 0.3
WEAK_CONFIDENCE = 0.35  # below this, a date is checked against the story
MIN_SHARED_TERMS = 4  # an event is shared when its sentences share this many distinctive terms…
MIN_SHARED_NAMES = 2  # …of which at least this many names
MIN_OVERLAP = 0.3  # and this share of the shorter sentence's terms,
MIN_SHARED_PERSONS = 2  # unless they name this many of the same people and one more name
COMMON_SHARE = 0.25  # a term in more of the story's articles than this says nothing of an event
MIN_FOR_COMMON = 10  # stories smaller than this keep all their terms
WEEK = timedelta(days=6)
YEAR = timedelta(days=330)  # a month named without its year lies within the past year
SPAN_SLACK = timedelta(days=120)  # how far outside its story's dates a weak date may fall
LATE_ALLOWANCE = timedelta(days=1)
AHEAD_REACH = timedelta(days=14)  # a day named further ahead of its article is a plan or a forecast
RIVAL_SHARE = 0.8  # an event matched this nearly as well weeks from the best leaves the match ambiguous
STORY_YEAR = "year of its story"  # the evidence kind of a year given by the story's dates
MIN_STORY_ANCHORS = 2  # surely dated articles a story needs to lend its year
STORY_YEAR_CONFIDENCE = 0.6
# A weak date further than this from every one of at least MIN_NAME_NEIGHBOURS surely dated articles
# naming the same rare people and things is a date the text recalls, not the article's: on the T17
# and ML-Crisis stores, 48 weak days were that far, every one of them wrong (45 in the wrong year).
NEIGHBOUR_REACH = timedelta(days=365)
MIN_NAME_NEIGHBOURS = 3
DOUBT_CONFIDENCE = 0.1
DOUBT = "far from articles naming the same people"
_DOUBTED_FROM = re.compile(r"; its confidence was ([0-9.]+)$")  # how a doubt's text ends

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^XXXX-(\d{2})$")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass(frozen=True, slots=True)
class Redating:
    """A new publication date for an article, found through its story."""

    article: str
    published: PubDate


@dataclass(frozen=True, slots=True)
class _Event:
    day: date
    terms: frozenset[str]
    article: str
    text: str
    persons: frozenset[str] = frozenset()


class _EventIndex:
    """Dated events by the names their sentences hold, so that a sentence meets only its peers."""

    def __init__(self, events: list[_Event]):
        self.by_name: dict[str, list[_Event]] = {}
        for e in events:
            for term in e.terms:
                if term.startswith(NAME_PREFIX):
                    self.by_name.setdefault(term, []).append(e)

    def candidates(self, terms: frozenset[str]) -> list[_Event]:
        seen: dict[int, _Event] = {}
        for term in terms:
            for e in self.by_name.get(term, ()):
                seen.setdefault(id(e), e)
        return list(seen.values())


@dataclass(frozen=True, slots=True)
class _Bound:
    low: date | None
    high: date | None
    evidence: Evidence


def date_story(
    members: Sequence[AnnotatedArticle],
    neighbours: Sequence[AnnotatedArticle] = (),
    copies: Collection[str] = (),
    sharing: Mapping[str, Collection[str]] | None = None,
    elsewhere: Mapping[str, PubDate] | None = None,
) -> list[Redating]:
    """New dates for the members of one story that their story can date or correct.

    ``neighbours`` are dated articles of other stories that name the same rare people and things:
    they lend their events but are neither dated nor counted in the story's dates. Two passes:
    articles dated in the first lend their events to the second. An article not yet dated is read
    with its time expressions unresolved ("vendredi" stays a Friday of unknown date), and one
    dated to a day here is read again against that day. ``copies`` (near-copies of other
    articles) do not count again among the dated articles that lend the story its year.
    ``sharing`` gives, for members whose date may be or become weak (``open_to_doubt``), the
    articles (members or neighbours) naming the same rare people and things: a weak date more
    than a year before or after every one of at least three of theirs that are dated surely
    (copies left out) is doubted; ``elsewhere`` holds the dates of those that are neither members
    nor neighbours.
    """
    moved: set[str] = set()  # redated here
    stored = {m.article.id: m.article.published for m in members}
    # the story, and the articles naming the same people, may have moved on
    current = {i: _without_doubt(_without_story_year(pub)) for i, pub in stored.items()}
    reading = {m.article.id: m if is_anchor(m.article.published) else _unresolved(m) for m in members}
    common = _common_terms(members)
    lenders = [e for n in neighbours if is_anchor(n.article.published) for e in _events(n, common)]
    firm_span = _span([p for p in current.values() if _firm(p)])
    for m in members:  # a weekday's year that its story's firmly dated articles contradict
        found = _against_story(current[m.article.id], firm_span)
        if found is not None:
            current[m.article.id] = found
            moved.add(m.article.id)
            reading[m.article.id] = _resolved(m, found.day) if is_anchor(found) else _unresolved(m)

    def anchors_events() -> _EventIndex:  # the events of the members dated surely by now, and the lenders'
        anchors = [reading[i] for i, pub in current.items() if is_anchor(pub)]
        return _EventIndex([e for m in anchors for e in _events(m, common)] + lenders)

    for _ in range(2):
        events = anchors_events()
        span = _span([p for p in current.values() if is_anchor(p)])
        for m in members:
            pub = current[m.article.id]
            if _stated(pub) or (is_anchor(pub) and m.article.id not in moved and not _contradicted(m, pub)):
                continue
            found = _redate(reading[m.article.id], pub, events, span, common)
            if found is not None and found != pub:
                current[m.article.id] = found
                moved.add(m.article.id)
                if is_anchor(found):
                    reading[m.article.id] = _resolved(m, found.value)
    anchor_days = [p.value for i, p in current.items() if is_anchor(p) and p.value and i not in copies]
    if _one_year(anchor_days):
        events = anchors_events()
        for m in members:
            pub = current[m.article.id]
            if pub.value is None:
                seen = reading[m.article.id]
                bounds = _own_bounds(seen) + _shared_bounds(seen, events, common)
                current[m.article.id] = _story_year(m, pub, anchor_days, bounds) or pub
    if sharing:
        known = dict(elsewhere or {}) | {n.article.id: n.article.published for n in neighbours} | current
        for i, pub in current.items():
            named = [n for n in sharing.get(i, ()) if n != i and n not in copies]
            days = [d for n in named if (d := _anchor_day(known.get(n))) is not None]
            current[i] = _doubted(pub, days) or pub
    # a date re-examined gathers the same evidence again: once is enough, and then nothing changed
    final = {i: replace(pub, evidence=tuple(dict.fromkeys(pub.evidence))) for i, pub in current.items()}
    return [Redating(i, pub) for i, pub in final.items() if pub != stored[i]]


def _anchor_day(pub: PubDate | None) -> date | None:
    return pub.value if pub is not None and is_anchor(pub) else None


def _doubted(pub: PubDate, days: list[date]) -> PubDate | None:
    """A weak date lying further than ``NEIGHBOUR_REACH`` before or after every day of ``days``
    (the surely dated articles naming the same rare people and things), its confidence lowered to
    a doubt: the text recalled that day ("depuis la chute du régime, le 4 mars 2029") or named a
    plan, it did not come out on it. The doubt is given first, as why."""
    if pub.value is None or pub.confidence >= WEAK_CONFIDENCE or _stated(pub):
        return None
    if len(days) < MIN_NAME_NEIGHBOURS:
        return None
    period = pub.period
    assert period is not None
    first, last = period
    gap = min(max(first - d, d - last, timedelta(0)) for d in days)
    if gap <= NEIGHBOUR_REACH:
        return None
    doubt = Evidence(
        DOUBT,
        f"the {len(days)} surely dated articles naming the same rare people and things date from "
        f"{min(days).isoformat()} – {max(days).isoformat()}; the nearest is {gap.days} days from "
        f"{pub.iso}; its confidence was {pub.confidence:g}",
        "corpus",
        weight=0.0,
    )
    return PubDate(pub.value, pub.granularity, min(pub.confidence, DOUBT_CONFIDENCE), (doubt,) + pub.evidence)


def _without_doubt(pub: PubDate) -> PubDate:
    """The date as it stood before an earlier build doubted it (its doubt tells the confidence)."""
    doubt = next((e for e in pub.evidence if e.kind == DOUBT), None)
    found = _DOUBTED_FROM.search(doubt.text) if doubt is not None else None
    if found is None:
        return pub
    rest = tuple(e for e in pub.evidence if e.kind != DOUBT)
    return replace(pub, confidence=float(found[1]), evidence=rest)


def open_to_doubt(pub: PubDate) -> bool:
    """Whether dating through the story may leave this date weak: it is not an anchor, or it
    rests on a weekday–date pair alone, which its story may contradict."""
    return not is_anchor(pub) or _weekday_only(pub)


def _one_year(days: list[date]) -> bool:
    return len(days) >= MIN_STORY_ANCHORS and min(days).year == max(days).year


def _without_story_year(pub: PubDate) -> PubDate:
    """The date as it stood before an earlier build gave it its story's year."""
    if not any(e.kind == STORY_YEAR for e in pub.evidence):
        return pub
    return PubDate.unknown(tuple(e for e in pub.evidence if e.kind != STORY_YEAR))


def _story_year(
    m: AnnotatedArticle, pub: PubDate, anchors: list[date], bounds: list[_Bound]
) -> PubDate | None:
    """The one year all the story's surely dated articles date from, for an article still
    undated, unless its bounds (events it reports, events it shares) lie outside that year or it
    tells of a later year in the past tense (a retrospective, a follow-up; a later year ahead,
    "d'ici 2030", is a plan)."""
    year = anchors[0].year
    if any((b.low and b.low.year > year) or (b.high and b.high.year < year) for b in bounds):
        return None
    text, lang = m.article.text, m.article.lang
    if any(
        t.type == "DATE"
        and t.value[:4].isdigit()
        and int(t.value[:4]) > year
        and tense_of(text, t, lang, before) < 0
        for before, t in pairwise([None, *m.timexes])
    ):
        return None
    ev = Evidence(
        STORY_YEAR,
        f"the {len(anchors)} surely dated articles of its story all date from {year} "
        f"({min(anchors).isoformat()} – {max(anchors).isoformat()})",
        "corpus",
        weight=0.0,
    )
    return PubDate(date(year, 1, 1), "year", STORY_YEAR_CONFIDENCE, (ev,) + pub.evidence)  # why, first


def _unresolved(m: AnnotatedArticle) -> AnnotatedArticle:
    if m.article.published.granularity != "day":
        return m  # its time expressions were resolved against no day already
    return replace(m, timexes=tuple(tag(m.article.text, m.article.lang, None)))


def _resolved(m: AnnotatedArticle, day: date | None) -> AnnotatedArticle:
    return replace(m, timexes=tuple(tag(m.article.text, m.article.lang, day)))


def _firm(pub: PubDate) -> bool:
    """An anchor dated by more than a weekday–date pair alone (a date line, a stated date…)."""
    return is_anchor(pub) and not _weekday_only(pub)


def _weekday_only(pub: PubDate) -> bool:
    return bool(pub.evidence) and pub.evidence[0].kind == "weekday and date"


def _against_story(pub: PubDate, span: tuple[date, date] | None) -> PubDate | None:
    """A date read from a weekday–date pair alone that falls far outside the dates of its story's
    firmly dated articles: the one other year the pair allows within them, else the same date
    kept as a guess (no longer lending its events)."""
    if span is None or pub.value is None or not _weekday_only(pub) or _stated(pub):
        return None
    if span[0] - SPAN_SLACK <= pub.value <= span[1] + SPAN_SLACK:
        return None
    chosen = _within_story(pub, span)
    if chosen is not None:
        return chosen
    doubt = Evidence(
        "far from its story",
        f"{pub.value.isoformat()} is far from the dates of its story's dated articles "
        f"({span[0].isoformat()} – {span[1].isoformat()})",
        "corpus",
        weight=0.0,
    )
    return PubDate(pub.value, pub.granularity, min(pub.confidence, GUESS_CONFIDENCE), pub.evidence + (doubt,))


def is_anchor(pub: PubDate) -> bool:
    return pub.granularity == "day" and pub.confidence >= ANCHOR_CONFIDENCE


def _stated(pub: PubDate) -> bool:
    return any(e.where == "input" for e in pub.evidence)


def _span(dates: list[PubDate]) -> tuple[date, date] | None:
    days = [p.value for p in dates if p.value is not None]
    return (min(days), max(days)) if days else None


def _common_terms(members: Sequence[AnnotatedArticle]) -> frozenset[str]:
    """Terms found in so many of the story's articles that sharing them shows no shared event."""
    if len(members) < MIN_FOR_COMMON:
        return frozenset()
    df: Counter[str] = Counter()
    for m in members:
        df.update(set(article_terms(m.article.text, m.article.lang, [x.text for x in m.mentions] or None)))
    limit = COMMON_SHARE * len(members)
    return frozenset(t for t, n in df.items() if n > limit)


def _events(m: AnnotatedArticle, common: frozenset[str]) -> list[_Event]:
    """The days the article's text names in full, each with the terms of its sentence; not the days
    named far ahead of its publication (plans and forecasts, "on 28 July 2035 it will be…")."""
    out = []
    published = m.article.published.value
    around = _Around(m)
    for t in m.timexes:
        match = _DAY.match(t.value)
        if match and t.type == "DATE":
            try:
                day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
            if published is not None and day > published + AHEAD_REACH:
                continue
            text, terms, persons = around.terms(t)
            out.append(_Event(day, terms - common, m.article.id, text, persons & terms))
    return out


class _Around:
    """An article's sentences and mentions, indexed once, for the terms around its expressions."""

    def __init__(self, m: AnnotatedArticle) -> None:
        self.m = m
        self.starts = [s.start for s in m.sentences]
        self.mentions = sorted(m.mentions, key=lambda x: x.start)
        self.mention_starts = [x.start for x in self.mentions]
        self.stop = stopwords(m.article.lang)

    def terms(self, t: Timex, following: int = 0) -> tuple[str, frozenset[str], frozenset[str]]:
        """The text of the expression's sentence (and of the ``following`` ones), its terms with the
        expression left out, and the name terms of the people it names."""
        start, end = self._sentence_of(t.start)
        for _ in range(following):
            if end >= len(self.m.article.text):
                break
            end = self._sentence_of(end + 1)[1]
        text = self.m.article.text
        within = self.mentions[
            bisect_left(self.mention_starts, start) : bisect_left(self.mention_starts, end)
        ]
        names = [x.text for x in within if x.end <= end]
        terms = article_terms(
            text[start : t.start] + " " + text[t.end : end], self.m.article.lang, names or None
        )
        persons = {NAME_PREFIX + name_term(x.text, self.stop) for x in within if x.label == "PER"}
        return text[start:end], frozenset(terms), frozenset(persons)

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.m.sentences[i].end:
            return self.m.sentences[i].start, self.m.sentences[i].end
        text = self.m.article.text
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return start, len(text) if end < 0 else end


def _contradicted(m: AnnotatedArticle, pub: PubDate) -> bool:
    """Whether the article reports, in the past tense, a full date after its publication date."""
    assert pub.value is not None
    return any(b.low is not None and b.low > _last_day(pub) + LATE_ALLOWANCE for b in _own_bounds(m))


def _last_day(pub: PubDate) -> date:
    """The last day of the period a date stands for (a year's 31 December, a month's last day)."""
    period = pub.period
    assert period is not None
    return period[1]


def _own_bounds(m: AnnotatedArticle) -> list[_Bound]:
    """Full dates the article reports as past: it was published on or after them."""
    out = []
    text = m.article.text
    stated = False  # whether the narrative's last date was stated (or counted from a stated one)
    for before, t in pairwise([None, *m.timexes]):
        if t.anchor != "previous" and t.type == "DATE" and t.value[:1].isdigit():
            stated = t.anchor == ""
        match = _DAY.match(t.value)
        if not match or t.type != "DATE" or not (t.anchor == "" or (t.anchor == "previous" and stated)):
            # a date resolved against the publication date says nothing of it, nor does "le
            # surlendemain" counted from "aujourd'hui"
            continue
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        if tense_of(text, t, m.article.lang, before) < 0:
            ev = Evidence(
                "event reported", f"{t.text} ({day.isoformat()}), told in the past", "text", t.start, t.end
            )
            out.append(_Bound(day, None, ev))
    return out


def _shared_bounds(m: AnnotatedArticle, events: _EventIndex, common: frozenset[str]) -> list[_Bound]:
    """Bounds from the article's relative dates that tell events dated elsewhere in the story."""
    out = []
    text = m.article.text
    around = _Around(m)
    for before, t in pairwise([None, *m.timexes]):
        fits = _fitting(t.value)
        if fits is None:
            continue
        _, terms, persons = around.terms(t, following=1)  # an event's names may come in the next sentence
        terms -= common
        persons &= terms
        matches: list[tuple[float, _Event]] = []
        for e in events.candidates(terms):
            if e.article == m.article.id or not fits(e.day):
                continue
            shared = terms & e.terms
            names = sum(1 for x in shared if x.startswith(NAME_PREFIX))
            if len(shared) < MIN_SHARED_TERMS or names < MIN_SHARED_NAMES:
                continue
            overlap = len(shared) / max(1, min(len(terms), len(e.terms)))
            people = len(persons & e.persons) >= MIN_SHARED_PERSONS and names > MIN_SHARED_PERSONS
            if overlap >= MIN_OVERLAP or people:
                matches.append((overlap, e))
        if not matches:
            continue
        overlap, e = max(matches, key=lambda x: x[0])
        if any(abs(r.day - e.day) > WEEK and o >= RIVAL_SHARE * overlap for o, r in matches):
            continue  # as close to events weeks apart: the words tell a recurring subject, not one event
        tense = tense_of(text, t, m.article.lang, before)
        if tense > 0:
            low, high = None, e.day
        elif _WEEKDAY.match(t.value):
            low, high = e.day, e.day + WEEK
        elif _MONTH.match(t.value):
            low, high = e.day, e.day + YEAR
        else:
            low, high = e.day, None
        ev = Evidence(
            "event shared with a dated article",
            f"{t.text!r} tells the event of {e.day.isoformat()} in article {e.article}: "
            f"{e.text.strip()[:160]}",
            "corpus",
            t.start,
            t.end,
            weight=round(overlap, 3),
        )
        out.append(_Bound(low, high, ev))
    return out


def _fitting(value: str):
    """A test of whether a day fits a relative date value, or None for values too vague to tell."""
    if m := _WEEKDAY.match(value):
        weekday = int(m[1])
        return lambda d: d.isoweekday() == weekday
    if m := _MONTH_DAY.match(value):
        month, day = int(m[1]), int(m[2])
        return lambda d: d.month == month and d.day == day
    if m := _MONTH.match(value):
        month = int(m[1])
        return lambda d: d.month == month
    return None


def _redate(
    m: AnnotatedArticle,
    pub: PubDate,
    events: _EventIndex,
    span: tuple[date, date] | None,
    common: frozenset[str],
) -> PubDate | None:
    own = _own_bounds(m)
    shared = _shared_bounds(m, events, common)
    bounds = own + shared
    lows = [b for b in bounds if b.low is not None]
    highs = [b for b in bounds if b.high is not None]
    low = max(lows, key=lambda b: b.low) if lows else None
    high = min(highs, key=lambda b: b.high) if highs else None
    if low is not None and high is not None and low.low > high.high:
        return None  # the bounds disagree: leave the date as it is
    if shared and low is not None:
        chosen = _option_within(pub, low, high)
        if chosen is not None:
            return chosen
    if pub.value is not None and pub.granularity != "unknown":
        if low is not None and low.low > _last_day(pub) + LATE_ALLOWANCE:
            return _from_bounds(m, low, high, shared, [_overridden(pub, low)])
        if pub.confidence < WEAK_CONFIDENCE and span:
            return _within_story(pub, span)
        return None
    if span and any(e.kind == "ambiguous year" for e in pub.evidence):
        chosen = _within_story(pub, span)
        if chosen is not None:
            return chosen
    if not shared or low is None:
        return None  # only the article's own dates: they bound it, they do not date it
    return _from_bounds(m, low, high, shared, list(pub.evidence))


def _options(pub: PubDate) -> list[date]:
    """The date given and the other days its weekday allowed ("ambiguous year" evidence). The date
    given counts only when it is one of them, the same day of the year: a day found otherwise (a
    shared event's week) is no year of the weekday's to choose."""
    listed = {
        date.fromisoformat(x)
        for e in pub.evidence
        if e.kind in ("ambiguous year", "earlier years")
        for x in _ISO.findall(e.text)
    }
    given = pub.value
    if given is not None and all((d.month, d.day) == (given.month, given.day) for d in listed):
        listed.add(given)
    return sorted(listed)


def _option_within(pub: PubDate, low: _Bound, high: _Bound | None) -> PubDate | None:
    """The one day the article's weekday and date allowed that falls within bounds from shared events."""
    options = _options(pub)
    if len(options) < 2 or pub.confidence >= WEAK_CONFIDENCE:
        return None
    assert low.low is not None
    end = high.high if high is not None and high.high is not None else low.low + YEAR
    inside = [o for o in options if low.low <= o <= end]
    if len(inside) != 1:
        return None
    evidence = [low.evidence] + ([high.evidence] if high is not None and high is not low else [])
    support = Evidence(
        "year chosen by a shared event",
        f"of the days the weekday allowed ({', '.join(o.isoformat() for o in options)}), only "
        f"{inside[0].isoformat()} falls after the shared event of {low.low.isoformat()}",
        "corpus",
        weight=0.6,
    )
    return PubDate(inside[0], "day", 0.6, tuple(evidence) + pub.evidence + (support,))


def _within_story(pub: PubDate, span: tuple[date, date]) -> PubDate | None:
    """A weak date, or the one alternative the weekday allowed, that falls within its story's dates."""
    options = _options(pub)
    if len(options) < 2:
        return None  # a weak date alone, with no other day its evidence allowed: nothing to choose
    inside = [o for o in options if span[0] - SPAN_SLACK <= o <= span[1] + SPAN_SLACK]
    if len(inside) != 1:
        return None
    support = Evidence(
        "fits its story",
        f"{inside[0].isoformat()} is within the dates of its story's dated articles "
        f"({span[0].isoformat()} – {span[1].isoformat()})",
        "corpus",
        weight=0.5,
    )
    return PubDate(inside[0], "day", ANCHOR_CONFIDENCE, pub.evidence + (support,))


def _from_bounds(
    m: AnnotatedArticle, low: _Bound, high: _Bound | None, shared: list[_Bound], extra: list[Evidence]
) -> PubDate | None:
    assert low.low is not None
    start = low.low
    end = high.high if high is not None and high.high is not None else None
    evidence = [low.evidence] + ([high.evidence] if high is not None and high is not low else []) + extra
    if end is not None and end - start <= WEEK:
        day = _lead_weekday(m, start, end)
        if day is not None:
            return PubDate(day, "day", SHARED_WEEK_CONFIDENCE, tuple(evidence + [_lead_evidence(m, day)]))
    if end is None:
        return PubDate.unknown(
            tuple(
                evidence
                + [
                    Evidence(
                        "lower bound", f"published on or after {start.isoformat()}", "corpus", weight=0.0
                    )
                ]
            )
        )
    if (start.year, start.month) == (end.year, end.month):
        return PubDate(start.replace(day=1), "month", 0.6, tuple(evidence))
    if start.year == end.year:
        return PubDate(start.replace(month=1, day=1), "year", 0.6, tuple(evidence))
    return PubDate.unknown(
        tuple(
            evidence
            + [
                Evidence(
                    "bounds",
                    f"published between {start.isoformat()} and {end.isoformat()}",
                    "corpus",
                    weight=0.0,
                )
            ]
        )
    )


def _lead_weekday(m: AnnotatedArticle, start: date, end: date) -> date | None:
    """The one day of ``[start, end]`` that the article's first weekday names, if it names one."""
    for t in m.timexes:
        match = _WEEKDAY.match(t.value)
        if match:
            weekday = int(match[1])
            days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
            fit = [d for d in days if d.isoweekday() == weekday]
            return fit[0] if len(fit) == 1 else None
    return None


def _lead_evidence(m: AnnotatedArticle, day: date) -> Evidence:
    t = next(t for t in m.timexes if _WEEKDAY.match(t.value))
    return Evidence(
        "first weekday of the article",
        f"{t.text!r} falls on {day.isoformat()} within the bounds",
        "text",
        t.start,
        t.end,
    )


def _overridden(pub: PubDate, low: _Bound) -> Evidence:
    return Evidence(
        "contradicted by the text",
        f"{pub.iso} was found for this article, but it reports an event of {low.low.isoformat()}"
        " as past, so it cannot have been published before; that date is replaced",
        "corpus",
        weight=0.0,
    )
