"""The command line: ``storyline build | articles | stories | timeline | export | clean | timex``.

Every command takes ``--help``, and all but ``clean`` and ``timex`` (which read files and store
nothing) take ``--db`` (default ``./storyline.db``); results go to
standard output, progress and summaries to standard error. Exit codes: 0 success,
1 failure (with a one-line reason), 2 wrong usage.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import sys
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from storyline import __version__
from storyline.commands import favor_option
from storyline.corpus.dating import is_anchor
from storyline.corpus.terms import fold
from storyline.model import AnnotatedArticle, EntitySummary, Figure, Quote, TimelineEntry
from storyline.sources.files import SUFFIXES
from storyline.store import Store, StoreError
from storyline.timeline.build import (
    LOAD_LIMIT,
    TimelineParams,
    build_timeline,
    build_timeline_streamed,
    focused_ids,
    published_within,
)
from storyline.views import (
    article_json,
    article_label,
    articles_markdown,
    conflict_json,
    date_basis,
    entity_json,
    quote_json,
    rejection_json,
    series_json,
    story_json,
    timeline_json,
    timeline_markdown,
    timeline_text,
)

DEFAULT_DB = "storyline.db"
err = Console(stderr=True, highlight=False, soft_wrap=True)  # a redirected summary keeps its lines whole

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    metavar="FILE",
    help="The store: an SQLite file (or an SQLAlchemy URL).",
)


def _sqlite_file(db: str) -> Path | None:
    """The file of an SQLite store given by path or plain URL, as ``Store.open`` reads it; None for
    a server, an in-memory store, or an SQLite URI with options (``file:x.db?mode=ro``)."""
    if "://" not in db:
        return Path(db).expanduser()
    try:
        url = make_url(db)
    except ArgumentError:
        return None
    name = url.database
    if url.get_backend_name() != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return None if url.query else Path(name).expanduser()


def _open(db: str, must_exist: bool = True) -> Store:
    file = _sqlite_file(db)
    if file is not None and file.is_dir():
        raise click.ClickException(f"{db} is a folder: --db takes a store's file, e.g. {file / DEFAULT_DB}")
    if must_exist and file is not None and (not file.exists() or file.stat().st_size == 0):
        raise click.ClickException(f"no store at {db}: run `storyline build PATH --db {db}` first")
    # a store on read-only media, or in a folder shared read-only, is read without a journal
    writable = file is None or (
        os.access(file.parent, os.W_OK) and (not file.exists() or os.access(file, os.W_OK))
    )
    if not writable and not must_exist:
        raise click.ClickException(
            f"cannot write to {db}: it is on read-only media or in a folder you cannot write to; "
            "copy it to a folder you can write to, or give another --db"
        )
    try:
        return Store.open(db, read_only=False) if writable else Store.open(str(file), read_only=True)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


def _say_if_empty(store: Store, db: str) -> None:
    """On standard error, why a store holds no article (its answer, in every format, is then
    empty: nothing to show is not a failure)."""
    counts = store.counts()
    if counts["articles"]:
        return
    if counts["rejected"]:
        err.print(
            f"no article in {db}: its {counts['rejected']} input(s) were refused; "
            f"`storyline articles --db {db}` says why"
        )
    else:
        err.print(f"no article in {db} yet: run `storyline build PATH --db {db}`")


def _emit_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _parse_day(value: str | None, option: str | None = None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option) from e


def _day_range(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    first, last = _parse_day(start, "'--start'"), _parse_day(end, "'--end'")
    if first and last and first > last:
        raise click.BadParameter(f"{start} is after --end {end}", param_hint="'--start'")
    return first, last


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """Turn a pile of news articles into a sourced story dossier.

    \b
    Typical use:
      storyline build ~/articles/          # read, clean, date, annotate, store
      storyline timeline                   # what happened when, and who says so
      storyline quotes                     # who said what
      storyline figures                    # how the key figures moved, where sources disagree
      storyline export --format html --out dossier/
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Format of the closing summary.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@favor_option
def build(paths: tuple[str, ...], db: str, fmt: str, quiet: bool, favor: str) -> None:
    """Read PATHS (files or folders, recursively) into the store; incremental.

    Inputs: .txt, .html/.htm, .json and .jsonl (one article per object, with a `text` or
    `html` field and optional `id`, `url`, `title`, `date`, `source`, `lang`, `crawled`),
    RSS and Atom feeds (.rss, .atom, .xml: one article per entry) and web archives (.warc,
    .warc.gz, .arc, .arc.gz: one article per page fetched from the web); `-` reads JSON lines from
    standard input. Inputs already stored (same content) are skipped, so a re-run resumes an
    interrupted one.
    """
    file = _sqlite_file(db)
    new_store = file is not None and not file.exists()  # made by this run, if it reads nothing
    store = _open(db, must_exist=False)
    summary = _build_with_progress(paths, store, quiet, favor)
    n_stories = store.stories.count()
    if fmt == "json":
        _emit_json(
            {
                "files": summary.files,
                "inputs_read": summary.read,
                "added": summary.added,
                "already_stored": summary.already_stored,
                "duplicates": summary.duplicates,
                "articles_total": summary.articles_total,
                "stories": n_stories,
                "rejected": [rejection_json(r) for r in summary.rejected],
                "passed_over": summary.passed_over,
                "archive_records_left_out": dict(summary.left_out.most_common()),
            }
        )
    else:
        _print_summary(summary, n_stories, db)
    if summary.files == 0 and summary.read == 0 and summary.articles_total == 0:
        if new_store:  # leave no empty store behind a run that read nothing
            store.engine.dispose()
            for own in store.files:
                Path(own).unlink(missing_ok=True)
        raise click.ClickException(
            f"no readable input found: give files or folders of articles ({READABLE})"
            + (f"; passed over {other_types(summary.passed_over)}" if summary.passed_over else "")
        )


def _build_with_progress(
    paths: tuple[str, ...], store: Store, quiet: bool, favor: str, keep_already: bool = False
):
    """Run the pipeline over ``paths`` with a progress bar on standard error; exit 130 on Ctrl-C."""
    from storyline.pipeline import build as run_build

    with Progress(
        TextColumn("[bold]reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def report(done: int, total: int, path: str) -> None:
            bar.update(task, completed=done, total=total, description=Path(path).name[-40:])

        try:
            return run_build(paths, store, progress=report, favor=favor, keep_already=keep_already)
        except KeyboardInterrupt:
            err.print("interrupted: every committed batch is kept; run the same command again to resume")
            sys.exit(130)


def _print_summary(summary, n_stories: int, db: str) -> None:
    err.print(
        f"[bold]{summary.read}[/] input(s) read from {summary.files} file(s): "
        f"[green]{summary.added} added[/], {summary.already_stored} already stored, "
        f"[yellow]{len(summary.rejected)} skipped[/]; {summary.duplicates} duplicate(s) linked; "
        f"{summary.articles_total} article(s) in {db}, in {n_stories} stor{'y' if n_stories == 1 else 'ies'}."
    )
    for reason, count in summary.reasons().most_common():
        err.print(f"  skipped ×{count}: {reason}")
    for rej in summary.rejected[:20]:
        err.print(f"    {rej.path}: {rej.reason}", soft_wrap=True)
    if len(summary.rejected) > 20:
        err.print(f"    … and {len(summary.rejected) - 20} more (see `storyline articles`)")
    print_passed_over(summary.passed_over)
    if summary.left_out:
        kinds = ", ".join(f"{kind} ×{count}" for kind, count in summary.left_out.most_common(6))
        more = ", …" if len(summary.left_out) > 6 else ""
        err.print(
            f"  left out of web archives: {summary.left_out.total()} record(s) that are no page "
            f"({kinds}{more})"
        )


READABLE = ", ".join(sorted(SUFFIXES))  # what `sources/files.py` reads


def print_passed_over(paths: list[str]) -> None:
    """Name the files of other types a folder held, which were not read."""
    if not paths:
        return
    err.print(f"  passed over {other_types(paths)}: not articles (storyline reads {READABLE})")
    for path in paths[:5]:
        err.print(f"    {path}", soft_wrap=True)
    if len(paths) > 5:
        err.print(f"    … and {len(paths) - 5} more")


def other_types(paths: list[str]) -> str:
    """The files counted by type, e.g. "3 files of other types (.pdf ×2, .png ×1)"."""
    # an .xml file is passed over when it is no feed (a sitemap, an export)
    kinds = Counter(_kind_label(Path(p).suffix.lower()) for p in paths)
    n = len(paths)
    listed = ", ".join(f"{suffix} ×{count}" for suffix, count in kinds.most_common())
    return f"{n} file{'s' if n > 1 else ''} of {'other types' if n > 1 else 'another type'} ({listed})"


def _kind_label(suffix: str) -> str:
    return {"": "(no suffix)", ".xml": ".xml that is no feed"}.get(suffix, suffix)


def _duplicate_map(store: Store) -> dict[str, str]:
    return {link.copy: link.original for link in store.duplicates()}


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
@click.option(
    "--show-furniture", metavar="ID", help="Print one article's clean text and the lines removed from it."
)
def articles(db: str, fmt: str, show_furniture: str | None) -> None:
    """List the stored articles (with their dates and why) and the inputs skipped."""
    store = _open(db)
    arts = store.articles()
    dups = {d.copy: d for d in store.duplicates()}
    if show_furniture:
        _show_furniture(arts, show_furniture, fmt)
        return
    rejected = store.rejections()
    if fmt == "json":
        rows = [article_json(a, dups.get(a.id)) for a in arts]
        _emit_json(rows + [rejection_json(r) for r in rejected])
        return
    if fmt == "md":
        click.echo(articles_markdown(arts, dups, rejected), nl=False)
        return
    for a in arts:
        pub = a.published
        when = f"{pub.iso or 'unknown':10} {pub.granularity:7} {pub.confidence:.2f}"
        dup = f"  copy of {dups[a.id].original} ({dups[a.id].similarity:.2f})" if a.id in dups else ""
        click.echo(f"{a.id:14} {when}  {a.lang}  {article_label(a)}{dup}")
        basis = date_basis(pub, 50)
        if basis:
            click.echo(f"{'':14} why: {basis}")
    if rejected:
        click.echo(f"\nSkipped inputs ({len(rejected)}):")
        for r in rejected:
            click.echo(f"  {r.path}: {r.reason}")


def _show_furniture(arts, article_id: str, fmt: str) -> None:
    found = next((a for a in arts if a.id == article_id), None)
    if found is None:
        raise click.ClickException(f"no article with id {article_id!r}: `storyline articles` lists them")
    if fmt == "json":
        _emit_json(
            {
                "id": found.id,
                "text": found.text,
                "furniture": [
                    {"line": f.line, "reason": f.reason, "line_no": f.line_no} for f in found.furniture
                ],
            }
        )
        return
    click.echo(f"# {found.title or found.id}\n\n{found.text}\n\n# Removed ({len(found.furniture)} lines)")
    for f in found.furniture:
        click.echo(f"  [{f.reason}] {f.line}")


@main.command()
@db_option
@click.option("--dates", type=click.IntRange(min=1), help="Number of dates (default: from the corpus size).")
@click.option(
    "--sentences", type=click.IntRange(min=1), help="Sentences per date (default: 2, or 1 for a thin corpus)."
)
@click.option(
    "--query",
    help="Focus words: only articles using them (unless none does), sentences using them first.",
)
@click.option(
    "--start",
    help="First date, YYYY-MM-DD (articles published before it are left out). Default: days named "
    "more than a year (or twice the corpus's span) before its first article are left out as background.",
)
@click.option("--end", help="Last date, YYYY-MM-DD (articles published after it are left out).")
@click.option("--story", "story_id", type=int, metavar="ID", help="One story (see `storyline stories`).")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
def timeline(
    db: str,
    dates: int | None,
    sentences: int | None,
    query: str | None,
    start: str | None,
    end: str | None,
    story_id: int | None,
    fmt: str,
) -> None:
    """Print the dated timeline: each line with the article and characters it comes from."""
    params = TimelineParams(dates, sentences, query, *_day_range(start, end))
    store = _open(db)
    ids = _story_members(store, story_id) if story_id is not None else None
    # the articles the range keeps, in order of arrival, chosen without reading their texts
    arrivals = [a for a, pub in store.publications(ids) if published_within(pub, params.start, params.end)]
    if ids is not None or params.start or params.end:
        ids = arrivals
    duplicate_of = _duplicate_map(store)
    if params.query:  # and only those the focus keeps
        kept = focused_ids(store.texts(ids), params.query, duplicate_of)
        if kept is not None:
            ids = arrivals = [a for a in arrivals if a in kept]
    entries = _timeline_entries(store, ids, arrivals, params, duplicate_of)
    cited = {src.article for e in entries for line in e.sentences for src in line.sources}
    labels = {a.id: article_label(a) for a in store.articles(cited)}
    if not entries:
        _say_if_empty(store, db)
    if fmt == "json":
        _emit_json(timeline_json(entries))
    elif fmt == "md":
        click.echo(timeline_markdown(entries, labels), nl=False)
    else:
        click.echo(timeline_text(entries, labels), nl=False)


def _timeline_entries(
    store: Store,
    ids: Collection[str] | None,
    arrivals: list[str],
    params: TimelineParams,
    duplicate_of: dict[str, str],
    read: list[AnnotatedArticle] | None = None,
) -> list[TimelineEntry]:
    """The timeline of the articles of ``ids`` (all when None), ``arrivals`` in order: read whole
    up to :data:`LOAD_LIMIT` articles (or taken from ``read``, when already), else in two passes."""
    if len(arrivals) <= LOAD_LIMIT:
        annotated = read if read is not None else list(store.annotated(ids))
        return build_timeline(annotated, params, duplicate_of=duplicate_of)
    return _streamed_timeline(store, [a for a in arrivals if a not in duplicate_of], params, duplicate_of)


def _streamed_timeline(
    store: Store, originals: list[str], params: TimelineParams, duplicate_of: dict[str, str]
) -> list[TimelineEntry]:
    """The timeline of more articles than are read whole: a first pass over them, a page at a
    time with a progress bar, ranks the days; then only the articles telling them are read."""
    page = 1000
    with Progress(
        TextColumn("[bold]ranking days"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=len(originals))

        def pages():
            for i in range(0, len(originals), page):
                yield list(store.annotated(originals[i : i + page]))
                bar.advance(task, min(page, len(originals) - i))

        return build_timeline_streamed(pages(), lambda ids: list(store.annotated(ids)), params, duplicate_of)


def _story_members(store: Store, story_id: int) -> tuple[str, ...]:
    live = store.stories.resolve(story_id)
    found = store.members([live]).get(live) if live is not None else None  # that story's rows only
    if not found:
        raise click.ClickException(f"no story #{story_id}: `storyline stories` lists them")
    if live != story_id:
        err.print(f"story #{story_id} was merged into #{live}; showing #{live}")
    return tuple(found)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json", "csv"]), required=True)
@click.option(
    "--out", required=True, type=click.Path(file_okay=False), help="Folder to write into (created)."
)
@click.option("--title", default="storyline dossier", show_default=True)
@click.option(
    "--story", "story_id", type=int, metavar="ID", help="The dossier of one story (see `storyline stories`)."
)
def export(db: str, fmt: str, out: str, title: str, story_id: int | None) -> None:
    """Write the dossier: one self-contained HTML file, Markdown, JSON or CSV files. Of the whole
    store, or of one story with --story (its articles, copies, entities, quotations and figures;
    inputs the store refused belong to no story and are left out)."""
    from storyline.commands.figures import figure_report
    from storyline.commands.quotes import with_entities
    from storyline.corpus.quote_consensus import agree
    from storyline.nlp.figures import figures_of
    from storyline.nlp.quotes import quotes_of
    from storyline.report import Dossier

    store = _open(db)
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(errno.EACCES, "permission denied")
    except OSError as e:
        raise _cannot_write(out, e) from e
    ids = _story_members(store, story_id) if story_id is not None else None
    arrivals = [a for a, _ in store.publications(ids)]
    # as many as a timeline reads whole are read once, for it, the quotations and the figures
    read = list(store.annotated(ids)) if len(arrivals) <= LOAD_LIMIT else None
    articles = [a.article for a in read] if read is not None else store.articles(ids)
    dup_links = store.duplicates(ids)
    duplicate_of = {d.copy: d.original for d in dup_links}
    entries = _timeline_entries(store, ids, arrivals, TimelineParams(), duplicate_of, read)
    quotes: list[Quote] = []
    found: list[Figure] = []
    for annotated, placed, roles in with_entities(store, ids, set(duplicate_of), read=read):
        quotes.extend(quotes_of(annotated, placed, roles))
        found.extend(figures_of(annotated, placed))
    quotes = [q for q in agree(quotes) if q.speaker]
    stories = store.stories.summaries()
    entities = store.entities.summaries()
    if ids is not None:
        members = set(ids)
        stories = [story for story in stories if set(story.articles) & members]
        shown = {story.id for story in stories}
        stories = [replace(story, related=tuple(r for r in story.related if r in shown)) for story in stories]
        published = {a.id: a.published.value if is_anchor(a.published) else None for a in articles}
        entities = _entities_within(entities, published)
    originals = {a.id: a.published for a in articles if a.id not in duplicate_of}
    series, conflicts = figure_report(found, originals, stories)
    dossier = Dossier(
        title,
        articles,
        entries,
        dup_links,
        store.rejections() if ids is None else [],
        datetime.now().isoformat(timespec="seconds"),
        stories,
        entities,
        quotes,
        series,
        conflicts,
    )
    try:
        written = _write_dossier(folder, fmt, dossier, dup_links)
    except OSError as e:
        raise _cannot_write(out, e) from e
    for path in written:
        err.print(f"wrote {path}")


def _entities_within(entities: list[EntitySummary], published: dict[str, date | None]) -> list[EntitySummary]:
    """The entities mentioned in the articles of ``published`` (their trusted publication days),
    with only those mentions, and the names and roles those say, dated by those articles."""
    out = []
    for entity in entities:
        mentions = tuple(m for m in entity.mentions if m.article in published)
        if not mentions:
            continue
        known = {fold(r.title): r for r in entity.roles}
        days: dict[str, list[date | None]] = {}
        for m in mentions:
            if m.role and (key := fold(m.role)) in known:
                days.setdefault(key, []).append(published[m.article])
        roles = sorted(
            (
                replace(
                    known[key],
                    first=min(filter(None, said), default=None),
                    last=max(filter(None, said), default=None),
                    mentions=len(said),
                )
                for key, said in days.items()
            ),
            key=lambda r: (-r.mentions, r.title),
        )
        names = {fold(m.text) for m in mentions}
        aliases = tuple(a for a in entity.aliases if fold(a) in names)
        out.append(replace(entity, mentions=mentions, roles=tuple(roles), aliases=aliases))
    return sorted(out, key=lambda e: (-len(e.mentions), e.id))  # most mentioned in them first


def _cannot_write(out: str, e: OSError) -> click.ClickException:
    return click.ClickException(f"cannot write to {out}: {e.strerror or e}; choose another --out")


def _write_dossier(folder: Path, fmt: str, dossier, dup_links) -> list[Path]:  # noqa: ANN001
    from storyline.report import render_html, render_markdown

    if fmt == "html":
        written = [_write(folder / "index.html", render_html(dossier))]
    elif fmt == "md":
        written = [_write(folder / "dossier.md", render_markdown(dossier))]
    elif fmt == "json":
        dups = {d.copy: d for d in dup_links}
        arts = {a.id: a for a in dossier.articles}
        payload = {
            "title": dossier.title,
            "generated": dossier.generated,
            "articles": [article_json(a, dups.get(a.id)) | {"text": a.text} for a in dossier.articles],
            "timeline": timeline_json(dossier.timeline),
            "stories": [story_json(x, arts) for x in dossier.stories],
            "entities": [entity_json(e) for e in dossier.entities],
            "quotes": [quote_json(q) for q in dossier.quotes],
            "figures": [series_json(x) for x in dossier.figures],
            "disagreements": [conflict_json(c) for c in dossier.conflicts],
            "rejected": [rejection_json(r) for r in dossier.rejections],
        }
        written = [_write(folder / "dossier.json", json.dumps(payload, ensure_ascii=False, indent=2))]
    else:
        written = _write_csv(folder, dossier)
    return written


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write_csv(folder: Path, dossier) -> list[Path]:
    from storyline.report.tables import dossier_tables

    written = []
    for name, (header, rows) in dossier_tables(dossier).items():
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        written.append(path)
    return written


from storyline.commands.stories import stories  # noqa: E402

main.add_command(stories)

from storyline.commands.clean import clean  # noqa: E402

main.add_command(clean)

from storyline.commands.timex import timex  # noqa: E402

main.add_command(timex)

from storyline.commands.dates import dates  # noqa: E402

main.add_command(dates)

from storyline.commands.entities import entities  # noqa: E402

main.add_command(entities)

from storyline.commands.quotes import quotes  # noqa: E402

main.add_command(quotes)

from storyline.commands.figures import figures  # noqa: E402

main.add_command(figures)
