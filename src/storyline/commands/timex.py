"""``storyline timex``: tag the time expressions of a text, or of a folder of TimeML documents."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from storyline.cli import _parse_day
from storyline.dating.timeml import TimeMLError, document, parse, retag
from storyline.dating.timex import tag


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    except OSError as e:
        raise click.ClickException(f"{path}: {e.strerror}") from e


@click.command("timex")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.argument("out_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["fr", "en"]), required=True, help="Language of the text.")
@click.option(
    "--dct",
    metavar="YYYY-MM-DD",
    callback=lambda _ctx, _param, value: _parse_day(value),
    help="Document creation time, to resolve relative expressions. A FILE without it is dated today "
    "(with a warning); in a folder it stands in for documents without a <DCT>.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "timeml"]),
    default=None,
    help="FILE: json (default) or timeml; a folder: timeml only.",
)
def timex(source: Path, out_dir: Path | None, lang: str, dct: date | None, fmt: str | None) -> None:
    """Find the time expressions of SOURCE and normalise them to TIMEX3.

    \b
    storyline timex --lang fr --dct 2020-01-03 article.txt
        plain text; prints a JSON list of {start, end, text, type, value, mod, anchor}
        (offsets in characters), or with --format timeml a TimeML document (DCT as t0).
    storyline timex --lang en --format timeml IN_DIR OUT_DIR
        reads the TimeML documents (*.tml) of IN_DIR, their <DCT> and <TEXT>, and writes
        them to OUT_DIR with these TIMEX3 tags in place of theirs; other markup is kept.
    """
    day = dct
    if source.is_dir():
        if out_dir is None:
            raise click.UsageError("a folder needs an OUT_DIR to write the tagged documents to")
        if fmt == "json":
            raise click.UsageError("a folder is read and written as TimeML: use --format timeml")
        _folder(source, out_dir, lang, day)
        return
    if out_dir is not None:
        raise click.UsageError("OUT_DIR goes with a folder of TimeML documents, not with a FILE")
    text = _read(source)
    if day is None:
        day = date.today()
        click.echo(f"warning: no --dct given; relative expressions resolved against today, {day}", err=True)
    found = tag(text, lang, day)
    if (fmt or "json") == "json":
        rows = [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "anchor": t.anchor,
            }
            for t in found
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(document(text, found, day, docid=source.stem), nl=False)


def _folder(source: Path, out_dir: Path, lang: str, fallback: date | None) -> None:
    files = sorted(p for p in source.rglob("*.tml") if p.is_file())
    if not files:
        raise click.ClickException(f"no TimeML documents (*.tml) in {source}")
    failed = 0
    expressions = 0
    for path in files:
        rel = path.relative_to(source)
        try:
            doc = parse(_read(path))
        except (TimeMLError, click.ClickException) as e:
            click.echo(f"{rel}: skipped, {e.message if isinstance(e, click.ClickException) else e}", err=True)
            failed += 1
            continue
        day = doc.dct or fallback
        if day is None:
            click.echo(f"{rel}: no <DCT> and no --dct; relative expressions stay unresolved", err=True)
        found = tag(doc.text, lang, day)
        expressions += len(found)
        target = out_dir / rel
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(retag(doc, found), encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"cannot write {target}: {e.strerror}") from e
    done = len(files) - failed
    click.echo(f"{done} documents, {expressions} time expressions written to {out_dir}", err=True)
    if failed:
        click.echo(f"error: {failed} of {len(files)} documents could not be read", err=True)
        sys.exit(1)
