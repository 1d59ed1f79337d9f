"""Extraction: a web page or a scraped plain-text page turned into clean article text.

``extract_text`` filters the furniture out of plain text; ``extract_html`` uses trafilatura and
falls back to the plain-text filter on the page's visible text. Both load on first use, so that
reading the line rules (``extract.vocab``) does not import trafilatura.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.extract.html import extract_html
    from storyline.extract.text import extract_text
    from storyline.model import Extracted

__all__ = ["extract_html", "extract_text"]


def __getattr__(name: str) -> Callable[..., Extracted]:
    """The extractor named, imported on first use (PEP 562)."""
    if name == "extract_html":
        from storyline.extract.html import extract_html

        return extract_html
    if name == "extract_text":
        from storyline.extract.text import extract_text

        return extract_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
