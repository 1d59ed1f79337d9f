"""Loaders shared by the benchmarks over the timeline data sets (T17, ML-Crisis French).

T17's 17 folders are merged into 9 topics by the prefix of their names (``bpoil_bbc`` and
``bpoil_guardian`` are one topic, ``bpoil``), as in the literature; each ML-Crisis folder is a
topic. An article is a dict ``{"id", "text", "lang", "date", "topic"}`` (``date`` is the
publication date, the name of the article's folder); a reference timeline is a dict of
``date`` to its list of summary sentences.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("STORYLINE_DATA", ROOT.parent / "shared" / "data"))
T17 = DATA / "tls" / "t17"
MLCRISIS = DATA / "tls" / "ml-crisis-fr"
_RULE = "-" * 32


def t17_folders() -> list[Path]:
    return sorted(p for p in T17.iterdir() if p.is_dir())


def t17_topic(folder: Path) -> str:
    """The topic a T17 folder belongs to: the part of its name before the outlet."""
    return folder.name.split("_")[0].lower()


def mlcrisis_folders() -> list[Path]:
    return sorted(p for p in MLCRISIS.iterdir() if p.is_dir() and p.name != "reference")


def t17_articles() -> Iterator[dict]:
    """Every non-empty T17 article, its topic the merged one."""
    for folder in t17_folders():
        for path in sorted((folder / "InputDocs").glob("*/*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                yield _item(
                    f"t17/{folder.name}/{path.parent.name}/{path.stem}", text, "en", t17_topic(folder), path
                )


def mlcrisis_articles() -> Iterator[dict]:
    """Every non-empty ML-Crisis French article (the raw ``.txt``, not the tokenised copy)."""
    for folder in mlcrisis_folders():
        for path in sorted(folder.glob("*/*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                yield _item(
                    f"mlc/{folder.name}/{path.parent.name}/{path.stem}", text, "fr", folder.name, path
                )


def _item(article_id: str, text: str, lang: str, topic: str, path: Path) -> dict:
    return {"id": article_id, "text": text, "lang": lang, "date": path.parent.name, "topic": topic}


def read_timeline(path: Path) -> dict[date, list[str]]:
    """A reference timeline file: a date line, its sentences, a rule of 32 dashes; a date
    given in several blocks keeps the sentences of all of them; a block whose date line is
    not a date (one T17 file has ``2011-04-0``) is left out."""
    out: dict[date, list[str]] = {}
    current: date | None = None
    in_block = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == _RULE:
            current, in_block = None, False
        elif not in_block:
            in_block = True
            try:
                current = date.fromisoformat(line)
            except ValueError:
                continue
            out.setdefault(current, [])
        elif current is not None:
            out[current].append(line)
    return {d: sents for d, sents in out.items() if sents}


def t17_timelines(topic: str) -> list[tuple[str, dict[date, list[str]]]]:
    """The reference timelines of a merged T17 topic, each named ``folder/file``."""
    out = []
    for folder in t17_folders():
        if t17_topic(folder) == topic:
            for path in sorted((folder / "timelines").glob("*.txt")):
                out.append((f"{folder.name}/{path.name}", read_timeline(path)))
    return out


def t17_keywords(topic: str) -> list[str]:
    """The union of the keyword lists of a merged topic's folders, first seen first."""
    words: list[str] = []
    for folder in t17_folders():
        if t17_topic(folder) == topic:
            for word in json.loads((folder / "keywords.json").read_text(encoding="utf-8")):
                if word not in words:
                    words.append(word)
    return words


def mlcrisis_timeline(topic: str) -> dict[date, list[str]]:
    return read_timeline(MLCRISIS / "reference" / f"{topic}.txt")


def write_jsonl(items: list[dict], path: Path) -> None:
    """The articles as ``storyline build`` reads them: id, text, language, publication date."""
    with path.open("w", encoding="utf-8") as fh:
        for it in items:
            row = {"id": it["id"], "text": it["text"], "lang": it["lang"], "date": it["date"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
