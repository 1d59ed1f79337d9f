"""Language identification of a clean text (py3langid, normalised probabilities).

A text is read paragraph by paragraph and given the language most of its characters are in: a
French article quoting Arabic paragraphs with their translation is French, though a classifier
reading it whole says Arabic (another script weighs more than its share of the words).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from storyline.extract.vocab import languages

MIN_CHARS = 40
SAMPLE_CHARS = 5000
HINT_SHARE = 0.3  # the language the input states stands when this share of the text is in it


@cache
def _identifier():  # loading the model takes a moment: once per process
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, hint: str | None = None) -> tuple[str, float]:
    """The ISO 639 code of ``text`` and a confidence: the classifier's probability when it reads
    the text whole, else the share of the characters in the language. ``hint`` (the language
    the input states) wins on very short texts, on uncertain ones, and on those of which a fair
    share is in it. Without a hint, a text read whole as a language without data of its own is
    read by paragraphs, and a clear majority in a language with data wins."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return (hint or "und", 0.5 if hint else 0.0)
    lang, prob = _identifier().classify(sample)
    whole = (lang, round(float(prob), 3))
    if hint == lang or (hint is None and lang in languages()):
        return whole
    if hint and prob < 0.9:
        return hint, 0.5
    shares, paragraphs = _shares(sample)
    if hint:
        return (hint, round(shares[hint], 3)) if shares.get(hint, 0.0) >= HINT_SHARE else whole
    major = max(shares, key=lambda code: (shares[code], code)) if shares else lang
    if paragraphs >= 2 and major in languages() and shares[major] > 0.5:
        return major, round(shares[major], 3)
    return whole


def _shares(sample: str) -> tuple[dict[str, float], int]:
    """The share of the sample's characters in each language, over its paragraphs long enough to
    tell (a paragraph counts for its most likely language), and how many paragraphs were read."""
    chars: dict[str, int] = defaultdict(int)
    paragraphs = 0
    for paragraph in sample.split("\n"):
        size = len(paragraph.strip())
        if size >= MIN_CHARS:
            lang, _ = _identifier().classify(paragraph)
            chars[lang] += size
            paragraphs += 1
    total = sum(chars.values())
    return ({lang: n / total for lang, n in chars.items()} if total else {}), paragraphs
