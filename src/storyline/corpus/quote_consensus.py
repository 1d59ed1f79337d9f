"""The same words quoted by several articles: who the corpus says spoke them.

A quotation's speaker read from its own article alone may be only a guess: a pronoun standing
for the last person quoted ("he said"), a quotation continuing the one before, or no cue at all.
When another article quotes the same words (the same statement, whole or in part) and names
who said them with a speech verb next to them, that attribution outweighs the guess: a guess
naming someone else takes the other article's speaker, one naming the same person gains
confidence, one with no speaker gains one. Two direct attributions are never overruled, and a
guess stays as it is when the direct ones disagree.

Candidates are found without comparing all pairs, by winnowing (Schleimer, Wilkerson & Aiken,
2003): a quotation's fingerprints are the smallest hash of each run of ``WINDOW`` consecutive
four-word shingles, so two quotations sharing a run of ``WINDOW + SHINGLE - 1`` words (a part
quoted by one outlet, the whole by another) share a fingerprint. Only direct attributions are
indexed.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from storyline.corpus.terms import fold
from storyline.model import Quote

MIN_WORDS = 8  # shorter quotations are too common a phrase to tell a statement
SHINGLE = 4  # words per shingle
WINDOW = 4  # shingles per winnowing window: a shared run of 7 words is always found
MAX_CANDIDATES = 50  # quotations compared with one quotation at most
SAME_WORDS = 95  # rapidfuzz partial ratio: the shorter quotation within the longer
DIRECT = 0.7  # an attribution at least this sure (a speech verb next to a name) may vote
DOUBTFUL = 0.6  # an attribution at most this sure (a pronoun, a continuation) may be overruled
CORPUS_FACTOR = 0.8  # confidence of an attribution taken from another article, × the voter's

_WORD = re.compile(r"\w+")


def agree(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotations, those whose speaker is a guess settled by the direct attributions of the
    same words elsewhere in the corpus; in the same order."""
    words = [_WORD.findall(fold(q.text)) for q in quotes]
    texts = [" ".join(w) for w in words]
    index: dict[int, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        if q.confidence >= DIRECT and q.entity and len(words[i]) >= MIN_WORDS:
            for key in _fingerprints(words[i]):
                index[key].append(i)
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.confidence > DOUBTFUL or len(words[i]) < MIN_WORDS:
            continue
        voters = _same_words(i, words, texts, index)
        if voters:
            out[i] = _settled(q, [quotes[j] for j in voters])
    return out


def _fingerprints(words: list[str]) -> set[int]:
    """The smallest shingle hash of each window of ``WINDOW`` shingles."""
    hashes = [zlib.crc32(" ".join(words[k : k + SHINGLE]).encode()) for k in range(len(words) - SHINGLE + 1)]
    return {min(hashes[k : k + WINDOW]) for k in range(max(1, len(hashes) - WINDOW + 1))}


def _same_words(i: int, words: list[list[str]], texts: list[str], index: dict[int, list[int]]) -> list[int]:
    """The direct attributions quoting the words of quotation ``i``, or the words it holds."""
    seen: dict[int, None] = {}
    for key in _fingerprints(words[i]):
        for j in index.get(key, ()):
            if j != i:
                seen[j] = None
        if len(seen) >= MAX_CANDIDATES:
            break
    return [j for j in list(seen)[:MAX_CANDIDATES] if fuzz.partial_ratio(texts[i], texts[j]) >= SAME_WORDS]


def _settled(q: Quote, voters: list[Quote]) -> Quote:
    """``q`` with the speaker most of ``voters`` name (none on a tie), as evidence says."""
    votes = Counter(v.entity for v in voters).most_common()
    if len(votes) > 1 and votes[0][1] == votes[1][1]:
        return q
    entity = votes[0][0]
    best = max((v for v in voters if v.entity == entity), key=lambda v: v.confidence)
    cited = f"{best.article} {best.speaker_start}:{best.speaker_end}"
    confidence = round(CORPUS_FACTOR * best.confidence, 2)
    if q.entity == entity:
        if confidence <= q.confidence:
            return q
        how = f"{q.how}; the same words attributed to {best.speaker!r} in [{cited}] ({best.how})"
        return replace(q, how=how, confidence=confidence)
    how = f"the same words attributed to {best.speaker!r} in [{cited}] ({best.how})"
    if q.speaker:
        how += f"; read here as {q.speaker!r} ({q.how})"
    return replace(
        q,
        speaker=best.speaker,
        speaker_start=best.speaker_start,
        speaker_end=best.speaker_end,
        speaker_article=best.article,
        entity=entity,
        cue=best.cue,
        how=how,
        confidence=confidence,
    )
