"""The timeline's TF-IDF vectors: scikit-learn's, to the bit, without importing it."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.timeline.tfidf import tfidf

TEXTS = [
    "Le conseil municipal de Port-Vallon a voté jeudi la fermeture du vieux pont de la Merle.",
    "Les fissures du pont de la Merle inquiètent les élus de Port-Vallon ; le pont restera fermé.",
    "L'ÉTAT valdorien promet 2 500 000 couronnes pour réparer le pont, a déclaré le ministre.",
    "The Harbour Bridge in Veldmark was closed after inspectors found cracks in two cables.",
    "Inspectors found the cracks on 28 February; the bridge will reopen on 15 April.",
    "« Nous voulons des dates, pas des discours », a lancé Nadia Morel à la tribune de Castelmar.",
] * 4


def scikit_learn(texts: list[str], max_df: float):
    vectorizer = TfidfVectorizer(
        strip_accents="unicode",
        lowercase=True,
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w\w+\b",
        max_df=max_df,
    )
    return vectorizer.fit_transform(texts)


@pytest.mark.parametrize(
    ("texts", "max_df"), [(TEXTS[:6], 1.0), (TEXTS, 0.6), (TEXTS[:1], 1.0), (TEXTS[3:5], 0.6)]
)
def test_the_vectors_are_scikit_learn_s_to_the_bit(texts: list[str], max_df: float) -> None:
    ours, theirs = tfidf(texts, max_df), scikit_learn(texts, max_df)
    assert ours.shape == theirs.shape
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(ours, part), getattr(theirs, part)), part
    assert np.allclose((ours.multiply(ours)).sum(axis=1), 1.0)


def test_words_in_most_texts_are_left_out_and_nothing_left_is_an_error() -> None:
    texts = ["le pont de la Merle", "le pont de Lorvel", "le pont du port"] * 8
    assert tfidf(texts, 0.6).shape[1] == len({"merle", "lorvel", "port", "de", "la", "du"} - {"de"})
    with pytest.raises(ValueError):
        tfidf(["a b", "! ?"])
    with pytest.raises(ValueError):
        tfidf(["le pont"] * 21, 0.6)
