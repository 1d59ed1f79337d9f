"""Persistence: the schema and the store (SQLite by default)."""

from storyline.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
