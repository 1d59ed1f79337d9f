"""One event, many tellings: the sentences of other articles (and wire copies) that tell what a
chosen sentence tells, gathered as its sources.

A sentence of another article joins when it is close in wording (cosine ≥ 0.5), or when it
shares two names with the chosen one, one a person's, with a weaker wording match and a date
context that fits ("début janvier" in an undated article can join the entry of 3 January). The
names of the whole story (its leader, its country: named by more than a fifth of the articles,
and more than 20) tell nothing of which event a sentence tells: they count only when the sentence's own date
names the day, not when only its publication a day or two after does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from storyline.model import AnnotatedArticle, SourceSentence
from storyline.timeline.sentences import Sent

if TYPE_CHECKING:
    from scipy import sparse

_CALENDAR = re.compile(r"^[\dX]{4}(-[\dX]{2}){0,2}$")
_DAY_OR_MONTH = re.compile(r"^[\dX]{4}-[\dX]{2}(-[\dX]{2})?$")
_CLOCK = re.compile(r"(?<=[\dX])T.*$")  # the time of day after a date ("2011-04-04TEV", "…T20:00")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)")
_DATELINE_DASH = re.compile(r"\)\s*[-–—]\s*")
EVENT_SIMILARITY = 0.5
ENTITY_EVENT_SIMILARITY = 0.15
SHARED_NAMES = 2
RECENT = timedelta(days=2)  # a sentence with no date of its own tells of a day this shortly before
PERSONS = ("PER", "PERSON")
COMMON_SHARE = 0.2  # a name in more than this share of the articles is the story's, not an event's
COMMON_MIN = 20  # …and in more than this many (in a few articles, every name is the story's)


def common_names(sents: Sequence[Sent]) -> frozenset[tuple[str, str]]:
    """The names so many of the articles use that sharing them says nothing of an event."""
    by_article: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s in sents:
        by_article[s.article] |= s.names
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for names in by_article.values():
        for name in names:
            counts[name] += 1
    floor = max(COMMON_MIN, COMMON_SHARE * len(by_article))
    return frozenset(name for name, n in counts.items() if n > floor)


def same_event(
    head: int,
    day: date,
    vectors: sparse.csr_matrix,
    sents: Sequence[Sent],
    used: set[int],
    common: frozenset[tuple[str, str]] = frozenset(),
) -> set[int]:
    """Sentences of other articles telling the same event with a compatible (or no) date;
    ``common`` are the story's names (:func:`common_names`): they count as shared only in a
    sentence whose own date names the day."""
    sims = (vectors @ vectors[head].T).toarray().ravel()
    out = set()
    for j in np.flatnonzero(sims >= min(EVENT_SIMILARITY, ENTITY_EVENT_SIMILARITY)):
        j = int(j)
        other = sents[j]
        if j == head or j in used or other.article == sents[head].article or not _compatible(other, day):
            continue
        if sims[j] >= EVENT_SIMILARITY:
            out.add(j)
            continue
        fit = _date_fit(other, day)
        shared = other.names & sents[head].names
        if fit == "near":
            shared -= common
        if fit and len(shared) >= SHARED_NAMES and any(label in PERSONS for _, label in shared):
            out.add(j)
    return out


def _date_fit(sent: Sent, day: date) -> str | None:
    """How the sentence's own context dates it to ``day``: "dated" by a date expression naming
    its month or day that fits, "near" by a publication shortly after (when it names neither),
    else None."""
    informative = [v for v in sent.context if _DAY_OR_MONTH.match(_CLOCK.sub("", v)) or _WEEKDAY.match(v)]
    if informative:
        return "dated" if all(value_matches(v, day) for v in informative) else None
    return "near" if sent.published is not None and day <= sent.published <= day + RECENT else None


def _compatible(sent: Sent, day: date) -> bool:
    """Whether nothing in the sentence's date context (or its publication) rules ``day`` out."""
    if sent.published and sent.published < day:
        return False
    return all(value_matches(v, day) for v in sent.context)


def value_matches(value: str, day: date) -> bool:
    """Whether a TIMEX3 value (maybe with X for unknown digits) can denote ``day``."""
    weekday = _WEEKDAY.match(value)
    if weekday:
        return int(weekday[1]) == day.isoweekday()
    value = _CLOCK.sub("", value)
    if not _CALENDAR.match(value):
        return True  # references, weeks, seasons: not evidence against
    full = day.isoformat()
    return all(a == "X" or a == b for a, b in zip(value, full, strict=False))


def copies_by_original(
    annotated: Sequence[AnnotatedArticle], duplicate_of: dict[str, str]
) -> dict[str, list[AnnotatedArticle]]:
    out: dict[str, list[AnnotatedArticle]] = defaultdict(list)
    for a in annotated:
        if a.article.id in duplicate_of:
            out[duplicate_of[a.article.id]].append(a)
    return out


def with_copies(sources: list[Sent], copies: dict[str, list[AnnotatedArticle]]) -> list[SourceSentence]:
    """The sources, each followed by the same sentence in the wire copies of its article."""
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
