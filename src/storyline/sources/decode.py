"""Bytes to text: a declared charset when there is one, else detection.

French pages are often cp1252 or latin-1; charset-normalizer guesses when nothing is declared.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode(data: bytes) -> str:
    """Decode ``data``: BOM, then strict UTF-8, then a declared charset, then detection."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(browser_charset(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    western = _try_western(data)
    if western is not None:
        return western
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable bytes: no text encoding fits (binary or corrupt file)")
    try:
        text = data.decode(browser_charset(best.encoding))
    except (UnicodeDecodeError, LookupError) as err:
        raise DecodeError(f"undecodable bytes: {err}") from err
    if _control_ratio(text) > 0.01:
        raise DecodeError("undecodable bytes: decodes only to control characters (binary file?)")
    return text


def _try_western(data: bytes) -> str | None:
    """cp1252 (a superset of printable latin-1) when it reads as Western text.

    Short French pages defeat statistical detectors; cp1252 is by far the likeliest legacy
    encoding of French and English news, so it is tried first and kept when nearly every
    character it yields is a Latin letter, digit, space or common punctuation.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:20_000]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch in _UNLIKELY)
    return text if odd / max(1, len(sample)) < 0.002 else None


_UNLIKELY = set("ƒˆŠ‹ŒŽ˜š›žŸ¤¦¨¬¯±²³´µ¶¸¹¼½¾×÷ÃÐÞðþ")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore").lower() if match else None


def browser_charset(name: str) -> str:
    """Browsers read latin-1 labels as cp1252 (WHATWG); so do we, for the “ ” and € it adds."""
    norm = name.lower().replace("_", "-")
    return "cp1252" if norm in {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1"} else name


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))
