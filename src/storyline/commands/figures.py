"""``storyline figures``: how the key figures moved, and where the sources disagree."""

from __future__ import annotations

import click

from storyline.cli import _emit_json, _open, _say_if_empty, _story_members, db_option
from storyline.commands.quotes import with_entities
from storyline.corpus.figures import figure_conflicts, figure_series
from storyline.corpus.terms import fold
from storyline.model import (
    Article,
    Figure,
    FigureConflict,
    FigureSeries,
    PubDate,
    StorySummary,
)
from storyline.nlp.figures import figures_of
from storyline.views import conflict_json, figures_markdown, figures_text, series_json


@click.command("figures")
@db_option
@click.option("--story", "story_id", type=int, metavar="ID", help="One story (see `storyline stories`).")
@click.option("--about", metavar="WORDS", help="Only the figures whose noun holds these words ('soldats').")
@click.option(
    "--min-articles",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Leave out what fewer articles than this give a figure of.",
)
@click.option(
    "--all-stories",
    is_flag=True,
    help="One series per thing counted across the whole store, not per story (a folder on one subject).",
)
@click.option("--disagreements", is_flag=True, help="List only where the sources disagree, not the series.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
def figures(
    db: str,
    story_id: int | None,
    about: str | None,
    min_articles: int,
    all_stories: bool,
    disagreements: bool,
    fmt: str,
) -> None:
    """List how the key figures moved and where the sources disagree.

    A figure is a number and what it counts: "2 500 soldats", "5,200 American troops", "30 %
    des voix", "$4.5 billion", "entre 35 000 et 60 000 barils par jour". The words around it
    bound it ("environ", "plus de", "up to"); "passer de 4 200 à 3 000" is a change to a target.
    Within a story (or across all with --all-stories), the figures of one thing counted make a
    series in publication order: how it moved. Two articles published the same day whose
    figures of the same thing cannot both hold are listed as disagreeing, unless a date in the
    sentence puts one of them in another time or the sentences name different places. Every
    figure keeps its article and character span; wire copies are left out (their figures are
    their original's).
    """
    store = _open(db)
    ids = _story_members(store, story_id) if story_id is not None else None
    copies = {link.copy for link in store.duplicates()}
    wanted = set(fold(about).split()) if about else set()
    found: list[Figure] = []
    arts: dict[str, Article] = {}  # those with figures, for their labels
    published: dict[str, PubDate] = {}
    for annotated, placed, _ in with_entities(store, ids, copies, roles=False):
        art = annotated.article
        published[art.id] = art.published
        kept = [
            f
            for f in figures_of(annotated, placed)
            if not wanted or wanted <= set(fold(f"{f.noun} {f.unit}").split())
        ]
        if kept:
            arts[art.id] = art
            found.extend(kept)
    n_articles = len(published)
    if not n_articles:
        _say_if_empty(store, db)
    stories = None if all_stories else store.stories.summaries()
    series, conflicts = figure_report(found, published, stories, min_articles)
    if fmt == "json":
        payload = {"disagreements": [conflict_json(c) for c in conflicts]}
        if not disagreements:
            payload = {"series": [series_json(s) for s in series]} | payload
        _emit_json(payload)
        return
    render = figures_markdown if fmt == "md" else figures_text
    click.echo(render([] if disagreements else series, conflicts, arts), nl=False)
    click.echo(
        f"{len(found)} figure(s) in {n_articles} article(s) read; {len(series)} series told by "
        f"{min_articles} article(s) or more; {len(conflicts)} disagreement(s) (wire copies left out).",
        err=True,
    )


def figure_report(
    found: list[Figure],
    published: dict[str, PubDate],
    stories: list[StorySummary] | None,
    min_articles: int = 2,
) -> tuple[list[FigureSeries], list[FigureConflict]]:
    """The series (per story of ``stories``; across all when None) and the disagreements of ``found``."""
    story_of = {a: s.id for s in stories for a in s.articles} if stories is not None else None
    exact = {a: p.value for a, p in published.items() if p.value is not None and p.granularity == "day"}
    series = figure_series(found, published, story_of, min_articles)
    return series, figure_conflicts(series, exact)
