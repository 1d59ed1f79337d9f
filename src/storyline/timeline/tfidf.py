"""TF-IDF vectors of the timeline's sentences, without importing scikit-learn.

The same vectors, to the bit, as scikit-learn's ``TfidfVectorizer(strip_accents="unicode",
sublinear_tf=True, token_pattern=r"(?u)\\b\\w\\w+\\b", max_df=...)``, which the timeline used:
lower case then accents stripped, words of two characters or more, tf = 1 + log(count), smoothed
idf = 1 + log((1 + n) / (1 + df)), words in more than ``max_df`` of the texts left out, rows of
unit length, columns in alphabetical order of the words. Importing scikit-learn takes 1–3 s,
more than the timeline of a story of hundreds of articles needs for all its work.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tfidf(texts: Sequence[str], max_df: float = 1.0) -> sparse.csr_matrix:
    """One l2-normalised row per text; raises ValueError when no word is left, as scikit-learn.
    ``max_df`` is a share of the texts (scikit-learn also takes a count; not here)."""
    from scipy import sparse  # loaded when a timeline is made, not by every command

    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        row: dict[int, int] = {}
        for word in _TOKEN.findall(_strip_accents(text.lower())):
            j = vocabulary.setdefault(word, len(vocabulary))
            row[j] = row.get(j, 0) + 1
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    shape = (len(texts), len(vocabulary))
    data = np.asarray(counts, dtype=np.float64)  # never converted later: scipy's astype re-sorts
    index = np.int64 if len(indices) > np.iinfo(np.int32).max else np.int32
    x = sparse.csr_matrix((data, np.asarray(indices, dtype=index), np.asarray(indptr, dtype=index)), shape)
    x.sort_indices()
    kept = _document_frequency(x) <= max_df * len(texts)
    if not kept.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    renumbered = np.cumsum(kept) - 1
    vocabulary = {word: int(renumbered[j]) for word, j in vocabulary.items() if kept[j]}
    x = x[:, np.flatnonzero(kept)]
    # columns renumbered in alphabetical order of the words, each row's entries left where they are
    alphabetical = np.empty(len(vocabulary), dtype=x.indices.dtype)
    for new, (_, old) in enumerate(sorted(vocabulary.items())):
        alphabetical[old] = new
    x.indices = alphabetical.take(x.indices, mode="clip")
    df = _document_frequency(x).astype(np.float64) + 1.0
    idf = np.full_like(df, fill_value=len(texts) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(x.data, x.data)
    x.data += 1.0
    x.data *= idf[x.indices]
    _normalise_rows(x)
    return x


def _strip_accents(text: str) -> str:
    """Accents off (NFKD, combining marks dropped); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _document_frequency(x: sparse.csr_matrix) -> np.ndarray:
    return np.bincount(x.indices, minlength=x.shape[1])


def _normalise_rows(x: sparse.csr_matrix) -> None:
    """Each row divided by its length, its squares summed one after the other in stored order, as
    scikit-learn's ``inplace_csr_row_normalize_l2`` does (``np.cumsum`` adds in sequence; a sum
    would add in pairs and round differently)."""
    squares = x.data * x.data
    sizes = np.diff(x.indptr)
    lengths = np.ones(x.shape[0])
    for size in np.unique(sizes[sizes > 0]):
        rows = np.flatnonzero(sizes == size)
        cells = x.indptr[rows, None] + np.arange(size)
        lengths[rows] = np.sqrt(np.cumsum(squares[cells], axis=1)[:, -1])
    x.data /= np.repeat(lengths, sizes)
