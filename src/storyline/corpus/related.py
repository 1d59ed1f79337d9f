"""Stories in different languages about the same events, linked (never merged).

Two stories are related when their most frequent names agree once spelling is set aside —
"Moubarak" and "Mubarak", "Kadhafi" and "Gaddafi", "Égypte" and "Egypt" share a consonant
skeleton — and their date spans overlap. The link keeps the name pairs as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from storyline.corpus.names import skeleton as name_key
from storyline.model import StoryLink, StorySummary

MIN_SHARED = 2
MIN_SCORE = 0.3
GRACE = timedelta(days=30)
NAMES_COMPARED = 10


def related_stories(stories: Sequence[StorySummary]) -> list[StoryLink]:
    """Links between stories of different languages whose leading names and dates agree."""
    keys: dict[int, dict[str, str]] = {}
    index: dict[str, set[int]] = defaultdict(set)
    for story in stories:
        named = {}
        for name in story.names[:NAMES_COMPARED]:
            k = name_key(name)
            if len(k) >= 2:
                named.setdefault(k, name)
        keys[story.id] = named
        for k in named:
            index[k].add(story.id)
    by_id = {x.id: x for x in stories}
    links = []
    for story in stories:
        candidates: dict[int, int] = defaultdict(int)
        for k in keys[story.id]:
            for other in index[k]:
                if other > story.id and by_id[other].lang != story.lang:
                    candidates[other] += 1
        for other_id, shared in candidates.items():
            other = by_id[other_id]
            score = shared / min(len(keys[story.id]), len(keys[other_id]))
            if shared >= MIN_SHARED and score >= MIN_SCORE and _overlap(story, other):
                pairs = tuple(
                    f"{keys[story.id][k]} ~ {keys[other_id][k]}"
                    for k in keys[story.id]
                    if k in keys[other_id]
                )
                links.append(StoryLink(story.id, other_id, round(score, 3), pairs))
    return links


def _overlap(a: StorySummary, b: StorySummary) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start - GRACE <= b.end and b.start - GRACE <= a.end
