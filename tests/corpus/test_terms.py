"""Stop words read from spaCy's data without loading its languages' tokenizers."""

import spacy

from storyline.corpus.terms import fold, stopwords


def test_stop_words_are_spacys_folded():
    for lang in ("fr", "en", "de"):
        expected = {fold(w) for w in spacy.util.get_lang_class(lang).Defaults.stop_words}
        assert stopwords(lang) == expected
    assert {"le", "dans", "apres"} <= stopwords("fr")  # folded: "après"


def test_unknown_languages_have_none():
    assert stopwords("qq") == frozenset()
    assert stopwords("") == frozenset()
    assert stopwords("../fr") == frozenset()  # never a path out of spaCy's language folders
