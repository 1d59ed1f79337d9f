"""``storyline clean PATH...``: the extraction stage alone, on plain text and HTML alike.

The files given are one corpus: every page is read and its lines counted per outlet (else per
file or folder) first, then each page is cleaned, so a line recurring across an outlet's pages
goes as furniture. Nothing is stored. Per input, a record ``{"path", "text", "title", "outlet",
"agency", "furniture": [{"line", "reason"}]}`` (``--format jsonl``) or a readable summary
(``--format text``); an input that cannot be read gives ``{"path", "error"}``, a message on
standard error, and exit code 1 once the others are done.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass

import click

from storyline.cli import print_passed_over
from storyline.commands import favor_option
from storyline.extract.recurring import LineCounts, input_group
from storyline.extract.vocab import languages
from storyline.model import Extracted, RawDoc, Rejection
from storyline.sources.decode import decode
from storyline.sources.files import discover, read_path


@dataclass
class _Page:
    doc: RawDoc
    text: str
    hints: dict[str, str]
    extracted: Extracted
    outlet: str | None
    keys: set[str]


@click.command("clean")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option(
    "--lang",
    type=click.Choice(languages()),
    help="Language of the pages (default: guessed from each); paragraphs clearly in another "
    "language are removed as furniture.",
)
@favor_option
def clean(paths: tuple[str, ...], fmt: str, lang: str | None, favor: str) -> None:
    """Print the article text of each page in PATHS with the furniture removed and why.

    PATHS are files or folders (.txt, .html, .json, .jsonl and kin, feeds, web archives; `-`
    for JSON lines on standard input), read as one corpus: lines
    that recur across three or more pages of the same outlet are furniture too (pages of no
    known outlet: across five pages and 5 % of the pages of their file or folder, once it
    holds 20).
    """
    from storyline.pipeline import extract_page  # spaCy and the build's modules load when a command runs

    pages: list[_Page | Rejection] = []
    counts = LineCounts()
    passed_over: list[str] = []
    for item in _inputs(paths, passed_over):
        if isinstance(item, Rejection):
            pages.append(item)
            continue
        try:
            page = _first_pass(item, lang, favor)
        except Exception as err:  # noqa: BLE001 - one bad input must never stop the run
            pages.append(Rejection(item.path, f"cannot clean: {type(err).__name__}: {err}"))
            continue
        counts.add(page.outlet or input_group(page.doc.path), page.keys)
        pages.append(page)
    failed = 0
    for page in pages:
        if isinstance(page, Rejection):
            failed += 1
            click.echo(f"storyline clean: {page.path}: {page.reason}", err=True)
            _emit({"path": page.path, "error": page.reason}, fmt)
            continue
        extracted = page.extracted
        group = page.outlet or input_group(page.doc.path)
        learned = counts.furniture(group, page.keys, known=page.outlet is not None)
        if learned:
            extracted = extract_page(page.text, page.doc.kind, page.hints, favor, learned)
        _emit(_record(page.doc.path, extracted), fmt)
    print_passed_over(passed_over)
    if failed:
        raise SystemExit(1)


def _inputs(paths: tuple[str, ...], passed_over: list[str]):
    for found in discover(paths, passed_over):
        if isinstance(found, Rejection):
            yield found
        else:
            yield from read_path(found)


def _first_pass(doc: RawDoc, lang: str | None, favor: str) -> _Page:
    from storyline.pipeline import extract_page, line_keys, outlet_of

    text = decode(doc.content)
    hints = dict(doc.hints)
    if lang:
        hints["lang"] = lang
    extracted = extract_page(text, doc.kind, hints, favor)
    outlet = outlet_of(hints, extracted)
    return _Page(doc, text, hints, extracted, outlet, line_keys(text, doc.kind))


def _record(path: str, ex: Extracted) -> dict:
    return {
        "path": path,
        "text": ex.text,
        "title": ex.title,
        "outlet": ex.outlet,
        "agency": ex.agency,
        "furniture": [{"line": f.line, "reason": f.reason} for f in ex.furniture],
    }


def _emit(record: dict, fmt: str) -> None:
    if fmt == "jsonl":
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    out = [f"== {record['path']}"]
    if "error" in record:
        out.append(f"error: {record['error']}")
    else:
        out.append(
            f"title: {record['title'] or '-'} | outlet: {record['outlet'] or '-'} | "
            f"agency: {record['agency'] or '-'}"
        )
        out += ["", record["text"], "", f"-- removed ({len(record['furniture'])} lines)"]
        out += [f"  [{f['reason']}] {f['line']}" for f in record["furniture"]]
    click.echo("\n".join(out) + "\n")
    sys.stdout.flush()
