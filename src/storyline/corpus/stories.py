"""Story clustering: each article joins the story it matches best, or opens a new one.

Single-pass clustering as in topic detection and tracking, made incremental and
sub-quadratic:

* an article is a TF-IDF vector of its terms (words and names, ``corpus.terms``), cut to its
  ``ARTICLE_TERMS`` strongest; document frequencies grow with the corpus, per language;
* a story is the sum of its articles' vectors (its centroid), cut to ``CENTROID_TERMS``;
* an inverted index over each story's ``INDEX_TERMS`` strongest terms proposes candidate
  stories, so an article is compared with a handful of stories, never with all articles;
* the score is the cosine with the candidate's centroid, lowered when the article falls far
  outside the story's date span; the best candidate at ``JOIN`` or above wins;
* after a batch, stories that came to resemble each other (centroid cosine at ``MERGE``)
  are merged, the smaller into the larger.

A story has one language: candidates come from the article's language only. Near-copies
join their original's story without a vote of their own. The clusterer holds its state in
memory; the store saves what ``take_dirty`` reports. Given a ``StorySource`` (the store), it
holds only what its batches touch: the index entries of the terms it looks up (story ids), the
candidate stories those elect and the document frequencies of its articles' terms, read when
first needed; ``trim`` lets go of them between batches, so a build's memory and reads follow its
batches, not the corpus.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Protocol

import numpy as np

from storyline.corpus.terms import (
    NAME_PREFIX,
    article_terms,
    capitalised_names,
    name_term,
    stopwords,
    word_spellings,
)
from storyline.gcpause import gc_paused
from storyline.model import AnnotatedArticle

ARTICLE_TERMS = 200
CENTROID_TERMS = 600
INDEX_TERMS = 40
QUERY_TERMS = 200
MAX_CANDIDATES = 10
CANDIDATE_FLOOR = 0.1  # candidates whose index vote is below this share of the best one are skipped
REINDEX_EVERY = 8
JOIN = 0.06
MERGE = 0.25
MERGE_SMALL = 0.10
SPAN_GRANULARITIES = ("day", "month")  # dates that place a story in time; a year is too wide
SMALL_STORY = 20
NAME_WEIGHT = 2.0
TIME_GRACE_DAYS = 30
TIME_HALF_LIFE_DAYS = 90
TIME_FLOOR = 0.2
LABEL_NAMES_KEPT = 50
LABEL_SPELLINGS_KEPT = 60  # the strongest words whose written form a story keeps (its label shows it)
CENTROID_DIGITS = 5  # a stored centroid's precision
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "NORP", "FAC", "EVENT", "MISC"})


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What clustering needs of an article."""

    id: str
    lang: str
    day: date | None  # its publication day (a month's first; none for a year): the story's span grows by it
    terms: Counter[str]
    names: Counter[str] = field(default_factory=Counter)  # surface forms, for the label
    duplicate_of: str | None = None
    period: tuple[date, date] | None = None  # dated only to the month or year: its first and last day
    spellings: dict[str, tuple[str, int]] = field(default_factory=dict)  # word → its form, how often

    @property
    def when(self) -> tuple[date, date] | None:
        """The days the article may be from."""
        if self.period is not None:
            return self.period
        return None if self.day is None else (self.day, self.day)


def story_doc(item: AnnotatedArticle, duplicate_of: str | None = None, ner: bool = True) -> StoryDoc:
    """The clustering input of an annotated article (``ner``: its mentions come from a model)."""
    art = item.article
    if ner:
        names = [m.text for m in item.mentions if m.label in NAME_LABELS]
    else:
        names = capitalised_names(art.text, stopwords(art.lang))
    pub = art.published
    day = pub.value if pub.granularity in SPAN_GRANULARITIES else None  # what the story's span takes
    period = pub.period if pub.granularity in ("month", "year") else None  # compared as a whole
    terms = article_terms(art.text, art.lang, names)
    spellings = word_spellings(art.text, terms.keys())
    return StoryDoc(art.id, art.lang, day, terms, Counter(names), duplicate_of, period, spellings)


@dataclass
class Story:
    """A story's running state: its centroid, members and date span."""

    id: int
    lang: str
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    start: date | None = None
    end: date | None = None
    norm2: float = 0.0
    names: Counter[str] = field(default_factory=Counter)
    index_terms: tuple[str, ...] = ()  # the terms it is filed under in the index, as last filed
    # of its centroid's words: the form its articles write most (a running majority vote) and its lead
    spellings: dict[str, tuple[str, int]] = field(default_factory=dict)

    def settle(self) -> None:
        """Round the centroid to the precision it is stored at (``CENTROID_DIGITS``) and order the
        names as they are stored (by count, ties in the order first met), so that a story read
        back from the store is the story that was held."""
        self.centroid = {t: round(w, CENTROID_DIGITS) for t, w in self.centroid.items()}
        self.norm2 = sum(w * w for w in self.centroid.values())
        self.names = Counter(dict(self.names.most_common()))
        self.spellings = self.kept_spellings()

    def kept_spellings(self) -> dict[str, tuple[str, int]]:
        """The spellings of its ``LABEL_SPELLINGS_KEPT`` strongest terms: what the store keeps."""
        return {t: self.spellings[t] for t in self.top_terms(LABEL_SPELLINGS_KEPT) if t in self.spellings}

    def add_spellings(self, spellings: dict[str, tuple[str, int]]) -> None:
        """Count the forms of its words in a running majority vote (Boyer–Moore): the form kept
        is the one most of its articles write whenever one form has most of the writings."""
        for term, (form, n) in spellings.items():
            if term not in self.centroid:
                continue
            kept, lead = self.spellings.get(term, (form, 0))
            lead += n if kept == form else -n
            self.spellings[term] = (kept, lead) if lead >= 0 else (form, -lead)

    def add_vector(self, vec: dict[str, float], day: date | None) -> None:
        c = self.centroid
        for term, w in vec.items():
            old = c.get(term, 0.0)
            c[term] = old + w
            self.norm2 += 2 * old * w + w * w
        self.size += 1
        if len(c) > 2 * CENTROID_TERMS:
            self.truncate()
        self.extend_span(day)

    def add_names(self, names: Counter[str]) -> None:
        self.names.update(names)
        if len(self.names) > 2 * LABEL_NAMES_KEPT:
            self.names = Counter(dict(self.names.most_common(LABEL_NAMES_KEPT)))

    def extend_span(self, day: date | None) -> None:
        if day is not None:
            self.start = day if self.start is None else min(self.start, day)
            self.end = day if self.end is None else max(self.end, day)

    def truncate(self) -> None:
        top = heapq.nlargest(CENTROID_TERMS, self.centroid.items(), key=itemgetter(1))
        self.centroid = dict(top)
        self.norm2 = sum(w * w for _, w in top)
        self.spellings = {t: f for t, f in self.spellings.items() if t in self.centroid}

    def label(self, n_names: int = 3, n_words: int = 3) -> str:
        """Its most distinctive names, then its strongest words that are not part of them.

        Names rank by their weight in the centroid (frequent in the story, rare elsewhere),
        each shown in its most frequent spelling; words are shown with the accents their
        articles write them with.
        """
        spelling: dict[str, str] = {}
        stop = stopwords(self.lang)
        for name, _ in self.names.most_common():
            spelling.setdefault(NAME_PREFIX + name_term(name, stop), name)
        ranked = sorted(spelling, key=lambda key: -self.centroid.get(key, 0.0))
        names = _distinct_names([spelling[key] for key in ranked if self.centroid.get(key, 0.0) > 0], n_names)
        in_names = {w for name in names for w in name_term(name).split()}
        words = [
            self.spellings.get(t, (t, 0))[0]
            for t in self.top_terms(n_words + len(in_names) + 8)
            if not t.startswith(NAME_PREFIX) and t not in in_names
        ][:n_words]
        return " · ".join(names) + (" — " if names and words else "") + ", ".join(words)

    def top_terms(self, n: int) -> list[str]:
        return [t for t, _ in heapq.nlargest(n, self.centroid.items(), key=itemgetter(1))]

    def cosine(self, vec: dict[str, float]) -> float:
        if self.norm2 <= 0:
            return 0.0
        c = self.centroid
        common = vec.keys() & c.keys()  # a set operation in C; the products only where both have weight
        return sum([vec[t] * c[t] for t in common]) / math.sqrt(self.norm2)


FULL_NAME_WORDS = 3


def _distinct_names(names: list[str], n: int) -> list[str]:
    """The first ``n`` names that are not a part of another ("Clooney", "George Clooney"), each
    where the first of its forms ranks; the fuller form of a person's name replaces the shorter
    ("Hosni Moubarak" for "Moubarak"), not a place's description ("aéroport de Castelmar")."""
    chosen: list[tuple[list[str], str]] = []
    for name in names:
        words = name_term(name).split()
        same = next(
            (
                i
                for i, (other, _) in enumerate(chosen)
                if set(words) <= set(other) or set(other) <= set(words)
            ),
            None,
        )
        if same is None:
            if len(chosen) < n:
                chosen.append((words, name))
        elif _fuller(name, words, chosen[same][0]):
            chosen[same] = (words, name)
    return [name for _, name in chosen]


def _fuller(name: str, words: list[str], shorter: list[str]) -> bool:
    """Whether ``name`` is ``shorter`` with given names before it: at most FULL_NAME_WORDS words,
    each capitalised."""
    return (
        len(shorter) < len(words) <= FULL_NAME_WORDS
        and words[-len(shorter) :] == shorter
        and all(w[:1].isupper() for w in name.split())
    )


@dataclass(frozen=True, slots=True)
class Assignment:
    """An article placed in a story, with the score that placed it (1.0 for a story it opened)."""

    article: str
    story: int
    score: float
    reason: str  # "opened", "joined", "copy"


class StorySource(Protocol):
    """Stored stories and document frequencies, read on demand (implemented by the store)."""

    def filed(self, lang: str, terms: Collection[str]) -> dict[str, set[int]]:
        """The stored stories filed under each of ``terms`` (those whose ``INDEX_TERMS``
        strongest terms include it); terms with none may be left out."""
        ...

    def load(self, ids: Collection[int]) -> list[Story]: ...

    def df(self, lang: str, terms: Collection[str]) -> dict[str, int]:
        """The stored document frequencies of ``terms`` (absent: never seen)."""
        ...


class Clusterer:
    """Incremental story clustering; feed it batches of ``StoryDoc`` in date order."""

    def __init__(self, source: StorySource | None = None) -> None:
        self.source = source
        self.stories: dict[int, Story] = {}
        self.df: dict[str, Counter[str]] = defaultdict(Counter)
        self.ndocs: Counter[str] = Counter()
        self.members: dict[str, int] = {}  # article id -> story id at assignment (see ``story_of``)
        self.merged: dict[int, int] = {}  # story id -> the story it was merged into
        self.dirty: set[int] = set()  # stories changed since the last ``take_dirty``
        self._index: dict[tuple[str, str], set[int]] = defaultdict(set)
        self._merges_taken = 0  # how many of ``merged`` the last ``take_dirty`` reported
        self.next_id = 1
        # With a source: the stored filing of the terms looked up (story ids only; for the
        # stories not held), the terms whose document frequency is held, and when each held
        # story was last used (in batches).
        self._filed: dict[str, dict[str, set[int]]] = defaultdict(dict)
        self._df_held: dict[str, set[str]] = defaultdict(set)
        self._used: dict[int, int] = {}
        self._lost: set[int] = set()  # filed in the store without a live story (an inconsistent store)
        self._batch = 0

    def restore(self, story: Story) -> None:
        """Take back a story saved by an earlier run (under the terms it was filed under, if any:
        a story read back is indexed as it was held)."""
        self.stories[story.id] = story
        self.next_id = max(self.next_id, story.id + 1)
        if story.index_terms:
            for term in story.index_terms:
                self._index[(story.lang, term)].add(story.id)
        else:
            self._reindex(story)

    # --- the work -------------------------------------------------------------------------

    def add(self, docs: Sequence[StoryDoc]) -> list[Assignment]:
        """Place ``docs`` (new articles) in stories; returns their assignments, merges applied."""
        with gc_paused():  # millions of small dicts and floats, no reference cycles
            return self._add(docs)

    def _add(self, docs: Sequence[StoryDoc]) -> list[Assignment]:
        self._batch += 1
        voting = [doc for doc in docs if doc.duplicate_of is None]
        if self.source is not None:
            self._read_df(docs)  # a copy whose original has no story votes as an article
        for doc in voting:
            self.ndocs[doc.lang] += 1
            self.df[doc.lang].update(doc.terms.keys())
        vectors = {doc.id: self.vector(doc) for doc in voting}  # frequencies are final for the batch
        if self.source is not None:
            self._prefetch(voting, vectors)
        ordered = sorted(docs, key=lambda d: (d.when is None, d.when[0] if d.when else date.min))
        out: dict[str, Assignment] = {}
        touched: set[int] = set()
        for doc in ordered:
            original = self.story_of(doc.duplicate_of) if doc.duplicate_of else None
            if original is not None:
                story = self._held(original)
                story.size += 1
                story.extend_span(doc.day)
                self.members[doc.id] = story.id
                self.dirty.add(story.id)
                out[doc.id] = Assignment(doc.id, story.id, 1.0, "copy")
                continue
            vec = vectors[doc.id] if doc.id in vectors else self.vector(doc)
            best, score = self._best_story(doc, vec)
            if best is None:
                best = self._open(doc.lang)
                score, reason = 1.0, "opened"
            else:
                reason = "joined"
            best.add_vector(vec, doc.day)
            best.add_names(doc.names)
            best.add_spellings(doc.spellings)
            if best.size < REINDEX_EVERY or best.size % REINDEX_EVERY == 0:  # top terms move slowly
                self._reindex(best)
            self.members[doc.id] = best.id
            self._used[best.id] = self._batch
            touched.add(best.id)
            out[doc.id] = Assignment(doc.id, best.id, round(score, 4), reason)
        self.dirty |= touched
        self._merge_similar(touched)
        return [Assignment(a.article, self.resolve(a.story), a.score, a.reason) for a in out.values()]

    def vector(self, doc: StoryDoc) -> dict[str, float]:
        """The article's TF-IDF vector, cut to its strongest terms and L2-normalised."""
        terms = list(doc.terms)
        if not terms:
            return {}
        get = self.df[doc.lang].get
        tf = np.array(list(doc.terms.values()), dtype=np.float64)
        df = np.array([get(t, 0) for t in terms], dtype=np.float64)
        weights = (1.0 + np.log(tf)) * (math.log(self.ndocs[doc.lang] + 1) + 1.0 - np.log1p(df))
        names = [i for i, t in enumerate(terms) if t.startswith(NAME_PREFIX)]
        weights[names] *= NAME_WEIGHT
        keep = None
        if len(terms) > ARTICLE_TERMS:
            keep = np.argpartition(-weights, ARTICLE_TERMS)[:ARTICLE_TERMS]
        top = weights if keep is None else weights[keep]
        norm = math.sqrt(float(top @ top)) or 1.0
        chosen = range(len(terms)) if keep is None else keep.tolist()
        return {terms[i]: w for i, w in zip(chosen, (top / norm).tolist(), strict=True)}

    def trim(self, keep: int) -> None:
        """Let go of the stories and frequencies read from the source, keeping the ``keep``
        stories used last; only saved state is let go (call after saving ``take_dirty``)."""
        if self.source is None:
            return
        if self.dirty:
            raise RuntimeError("trim() before the changed stories were taken and saved")
        if len(self.stories) > keep:
            recent = sorted(self.stories, key=lambda sid: self._used.get(sid, 0), reverse=True)
            for sid in recent[keep:]:
                self._unindex(self.stories.pop(sid))
                self._used.pop(sid, None)
        self._filed.clear()  # the saved stories are filed anew
        self.df.clear()
        self._df_held.clear()
        self.members.clear()  # saved: the store answers for earlier articles

    def take_dirty(self) -> tuple[list[Story], dict[int, int]]:
        """The stories changed since the last call, settled to their stored precision, and the
        merges made since (gone id → the story it now lives in)."""
        changed = [self.stories[sid] for sid in sorted(self.dirty) if sid in self.stories]
        for story in changed:
            story.settle()
        self.dirty = set()
        merges = {gone: self.resolve(gone) for gone in list(self.merged)[self._merges_taken :]}
        self._merges_taken = len(self.merged)
        return changed, merges

    def story_of(self, article_id: str) -> int | None:
        sid = self.members.get(article_id)
        return None if sid is None else self.resolve(sid)

    def resolve(self, story_id: int) -> int:
        while story_id in self.merged:
            story_id = self.merged[story_id]
        return story_id

    # --- internals ------------------------------------------------------------------------

    def _open(self, lang: str) -> Story:
        story = Story(self.next_id, lang)
        self.next_id += 1
        self.stories[story.id] = story
        return story

    def _held(self, story_id: int) -> Story:
        """A live story, read from the source if it is not held."""
        if story_id not in self.stories and self.source is not None:
            for story in self.source.load([story_id]):
                self.restore(story)
        self._used[story_id] = self._batch
        return self.stories[story_id]

    def _read_df(self, docs: Sequence[StoryDoc]) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for doc in docs:
            wanted[doc.lang].update(doc.terms)
        assert self.source is not None
        for lang, terms in wanted.items():
            missing = terms - self._df_held[lang]
            if missing:
                self.df[lang].update(self.source.df(lang, missing))
                self._df_held[lang] |= missing

    def _prefetch(self, docs: Sequence[StoryDoc], vectors: dict[str, dict[str, float]]) -> None:
        """Read at once how the stored stories are filed under the batch's terms."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for doc in docs:
            wanted[doc.lang].update(vectors[doc.id])
        for lang, terms in wanted.items():
            self._fetch(lang, terms)

    def _fetch(self, lang: str, terms: Iterable[str]) -> dict[str, set[int]]:
        """The stored filing of ``lang``'s terms, read for those not read yet."""
        filed = self._filed[lang]
        missing = [t for t in terms if t not in filed]
        if missing and self.source is not None:
            found = self.source.filed(lang, missing)
            for term in missing:
                filed[term] = found.get(term, set())
        return filed

    def _candidates(self, lang: str, vec: dict[str, float], exclude: int | None = None) -> list[Story]:
        """The stories sharing the most weight of ``vec``'s strongest terms in the index: the held
        stories as they now stand, the others as the store filed them (read only if chosen)."""
        terms = _query_terms(vec)
        stored = self._fetch(lang, [t for t, _ in terms]) if self.source is not None else {}
        while True:
            chosen = self._elect(lang, terms, stored, exclude)
            missing = [sid for sid in chosen if sid not in self.stories]
            if not missing or self.source is None:
                break
            for story in self.source.load(missing):
                self.restore(story)
            lost = {sid for sid in missing if sid not in self.stories}
            if not lost:
                break
            self._lost |= lost  # filed, but no live story: never a candidate again; elect anew
        for sid in chosen:
            self._used[sid] = self._batch
        return [self.stories[sid] for sid in chosen]

    def _elect(
        self, lang: str, terms: list[tuple[str, float]], stored: dict[str, set[int]], exclude: int | None
    ) -> list[int]:
        votes: Counter[int] = Counter()
        for term, w in terms:
            for sid in self._index.get((lang, term), ()):
                votes[sid] += w
            for sid in stored.get(term, ()):
                if sid not in self.stories and sid not in self.merged and sid not in self._lost:
                    votes[sid] += w
        votes.pop(exclude, None)
        # Ties go to the older story, whatever order the index was filled in.
        ranked = heapq.nlargest(MAX_CANDIDATES, votes.items(), key=lambda x: (x[1], -x[0]))
        floor = ranked[0][1] * CANDIDATE_FLOOR if ranked else 0.0
        return [sid for sid, vote in ranked if vote >= floor]

    def _best_story(self, doc: StoryDoc, vec: dict[str, float]) -> tuple[Story | None, float]:
        best: tuple[Story | None, float] = (None, 0.0)
        for story in self._candidates(doc.lang, vec):
            score = story.cosine(vec) * period_factor(doc.when, story.start, story.end)
            if score >= JOIN and score > best[1]:
                best = (story, score)
        return best

    def _reindex(self, story: Story) -> None:
        new = tuple(story.top_terms(INDEX_TERMS))
        old = story.index_terms
        if new == old:
            return
        for term in set(old) - set(new):
            self._index[(story.lang, term)].discard(story.id)
        for term in set(new) - set(old):
            self._index[(story.lang, term)].add(story.id)
        story.index_terms = new

    def _unindex(self, story: Story) -> None:
        for term in story.index_terms:
            self._index[(story.lang, term)].discard(story.id)

    def _merge_similar(self, touched: Iterable[int]) -> None:
        queue = sorted(touched)
        while queue:
            sid = queue.pop()
            story = self.stories.get(sid)
            if story is None or story.norm2 <= 0:
                continue
            norm = math.sqrt(story.norm2)
            unit = {t: w / norm for t, w in story.centroid.items()}
            for other in self._candidates(story.lang, unit, exclude=sid):
                bar = MERGE_SMALL if min(story.size, other.size) < SMALL_STORY else MERGE
                if other.cosine(unit) * time_factor_span(story, other) >= bar:
                    keep, gone = (other, story) if other.size >= story.size else (story, other)
                    self._absorb(keep, gone)
                    queue.append(keep.id)
                    break

    def _absorb(self, keep: Story, gone: Story) -> None:
        for term, w in gone.centroid.items():
            keep.centroid[term] = keep.centroid.get(term, 0.0) + w
        keep.size += gone.size
        keep.truncate()
        keep.add_names(gone.names)
        keep.add_spellings(gone.spellings)
        keep.extend_span(gone.start)
        keep.extend_span(gone.end)
        self._unindex(gone)
        del self.stories[gone.id]
        self.merged[gone.id] = keep.id
        self.dirty.discard(gone.id)
        self.dirty.add(keep.id)
        self._reindex(keep)


def _query_terms(vec: dict[str, float]) -> list[tuple[str, float]]:
    return heapq.nlargest(QUERY_TERMS, vec.items(), key=itemgetter(1))


def time_factor(day: date | None, start: date | None, end: date | None) -> float:
    """1 inside a story's span (with ``TIME_GRACE_DAYS`` on each side), then slowly less."""
    return period_factor(None if day is None else (day, day), start, end)


def period_factor(when: tuple[date, date] | None, start: date | None, end: date | None) -> float:
    """``time_factor`` of an article known only to a period (a month, a year): the gap counts
    from the period's nearest day."""
    if when is None or start is None or end is None:
        return 1.0
    first, last = when
    gap = max((start - last).days, (first - end).days, 0) - TIME_GRACE_DAYS
    if gap <= 0:
        return 1.0
    return max(TIME_FLOOR, 0.5 ** (gap / TIME_HALF_LIFE_DAYS))


def time_factor_span(a: Story, b: Story) -> float:
    """``time_factor`` between two stories' spans."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return 1.0
    if a.end < b.start:
        return time_factor(a.end, b.start, b.end)
    if b.end < a.start:
        return time_factor(b.end, a.start, a.end)
    return 1.0
