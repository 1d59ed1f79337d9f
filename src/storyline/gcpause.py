"""A pause of the cyclic garbage collector around work that makes many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Stages that build millions of small records but no reference cycles would otherwise have
    the collector rescan everything alive (the whole loaded corpus), again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
