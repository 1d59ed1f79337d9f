"""``storyline entities``: one entry per real entity, with its names, roles and mentions."""

from __future__ import annotations

import click

from storyline.cli import _emit_json, _open, _say_if_empty, db_option
from storyline.views import entities_markdown, entities_text, entity_json


@click.command("entities")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
@click.option(
    "--min-mentions",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Leave out entities with fewer mentions.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(["PER", "ORG", "LOC"], case_sensitive=False),
    help="Only these types (repeatable).",
)
def entities(db: str, fmt: str, min_mentions: int, types: tuple[str, ...]) -> None:
    """List the entities: persons, organisations and places, each once with all its mentions.

    Mentions are resolved across articles, spellings, transliterations, titles and acronyms;
    every mention keeps its article, character span, score and the evidence of its placement.
    The text view (and ``--format md``, a Markdown table) gives each entity's other names, roles
    with dates, mentions per outlet and the first and last publication dates of the articles
    naming it.
    """
    store = _open(db)
    found = [e for e in store.entities.summaries(min_mentions) if not types or e.type in types]
    if not found:
        _say_if_empty(store, db)
    if fmt == "json":
        _emit_json([entity_json(e) for e in found])
        return
    render = entities_markdown if fmt == "md" else entities_text
    click.echo(render(found, {a.id: a for a in store.articles()}), nl=False)
