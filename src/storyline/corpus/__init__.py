"""Phase 2: corpus-level stages (duplicates, later stories and entities)."""
