"""Read the pages of a web archive (WARC or ARC, gzipped or not) with warcio.

Each archived HTML (or plain-text) page fetched with success becomes one input, under the
archive's path and the record's number (``crawl.warc.gz:12``), with its address and the day it
was fetched as hints: a page cannot have been published after it was fetched. What a crawl also
holds (requests, metadata, images, scripts, redirects, errors, revisits) is counted and left
out. A damaged archive keeps the pages read before the damage; a page it cuts short is refused.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from storyline.model import RawDoc, Rejection
from storyline.sources.decode import browser_charset

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


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
            for record in ArchiveIterator(stream, arc2warc=True):
                number += 1
                yield from _page(path, number, record, max_bytes, left_out)
    except OSError as err:
        yield Rejection(path, f"cannot read: {err.strerror or err}")
    except Exception as err:  # noqa: BLE001 - warcio, gzip and zlib each raise their own kinds
        where = f"after record {number}" if number else "at its start"
        yield Rejection(path, f"not a readable web archive (WARC/ARC), {where}: {err or type(err).__name__}")


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
) -> Iterator[RawDoc | Rejection]:
    """One record as an input, if it is a page fetched with success."""
    if record.rec_type not in ("response", "resource"):
        left_out[record.rec_type] += 1
        return
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if status != "200":
        left_out[f"HTTP {status}"] += 1
        return
    headers = record.http_headers or record.rec_headers
    content_type = (headers.get_header("Content-Type") or "").lower()
    kind = PAGE_TYPES.get(content_type.split(";")[0].strip())
    if kind is None:
        left_out[content_type.split(";")[0].strip() or "no content type"] += 1
        return
    where = f"{path}:{number}"
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        reason = f"too large: over {max_bytes:,} bytes ({url})"
        yield Rejection(where, reason, hashlib.sha256(where.encode()).hexdigest())
        return
    if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ends inside the record
        reason = f"cut short: the archive ends inside this page ({url})"
        yield Rejection(where, reason, hashlib.sha256(where.encode()).hexdigest())
        return
    data = _as_utf8(data, content_type)
    hints = {"url": url} if url else {}
    fetched = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", fetched):
        hints["crawled"] = fetched
    digest = hashlib.sha256(data + url.encode()).hexdigest()  # the same page fetched again is one input
    yield RawDoc(where, data, kind, digest, hints)


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
