"""Long ``IN`` lists and long tables, cut into slices the database and memory take."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, Table, select

CHUNK = 500

_T = TypeVar("_T")


def chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``items`` in slices of :data:`CHUNK`."""
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def live_pages(conn, table: Table, size: int) -> Iterator[list]:
    """The live rows of ``table`` (``merged_into`` unset), ``size`` at a time in order of id: a
    page is read whole, so the rows are never all in memory, whatever the driver buffers."""
    query = select(table).where(table.c.merged_into.is_(None))
    for rows in keyset_pages(conn, query, table.c.id, size):
        yield [r._mapping for r in rows]


def keyset_pages(conn, query: Select, key: ColumnElement, size: int) -> Iterator[list]:
    """The rows of ``query``, ``size`` at a time in order of ``key`` (a unique column the query
    selects): each page starts after the last key of the one before, never at an offset."""
    query = query.order_by(key).limit(size)
    last = None
    while rows := conn.execute(query if last is None else query.where(key > last)).all():
        yield rows
        last = getattr(rows[-1], key.key)
