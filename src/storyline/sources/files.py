"""Read articles from files and folders: .txt, .html/.htm, .json and .jsonl, RSS and Atom feeds
(``sources/feeds.py``), and web archives (WARC/ARC, ``sources/warc.py``).

Readers yield ``RawDoc`` for what can be read and ``Rejection`` for what cannot, so one
bad file never stops a run. Folders are walked recursively in a stable (sorted) order.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from storyline.model import RawDoc, Rejection
from storyline.sources.decode import DecodeError, decode
from storyline.sources.feeds import FEED_SUFFIXES, is_feed, looks_like_feed, read_feed
from storyline.sources.identity import content_hash
from storyline.sources.warc import WARC_SUFFIXES, is_archive, read_archive

MAX_BYTES = 1_500_000
STDIN = "-"  # JSON lines read from standard input
# Records of standard input are named "<stdin 2031-03-05T10:00:00Z>:7": each run's stream its own.
STDIN_LABEL = f"<stdin {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}>"
MAX_FEED_BYTES = 100_000_000  # a feed is parsed whole
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | set(FEED_SUFFIXES) | set(WARC_SUFFIXES)
# ``crawled``: the day the page was fetched, after which it cannot have been published.
HINT_FIELDS = ("id", "url", "title", "date", "source", "lang", "crawled")
MANY_SUFFIXES = (*JSON_SUFFIXES, *FEED_SUFFIXES, *WARC_SUFFIXES)  # files of many inputs
_RECORD = re.compile(
    "(.+(?:" + "|".join(map(re.escape, MANY_SUFFIXES)) + r")|<stdin[^>]*>):\d+", re.IGNORECASE
)


def record_file(path: str) -> str | None:
    """The file of many (or the stream) an input's path names it a record of: ``pile.jsonl:7``,
    ``flux.xml:3``, ``crawl.warc.gz:12``, ``<stdin …>:2``; None for a file of its own."""
    record = _RECORD.fullmatch(path)
    return record[1] if record else None


def discover(paths: Iterable[str], passed_over: list[str] | None = None) -> Iterator[str | Rejection]:
    """Every readable file under ``paths`` (as given, or found under a given folder).

    Files of another type found in a folder (a PDF, an image) are not articles: they are left
    out, and their paths added to ``passed_over`` when given, so the caller can say so. Hidden
    files and folders are left out without a word.
    """
    for given in paths:
        if given == STDIN:
            yield given
        elif os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = os.path.join(root, name)
                    if readable(name) and (not name.lower().endswith(".xml") or looks_like_feed(path)):
                        yield path
                    elif passed_over is not None:
                        passed_over.append(path)
        elif os.path.isfile(given):
            yield given
        else:
            yield Rejection(given, "no such file or folder")


def readable(name: str) -> bool:
    """Whether a file of this name is one storyline reads (``.warc.gz`` included)."""
    return name.lower().endswith(tuple(SUFFIXES))


def read_path(path: str, left_out: Counter[str] | None = None) -> Iterator[RawDoc | Rejection]:
    """The documents in one file (several for JSON lines, feeds and web archives), or the reason
    it was refused. ``left_out`` counts, by kind, the records of a web archive that are no page."""
    if path == STDIN:
        yield from _read_json_lines(STDIN_LABEL, _stdin_lines())
        return
    if is_archive(path):
        yield from _each_checked(read_archive(path, MAX_BYTES, left_out))
        return
    suffix = Path(path).suffix.lower()
    # a page has a page's size; JSON is read as it comes; a feed is parsed whole
    feed = is_feed(path)
    limit = None if suffix in JSON_SUFFIXES else MAX_FEED_BYTES if feed else MAX_BYTES
    try:
        size = os.path.getsize(path)
        if limit is not None and size > limit:
            what = "too large for a feed" if feed else "too large"
            page = "" if feed else "; not an article page"
            yield Rejection(path, f"{what}: {size:,} bytes (limit {limit:,}){page}")
            return
        data = Path(path).read_bytes()
    except OSError as err:
        yield Rejection(path, f"cannot read: {err.strerror or err}")
        return
    if suffix in JSON_SUFFIXES:
        yield from _read_json(path, data)
    elif feed:
        if not data.strip():
            yield Rejection(path, "empty file", content_hash(data))
        else:
            yield from _each_checked(read_feed(path, data, MAX_BYTES))
    else:
        kind = "html" if suffix in HTML_SUFFIXES or _looks_like_html(data) else "text"
        yield from _checked(RawDoc(path, data, kind, content_hash(data)))


def _each_checked(items: Iterable[RawDoc | Rejection]) -> Iterator[RawDoc | Rejection]:
    for item in items:
        if isinstance(item, Rejection):
            yield item
        else:
            yield from _checked(item)


def _checked(doc: RawDoc) -> Iterator[RawDoc | Rejection]:
    """Refuse empty and binary content up front, with a reason."""
    if not doc.content.strip():
        yield Rejection(doc.path, "empty file", doc.content_hash)
    elif len(doc.content) > MAX_BYTES:
        yield Rejection(
            doc.path, f"too large: {len(doc.content):,} bytes (limit {MAX_BYTES:,})", doc.content_hash
        )
    elif b"\x00" in doc.content[:8192] and not doc.content.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Rejection(doc.path, "binary file (NUL bytes): not text or HTML", doc.content_hash)
    else:
        try:
            decode(doc.content)
        except DecodeError as err:
            yield Rejection(doc.path, str(err), doc.content_hash)
            return
        yield doc


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _read_json(path: str, data: bytes) -> Iterator[RawDoc | Rejection]:
    try:
        text = decode(data)
    except DecodeError as err:
        yield Rejection(path, str(err), content_hash(data))
        return
    stripped = text.lstrip()
    if not stripped:
        yield Rejection(path, "empty file", content_hash(data))
        return
    if path.lower().endswith(".json") and stripped[0] in "[{":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            yield Rejection(path, f"malformed JSON: {err.msg} at line {err.lineno}", content_hash(data))
            return
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items, start=1):
            yield _from_object(path, index, item)
        return
    yield from _read_json_lines(path, text.splitlines())


def _stdin_lines() -> Iterator[str | DecodeError]:
    """Standard input's lines as they come (a stream is read as it is written, not at its end);
    a line too long to be an article, or in no encoding, as the error that refuses it."""
    stream = sys.stdin.buffer
    while raw := stream.readline(MAX_BYTES * 2 + 1):
        if not raw.endswith(b"\n") and len(raw) > MAX_BYTES * 2:
            while (rest := stream.readline(MAX_BYTES)) and not rest.endswith(b"\n"):
                pass  # the rest of the overlong line
            yield DecodeError(f"too large: a line of over {MAX_BYTES * 2:,} bytes")
            continue
        try:
            yield decode(raw)
        except DecodeError as err:
            yield err


def _read_json_lines(path: str, lines: Iterable[str | DecodeError]) -> Iterator[RawDoc | Rejection]:
    for lineno, line in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        if isinstance(line, DecodeError):
            yield Rejection(where, str(line))
            continue
        line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(where, f"malformed JSON line: {err.msg}", content_hash(line.encode()))
            continue
        yield _from_object(path, lineno, item)


def _from_object(path: str, index: int, item: object) -> RawDoc | Rejection:
    """One JSON object: its ``html`` or ``text`` field, with the other fields as hints."""
    where = f"{path}:{index}"
    if not isinstance(item, dict):
        return Rejection(where, "JSON item is not an object")
    body = item.get("html") or item.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(where, "JSON object has no 'text' or 'html' field with content")
    kind = "html" if item.get("html") else "text"
    hints = {k: str(item[k]) for k in HINT_FIELDS if item.get(k) not in (None, "")}
    data = body.encode("utf-8")
    # The hash covers the body and the stated hints, so a corrected date is a new input.
    digest = content_hash(data + json.dumps(hints, sort_keys=True).encode())
    return RawDoc(where, data, kind, digest, hints)
