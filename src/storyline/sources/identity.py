"""An input's identity: the SHA-256 of its bytes (and of the hints its source states)."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
