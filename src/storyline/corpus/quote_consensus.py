"""The same words quoted by several articles: who the corpus says spoke them.

A quotation's speaker read from its own article alone may be only a guess: a pronoun or "ce
dernier" standing for the last person quoted ("he said"), a quotation continuing the one before,
or no cue at all (``nlp.quotes.guessed``). When other articles (or the same article, elsewhere)
quote the same words, whole or in part, and name who said them next to them, that attribution
outweighs the guess: a guess naming someone else takes the speaker most of those articles name,
one naming the same person gains confidence, one with no speaker gains one. A speaker named next
to its quotation (a name, a role, a source after "selon") is never overruled, and a guess stays as
it is when the articles disagree. The votes are those of the quotations given: the quotations of
one story (``--story``) settle its guesses among themselves.

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
from storyline.nlp.quotes import guessed

MIN_WORDS = 8  # shorter quotations are too common a phrase to tell a statement
SHINGLE = 4  # words per shingle
WINDOW = 4  # shingles per winnowing window: a shared run of 7 words is always found
MAX_CANDIDATES = 50  # quotations compared with one quotation at most, those sharing most first
STOP_POSTING = 1000  # a fingerprint this many voters share is a stock phrase: not looked up
SAME_WORDS = 95  # rapidfuzz partial ratio: the shorter quotation within the longer
DIRECT = 0.7  # an attribution at least this sure (a speech verb next to a name) may vote
CORPUS_FACTOR = 0.8  # confidence of an attribution taken from another article, × the voter's

_WORD = re.compile(r"\w+")


def agree(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotations, those whose speaker is a guess settled by the direct attributions of the
    same words elsewhere in the corpus; in the same order."""
    words = [_WORD.findall(fold(q.text)) for q in quotes]
    texts = [" ".join(w) for w in words]
    index: dict[int, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        if _votes(q) and len(words[i]) >= MIN_WORDS:
            for key in _fingerprints(words[i]):
                index[key].append(i)
    out = list(quotes)
    for i, q in enumerate(quotes):
        if not guessed(q) or q.speaker_article or len(words[i]) < MIN_WORDS:
            continue
        voters = _same_words(i, words, texts, index)
        if voters:
            out[i] = _settled(q, [quotes[j] for j in voters])
    return out


def _fingerprints(words: list[str]) -> set[int]:
    """The smallest shingle hash of each window of ``WINDOW`` shingles."""
    hashes = [zlib.crc32(" ".join(words[k : k + SHINGLE]).encode()) for k in range(len(words) - SHINGLE + 1)]
    return {min(hashes[k : k + WINDOW]) for k in range(max(1, len(hashes) - WINDOW + 1))}


def _votes(q: Quote) -> bool:
    """Whether ``q`` names its speaker next to it, sure enough to vote (not itself settled here)."""
    return q.confidence >= DIRECT and bool(q.entity) and not guessed(q) and not q.speaker_article


def _same_words(i: int, words: list[list[str]], texts: list[str], index: dict[int, list[int]]) -> list[int]:
    """The voters quoting the words of quotation ``i``, or words it holds: of those sharing most
    fingerprints with it, at most ``MAX_CANDIDATES``."""
    shared: Counter[int] = Counter()
    for key in _fingerprints(words[i]):
        posting = index.get(key, ())
        if len(posting) < STOP_POSTING:
            shared.update(posting)
    shared.pop(i, None)
    return [
        j
        for j, _ in shared.most_common(MAX_CANDIDATES)
        if fuzz.partial_ratio(texts[i], texts[j]) >= SAME_WORDS
    ]


def _settled(q: Quote, voters: list[Quote]) -> Quote:
    """``q`` with the speaker most of the voters' articles name (none on a tie), as evidence says."""
    articles: dict[str, set[str]] = defaultdict(set)
    for v in voters:
        articles[v.entity].add(v.article)
    votes = sorted(((len(a), e) for e, a in articles.items()), reverse=True)
    if len(votes) > 1 and votes[0][0] == votes[1][0]:
        return q
    entity = votes[0][1]
    best = min((v for v in voters if v.entity == entity), key=lambda v: (-v.confidence, v.article, v.start))
    span = f"{best.speaker_start}:{best.speaker_end}"
    cited = (
        f"elsewhere in this article {span}" if best.article == q.article else f"in [{best.article} {span}]"
    )
    said = f"the same words attributed to '{best.speaker}' {cited} ({best.how})"
    confidence = round(CORPUS_FACTOR * best.confidence, 2)
    if q.entity == entity:
        if confidence <= q.confidence:
            return q
        return replace(q, how=f"{q.how}; {said}", confidence=confidence)
    how = said + (f"; read here as '{q.speaker}' ({q.how})" if q.speaker else "")
    return replace(
        q,
        speaker=best.speaker,
        speaker_start=best.speaker_start,
        speaker_end=best.speaker_end,
        speaker_article="" if best.article == q.article else best.article,
        entity=entity,
        cue=best.cue,
        how=how,
        confidence=confidence,
    )
