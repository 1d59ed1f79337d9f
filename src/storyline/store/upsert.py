"""Rows written by key in one statement per batch: SQLite's and PostgreSQL's ``ON CONFLICT``, with a
portable fallback for other databases."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, delete, insert, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from storyline.store.chunks import chunks


def _native(conn):
    """The dialect module whose ``insert`` takes ``on_conflict_do_update``, if the database has one."""
    return {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)


def replace_rows(conn, table: Table, keys: Sequence[str], rows: list[dict]) -> None:
    """Write ``rows``, each replacing the stored row of the same ``keys`` (of rows sharing a key,
    the last)."""
    rows = list({tuple(r[k] for k in keys): r for r in rows}.values())
    if not rows:
        return
    module = _native(conn)
    if module is not None:
        stmt = module.insert(table)
        values = {c: stmt.excluded[c] for c in rows[0] if c not in keys}
        upsert = stmt.on_conflict_do_update(index_elements=list(keys), set_=values) if values else None
        conn.execute(upsert if upsert is not None else stmt.on_conflict_do_nothing(), rows)
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
    for row in rows:  # row by row: the database, not Python, says which keys are the same
        where = [table.c[k] == row[k] for k in keys]
        done = conn.execute(update(table).where(*where).values({column: table.c[column] + row[column]}))
        if not done.rowcount:
            conn.execute(insert(table).values(**row))
