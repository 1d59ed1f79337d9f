"""Read the entries of an RSS or Atom feed with feedparser.

Each entry becomes one input (``feed.xml:3``): its full content when the feed carries it, else
its summary, with its link, title, language and source (an aggregator's ``<source>``) as hints.
The day the entry says it was published, read in the feed's own time zone (a French feed's
"00:30 +0100" is that day, not the day before in UTC), is the article's stated date; in RSS a
``dc:date`` is that day too. An Atom entry that gives only the day it was updated is dated from
its own text, never after that day. A feed cut short is read up to its last whole entry, and
says so.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from xml.parsers import expat

from storyline.model import RawDoc, Rejection
from storyline.sources.identity import content_hash

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_ROOT = re.compile(rb"<(?:\w+:)?(?:rss|feed|RDF)[\s>]")  # <rss>, <feed>, <atom:feed>, <rdf:RDF>
# expat's errors at the end of the data: the XML stops before it closes (cut short)
_CUT = {
    expat.errors.codes[message]
    for message in (
        expat.errors.XML_ERROR_NO_ELEMENTS,
        expat.errors.XML_ERROR_UNCLOSED_TOKEN,
        expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
        expat.errors.XML_ERROR_PARTIAL_CHAR,
    )
}


def is_feed(path: str) -> bool:
    return path.lower().endswith(FEED_SUFFIXES)


def looks_like_feed(path: str) -> bool:
    """Whether a file opens as an RSS or Atom feed (an ``.xml`` file may be anything)."""
    try:
        with open(path, "rb") as stream:
            return bool(_FEED_ROOT.search(stream.read(4096)))
    except OSError:
        return True  # let the reader say why it cannot be read


def read_feed(path: str, data: bytes, max_bytes: int) -> Iterator[RawDoc | Rejection]:
    """The entries of the feed held in ``data``, or why it cannot be read as one."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches anything
    cut_after = _entries_before_cut(data)  # feedparser reads a feed cut short up to the cut, silently
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if not parsed.get("version"):
            why = f"not an RSS or Atom feed{f' ({problem})' if problem else ''}"
        elif cut_after is not None:
            why = "damaged feed: it ends before it closes, with no entry complete"
        else:
            why = "a feed with no entries"
        yield Rejection(path, why, content_hash(data))
        return
    language = re.split(r"[-_]", parsed.feed.get("language") or "")[0].lower()
    rss = parsed.get("version", "").startswith("rss")
    for number, entry in enumerate(parsed.entries, start=1):
        if cut_after is not None and number > cut_after:
            yield Rejection(f"{path}:{number}", "cut short: the feed ends inside this entry")
        else:
            yield _entry(f"{path}:{number}", entry, language, rss, max_bytes)
    if cut_after is not None:
        yield Rejection(
            path,
            f"damaged feed: it ends before it closes, after entry {min(cut_after, len(parsed.entries))};"
            " the entries before it were read",
        )


def _entries_before_cut(data: bytes) -> int | None:
    """How many entries close before the feed's XML stops, when it stops before it closes (cut
    short); None when it is whole, or broken some other way (feedparser's lenient reading then
    stands). expat reads the encoding the feed declares, and CDATA as text."""
    parser = expat.ParserCreate()
    closed = 0

    def end(name: str) -> None:
        nonlocal closed
        if name.rpartition(":")[2] in ("item", "entry"):  # <item>, <entry>, <atom:entry>
            closed += 1

    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as err:
        return closed if err.code in _CUT else None
    return None


def _entry(where: str, entry, language: str, rss: bool, max_bytes: int) -> RawDoc | Rejection:
    body, kind = _body(entry)
    if not body.strip():
        return Rejection(where, "feed entry with no content or summary")
    data = body.encode("utf-8")
    if len(data) > max_bytes:
        return Rejection(where, f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    outlet = (entry.get("source") or {}).get("title")  # an aggregator's entry names its outlet
    hints = {"url": entry.get("link"), "title": _title(entry), "lang": language, "source": outlet}
    published = _day(entry.get("published"), entry.get("published_parsed"))
    # dict.get: feedparser's own get falls back from "updated" to "published", with a warning
    updated = _day(dict.get(entry, "updated"), dict.get(entry, "updated_parsed"))
    if published or (rss and updated):  # feedparser files RSS's dc:date as "updated"
        hints["date"] = (published or updated).isoformat()
    elif updated:
        hints["updated"] = updated.isoformat()
    hints = {key: str(value) for key, value in hints.items() if value}
    # As for JSON: the hash covers the body and the stated hints, so the same entry met again in
    # a later copy of the feed is one input, and a corrected one is a new input.
    return RawDoc(where, data, kind, content_hash(data + json.dumps(hints, sort_keys=True).encode()), hints)


def _body(entry) -> tuple[str, str]:
    """The entry's fullest text: its content, else its summary; with how to read it."""
    for detail in [*entry.get("content", ()), entry.get("summary_detail")]:
        if detail and (detail.get("value") or "").strip():
            return detail["value"], "html" if "html" in (detail.get("type") or "") else "text"
    return "", "text"


def _day(raw: str | None, parsed) -> date | None:
    """The day a feed date names, in its own time zone (RFC 822 or ISO 8601), else feedparser's UTC day."""
    if raw:
        for read in (parsedate_to_datetime, lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))):
            try:
                return read(raw.strip()).date()
            except (TypeError, ValueError, IndexError):
                continue
    if parsed:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _title(entry) -> str | None:
    """The entry's title as text: an HTML title loses its tags and entities."""
    title = entry.get("title")
    if title and "html" in ((entry.get("title_detail") or {}).get("type") or ""):
        title = html.unescape(re.sub(r"<[^>]+>", "", title))
    return " ".join(title.split()) if title else None
