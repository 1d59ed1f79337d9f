"""Counts added and rows replaced by key, natively (SQLite's ON CONFLICT) and by the portable path."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select

from storyline.store import schema as s
from storyline.store import upsert

counts = s.outlet_lines
frequencies = s.term_df


@pytest.fixture(params=["native", "portable"])
def engine(request, monkeypatch):
    if request.param == "portable":
        monkeypatch.setattr(upsert, "_native", lambda conn: None)
    engine = create_engine("sqlite://")
    s.metadata.create_all(engine, tables=[counts, frequencies])
    return engine


def _rows(engine, table) -> set[tuple]:
    with engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(table))}


def _add(engine, *rows: tuple[str, str, int]) -> None:
    """One transaction adding ``rows`` (outlet, line key, articles)."""
    with engine.begin() as conn:
        dicts = [{"outlet": o, "line_key": k, "articles": n} for o, k, n in rows]
        upsert.add_counts(conn, counts, ("outlet", "line_key"), "articles", dicts)


def test_counts_add_up_by_key(engine):
    _add(engine, ("a.fr", "menu", 2), ("b.fr", "menu", 1))
    _add(engine, ("a.fr", "menu", 3), ("a.fr", "partager", 1))
    _add(engine)
    _add(engine, ("c.fr", "menu", 1), ("c.fr", "menu", 2))  # a key twice in one batch
    expected = {("a.fr", "menu", 5), ("b.fr", "menu", 1), ("a.fr", "partager", 1), ("c.fr", "menu", 3)}
    assert _rows(engine, counts) == expected


def test_rows_replace_by_key(engine):
    keys = ("lang", "term")
    with engine.begin() as conn:
        upsert.replace_rows(
            conn,
            frequencies,
            keys,
            [
                {"lang": "fr", "term": "retrait", "df": 4},
                {"lang": "en", "term": "retrait", "df": 1},
            ],
        )
        upsert.replace_rows(conn, frequencies, keys, [{"lang": "fr", "term": "retrait", "df": 9}])
        twice = [{"lang": "fr", "term": "vote", "df": 1}, {"lang": "fr", "term": "vote", "df": 2}]
        upsert.replace_rows(conn, frequencies, keys, twice)  # a key twice: the last row stands
    assert _rows(engine, frequencies) == {("fr", "retrait", 9), ("en", "retrait", 1), ("fr", "vote", 2)}
