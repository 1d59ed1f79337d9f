"""What a day's entry says: the sentences that tell what happened that day, without repeats.

Candidates are the sentences naming the day and the opening sentences of the articles published
that day or the next with no day of their own (DATEWISE's "PM" candidates). They are scored by
closeness to what the two kinds have in common (the day's centroid over the words both use),
preferring sentences that name the day, of a readable length and the shorter of two, that end
as sentences do (not headings, menus or a lead into a quotation), lines of a chronology ("April
28 - …", for their own day only), that state rather than quote or ask, that name the day as more than
the start of a later time ("depuis le 15 février"), that do not open on a pronoun for someone
named before ("Il annonce…"), written soon after the day rather than ahead of it (an
announcement) or long after (background), told by many articles (support);
an opening that other articles repeat weeks apart (a series' tagline) is no line of the day;
a sentence too close to one already chosen is merged into it as one more telling, and so is,
past the k chosen, a sentence naming the day (not only as such a start) close enough to one of
them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from storyline.timeline.sentences import Sent, terms

if TYPE_CHECKING:
    from scipy import sparse

MERGE_SIMILARITY = 0.45
# Two sentences naming the same day tell the same event in fewer shared words.
SAME_DAY_SIMILARITY = 0.2
LEAD_SENTENCES = 5  # opening sentences of an article that speak for its publication day
NAMED_BONUS = 1.2  # a sentence naming the day, against one only published near it
NEXT_DAY_LEAD = 0.8  # the opening of an article published the day after, against that day's
TODAY_FACTOR = 0.5  # and of one whose opening names its own publication day, not the day before
QUOTE_FACTOR = 0.7  # a sentence quoting someone: more often a reaction than the event
QUESTION_FACTOR = 0.5  # a question ("Qu'il n'y a pas eu des millions dans la rue ?"): no event stated
AHEAD_FACTOR = 0.7  # a sentence published before the day it names announces, not reports
LATE_FACTOR = 0.85  # a sentence published days after: more often background than the news
LATE_DAYS = 2
WORDS = (8, 45)  # a shorter sentence is a fragment, a longer one a run-on
MIN_WORDS = 3  # a shorter one ("-RRB-", "Oui .") tells nothing
SHAPE_FACTOR = 0.6
UNENDED_FACTOR = 0.5  # a line without a sentence's end: a heading, a menu, a lead into a quotation
ANAPHORIC_FACTOR = 0.8  # a sentence opening with "Il", "His", "Ce dernier": unreadable alone
SINCE_FACTOR = 0.5  # a sentence naming the day only as a start ("depuis le 15 février"): background
# Within that range, the shorter of two sentences saying as much is the better line: the score is
# multiplied by (words / LENGTH_UNIT) ** -LENGTH_POWER.
LENGTH_POWER = 0.3
LENGTH_UNIT = 20
CHRONICLE_BONUS = 3.0  # a chronology's line ("April 28 - …") states the day's event and only it
FOCUS_BONUS = 0.2
# An event many articles tell that day matters more: a candidate's support is the sum, over the
# other articles with a candidate at cosine >= SUPPORT_SIMILARITY of it, of the closest such
# cosine; its score is multiplied by (1 + SUPPORT_WEIGHT * support) ** SUPPORT_POWER.
SUPPORT_SIMILARITY = 0.15
SUPPORT_WEIGHT = 3.0
SUPPORT_POWER = 1.5
# An opening with no day of its own that other articles repeat weeks apart is a standing line (a
# series' tagline, a recap of the background), not the day's news: one close to it (cosine >=
# STANDING_SIMILARITY) in STANDING_ARTICLES articles published more than STANDING_DAYS away.
STANDING_SIMILARITY = 0.6
STANDING_ARTICLES = 2
STANDING_DAYS = 7


def leads_by_day(sents: Sequence[Sent]) -> dict[date, dict[int, float]]:
    """The opening sentences without a day of their own, filed under their publication day and
    the day before (a morning paper tells the day before), each with its weight there: the day
    before weighs NEXT_DAY_LEAD, and less when the opening names its publication day but not
    the day before ("ce lundi 6 janvier": that day's news), or names it first after its dateline
    ("a démenti mardi, au lendemain de la publication d'une lettre": Tuesday's news)."""
    opening: dict[str, set[date]] = defaultdict(set)
    first: dict[str, date] = {}  # the first day the opening names: the one it reports
    for s in sents:
        if s.index < LEAD_SENTENCES:
            opening[s.article].update(s.days)
            if s.told:
                first.setdefault(s.article, s.told)
    out: dict[date, dict[int, float]] = defaultdict(dict)
    for i, s in enumerate(sents):
        if s.published and s.index < LEAD_SENTENCES and not s.days:
            before = s.published - timedelta(days=1)
            today = first.get(s.article) == s.published or (
                s.published in opening[s.article] and before not in opening[s.article]
            )
            out[s.published][i] = 1.0
            out[before][i] = NEXT_DAY_LEAD * (TODAY_FACTOR if today else 1.0)
    return out


def summarise(
    day: date,
    named: list[int],
    lead_weights: dict[int, float],  # the openings filed under the day, with their weights there
    vectors: sparse.csr_matrix,
    sents: Sequence[Sent],
    focus: set[str],
    k: int,
    used: set[int],
) -> list[tuple[int, set[int]]]:
    """Up to ``k`` sentences for one day, each with the near-repeats merged into it."""

    def usable(i: int) -> bool:
        return i not in used and sents[i].words >= MIN_WORDS

    def tells(i: int) -> bool:  # a chronology's line tells its own day's event, not the others it names
        return not sents[i].chronicle or sents[i].days[0] == day

    named = [i for i in dict.fromkeys(named) if usable(i) and tells(i)]
    named_set = set(named)
    leads = [i for i in lead_weights if usable(i) and i not in named_set]
    pool = named + leads
    if not pool:
        return []
    centroid = _centroid(vectors, named, leads)
    central = vectors[pool] @ centroid
    scores = {}
    for pos, i in enumerate(pool):
        s = sents[i]
        score = float(central[pos])
        score *= NAMED_BONUS if i in named_set else lead_weights[i]
        score *= QUOTE_FACTOR if s.quotes else 1.0
        score *= QUESTION_FACTOR if s.asks else 1.0
        score *= 1.0 if WORDS[0] <= s.words <= WORDS[1] else SHAPE_FACTOR
        score *= 1.0 if s.ends else UNENDED_FACTOR
        score *= SINCE_FACTOR if day in s.since else 1.0
        score *= ANAPHORIC_FACTOR if s.anaphoric else 1.0
        if s.published and s.published < day:
            score *= AHEAD_FACTOR
        elif s.published and (s.published - day).days > LATE_DAYS:
            score *= LATE_FACTOR
        if focus:
            score += FOCUS_BONUS * len(focus & terms(s.text)) / len(focus)
        score *= (max(1, s.words) / LENGTH_UNIT) ** -LENGTH_POWER
        scores[i] = score * (CHRONICLE_BONUS if s.chronicle else 1.0)
    sims = (vectors[pool] @ vectors[pool].T).toarray()
    for i, sup in zip(pool, _support(sims, [sents[i].article for i in pool]), strict=True):
        scores[i] *= (1 + SUPPORT_WEIGHT * sup) ** SUPPORT_POWER
    order = sorted(range(len(pool)), key=lambda p: (-scores[pool[p]], pool[p]))
    chosen: list[tuple[int, list[int]]] = []  # (position of the head in pool, positions merged)
    for p in order:
        if pool[p] not in named_set and len(chosen) < k and _standing(pool[p], vectors, sents):
            continue
        heads = [h for h, _ in chosen]
        best = max(heads, key=lambda h: sims[p, h]) if heads else None
        if best is not None and sims[p, best] >= MERGE_SIMILARITY:
            next(g for h, g in chosen if h == best).append(p)
        elif len(chosen) < k:
            chosen.append((p, [p]))
        elif (
            pool[p] in named_set
            and best is not None
            and sims[p, best] >= SAME_DAY_SIMILARITY
            and day not in sents[pool[p]].since
        ):
            next(g for h, g in chosen if h == best).append(p)
    return [(pool[h], {pool[p] for p in group}) for h, group in chosen]


def _centroid(vectors: sparse.csr_matrix, named: list[int], leads: list[int]) -> np.ndarray:
    """The day's centroid, unit length: over the words both kinds of candidates use when there
    are both, else over all of them."""
    total = np.zeros(vectors.shape[1])
    if named and leads:
        a = np.asarray(vectors[named].mean(axis=0)).ravel()
        b = np.asarray(vectors[leads].mean(axis=0)).ravel()
        total = np.where((a > 0) & (b > 0), a + b, 0.0)
    if not total.any():
        total = np.asarray(vectors[named + leads].mean(axis=0)).ravel()
    norm = np.linalg.norm(total)
    return total / norm if norm else total


def _support(sims: np.ndarray, articles: list[str]) -> np.ndarray:
    """Per candidate, the sum over the other articles of its closest cosine to one of their
    candidates, counting only cosines of at least SUPPORT_SIMILARITY."""
    codes = {a: n for n, a in enumerate(dict.fromkeys(articles))}
    code = np.array([codes[a] for a in articles])
    close = np.where((sims >= SUPPORT_SIMILARITY) & (code[:, None] != code[None, :]), sims, 0.0)
    order = np.argsort(code, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(code[order]) != 0])
    per_article = np.maximum.reduceat(close[:, order], starts, axis=1)
    return per_article.sum(axis=1)


def _standing(i: int, vectors: sparse.csr_matrix, sents: Sequence[Sent]) -> bool:
    """Whether other articles, published weeks from this sentence's, repeat it (STANDING_*)."""
    published = sents[i].published
    if published is None:
        return False
    sims = (vectors @ vectors[i].T).toarray().ravel()
    far = {
        sents[j].article
        for j in np.flatnonzero(sims >= STANDING_SIMILARITY).tolist()
        if sents[j].article != sents[i].article
        and sents[j].published
        and abs((sents[j].published - published).days) > STANDING_DAYS
    }
    return len(far) >= STANDING_ARTICLES
