"""Stories in different languages about the same events, linked (never merged).

Two stories are related when their most frequent names agree once spelling is set aside —
"Moubarak" and "Mubarak", "Kadhafi" and "Gaddafi", "Égypte" and "Egypt" share a consonant
skeleton — and their date spans overlap. The link keeps the name pairs as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import timedelta

from storyline.corpus.names import skeleton as name_key
from storyline.model import StoryLink, StorySummary

MIN_SHARED = 2
MIN_SCORE = 0.3
GRACE = timedelta(days=30)
NAMES_COMPARED = 10


def story_keys(names: Sequence[str]) -> dict[str, str]:
    """A story's name keys (from its ``NAMES_COMPARED`` most frequent names), each with the
    first name that gave it."""
    named: dict[str, str] = {}
    for name in names[:NAMES_COMPARED]:
        k = name_key(name)
        if len(k) >= 2:
            named.setdefault(k, name)
    return named


def related_stories(
    stories: Sequence[StorySummary], touching: Collection[int] | None = None
) -> list[StoryLink]:
    """Links between stories of different languages whose leading names and dates agree; with
    ``touching``, only the links of those stories (the others' links are unchanged)."""
    keys: dict[int, dict[str, str]] = {}
    index: dict[str, set[int]] = defaultdict(set)
    for story in stories:
        keys[story.id] = story_keys(story.names)
        for k in keys[story.id]:
            index[k].add(story.id)
    by_id = {x.id: x for x in stories}
    links = []
    for story in stories if touching is None else [x for x in stories if x.id in touching]:
        candidates: dict[int, int] = defaultdict(int)
        for k in keys[story.id]:
            for other in index[k]:
                # each pair once: from its first story, or from its only story among ``touching``
                first = other > story.id or (touching is not None and other not in touching)
                if first and by_id[other].lang != story.lang:
                    candidates[other] += 1
        for other_id, shared in candidates.items():
            a, b = sorted((story, by_id[other_id]), key=lambda x: x.id)
            score = shared / min(len(keys[a.id]), len(keys[b.id]))
            if shared >= MIN_SHARED and score >= MIN_SCORE and _overlap(a, b):
                pairs = tuple(f"{keys[a.id][k]} ~ {keys[b.id][k]}" for k in keys[a.id] if k in keys[b.id])
                links.append(StoryLink(a.id, b.id, round(score, 3), pairs))
    return links


def _overlap(a: StorySummary, b: StorySummary) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start - GRACE <= b.end and b.start - GRACE <= a.end
