"""Timeline construction: which dates matter, and which sentences tell what happened then.

1. Every sentence whose time expression resolves to a day refers to that day. A date's
   weight is the number of distinct articles referring to it, plus a little for the
   articles published that day (DATEWISE-style date ranking, Ghalandari & Ifrim 2020).
2. For each of the top dates, the sentences referring to it are ranked by closeness to
   what they have in common (TF-IDF centroid) and by the focus words; a sentence that
   says again what a chosen one says is merged into it as one more source instead of
   being listed twice.
3. Each chosen sentence then gathers the sentences of other articles that tell the same
   event with a vaguer date ("début janvier", "vendredi" in an undated article) or none,
   when they are close enough in wording and their dates are compatible.

Wire copies (articles linked as duplicates) count once: they are left out of the ranking,
and their identical sentences are added as sources of the original's.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.dating.timex_calendar import day_of
from storyline.model import AnnotatedArticle, SourceSentence, TimelineEntry, TimelineSentence

_CALENDAR = re.compile(r"^[\dX]{4}(-[\dX]{2}){0,2}$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)")
_DATELINE_DASH = re.compile(r"\)\s*[-–—]\s*")
MERGE_SIMILARITY = 0.45
EVENT_SIMILARITY = 0.5
# Two tellings of one event in other words still name the same people and places: with two
# shared names, one of them a person's, a weaker wording match suffices, if the sentence's own
# date context fits.
ENTITY_EVENT_SIMILARITY = 0.15
SHARED_NAMES = 2
RECENT = timedelta(days=30)
PERSON = "PER"
NAME_LABELS = {"PER", "ORG", "LOC", "GPE", "PERSON", "NORP", "FAC"}  # not MISC: titles, events, works
PUBLICATION_WEIGHT = 0.25


@dataclass(frozen=True)
class TimelineParams:
    dates: int | None = None  # None: chosen from the size of the corpus
    sentences: int = 2
    query: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass
class _Sent:
    article: str
    start: int
    end: int
    text: str
    days: tuple[date, ...]  # the days its time expressions resolve to
    values: tuple[str, ...]  # all its DATE values, for compatibility tests
    published: date | None
    names: frozenset[tuple[str, str]]  # (name, label) of the entities it mentions, case- and accent-folded
    context: tuple[str, ...]  # its DATE values, else those of the sentence before it


def default_dates(n_articles: int) -> int:
    """How many dates a timeline of ``n_articles`` shows when the user does not say."""
    return max(5, min(40, int(3 * math.sqrt(max(1, n_articles)))))


def build_timeline(
    annotated: Sequence[AnnotatedArticle],
    params: TimelineParams = TimelineParams(),
    duplicate_of: dict[str, str] | None = None,
) -> list[TimelineEntry]:
    """Dated entries, in date order, each sentence with its article and character span."""
    duplicate_of = duplicate_of or {}
    originals = [a for a in annotated if a.article.id not in duplicate_of]
    focus = _terms(params.query) if params.query else set()
    if focus:
        originals = [a for a in originals if focus & _terms(a.article.text)]
    sents = [s for a in originals for s in _sentences(a)]
    if not sents:
        return []
    vectors = _vectorize([s.text for s in sents])
    by_day = _references(sents, params)
    ranked = _rank_days(by_day, sents, originals)
    limit = params.dates if params.dates is not None else default_dates(len(originals))
    copies = _copies_by_original(annotated, duplicate_of)
    entries: list[TimelineEntry] = []
    used: set[int] = set()
    for day, score in ranked[:limit]:
        chosen = _summarise(by_day[day], vectors, sents, focus, params.sentences, used)
        lines = []
        for head, members in chosen:
            members = members | _same_event(head, day, vectors, sents, used)
            used |= members
            sources = _with_copies([sents[i] for i in sorted(members, key=lambda i: (i != head, i))], copies)
            lines.append(TimelineSentence(sents[head].text, tuple(sources), round(float(score), 3)))
        if lines:
            n_articles = len({src.article for line in lines for src in line.sources})
            entries.append(TimelineEntry(day, tuple(lines), n_articles, round(float(score), 3)))
    return sorted(entries, key=lambda e: e.date)


def _sentences(item: AnnotatedArticle) -> list[_Sent]:
    art = item.article
    pub = art.published.value if art.published.granularity == "day" else None
    out: list[_Sent] = []
    for sent in item.sentences:
        inside = [t for t in item.timexes if t.type == "DATE" and sent.start <= t.start and t.end <= sent.end]
        days = tuple(d for d in (day_of(t.value) for t in inside) if d is not None)
        values = tuple(t.value for t in inside)
        names = frozenset(
            (" ".join(sorted(_terms(m.text))), m.label)
            for m in item.mentions
            if m.label in NAME_LABELS and sent.start <= m.start and m.end <= sent.end and _terms(m.text)
        )
        context = values or (out[-1].values if out else ())
        out.append(
            _Sent(
                art.id,
                sent.start,
                sent.end,
                art.text[sent.start : sent.end],
                days,
                values,
                pub,
                names,
                context,
            )
        )
    return out


def _references(sents: Sequence[_Sent], params: TimelineParams) -> dict[date, list[int]]:
    by_day: dict[date, list[int]] = defaultdict(list)
    for i, sent in enumerate(sents):
        for day in set(sent.days):
            if (params.start and day < params.start) or (params.end and day > params.end):
                continue
            if sent.published and day > sent.published and len(sent.text) < 40:
                continue  # a short announcement of a future date is rarely an event
            by_day[day].append(i)
    return by_day


def _rank_days(
    by_day: dict[date, list[int]], sents: Sequence[_Sent], articles: Sequence[AnnotatedArticle]
) -> list[tuple[date, float]]:
    published: dict[date, int] = defaultdict(int)
    for a in articles:
        if a.article.published.granularity == "day" and a.article.published.value:
            published[a.article.published.value] += 1
    scores = []
    for day, members in by_day.items():
        n_refs = len({sents[i].article for i in members})
        scores.append((day, n_refs + PUBLICATION_WEIGHT * published.get(day, 0)))
    return sorted(scores, key=lambda x: (-x[1], x[0]))


def _summarise(
    members: list[int], vectors, sents: Sequence[_Sent], focus: set[str], k: int, used: set[int]
) -> list[tuple[int, set[int]]]:
    """Up to ``k`` sentences for one date, each with the near-repeats merged into it."""
    pool = [i for i in members if i not in used]
    if not pool:
        return []
    sub = vectors[pool]
    centroid = np.asarray(sub.mean(axis=0))
    central = (sub @ centroid.T).ravel()
    scores = {}
    for pos, i in enumerate(pool):
        words = _terms(sents[i].text)
        bonus = 0.2 * len(focus & words) / max(1, len(focus)) if focus else 0.0
        length = len(words)
        shape = 1.0 if 8 <= length <= 45 else 0.6  # fragments and run-ons read badly
        scores[i] = (float(central[pos]) + bonus) * shape
    chosen: list[tuple[int, set[int]]] = []
    for i in sorted(pool, key=lambda j: (-scores[j], j)):
        merged_into = None
        for head, group in chosen:
            if _cosine(vectors, i, head) >= MERGE_SIMILARITY:
                merged_into = group
                break
        if merged_into is not None:
            merged_into.add(i)
        elif len(chosen) < k:
            chosen.append((i, {i}))
    return chosen


def _same_event(head: int, day: date, vectors, sents: Sequence[_Sent], used: set[int]) -> set[int]:
    """Sentences of other articles telling the same event with a compatible (or no) date."""
    sims = (vectors @ vectors[head].T).toarray().ravel()
    out = set()
    for j in np.flatnonzero(sims >= min(EVENT_SIMILARITY, ENTITY_EVENT_SIMILARITY)):
        j = int(j)
        other = sents[j]
        if j == head or j in used or other.article == sents[head].article or not _compatible(other, day):
            continue
        shared = other.names & sents[head].names
        if sims[j] >= EVENT_SIMILARITY or (
            len(shared) >= SHARED_NAMES
            and any(label in (PERSON, "PERSON") for _, label in shared)
            and _dated_near(other, day)
        ):
            out.add(j)
    return out


def _dated_near(sent: _Sent, day: date) -> bool:
    """Whether the sentence's own context dates it to ``day``: a date expression that fits, or
    a publication shortly after."""
    informative = [v for v in sent.context if _CALENDAR.match(v) or _WEEKDAY.match(v)]
    if informative:
        return all(_value_matches(v, day) for v in informative)
    return sent.published is not None and day <= sent.published <= day + RECENT


def _compatible(sent: _Sent, day: date) -> bool:
    """Whether nothing in the sentence's date context (or its publication) rules ``day`` out."""
    if sent.published and sent.published < day:
        return False
    return all(_value_matches(v, day) for v in sent.context)


def _value_matches(value: str, day: date) -> bool:
    """Whether a TIMEX3 value (maybe with X for unknown digits) can denote ``day``."""
    weekday = _WEEKDAY.match(value)
    if weekday:
        return int(weekday[1]) == day.isoweekday()
    if not _CALENDAR.match(value):
        return True  # references, weeks, seasons: not evidence against
    full = day.isoformat()
    return all(a == "X" or a == b for a, b in zip(value, full, strict=False))


def _copies_by_original(
    annotated: Sequence[AnnotatedArticle], duplicate_of: dict[str, str]
) -> dict[str, list[AnnotatedArticle]]:
    out: dict[str, list[AnnotatedArticle]] = defaultdict(list)
    for a in annotated:
        if a.article.id in duplicate_of:
            out[duplicate_of[a.article.id]].append(a)
    return out


def _with_copies(sources: list[_Sent], copies: dict[str, list[AnnotatedArticle]]) -> list[SourceSentence]:
    out = []
    for s in sources:
        out.append(SourceSentence(s.article, s.start, s.end, s.text))
        for copy in copies.get(s.article, ()):
            found = _find_in_copy(copy.article.text, s.text)
            if found is not None:
                start, end = found
                out.append(SourceSentence(copy.article.id, start, end, copy.article.text[start:end]))
    return out


def _find_in_copy(text: str, sentence: str) -> tuple[int, int] | None:
    """Where a copy repeats ``sentence``: verbatim, or after a dateline of its own
    ("CASTELMAR, 7 février (ACP) -" where the original had "Castelmar (ACP) –")."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    dash = _DATELINE_DASH.search(sentence[:80])
    if dash:
        rest = sentence[dash.end() :]
        at = text.find(rest)
        if at >= 0 and len(rest) >= 40:
            return at, at + len(rest)
    return None


def _vectorize(texts: list[str]):
    vectorizer = TfidfVectorizer(
        strip_accents="unicode",
        lowercase=True,
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w\w+\b",
        max_df=0.6 if len(texts) > 20 else 1.0,
    )
    return vectorizer.fit_transform(texts)


def _cosine(vectors, i: int, j: int) -> float:
    return float((vectors[i] @ vectors[j].T).toarray()[0, 0])


def _terms(text: str | None) -> set[str]:
    if not text:
        return set()
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return {w for w in re.findall(r"\w{3,}", folded)}
