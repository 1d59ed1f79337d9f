"""What an article is about, as weighted terms: content words and names.

Words are case- and accent-folded, stop words (spaCy's lists, for any language it knows)
and short or numeric tokens dropped. Names come from the NER mentions when the language has
a model, else from runs of capitalised words, and are kept whole (``@barack obama``) so that
two stories sharing common words but not their people stay apart.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path

NAME_PREFIX = "@"
MIN_LEN = 2
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CAPITALISED_RUN = re.compile(r"(?<![\w.])(?:[^\W\d_a-z][^\W\d_]+)(?:[ \-](?:[^\W\d_a-z][^\W\d_]+))*")
_ACCENTED_CAPITALS = frozenset("AEIOUYCN")  # the letters whose accent a capital may drop (É, Ç, Ñ…)
_SENTENCE_END = frozenset('.!?:«»"“”\n')


def unaccented(text: str) -> str:
    """``text`` without its accents, case kept (``ÉGYPTE`` → ``EGYPTE``)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))


def fold(text: str) -> str:
    """Case- and accent-folded text (``État`` → ``etat``)."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Folded stop words of ``lang`` from spaCy's language data (empty for an unknown language)."""
    return frozenset(fold(w) for w in _spacy_stop_words(lang))


def _spacy_stop_words(lang: str) -> Collection[str]:
    """spaCy's ``STOP_WORDS`` of ``lang``, read from its ``stop_words`` module alone: importing the
    language's package would compile its tokenizer exceptions first (2 s for French), a cost
    every command reading stop words would pay. A module that cannot be read so is taken from
    the language's package after all."""
    if not (lang.isascii() and lang.isalpha() and lang.islower()):
        return ()  # spaCy's codes: "fr", "en"; never a path
    package = importlib.util.find_spec("spacy")
    folders = package.submodule_search_locations if package else None
    path = Path(folders[0], "lang", lang, "stop_words.py") if folders else None
    if path is None or not path.is_file():
        return ()
    spec = importlib.util.spec_from_file_location(f"storyline_stop_words_{lang}", path)
    if spec is None or spec.loader is None:
        return _package_stop_words(lang)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        return module.STOP_WORDS
    except (ImportError, SyntaxError, OSError, AttributeError):  # not a module that stands alone
        return _package_stop_words(lang)


def _package_stop_words(lang: str) -> Collection[str]:
    import spacy

    try:
        return spacy.util.get_lang_class(lang).Defaults.stop_words
    except (ImportError, KeyError, ValueError, AttributeError):
        return ()


def article_terms(text: str, lang: str, names: Iterable[str] | None = None) -> Counter[str]:
    """Term counts of an article: folded content words, plus names prefixed with ``@``.

    ``names`` are the article's entity mentions; ``None`` means the language has no NER
    model, and capitalised runs stand in for them.
    """
    stop = stopwords(lang)
    counts = Counter(_WORD.findall(fold(text)))
    for key in [k for k in counts if len(k) < MIN_LEN or k in stop]:
        del counts[key]
    found = Counter(names if names is not None else capitalised_names(text, stop))
    for name, n in found.items():
        key = name_term(name, stop)
        if len(key) >= MIN_LEN:
            counts[NAME_PREFIX + key] += n
    return counts


def word_spellings(text: str, keys: Collection[str]) -> dict[str, tuple[str, int]]:
    """How the text writes the folded words ``keys``: per key, its most frequent form, lower-cased,
    and how often (``etat`` → ``("état", 3)``), for a label to show instead of the key.

    Capitals often drop accents, so a word in ASCII capitals counts only where none can be
    missing ("Force", not "Etat" nor "ETAT"). Folding joins words ("rencontre", "rencontré"):
    the counts let a story keep the form most of its articles write.
    """
    counts: Counter[str] = Counter(w.lower() for w in _WORD.findall(text) if _accents_shown(w))
    out: dict[str, tuple[str, int]] = {}
    for form, n in counts.most_common():
        key = fold(form)
        if key in keys and key not in out:
            out[key] = (form, n)
    return out


def _accents_shown(word: str) -> bool:
    """Whether the word shows the accents it has: not in ASCII capitals that might have dropped one."""
    if not word.isascii() or word.islower():
        return True
    return word[1:].islower() and word[0] not in _ACCENTED_CAPITALS


def name_term(name: str, stop: frozenset[str] = frozenset()) -> str:
    """The folded words of a name, stop words left out (``le Premier ministre`` → ``premier ministre``)."""
    return " ".join(w for w in _WORD.findall(fold(name)) if w not in stop)


def capitalised_names(text: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """Runs of capitalised words, a lone sentence-initial word or a stop word excepted."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        run = m.group(0)
        if " " not in run and "-" not in run:
            if fold(run) in stop:
                continue
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
            if not before or before[-1] in _SENTENCE_END:  # a sentence's or a line's first word
                continue
        if len(run) > 6 and run.isupper():  # a shouted heading, not a name
            continue
        out.append(run)
    return out
