"""Exact and near-duplicate detection (wire copies, re-posts) with MinHash LSH.

Each article gets a MinHash signature of its word shingles; an LSH index gives the
candidates, so no pair is compared unless the index proposes it. A copy is linked to the
earliest article of its group (by publication date, then arrival): the copy stays, with
its outlet, and counts once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.model import DuplicateLink

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # datasketch >= 2: hash values stored as uint32
THRESHOLD = 0.6
CANDIDATE_THRESHOLD = 0.4  # the index proposes generously; the signature comparison decides
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> MinHash:
    """The MinHash of the text's word ``SHINGLE``-grams (case-folded)."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def to_hex(mh: MinHash) -> str:
    return mh.hashvalues.astype(np.uint32).tobytes().hex()


def from_hex(value: str) -> MinHash:
    values = np.frombuffer(bytes.fromhex(value), dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


def find_duplicates(
    signatures: Mapping[str, MinHash], order: Sequence[str], threshold: float = THRESHOLD
) -> list[DuplicateLink]:
    """Link every near-copy to its group's first article in ``order``.

    ``order`` lists article ids from the one that should be the original (earliest) on.
    """
    lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
    root: dict[str, str] = {}
    links: list[DuplicateLink] = []
    for article_id in order:
        mh = signatures[article_id]
        best: tuple[float, str] | None = None
        for other in lsh.query(mh):
            sim = mh.jaccard(signatures[other])
            if sim >= threshold and (best is None or sim > best[0]):
                best = (sim, other)
        if best is not None:
            original = root.get(best[1], best[1])
            root[article_id] = original
            links.append(DuplicateLink(article_id, original, signatures[original].jaccard(mh)))
        lsh.insert(article_id, mh)
    return links
