"""Rows written by key in one statement per batch: SQLite's and PostgreSQL's ``ON CONFLICT``, with a
portable fallback for other databases."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, bindparam, delete, insert, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from storyline.store.chunks import chunks


def _native(conn):
    """The dialect module whose ``insert`` takes ``on_conflict_do_update``, if the database has one."""
    return {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)


def replace_rows(conn, table: Table, keys: Sequence[str], rows: list[dict]) -> None:
    """Write ``rows``, each replacing the stored row of the same ``keys``."""
    if not rows:
        return
    module = _native(conn)
    if module is not None:
        stmt = module.insert(table)
        values = {c: stmt.excluded[c] for c in rows[0] if c not in keys}
        conn.execute(stmt.on_conflict_do_update(index_elements=list(keys), set_=values), rows)
        return
    key_cols = tuple_(*(table.c[k] for k in keys))
    for part in chunks(rows):
        conn.execute(delete(table).where(key_cols.in_([tuple(r[k] for k in keys) for r in part])))
        conn.execute(insert(table), list(part))


def add_counts(conn, table: Table, keys: Sequence[str], column: str, rows: list[dict]) -> None:
    """Add each row's ``column`` to the stored count of the same ``keys`` (a new key starts at it)."""
    if not rows:
        return
    module = _native(conn)
    if module is not None:
        stmt = module.insert(table)
        added = {column: table.c[column] + stmt.excluded[column]}
        conn.execute(stmt.on_conflict_do_update(index_elements=list(keys), set_=added), rows)
        return
    key_cols = tuple_(*(table.c[k] for k in keys))
    for part in chunks(rows):
        wanted = [tuple(r[k] for k in keys) for r in part]
        query = select(*(table.c[k] for k in keys)).where(key_cols.in_(wanted))
        stored = {tuple(r) for r in conn.execute(query)}
        old = [r for r, key in zip(part, wanted, strict=True) if key in stored]
        new = [r for r, key in zip(part, wanted, strict=True) if key not in stored]
        if old:
            bound = update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in keys))
            bound = bound.values({column: table.c[column] + bindparam(f"n_{column}")})
            conn.execute(bound, [{**{f"k_{k}": r[k] for k in keys}, f"n_{column}": r[column]} for r in old])
        if new:
            conn.execute(insert(table), new)
