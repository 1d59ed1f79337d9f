"""Exact and near-duplicate detection (wire copies, re-posts) with MinHash LSH.

Each article gets a MinHash signature of its word shingles; an LSH index gives the
candidates, so no pair is compared unless the index proposes it. A copy is linked to the
earliest article of its group (by publication date, then arrival): the copy stays, with
its outlet, and counts once.
"""

from __future__ import annotations

import hashlib
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
_BAND_RANGES = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM).hashranges  # as the index bands
# How stored band keys were cut: a store whose keys were cut otherwise (other parameters, another
# datasketch) has them cut again.
_CUTS = ",".join(f"{a}-{b}" for a, b in _BAND_RANGES)
BAND_LAYOUT = f"{NUM_PERM} perm, {SCHEME}, bands {_CUTS}, blake2b-8"


def signature(text: str) -> MinHash:
    """The MinHash of the text's word ``SHINGLE``-grams (case-folded)."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


def band_keys(mh: MinHash) -> list[int]:
    """The keys of the signature's LSH bands, as the index cuts it (one per band, each a 63-bit hash
    of the band's number and values): two signatures are candidates when they share a key."""
    values = mh.hashvalues.astype(np.uint32)
    keys = []
    for band, (start, end) in enumerate(_BAND_RANGES):
        digest = hashlib.blake2b(values[start:end].tobytes(), digest_size=8, salt=band.to_bytes(8)).digest()
        keys.append(int.from_bytes(digest) >> 1)  # within a signed 64-bit column
    return keys


def to_hex(mh: MinHash) -> str:
    return mh.hashvalues.astype(np.uint32).tobytes().hex()


def from_hex(value: str) -> MinHash:
    values = np.frombuffer(bytes.fromhex(value), dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class DuplicateIndex:
    """Near-copy groups, grown one article at a time (never recomputed from scratch).

    Each group has one original, its earliest article by ``rank``; every copy links to it.
    An article earlier than its group's original becomes the new original.
    """

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.rank: dict[str, tuple] = {}
        self.original: dict[str, str] = {}  # copy -> its group's original
        self.copies: dict[str, set[str]] = {}  # original -> its copies

    def restore(self, article_id: str, mh: MinHash, rank: tuple, original: str | None) -> None:
        """Take back an article indexed by an earlier run (originals before their copies)."""
        self._insert(article_id, mh, rank)
        if original is not None and original in self.signatures:
            self.original[article_id] = original
            self.copies.setdefault(original, set()).add(article_id)

    def add(self, article_id: str, mh: MinHash, rank: tuple) -> list[DuplicateLink]:
        """Index a new article; returns the links it created or changed."""
        best: tuple[float, str] | None = None
        for other in self.lsh.query(mh):
            sim = mh.jaccard(self.signatures[other])
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, other)
        self._insert(article_id, mh, rank)
        if best is None:
            return []
        root = self.original.get(best[1], best[1])
        if rank >= self.rank[root]:
            return [self._link(article_id, root)]
        # The newcomer is older than the group's original: it takes its place.
        group = self.copies.pop(root, set()) | {root}
        return [self._link(member, article_id) for member in sorted(group)]

    def _insert(self, article_id: str, mh: MinHash, rank: tuple) -> None:
        self.signatures[article_id] = mh
        self.rank[article_id] = rank
        self.lsh.insert(article_id, mh)

    def _link(self, copy: str, original: str) -> DuplicateLink:
        self.original[copy] = original
        self.copies.setdefault(original, set()).add(copy)
        return DuplicateLink(copy, original, self.signatures[original].jaccard(self.signatures[copy]))


def find_duplicates(
    signatures: Mapping[str, MinHash], order: Sequence[str], threshold: float = THRESHOLD
) -> list[DuplicateLink]:
    """Link every near-copy to its group's first article in ``order``.

    ``order`` lists article ids from the one that should be the original (earliest) on.
    """
    index = DuplicateIndex(threshold)
    links: dict[str, DuplicateLink] = {}
    for rank, article_id in enumerate(order):
        for link in index.add(article_id, signatures[article_id], (rank,)):
            links[link.copy] = link
    return list(links.values())
