"""TimeML documents in and out, without I/O: read a document's creation time, text and TIMEX3 tags;
write a document with other TIMEX3 tags in place of its own.

A document is read as the inline XML the TempEval corpora use: ``<DCT>`` holds the creation-time
TIMEX3, ``<TEXT>`` the text with inline ``TIMEX3``, ``EVENT``, ``SIGNAL`` … tags. Offsets are into
the plain text of ``<TEXT>`` (tags dropped, entities decoded). :func:`retag` keeps every byte of the
source except the TIMEX3 tags inside ``<TEXT>``, which it replaces by the ones given; a new tag that
would cross another element's boundary is shrunk, or dropped, so the XML stays well-formed.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from storyline.model import Timex

__all__ = ["GoldTimex", "TimeMLDoc", "TimeMLError", "document", "parse", "retag", "timex3_tag"]

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.DOTALL)
_TID = re.compile(r"\btid\s*=\s*[\"']t(\d+)[\"']")
_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_SKIP = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>", re.DOTALL)


class TimeMLError(ValueError):
    """The document is not TimeML this module can read."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 of the document: its span in the plain text and its attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    tid: str = ""


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of the ``<TEXT>`` content: character data (``tag`` empty) or one tag."""

    raw_start: int  # offset in the source document
    raw_end: int
    plain: int  # plain-text offset where the piece starts
    text: str = ""  # decoded character data
    tag: str = ""  # element name of a tag
    closing: bool = False
    empty: bool = False
    element: int = -1  # index of the element the tag opens or closes


@dataclass(frozen=True, slots=True)
class _Element:
    name: str
    start: int  # plain offsets
    end: int
    attrs: dict[str, str]


@dataclass(slots=True)
class TimeMLDoc:
    """A parsed TimeML document."""

    source: str
    text: str
    dct: datetime.date | None
    dct_value: str
    timexes: list[GoldTimex] = field(default_factory=list)
    _pieces: list[_Piece] = field(default_factory=list, repr=False)
    _elements: list[_Element] = field(default_factory=list, repr=False)


def _attrs(raw: str) -> dict[str, str]:
    return {m[1]: html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR.finditer(raw)}


def _day(value: str) -> datetime.date | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse(source: str) -> TimeMLDoc:
    """The creation time, plain text and TIMEX3 tags of a TimeML document.

    Raises :class:`TimeMLError` when the document has no ``<TEXT>`` or its tags do not nest.
    """
    body = _TEXT.search(source)
    if body is None:
        raise TimeMLError("no <TEXT> element")
    dct_value = ""
    dct_match = _DCT.search(source)
    if dct_match:
        tag = re.search(r"<TIMEX3\b[^>]*>", dct_match.group(1))
        if tag:
            dct_value = _attrs(tag.group(0)).get("value", "")
    pieces: list[_Piece] = []
    elements: list[_Element] = []
    stack: list[int] = []
    chunks: list[str] = []
    plain = 0
    pos, stop = body.start(1), body.end(1)

    def add_text(lo: int, hi: int) -> None:
        nonlocal plain
        if hi <= lo:
            return
        decoded = html.unescape(source[lo:hi])
        pieces.append(_Piece(lo, hi, plain, text=decoded))
        chunks.append(decoded)
        plain += len(decoded)

    while pos < stop:
        lt = source.find("<", pos, stop)
        if lt < 0:
            add_text(pos, stop)
            break
        add_text(pos, lt)
        skip = _SKIP.match(source, lt, stop)
        if skip:
            pieces.append(_Piece(lt, skip.end(), plain, tag="!"))
            pos = skip.end()
            continue
        m = _TAG.match(source, lt, stop)
        if m is None:
            raise TimeMLError(f"unreadable markup at offset {lt}")
        closing, name, empty = bool(m[1]), m[2], bool(m[4])
        if closing:
            if not stack or elements[stack[-1]].name != name:
                raise TimeMLError(f"</{name}> at offset {lt} closes nothing open")
            index = stack.pop()
            el = elements[index]
            elements[index] = _Element(el.name, el.start, plain, el.attrs)
        else:
            index = len(elements)
            elements.append(_Element(name, plain, plain, _attrs(m[3])))
            if not empty:
                stack.append(index)
        pieces.append(_Piece(lt, m.end(), plain, tag=name, closing=closing, empty=empty, element=index))
        pos = m.end()
    if stack:
        raise TimeMLError(f"<{elements[stack[-1]].name}> is never closed")
    text = "".join(chunks)
    gold = [
        GoldTimex(
            el.start,
            el.end,
            text[el.start : el.end],
            el.attrs.get("type", ""),
            el.attrs.get("value", ""),
            el.attrs.get("mod", ""),
            el.attrs.get("tid", ""),
        )
        for el in elements
        if el.name == "TIMEX3" and el.end > el.start
    ]
    return TimeMLDoc(source, text, _day(dct_value), dct_value, gold, pieces, elements)


def timex3_tag(t: Timex, tid: str, anchor_tid: str = "") -> str:
    """The opening TIMEX3 tag of a time expression."""
    attrs = [("tid", tid), ("type", t.type), ("value", t.value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    if t.anchor == "dct" and anchor_tid:
        attrs.append(("anchorTimeID", anchor_tid))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def _fit(t: Timex, elements: Sequence[_Element], text: str) -> tuple[int, int] | None:
    """The span of ``t`` shrunk so that it crosses no element's boundary; None when nothing is left."""
    s, e = t.start, t.end
    changed = True
    while changed:
        changed = False
        for el in elements:
            if el.end <= el.start:
                continue
            if el.start < s < el.end < e:  # crosses the element's end: start after it
                s, changed = el.end, True
            elif s < el.start < e < el.end:  # crosses the element's start: end before it
                e, changed = el.start, True
            if e <= s:
                return None
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def retag(doc: TimeMLDoc, timexes: Sequence[Timex], first_tid: int | None = None) -> str:
    """The source document with ``timexes`` as its TIMEX3 tags inside ``<TEXT>`` (the old ones gone).

    New tags are numbered from ``first_tid`` (default: past every ``tid`` in the document, so that
    no link outside ``<TEXT>`` names one of them by accident). Everything else is kept byte for byte.
    """
    if first_tid is None:
        first_tid = max((int(n) for n in _TID.findall(doc.source)), default=0) + 1
    dct_tid = ""
    dct_match = _DCT.search(doc.source)
    if dct_match:
        tag = re.search(r"<TIMEX3\b[^>]*>", dct_match.group(1))
        dct_tid = _attrs(tag.group(0)).get("tid", "") if tag else ""
    kept = [el for el in doc._elements if el.name != "TIMEX3"]
    opens: dict[int, list[tuple[int, str]]] = {}  # plain offset -> (end, tag)
    closes: dict[int, list[int]] = {}  # plain offset -> starts of the tags closing there
    last_end = -1
    tid = first_tid
    for t in sorted(timexes, key=lambda x: (x.start, -x.end)):
        span = _fit(t, kept, doc.text)
        if span is None or span[0] < last_end:
            continue
        s, e = span
        opens.setdefault(s, []).append((e, timex3_tag(t, f"t{tid}", dct_tid)))
        closes.setdefault(e, []).append(s)
        tid += 1
        last_end = e
    out: list[str] = [doc.source[: doc._pieces[0].raw_start] if doc._pieces else _body_start(doc)]
    pieces = doc._pieces
    i = 0
    n = len(pieces)
    while i < n:
        piece = pieces[i]
        if piece.tag:
            # A run of tags at one plain offset: place the new close and open tags within it.
            j = i
            while j < n and pieces[j].tag:
                j += 1
            out.extend(_run(doc, pieces[i:j], piece.plain, opens, closes))
            i = j
            continue
        out.extend(_text_piece(doc, piece, opens, closes, at_start=i == 0))
        i += 1
    if not pieces or not pieces[-1].tag:
        end_plain = len(doc.text)
        out.extend("</TIMEX3>" for _ in closes.get(end_plain, []))
    tail = _TEXT.search(doc.source)
    assert tail is not None
    out.append(doc.source[tail.end(1) :])
    return "".join(out)


def _body_start(doc: TimeMLDoc) -> str:
    body = _TEXT.search(doc.source)
    assert body is not None
    return doc.source[: body.start(1)]


def _run(
    doc: TimeMLDoc,
    run: list[_Piece],
    at: int,
    opens: dict[int, list[tuple[int, str]]],
    closes: dict[int, list[int]],
) -> list[str]:
    """A run of existing tags at plain offset ``at`` with the new TIMEX3 tags that belong there."""
    els = doc._elements
    src = doc.source
    kept = [p for p in run if p.tag != "TIMEX3"]
    my_closes = closes.get(at, [])
    my_opens = opens.get(at, [])
    out: list[str] = []
    # Where the new closing tag goes: after the closing tags of elements that started inside it.
    close_at = 0
    if my_closes:
        s = my_closes[0]
        for k, p in enumerate(kept):
            if p.element < 0:  # a comment or processing instruction
                continue
            el = els[p.element]
            if (p.closing or p.empty) and el.start >= s:
                close_at = k + 1
            elif not p.closing:
                break
    # Where the new opening tag goes: before the opening tags of elements that end inside it.
    open_at = len(kept)
    if my_opens:
        e = my_opens[0][0]
        for k, p in enumerate(kept):
            if k < close_at or p.element < 0:
                continue
            el = els[p.element]
            if not p.closing and el.end <= e:
                open_at = k
                break
    open_at = max(open_at, close_at)
    for k, p in enumerate(kept + [None]):  # type: ignore[operator]
        if k == close_at:
            out.extend("</TIMEX3>" for _ in my_closes)
        if k == open_at:
            out.extend(tag for _, tag in my_opens)
        if p is not None:
            out.append(src[p.raw_start : p.raw_end])
    return out


def _text_piece(
    doc: TimeMLDoc,
    piece: _Piece,
    opens: dict[int, list[tuple[int, str]]],
    closes: dict[int, list[int]],
    at_start: bool,
) -> list[str]:
    """Character data with the new tags that fall strictly inside it (or at its start with no tag before)."""
    src = doc.source
    raw = src[piece.raw_start : piece.raw_end]
    # Map plain offsets inside the piece to raw offsets (entities take several raw characters).
    cuts = sorted(
        {
            k
            for k in list(opens) + list(closes)
            if piece.plain < k < piece.plain + len(piece.text) or (at_start and k == piece.plain)
        }
    )
    if not cuts:
        return [raw]
    out: list[str] = []
    raw_pos = 0
    plain_pos = piece.plain
    for cut in cuts:
        advance = _raw_advance(raw, raw_pos, cut - plain_pos)
        out.append(raw[raw_pos:advance])
        raw_pos, plain_pos = advance, cut
        out.extend("</TIMEX3>" for _ in closes.get(cut, []))
        out.extend(tag for _, tag in opens.get(cut, []))
    out.append(raw[raw_pos:])
    return out


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


def _raw_advance(raw: str, pos: int, chars: int) -> int:
    """The raw offset ``chars`` decoded characters after ``pos``."""
    while chars > 0 and pos < len(raw):
        m = _ENTITY.match(raw, pos) if raw[pos] == "&" else None
        decoded = html.unescape(m.group(0)) if m else raw[pos]
        pos = m.end() if m else pos + 1
        chars -= len(decoded)
    return pos


def document(text: str, timexes: Sequence[Timex], dct: datetime.date | None, docid: str = "") -> str:
    """A TimeML document for a plain text: its creation time as ``t0`` and inline TIMEX3 tags."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if docid:
        parts.append(f"<DOCID>{escape(docid)}</DOCID>")
    if dct is not None:
        parts.append(
            '<DCT><TIMEX3 tid="t0" type="DATE" value="'
            + dct.isoformat()
            + '" temporalFunction="false" functionInDocument="CREATION_TIME">'
            + dct.isoformat()
            + "</TIMEX3></DCT>"
        )
    body: list[str] = []
    pos = 0
    tid = 1
    for t in sorted(timexes, key=lambda x: x.start):
        if t.start < pos or t.end <= t.start:
            continue
        body.append(escape(text[pos : t.start]))
        body.append(timex3_tag(t, f"t{tid}", "t0" if dct is not None else ""))
        body.append(escape(text[t.start : t.end]) + "</TIMEX3>")
        pos = t.end
        tid += 1
    body.append(escape(text[pos:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"
