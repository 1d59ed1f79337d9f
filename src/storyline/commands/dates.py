"""``storyline dates PATH...``: the publication date of every input, the inputs read as one corpus.

The inputs go through the whole pipeline (into ``--db``, or a temporary store), so that an
article with only relative dates is dated through the events it shares with dated articles of
its story. Per input, ``{"path", "id", "date", "granularity", "confidence", "evidence"}``
(``--format jsonl``; ``date`` as ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or null) or one readable
line each (``--format text``). An input too short to be an article is still dated from its
page; one that cannot be read gets a null date and its reason.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click

from storyline.cli import _build_with_progress, _open, err, print_passed_over
from storyline.commands import favor_option
from storyline.model import PubDate, RawDoc
from storyline.pipeline import date_page
from storyline.sources.files import STDIN, STDIN_LABEL, read_path, record_file
from storyline.store import Store
from storyline.views import published_json


@click.command("dates")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option(
    "--db",
    default=None,
    metavar="FILE",
    help="Keep the store in FILE (and reuse what it holds); default: a temporary store.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@favor_option
def dates(paths: tuple[str, ...], fmt: str, db: str | None, quiet: bool, favor: str) -> None:
    """Date every input of PATHS, read together as one corpus.

    Each date comes with its granularity (day, month, year, unknown), a confidence in
    [0, 1] and its evidence: page metadata, date lines, datelines, weekday–date pairs,
    years named, and events shared with dated articles of the same story.
    """
    with tempfile.TemporaryDirectory(prefix="storyline-dates-") as tmp:
        store = _open(db or str(Path(tmp) / "dates.db"), must_exist=False)
        summary = _build_with_progress(paths, store, quiet, favor)
        print_passed_over(summary.passed_over)
        failed = 0
        for record in _records(store, paths, favor):
            failed += bool(record.get("error"))
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(_line(record))
        store.engine.dispose()
    if failed:
        err.print(f"{failed} input(s) could not be read or dated: their records give the reason")


def _records(store: Store, paths: tuple[str, ...], favor: str) -> Iterator[dict]:
    roots = [STDIN_LABEL if p == STDIN else str(Path(p)) for p in paths]

    def wanted(path: str) -> bool:
        # the file itself, a record of a file of many ("pile.jsonl:7"), or a file in a folder
        return any(path == r or path.startswith((r + ":", r.rstrip("/") + "/")) for r in roots)

    read: dict[str, dict[str, RawDoc]] = {}  # per file read again, its inputs by path
    for art in store.articles():
        if wanted(art.path):
            yield {"path": art.path, "id": art.id, **published_json(art.published)}
    for rej in store.rejections():
        if not wanted(rej.path):
            continue
        pub = _page_date(rej.path, favor, read) if rej.reason.startswith("no article text") else None
        record = {"path": rej.path, "id": None}
        if pub is None:
            record.update(date=None, granularity="unknown", confidence=0.0, evidence=[], error=rej.reason)
        else:
            record.update(published_json(pub), note=rej.reason)
        yield record


def _page_date(path: str, favor: str, read: dict[str, dict[str, RawDoc]]) -> PubDate | None:
    """The date of a page too short to be stored as an article, from its own evidence. A file of
    many (``pile.jsonl:7``) is read again once, its inputs kept in ``read``."""
    whole = record_file(path)
    source = whole if whole and os.path.isfile(whole) else path
    if source not in read:
        try:
            read[source] = {d.path: d for d in read_path(source) if isinstance(d, RawDoc)}
        except OSError:
            read[source] = {}
    doc = read[source].get(path)
    return date_page(doc, favor) if doc is not None else None


def _line(record: dict) -> str:
    date = record["date"] or "unknown"
    why = "; ".join(f"{e['kind']}: {e['text']}" for e in record["evidence"][:2])
    extra = f"  ({record['error']})" if record.get("error") else ""
    return f"{record['path']}\t{date}\t{record['granularity']}\t{record['confidence']:.2f}\t{why}{extra}"
