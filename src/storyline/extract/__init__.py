"""Extraction: a web page or a scraped plain-text page turned into clean article text.

``extract_text`` filters the furniture out of plain text; ``extract_html`` uses trafilatura and
falls back to the plain-text filter on the page's visible text.
"""

from storyline.extract.html import extract_html
from storyline.extract.text import extract_text

__all__ = ["extract_html", "extract_text"]
