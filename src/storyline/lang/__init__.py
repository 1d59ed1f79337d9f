"""Language knowledge as data: one folder per language, one JSON file per kind of knowledge.

Code stays language-agnostic and asks ``load("fr", "timex")``; adding a language is adding
a folder (``lang/de/…``) and its tests.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

FALLBACK = "en"


@cache
def available() -> tuple[str, ...]:
    """The languages that have a data folder."""
    root = resources.files(__package__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def load(lang: str, name: str) -> Any:
    """The data file ``lang/<lang>/<name>.json``; the fallback language's when ``lang`` has none.

    Raises ``FileNotFoundError`` when neither language has the file.
    """
    for candidate in (lang, FALLBACK):
        path = resources.files(__package__) / candidate / f"{name}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"no language data {name!r} for {lang!r} (nor {FALLBACK!r})")


def has(lang: str, name: str) -> bool:
    """Whether ``lang`` has its own data file ``name`` (without falling back)."""
    return (resources.files(__package__) / lang / f"{name}.json").is_file()
