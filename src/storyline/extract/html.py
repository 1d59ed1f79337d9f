"""HTML extraction with trafilatura, sharing the plain-text filter's line rules.

trafilatura gives the main text and the metadata; every visible line of the page that is not in
that text is reported as furniture (``html boilerplate`` or a more specific reason). Lines of
trafilatura's text that the line rules call furniture (a ``Lire aussi`` teaser, a credit, a source
line…) are removed too, except with ``favor="recall"``. When trafilatura finds nothing, the
page's visible text goes through the plain-text filter. ``line_no`` is the 1-based number of the
line in the page's visible text (-1 when the line is not found there).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Literal

import lxml.html
import trafilatura
from lxml import etree

from storyline.extract import lines as L
from storyline.extract.lines import Line
from storyline.extract.recurring import line_key
from storyline.extract.text import detect_language, extract_text
from storyline.extract.vocab import Vocab, vocab
from storyline.model import Extracted, RemovedLine

Favor = Literal["balanced", "precision", "recall"]
BOILERPLATE = "html boilerplate"

_SKIP = ("script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas")
_BLOCK = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "td",
        "th",
        "table",
        "thead",
        "tbody",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "form",
        "dd",
        "dt",
        "dl",
        "main",
        "address",
        "hr",
        "option",
        "button",
        "label",
        "caption",
        "summary",
        "details",
        "menu",
        "time",
    }
)
_WORD = re.compile(r"[^\W_]+")


def _key(text: str) -> str:
    """A comparison key: the lower-case words, each followed by one space (whole-word matches)."""
    return "".join(w + " " for w in _WORD.findall(text.lower()))


def visible_lines(html: str) -> list[str]:
    """The visible text of a page, one line per block element, whitespace made single."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return []
    for el in root.xpath("|".join(f"//{tag}" for tag in _SKIP)):
        el.drop_tree()
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        block = el.tag.lower() in _BLOCK
        if event == "start":
            parts.append("\n" if block else "")
            parts.append(el.text or "")
        else:
            parts.append("\n" if block else "")
            parts.append(el.tail or "")
    out: list[str] = []
    for raw in "".join(parts).split("\n"):
        line = " ".join(raw.replace("\u00a0", "\x00").split()).replace("\x00", "\u00a0").strip()
        if line and (not out or out[-1] != line):
            out.append(line)
    return out


def _trafilatura(html: str, url: str | None, favor: Favor) -> trafilatura.settings.Document | None:
    """trafilatura's document for the page, or None when it finds nothing or fails."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=favor == "precision",
            favor_recall=favor == "recall",
        )
    except Exception:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        return None
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        return None
    return doc


def _fallback(html: str, url: str | None, learned: Mapping[str, str] | None) -> Extracted:
    """The plain-text filter over the page's visible text."""
    return replace(extract_text("\n".join(visible_lines(html)), learned=learned), url=url)


def _filter_text(
    items: list[Line], title: str | None, v: Vocab, favor: Favor, learned: Mapping[str, str] | None
) -> None:
    """Mark the furniture lines inside trafilatura's text (title line, teasers, credits…)."""
    title_key = _key(title) if title else None
    seen: set[str] = set()
    for line in items:
        key = _key(line.text)
        if title_key and key == title_key:
            line.reason = "title"
        elif key in seen and len(key) >= 30:
            line.reason = "repeated paragraph"
        elif favor != "recall":
            line.reason = L.line_reason(line, v) or (learned or {}).get(line_key(line.text))
        seen.add(key)


def _page_furniture(page: list[str], kept_key: str, inner: dict[str, str], v: Vocab) -> list[Line]:
    """The visible lines of the page that are not in the kept text, with their reasons.

    ``inner`` gives the reasons already found for lines of trafilatura's text.
    """
    out: list[Line] = []
    for no, text in enumerate(page, start=1):
        key = _key(text)
        if key and " " + key in kept_key:
            continue
        line = Line.make(no, text, no)
        line.reason = inner.get(key) or L.line_reason(line, v) or BOILERPLATE
        out.append(line)
    return out


def _on_page(text: str, page: list[str]) -> str:
    """``text`` as the page writes it (no-break spaces and all) when a visible line has its words."""
    key = _key(text)
    return next((line for line in page if _key(line) == key), text)


def _as_on_page(kept: list[Line], page: list[str]) -> list[Line]:
    """trafilatura's lines written as on the page: trafilatura turns no-break spaces into spaces."""
    visible = {}
    for text in page:
        visible.setdefault(_key(text), text)
    out = []
    for line in kept:
        shown = visible.get(_key(line.text))
        out.append(line if shown is None or shown == line.text else replace(line, text=shown))
    return out


def _agency(kept: list[Line], removed: list[Line], v: Vocab) -> str | None:
    """The agency a source line names (in the text or around it), else a dateline's."""
    for line in [*kept, *removed]:
        if L.line_reason(line, v) == L.SOURCE_LINE:
            found = L.source_agency(line, v)
            if found:
                return found
    for line in kept[:2]:
        found = L.dateline_agency(line.text, v)
        if found:
            return found
    return None


def _first_author(removed: list[Line], v: Vocab) -> str | None:
    """The author of the first byline among the furniture lines."""
    bylines = (line for line in removed if line.reason == L.BYLINE)
    return next((found for line in bylines if (found := L.byline_author(line, v))), None)


def extract_html(
    html: str, url: str | None = None, *, favor: Favor = "balanced", learned: Mapping[str, str] | None = None
) -> Extracted:
    """The article of an HTML page: clean text, title, outlet, author, date, agency, furniture.

    ``favor`` trades precision for recall: ``"precision"`` and ``"recall"`` are passed to
    trafilatura; ``"recall"`` also keeps the lines of trafilatura's text that the line rules
    would call furniture (except a repeated title). ``learned`` is furniture learned from the
    corpus (line key to reason, see :mod:`storyline.extract.recurring`).
    """
    doc = _trafilatura(html, url, favor)
    if doc is None:
        return _fallback(html, url, learned)
    items = [Line.make(i, t, i) for i, t in enumerate(map(L.clean, doc.text.split("\n")), 1) if t]
    lang = detect_language(items)
    v = vocab(lang)
    _filter_text(items, doc.title, v, favor, learned)
    kept = [line for line in items if line.reason is None]
    if not kept:
        return _fallback(html, url, learned)
    page = visible_lines(html)
    kept = _as_on_page(kept, page)
    inner = {_key(line.text): line.reason for line in items if line.reason}
    if doc.title:
        inner[_key(doc.title)] = "title"
    removed = _page_furniture(page, " " + "".join(_key(line.text) for line in kept), inner, v)
    on_page = {_key(line.text) for line in removed}
    missing = [line for line in items if line.reason and _key(line.text) not in on_page]
    for line in missing:
        line.no = -1
    furniture = [*removed, *missing]
    title = _on_page(doc.title, page) if doc.title else None
    return Extracted(
        text="\n\n".join(line.text for line in kept),
        title=title,
        outlet=doc.sitename or L.outlet_of(furniture, v),
        agency=_agency(kept, furniture, v),
        author=doc.author or _first_author(furniture, v),
        url=doc.url or url,
        meta_date=doc.date or None,
        furniture=tuple(RemovedLine(line.text, line.reason or BOILERPLATE, line.no) for line in furniture),
    )
