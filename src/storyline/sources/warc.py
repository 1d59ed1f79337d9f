"""Read the pages of a web archive (WARC or ARC, gzipped or not) with warcio.

Each page fetched from the web with success (an HTTP 200 ``response``, or a ``resource``
record, of type HTML, XHTML or plain text) becomes one input, under the archive's path and the
record's number (``crawl.warc.gz:12``), with its address and the day it was fetched as hints: a
page cannot have been published after it was fetched. What a crawl also holds (requests,
metadata, revisits, images, scripts, redirects, errors, robots.txt, the crawler's own log) is
counted and left out. A page the crawler or a damage cut short is refused; an archive damaged
further on keeps the pages read before the damage, and is refused from there with the reason.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from storyline.model import RawDoc, Rejection
from storyline.sources.decode import browser_charset
from storyline.sources.identity import content_hash

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
TRAILING_SLACK = 4  # bytes after the last record that may be blank lines


def is_archive(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_archive(
    path: str, max_bytes: int, left_out: Counter[str] | None = None
) -> Iterator[RawDoc | Rejection]:
    """The archived pages of ``path``; the records that are no page are counted in ``left_out``."""
    from warcio.archiveiterator import ArchiveIterator

    left_out = left_out if left_out is not None else Counter()
    number = 0
    try:
        if not _starts_as_archive(path):
            yield Rejection(path, "not a web archive: it does not open with a WARC or ARC header")
            return
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            last, refused = None, False
            for record in records:
                number += 1
                page = _page(path, number, record, max_bytes, left_out)
                if page is not None:
                    yield page
                last, refused = record, isinstance(page, Rejection)
            size = os.path.getsize(path)
            if last is not None and not refused and _incomplete(last):  # read on from a cut header
                yield Rejection(path, f"damaged web archive: it ends inside record {number}")
            elif records.offset < size - TRAILING_SLACK:  # warcio stops without a word at a cut header
                yield Rejection(
                    path,
                    f"damaged web archive: unreadable from byte {records.offset:,} of {size:,}, after "
                    f"record {number}; the pages before it were read",
                )
    except OSError as err:
        yield Rejection(path, f"cannot read: {err.strerror or err}")
    except Exception as err:  # noqa: BLE001 - warcio, gzip and zlib each raise their own kinds
        where = f"after record {number}" if number else "at its start"
        if "non-chunked" in str(err):
            why = "gzipped as one block, not record by record: gunzip it and give the .warc"
        elif isinstance(err, (AttributeError, TypeError, KeyError, IndexError)):  # warcio's own slips
            why = "a record's header cannot be parsed"
        else:
            why = (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
        yield Rejection(path, f"damaged web archive, {where}: {why}")


def _incomplete(record: ArcWarcRecord) -> bool:
    """Whether the record was cut: a header without its length, or fewer bytes than it states."""
    return not record.rec_headers.get_header("Content-Length") or getattr(record.raw_stream, "limit", 0) > 0


def _starts_as_archive(path: str) -> bool:
    """Whether the file opens as a WARC or ARC file does, gzipped or not (warcio alone would
    read lines of any text as ARC records)."""
    with open(path, "rb") as stream:
        head = stream.read(16)
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path) as unzipped:
                head = unzipped.read(16)
        except (OSError, EOFError, zlib.error):
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _page(
    path: str, number: int, record: ArcWarcRecord, max_bytes: int, left_out: Counter[str]
) -> RawDoc | Rejection | None:
    """One record as an input if it is a page fetched from the web with success, else None
    (and the record counted by kind in ``left_out``)."""
    if not record.rec_type:
        return Rejection(path, f"damaged web archive: record {number} has no readable header")
    if record.rec_type not in ("response", "resource"):
        left_out[record.rec_type] += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):  # wget's own log and arguments, dns: records
        left_out[f"{parts.scheme or 'no'}: address"] += 1
        return None
    if parts.path.endswith("/robots.txt"):
        left_out["robots.txt"] += 1
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if status != "200":
        left_out[f"HTTP {status}"] += 1
        return None
    headers = record.http_headers or record.rec_headers
    content_type = (headers.get_header("Content-Type") or "").lower()
    media_type = content_type.split(";")[0].strip()
    kind = PAGE_TYPES.get(media_type)
    if kind is None:
        left_out[media_type or "no content type"] += 1
        return None
    where = f"{path}:{number}"
    identity = content_hash(where.encode())
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return Rejection(where, f"cut short by the crawler (WARC-Truncated: {truncated}; {url})", identity)
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return Rejection(where, f"too large: over {max_bytes:,} bytes ({url})", identity)
    if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ends inside the record
        return Rejection(where, f"cut short: the archive ends inside this page ({url})", identity)
    hints = {"url": url}
    fetched = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", fetched):
        hints["crawled"] = fetched
    data = _as_utf8(data, content_type)
    digest = content_hash(data + url.encode())  # the same page fetched again is one input
    return RawDoc(where, data, kind, digest, hints)


def _as_utf8(data: bytes, content_type: str) -> bytes:
    """The page re-encoded in UTF-8 when its HTTP header names a charset the bytes are in."""
    match = _CHARSET.search(content_type)
    if not match:
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(browser_charset(match.group(1))).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data
