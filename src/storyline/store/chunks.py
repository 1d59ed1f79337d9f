"""Long ``IN`` lists and long tables, cut into slices the database and memory take."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import Table, select

CHUNK = 500

_T = TypeVar("_T")


def chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``items`` in slices of :data:`CHUNK`."""
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def live_pages(conn, table: Table, size: int) -> Iterator[list]:
    """The live rows of ``table`` (``merged_into`` unset), ``size`` at a time in order of id: a
    page is read whole, so the rows are never all in memory, whatever the driver buffers."""
    query = select(table).where(table.c.merged_into.is_(None)).order_by(table.c.id).limit(size)
    last = None
    while True:
        rows = conn.execute(query if last is None else query.where(table.c.id > last)).mappings().all()
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]
