"""Read the entries of an RSS or Atom feed with feedparser.

Each entry becomes one input (``feed.xml:3``): its full content when the feed carries it, else
its summary, with its link, title and language as hints. The day the entry says it was
published, read in the feed's own time zone (a French feed's "00:30 +0100" is that day, not the
day before in UTC), is the article's stated date. An entry that gives only the day it was
updated is dated from its own text, never after that day.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from storyline.model import RawDoc, Rejection

FEED_SUFFIXES = (".rss", ".atom", ".xml")


def is_feed(path: str) -> bool:
    return path.lower().endswith(FEED_SUFFIXES)


def read_feed(path: str, data: bytes, max_bytes: int) -> Iterator[RawDoc | Rejection]:
    """The entries of the feed held in ``data``, or why it cannot be read as one."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches anything
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if not parsed.get("version"):
            why = f"not an RSS or Atom feed{f' ({problem})' if problem else ''}"
        else:
            why = "a feed with no entries"
        yield Rejection(path, why, _digest(data))
        return
    language = (parsed.feed.get("language") or "").split("-")[0].lower()
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(f"{path}:{number}", entry, language, max_bytes)


def _entry(where: str, entry, language: str, max_bytes: int) -> RawDoc | Rejection:
    body, kind = _body(entry)
    if not body.strip():
        return Rejection(where, "feed entry with no content or summary")
    data = body.encode("utf-8")
    if len(data) > max_bytes:
        return Rejection(where, f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    hints = {"url": entry.get("link"), "title": entry.get("title"), "lang": language}
    published = _day(entry.get("published"), entry.get("published_parsed"))
    if published:
        hints["date"] = published.isoformat()
    else:
        updated = _day(entry.get("updated"), entry.get("updated_parsed"))
        if updated:
            hints["updated"] = updated.isoformat()
    hints = {key: str(value) for key, value in hints.items() if value}
    # As for JSON: the hash covers the body and the stated hints, so the same entry met again in
    # a later copy of the feed is one input, and a corrected one is a new input.
    return RawDoc(where, data, kind, _digest(data + json.dumps(hints, sort_keys=True).encode()), hints)


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


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
