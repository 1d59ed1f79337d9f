"""Timeline construction: which dates matter, and which sentences tell what happened then.

1. The articles: those published within the date range (undated ones kept), wire copies set
   aside, and, given a focus, those using its words (a focus no article uses is no filter).
2. The days (``dates.py``): ranked by how many articles name them, and how long after; without
   a start, not the days long before the first article (background, not the story's events).
3. Each day's sentences (``summarise.py``): the sentences naming it and the openings of the
   articles published then, closest to what they share, near-repeats merged.
4. Each chosen sentence gathers the tellings of the same event in other articles and the wire
   copies (``events.py``), each source with its article and character span.

The next ranked day is taken when a day has nothing left to say, so the timeline has as many
days as asked when the corpus has them.

A corpus larger than :data:`LOAD_LIMIT` articles is not read whole
(:func:`build_timeline_streamed`): one pass ranks its days, keeping a few numbers per article and
day, and only the articles telling the best-ranked days are read to tell them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.gcpause import gc_paused
from storyline.model import AnnotatedArticle, PubDate, TimelineEntry, TimelineSentence
from storyline.timeline.dates import DayVotes, rank_days, references
from storyline.timeline.events import common_names, copies_by_original, same_event, with_copies
from storyline.timeline.sentences import Sent, sentences_of, terms
from storyline.timeline.summarise import leads_by_day, summarise
from storyline.timeline.tfidf import tfidf

BACKGROUND_BEFORE = timedelta(days=365)
# Articles a timeline reads whole, with every sentence (about 0.1 MB each in memory); a larger
# corpus is read in two passes.
LOAD_LIMIT = 10_000
CANDIDATE_DAYS = 2  # × the dates asked: the days whose articles a two-pass timeline reads


@dataclass(frozen=True)
class TimelineParams:
    dates: int | None = None  # None: chosen from the size and span of the corpus
    sentences: int | None = None  # None: chosen from the articles per day
    query: str | None = None
    start: date | None = None
    end: date | None = None


def default_dates(n_articles: int, n_days: int | None = None) -> int:
    """How many dates a timeline of ``n_articles`` spread over ``n_days`` days shows."""
    wanted = max(8, min(40, int(3 * math.sqrt(max(1, n_articles)))))
    return min(wanted, n_days) if n_days else wanted


def default_sentences(n_articles: int, n_dates: int) -> int:
    """Sentences per date: two, or one when there are fewer articles than dates."""
    return 2 if n_articles >= n_dates else 1


def build_timeline(
    annotated: Sequence[AnnotatedArticle],
    params: TimelineParams = TimelineParams(),
    duplicate_of: dict[str, str] | None = None,
) -> list[TimelineEntry]:
    """Dated entries, in date order, each sentence with its article and character span."""
    with gc_paused():
        return _build(annotated, params, duplicate_of or {})


@dataclass(frozen=True)
class DayPlan:
    """What the first pass of a two-pass timeline decided over the whole corpus."""

    ranked: list[tuple[date, float]]  # the candidate days, strongest first
    start: date | None  # the first day shown
    dates: int
    sentences: int


def build_timeline_streamed(
    pages: Iterable[Iterable[AnnotatedArticle]],
    load: Callable[[list[str]], Sequence[AnnotatedArticle]],
    params: TimelineParams = TimelineParams(),
    duplicate_of: dict[str, str] | None = None,
    budget: int = LOAD_LIMIT,
) -> list[TimelineEntry]:
    """The timeline of a corpus too large to hold: one pass over ``pages`` ranks the days over
    every article; then ``load`` reads only the articles telling the best-ranked days (at most
    ``budget``, shared among the days; their wire copies too), which are summarised as
    :func:`build_timeline` does. A focus must already have chosen the pages' articles
    (:func:`focused_ids`): here it only lifts the sentences using its words."""
    duplicate_of = duplicate_of or {}
    votes = DayVotes()
    originals = 0
    for page in pages:
        for item in page:
            art = item.article
            if art.id in duplicate_of or not published_within(art.published, params.start, params.end):
                continue
            originals += 1
            votes.add(art.id, sentences_of(item))
    if not votes.ids:
        return []
    start = params.start or _background_start(votes.first_published, votes.last_published)
    ranked = votes.rank(start, params.end)
    limit = params.dates or default_dates(originals, votes.span_days)
    k = params.sentences or default_sentences(originals, limit)
    entries: list[TimelineEntry] = []
    tried = CANDIDATE_DAYS * limit
    while ranked:
        # days with nothing left to say (their sentences told an earlier day) give way to the next
        # ranked ones: when too many did, the articles of twice as many days are read again
        candidates = ranked[:tried]
        wanted = set(votes.articles_for([day for day, _ in candidates], budget))
        wanted |= {copy for copy, original in duplicate_of.items() if original in wanted}
        with gc_paused():
            entries = _build(load(sorted(wanted)), params, duplicate_of, DayPlan(candidates, start, limit, k))
        if len(entries) >= limit or tried >= len(ranked):
            break
        tried *= 2
    return entries


def _build(
    annotated: Sequence[AnnotatedArticle],
    params: TimelineParams,
    duplicate_of: dict[str, str],
    plan: DayPlan | None = None,
) -> list[TimelineEntry]:
    in_range = [a for a in annotated if published_within(a.article.published, params.start, params.end)]
    originals = [a for a in in_range if a.article.id not in duplicate_of]
    focus = terms(params.query) if params.query else set()
    focused = [a for a in originals if focus & terms(a.article.text)] if focus else originals
    if focused:
        originals = focused
    sents = [s for a in originals for s in sentences_of(a)]
    if not sents:
        return []
    vectors = _vectorize([s.text for s in sents])
    if plan is None:
        start = params.start or _earliest_day(sents)
        ranked = rank_days(sents, start, params.end)
        limit = params.dates or default_dates(len(originals), _span_days(sents))
        k = params.sentences or default_sentences(len(originals), limit)
    else:
        start, ranked, limit, k = plan.start, plan.ranked, plan.dates, plan.sentences
    by_day = references(sents, start, params.end)
    leads = leads_by_day(sents)
    copies = copies_by_original(in_range, duplicate_of)
    common = common_names(sents)
    entries: list[TimelineEntry] = []
    used: set[int] = set()
    for day, score in ranked:
        if len(entries) >= limit:
            break
        chosen = summarise(day, by_day[day], leads.get(day, {}), vectors, sents, focus, k, used)
        if chosen:
            entries.append(_entry(day, score, chosen, vectors, sents, used, copies, common))
    return sorted(entries, key=lambda e: e.date)


def _entry(
    day: date,
    score: float,
    chosen: list[tuple[int, set[int]]],
    vectors,
    sents: Sequence[Sent],
    used: set[int],
    copies: dict[str, list[AnnotatedArticle]],
    common: frozenset[tuple[str, str]],
) -> TimelineEntry:
    lines = []
    heads = {head for head, _ in chosen}
    for head, members in chosen:
        # a sentence is the source of one line only: not of this one when an earlier line of
        # the day took it, nor when it heads another line of the day
        taken = used | (heads - {head})
        members = {head} | (members - taken) | same_event(head, day, vectors, sents, taken, common)
        used |= members
        sources = with_copies([sents[i] for i in sorted(members, key=lambda i: (i != head, i))], copies)
        lines.append(TimelineSentence(sents[head].text, tuple(sources), round(float(score), 3)))
    n_articles = len({src.article for line in lines for src in line.sources})
    return TimelineEntry(day, tuple(lines), n_articles, round(float(score), 3))


def focused_ids(
    texts: Iterable[tuple[str, str]], query: str, duplicate_of: dict[str, str]
) -> set[str] | None:
    """The articles a focus keeps, read from (id, text) pairs one at a time: the originals using its
    words and their wire copies; None when no original uses them (then it is no filter). Reading
    only these saves a timeline on a large store from loading every article's annotations."""
    focus = terms(query)
    kept = {aid for aid, text in texts if aid not in duplicate_of and focus & terms(text)}
    if not kept:
        return None
    return kept | {copy for copy, original in duplicate_of.items() if original in kept}


def published_within(published: PubDate, start: date | None, end: date | None) -> bool:
    """Whether an article published then was published within [start, end] (an undated one may
    have been)."""
    period = published.period  # a month or a year: within when any of its days is
    if period is None:
        return True
    first, last = period
    return not ((start and last < start) or (end and first > end))


def _earliest_day(sents: Sequence[Sent]) -> date | None:
    """The first day a timeline without a start shows: days named long before the first article
    (twice its span, and at least a year: "the attacks of September 11, 2001" in a story of
    2011) are the story's background, not its events."""
    published = [s.published for s in sents if s.published]
    return _background_start(min(published), max(published)) if published else None


def _background_start(first: date | None, last: date | None) -> date | None:
    if first is None or last is None:
        return None
    return first - max(2 * (last - first), BACKGROUND_BEFORE)


def _span_days(sents: Sequence[Sent]) -> int | None:
    days = [d for s in sents for d in s.days] + [s.published for s in sents if s.published]
    return (max(days) - min(days)).days + 1 if days else None


def _vectorize(texts: list[str]):
    return tfidf(texts, max_df=0.6 if len(texts) > 20 else 1.0)
