"""Language identification of a clean text (py3langid, normalised probabilities)."""

from __future__ import annotations

from functools import cache

MIN_CHARS = 40


@cache
def _identifier():  # loading the model takes a moment: once per process
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, hint: str | None = None) -> tuple[str, float]:
    """The ISO 639-1 code of ``text`` and a probability; ``hint`` wins on very short texts."""
    sample = text[:5000]
    if len(sample.strip()) < MIN_CHARS:
        return (hint or "und", 0.5 if hint else 0.0)
    lang, prob = _identifier().classify(sample)
    if hint and hint != lang and prob < 0.9:
        return hint, 0.5
    return lang, round(float(prob), 3)
