"""The store's own key–value facts (``store_info``): schema version, layouts, counters."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from storyline.store import schema as s


def read_info(conn, key: str) -> str | None:
    return conn.execute(select(s.store_info.c.value).where(s.store_info.c.key == key)).scalar()


def write_info(conn, key: str, value: str) -> None:
    """Set ``key`` to ``value`` (in the caller's transaction)."""
    conn.execute(delete(s.store_info).where(s.store_info.c.key == key))
    conn.execute(insert(s.store_info).values(key=key, value=value))
