"""``storyline dates PATH...``: the publication date of every input, the inputs read as one corpus.

The inputs go through the whole pipeline (into ``--db``, or a temporary store), so that an
article with only relative dates is dated through the events it shares with dated articles of
its story. Per input, ``{"path", "id", "date", "granularity", "confidence", "evidence"}``
(``--format jsonl``; ``date`` as ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or null) or one readable
line each (``--format text``). An input too short to be an article is still dated from its
page; one that cannot be read gets a null date and its reason (``error``); a copy of another
input (the same bytes) gets that input's record, with ``note`` "same content as …".
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click

from storyline.cli import READABLE, _build_with_progress, _open, err, print_passed_over
from storyline.commands import favor_option
from storyline.model import PubDate, RawDoc
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
        summary = _build_with_progress(paths, store, quiet, favor, keep_already=True)
        print_passed_over(summary.passed_over)
        failed = 0
        for record in _records(store, paths, favor, summary.already):
            failed += bool(record.get("error"))
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(_line(record))
        store.engine.dispose()
    if failed:
        err.print(f"{failed} input(s) could not be read or dated: their records give the reason")
    if summary.files == 0 and summary.read == 0:
        raise click.ClickException(f"no readable input found: give files or folders of articles ({READABLE})")


def _records(
    store: Store, paths: tuple[str, ...], favor: str, already: list[tuple[str, str]] = ()
) -> Iterator[dict]:
    """A record per input under ``paths``; ``already`` (path, content hash) are the inputs whose
    content the store held before (a copy of another input, or one stored under another
    spelling of its path): each gets the record of the stored article or rejection."""
    roots = [STDIN_LABEL if p == STDIN else str(Path(p)) for p in paths]

    def wanted(path: str) -> bool:
        # the file itself, a record of a file of many ("pile.jsonl:7"), or a file in a folder
        return any(path == r or path.startswith((r + ":", r.rstrip("/") + "/")) for r in roots)

    by_hash = {h: path for path, h in already}
    stored: dict[str, dict] = {}  # content hash -> the record of the article or rejection holding it
    read: dict[str, dict[str, RawDoc]] = {}  # per file read again, its inputs by path
    for art in store.articles():
        record = {"path": art.path, "id": art.id, **published_json(art.published)}
        if art.content_hash in by_hash:
            stored[art.content_hash] = record
        if wanted(art.path):
            yield record
    for rej in store.rejections():
        copied = rej.content_hash in by_hash
        if not (copied or wanted(rej.path)):
            continue
        pub = _page_date(rej.path, favor, read) if rej.reason.startswith("no article text") else None
        record = {"path": rej.path, "id": None}
        record.update(_unread(rej.reason) if pub is None else {**published_json(pub), "note": rej.reason})
        if copied:
            stored[rej.content_hash] = record
        if wanted(rej.path):
            yield record
    for path, content_hash in already:
        same = stored.get(content_hash)
        if same is None or same["path"] == path:
            continue
        one_input = _same_input(path, same["path"])
        if one_input and wanted(same["path"]):
            continue  # already given under the spelling it is stored with
        record = {**same, "path": path}
        if not one_input:
            record["note"] = f"same content as {same['path']}" + (
                f"; {same['note']}" if "note" in same else ""
            )
        yield record


def _same_input(a: str, b: str) -> bool:
    """Whether two paths name one input, spelled two ways ("examples/x.txt", "/repo/examples/x.txt")."""

    def where(path: str) -> tuple[str, str]:
        whole = record_file(path)
        return (os.path.realpath(whole), path[len(whole) :]) if whole else (os.path.realpath(path), "")

    return where(a) == where(b)


def _unread(reason: str) -> dict:
    return {"date": None, "granularity": "unknown", "confidence": 0.0, "evidence": [], "error": reason}


def _page_date(path: str, favor: str, read: dict[str, dict[str, RawDoc]]) -> PubDate | None:
    """The date of a page too short to be stored as an article, from its own evidence. A file of
    many (``pile.jsonl:7``) is read again once, its inputs kept in ``read``."""
    from storyline.pipeline import date_page  # spaCy and the build's modules load when a command runs

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
