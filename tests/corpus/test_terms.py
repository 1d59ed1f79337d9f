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


def test_a_word_list_that_cannot_be_read_alone_comes_from_the_language_package(tmp_path, monkeypatch):
    import importlib.util
    from types import SimpleNamespace

    from storyline.corpus import terms

    (tmp_path / "lang" / "fr").mkdir(parents=True)
    (tmp_path / "lang" / "fr" / "stop_words.py").write_text("from .lex_attrs import WORDS\n")
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: SimpleNamespace(submodule_search_locations=[str(tmp_path)])
    )
    assert set(terms._spacy_stop_words("fr")) == spacy.util.get_lang_class("fr").Defaults.stop_words


def test_language_codes_are_spacys_lower_case_ones():
    assert stopwords("FR") == frozenset()
