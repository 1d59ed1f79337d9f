"""Which days a timeline shows: the days the corpus refers to most (DATEWISE-style ranking,
Ghalandari & Ifrim 2020, without its trained model).

A day's weight is the sum, over the distinct articles whose sentences name it, of one plus a
share that grows with how long after the day the article still names it (a day recalled weeks
later mattered; a day only announced ahead, a little less), plus a little per article naming it
in its opening sentences, per article published that day and, more, per article published the
day after (DATEWISE's "published the next day": the day's news is printed then).

The votes are kept as a few integers per article and day (:class:`DayVotes`), so the days of a
corpus too large to hold in memory are ranked in one pass over it.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from storyline.timeline.sentences import Sent

RECALL_WEIGHT = 0.5  # per article, times log2(2 + days between the day and the article)
AHEAD_WEIGHT = 0.25  # per article naming a day still to come
PUBLICATION_WEIGHT = 0.25  # per article published that day
NEXT_DAY_WEIGHT = 0.5  # per article published the day after (DATEWISE): the day's news
LEAD_WEIGHT = 0.25  # per article naming the day in its opening sentences
LEAD_SENTENCES = 3
SHORT_ANNOUNCEMENT = 40  # characters: a shorter sentence naming a day to come is no event
UNBOUNDED = 1_000_000  # days: more than any gap between a day and an article


def names_day(sent: Sent, day: date) -> bool:
    """Whether the sentence's naming of ``day`` counts: not a short line announcing it ahead."""
    return not (sent.published and day > sent.published and len(sent.text) < SHORT_ANNOUNCEMENT)


def references(sents: Sequence[Sent], start: date | None, end: date | None) -> dict[date, list[int]]:
    """Per day within [start, end], the sentences that name it."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for i, sent in enumerate(sents):
        for day in set(sent.days):
            if (start and day < start) or (end and day > end) or not names_day(sent, day):
                continue
            by_day[day].append(i)
    return by_day


def rank_days(sents: Sequence[Sent], start: date | None, end: date | None) -> list[tuple[date, float]]:
    """The days within [start, end] the sentences (in article order) name, strongest first."""
    votes = DayVotes()
    for article, group in _by_article(sents):
        votes.add(article, group)
    return votes.rank(start, end)


class DayVotes:
    """The articles' votes for the days they name, gathered one article at a time: per article
    and day, how long after the day it was published (the longest gap among its sentences naming
    it) and whether an opening sentence names it; per article, its publication day."""

    def __init__(self) -> None:
        self.ids: list[str] = []  # an article's number is its place here
        self._published = array("i")  # per article: the ordinal of its publication day, 0 if unknown
        self._day = array("i")  # per vote: the ordinal of the day named
        self._article = array("i")  # … the article's number
        self._gap = array("i")  # … days from the day to the article's publication
        self._lead = array("b")  # … whether one of its opening sentences names it
        self.first_published: date | None = None
        self.last_published: date | None = None
        self.first_day: date | None = None  # the earliest and latest days named or published
        self.last_day: date | None = None

    def add(self, article: str, sents: Sequence[Sent]) -> None:
        """The votes of one article, from its sentences."""
        if not sents:
            return
        number = len(self.ids)
        self.ids.append(article)
        published = sents[0].published
        self._published.append(published.toordinal() if published else 0)
        found: dict[date, list[int]] = {}  # day → [gap, lead]
        for s in sents:
            for day in set(s.days):
                self._extend(day)
                if not names_day(s, day):
                    continue
                gap = (published - day).days if published else 0
                vote = found.setdefault(day, [gap, 0])
                vote[0] = max(vote[0], gap)
                vote[1] |= s.index < LEAD_SENTENCES
        for day, (gap, lead) in found.items():
            self._day.append(day.toordinal())
            self._article.append(number)
            self._gap.append(gap)
            self._lead.append(lead)
        if published:
            self._extend(published)
            if self.first_published is None or published < self.first_published:
                self.first_published = published
            if self.last_published is None or published > self.last_published:
                self.last_published = published

    def _extend(self, day: date) -> None:
        if self.first_day is None or day < self.first_day:
            self.first_day = day
        if self.last_day is None or day > self.last_day:
            self.last_day = day

    @property
    def span_days(self) -> int | None:
        """Days from the first day named or published to the last, both counted."""
        if self.first_day is None or self.last_day is None:
            return None
        return (self.last_day - self.first_day).days + 1

    def rank(self, start: date | None, end: date | None) -> list[tuple[date, float]]:
        """The days within [start, end], strongest first, with their weights."""
        days = np.frombuffer(self._day, dtype=np.int32) if self._day else np.zeros(0, np.int32)
        keep = np.ones(len(days), dtype=bool)
        if start:
            keep &= days >= start.toordinal()
        if end:
            keep &= days <= end.toordinal()
        if not keep.any():
            return []
        gaps = np.frombuffer(self._gap, dtype=np.int32)[keep]
        leads = np.frombuffer(self._lead, dtype=np.int8)[keep]
        days = days[keep]
        base = days.min()
        size = int(days.max() - base) + 2
        distinct, where = np.unique(gaps, return_inverse=True)  # math.log2, to the last bit as ever
        per_vote = np.array([_vote(int(g)) for g in distinct])[where.ravel()]
        weight = np.bincount(days - base, weights=per_vote, minlength=size)
        weight += LEAD_WEIGHT * np.bincount(days - base, weights=leads, minlength=size)
        published = np.frombuffer(self._published, dtype=np.int32) - base
        inside = (published >= 0) & (published < size)
        on_day = np.bincount(published[inside], minlength=size).astype(float)
        weight += PUBLICATION_WEIGHT * on_day
        weight[:-1] += NEXT_DAY_WEIGHT * on_day[1:]
        named = np.unique(days) - base
        order = sorted(named.tolist(), key=lambda d: (-weight[d], d))
        return [(date.fromordinal(int(d + base)), float(weight[d])) for d in order]

    def articles_for(self, days: Sequence[date], budget: int) -> list[str]:
        """The articles a timeline needs to tell ``days`` (those naming one, and those published on
        one or the day after, whose openings speak for it), at most ``budget`` of them: each day,
        in the order given, gets its share, its articles taken soonest published after it first
        (then those announcing it, then undated ones naming it); the room left goes to the other
        articles without a publication day, which may tell any of them."""
        wanted = {d.toordinal(): rank for rank, d in enumerate(days)}
        per_day: dict[int, list[tuple[int, int]]] = defaultdict(list)  # day → [(priority, article)]
        named = np.frombuffer(self._day, dtype=np.int32) if self._day else np.zeros(0, np.int32)
        hit = np.isin(named, list(wanted))
        votes = zip(
            named[hit].tolist(),
            np.frombuffer(self._article, dtype=np.int32)[hit].tolist(),
            np.frombuffer(self._gap, dtype=np.int32)[hit].tolist(),
            strict=True,
        )
        for day, article, gap in votes:
            per_day[day].append((_priority(gap, bool(self._published[article])), article))
        for article, published in enumerate(self._published):
            for day, gap in ((published, 0), (published - 1, 1)):
                if published and day in wanted:
                    per_day[day].append((gap, article))
        share = max(1, budget // max(1, len(wanted)))
        chosen: dict[int, None] = {}
        for day in sorted(per_day, key=wanted.__getitem__):
            taken = 0
            for _, article in sorted(per_day[day]):
                if len(chosen) >= budget or taken >= share:
                    break
                if article not in chosen:
                    chosen[article] = None
                    taken += 1
        undated = (a for a, published in enumerate(self._published) if not published and a not in chosen)
        for article in itertools.islice(undated, max(0, budget - len(chosen))):
            chosen[article] = None
        return [self.ids[a] for a in sorted(chosen)]


def _priority(gap: int, dated: bool) -> int:
    """Which of a day's articles are read first: those published soonest after it, then those
    announcing it (soonest before it), then the undated ones naming it."""
    if not dated:
        return 2 * UNBOUNDED
    return gap if gap >= 0 else UNBOUNDED - gap


def _vote(gap: int) -> float:
    """One article's vote for a day it names, published ``gap`` days after it."""
    return 1 + (RECALL_WEIGHT * math.log2(2 + gap) if gap >= 0 else AHEAD_WEIGHT)


def _by_article(sents: Sequence[Sent]) -> Iterable[tuple[str, list[Sent]]]:
    """The sentences grouped by article, articles in order of their first sentence."""
    groups: dict[str, list[Sent]] = {}
    for s in sents:
        groups.setdefault(s.article, []).append(s)
    return groups.items()
