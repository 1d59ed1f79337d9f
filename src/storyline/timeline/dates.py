"""Which days a timeline shows: the days the corpus refers to most (DATEWISE-style ranking,
Ghalandari & Ifrim 2020, without its trained model).

A day's weight is the sum, over the distinct articles whose sentences name it, of one plus a
share that grows with how long after the day the article still names it (a day recalled weeks
later mattered; a day only announced ahead, a little less), plus a little per article naming it
in its opening sentences, per article published that day and, more, per article published the
day after (DATEWISE's "published the next day": the day's news is printed then).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from storyline.timeline.sentences import Sent

RECALL_WEIGHT = 0.5  # per article, times log2(2 + days between the day and the article)
AHEAD_WEIGHT = 0.25  # per article naming a day still to come
PUBLICATION_WEIGHT = 0.25  # per article published that day
NEXT_DAY_WEIGHT = 0.5  # per article published the day after (DATEWISE): the day's news
LEAD_WEIGHT = 0.25  # per article naming the day in its opening sentences
LEAD_SENTENCES = 3
SHORT_ANNOUNCEMENT = 40  # characters: a shorter sentence naming a day to come is no event


def references(sents: Sequence[Sent], start: date | None, end: date | None) -> dict[date, list[int]]:
    """Per day within [start, end], the sentences that name it."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for i, sent in enumerate(sents):
        for day in set(sent.days):
            if (start and day < start) or (end and day > end):
                continue
            if sent.published and day > sent.published and len(sent.text) < SHORT_ANNOUNCEMENT:
                continue
            by_day[day].append(i)
    return by_day


def rank_days(by_day: dict[date, list[int]], sents: Sequence[Sent]) -> list[tuple[date, float]]:
    """The days, strongest first, with their weights."""
    published: dict[date, set[str]] = defaultdict(set)
    for s in sents:
        if s.published:
            published[s.published].add(s.article)
    scores = []
    for day, members in by_day.items():
        gaps: dict[str, int] = {}
        leads: set[str] = set()
        for i in members:
            s = sents[i]
            gap = (s.published - day).days if s.published else 0
            gaps[s.article] = max(gaps.get(s.article, gap), gap)
            if s.index < LEAD_SENTENCES:
                leads.add(s.article)
        weight = sum(
            1 + (RECALL_WEIGHT * math.log2(2 + gap) if gap >= 0 else AHEAD_WEIGHT) for gap in gaps.values()
        )
        weight += LEAD_WEIGHT * len(leads)
        weight += PUBLICATION_WEIGHT * len(published.get(day, ()))
        weight += NEXT_DAY_WEIGHT * len(published.get(day + timedelta(days=1), ()))
        scores.append((day, weight))
    return sorted(scores, key=lambda x: (-x[1], x[0]))
