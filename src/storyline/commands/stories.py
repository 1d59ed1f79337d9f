"""``storyline stories``: the stories of the store, with their articles and date spans."""

from __future__ import annotations

import click

from storyline.cli import _emit_json, _open, _say_if_empty, db_option
from storyline.views import stories_markdown, stories_text, story_json


@click.command("stories")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
@click.option(
    "--min-articles",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Leave out stories with fewer articles (copies included).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="List only the N largest stories (0: all).",
)
def stories(db: str, fmt: str, min_articles: int, limit: int) -> None:
    """List the stories: articles grouped by what they are about, largest first.

    Each story has one language; a story in another language about the same events is
    listed as related. `storyline timeline --story ID` prints one story's timeline.
    """
    store = _open(db)
    found = [x for x in store.stories.summaries() if len(x.articles) >= min_articles]
    more = max(0, len(found) - limit) if limit else 0
    found = found[: len(found) - more]
    arts = {a.id: a for a in store.articles([i for x in found for i in x.articles])}  # those listed only
    if not found:
        _say_if_empty(store, db)
    if fmt == "json":
        _emit_json([story_json(x, arts) for x in found])
        return
    if fmt == "md":
        click.echo(stories_markdown(found, arts), nl=False)
        if more:
            click.echo(f"\n{more} smaller stories left out (`--limit 0` lists all).")
    else:
        click.echo(stories_text(found, arts, more), nl=False)
