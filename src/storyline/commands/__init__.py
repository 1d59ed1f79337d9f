"""Sub-commands that live in modules of their own; ``storyline.cli`` registers them with ``add_command``.

Shared helpers (``--db`` option, opening the store, JSON output) stay in ``storyline.cli``.
"""
