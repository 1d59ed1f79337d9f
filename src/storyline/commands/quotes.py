"""``storyline quotes``: who said what, each quotation with its article, span and speaker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

import click

from storyline.cli import _emit_json, _open, _say_if_empty, _story_members, db_option
from storyline.corpus.quote_consensus import agree
from storyline.corpus.terms import fold
from storyline.model import AnnotatedArticle, Article, Mention, Quote
from storyline.nlp.quotes import KnownRoles, quotes_of
from storyline.store.db import Store
from storyline.views import quote_json, quotes_markdown, quotes_text

BATCH = 500  # articles read from the store at a time


class Placed(NamedTuple):
    """An article with its mentions as the entity stage placed them (named as their entity) and
    the roles the corpus and the article give the persons it names."""

    annotated: AnnotatedArticle
    mentions: list[Mention]
    roles: KnownRoles


@click.command("quotes")
@db_option
@click.option("--story", "story_id", type=int, metavar="ID", help="One story (see `storyline stories`).")
@click.option("--who", metavar="NAME", help="Only the speakers whose name or phrase holds these words.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out attributions less sure than this.",
)
@click.option(
    "--unattributed/--attributed-only", default=False, help="List quotations with no speaker found."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
def quotes(
    db: str, story_id: int | None, who: str | None, min_confidence: float, unattributed: bool, fmt: str
) -> None:
    """List who said what: the quotations of the articles, grouped by speaker.

    A quotation is the text between quotation marks (« », “ ”, " ", ``…''), at least three words
    long. Its speaker is read from the speech verb next to it ("», a déclaré le ministre",
    '," said Smith'), "selon X" / "according to X", "comme l'a dit X", the one person heading a
    short clause that ends with a colon before it, or a pronoun ("a-t-il ajouté") standing for
    whoever spoke last; a quotation with no cue right after an attributed one continues it; a role
    said without a name ("le ministre américain de la Défense") stands for the one person named
    before it whom the corpus gives a role it may be. Each
    quotation keeps its article and character span, the speaker's phrase as written and, when
    it names a person or organisation, that entity's name (spellings merged as in `storyline
    entities`), a confidence and how the speaker was found. When another article quotes the
    same words and names their speaker next to them, that speaker replaces a guess (a pronoun,
    a continuation, none), cited with its article and span. Wire copies are left out: their
    quotations are their original's.
    """
    store = _open(db)
    ids = _story_members(store, story_id) if story_id is not None else None
    copies = {link.copy for link in store.duplicates()}
    wanted = set(fold(who).split()) if who else set()
    read: list[Quote] = []
    arts: dict[str, Article] = {}
    n_articles = 0
    for annotated, placed, roles in with_entities(store, ids, copies):
        n_articles += 1
        here = quotes_of(annotated, placed, roles)
        read.extend(here)
        if here:  # the listing names and dates articles: their texts need not stay in memory
            arts[annotated.article.id] = replace(annotated.article, text="", furniture=())
    found = [
        q
        for q in agree(read)
        if (q.speaker or unattributed)
        and not (q.speaker and q.confidence < min_confidence)
        and (not wanted or wanted <= set(fold(f"{q.entity} {q.speaker}").split()))
    ]
    if not n_articles:
        _say_if_empty(store, db)
    if fmt == "json":
        _emit_json([quote_json(q) for q in found])
        return
    render = quotes_markdown if fmt == "md" else quotes_text
    click.echo(render(found, arts), nl=False)
    speakers = {q.entity or q.speaker for q in found if q.speaker}
    named = sum(1 for q in found if q.entity)
    elsewhere = sum(1 for q in found if q.speaker_article)
    click.echo(
        f"{len(found)} quotation(s) from {n_articles} article(s) read; {len(speakers)} speaker(s); "
        f"{named} attributed to a named person or organisation, {elsewhere} of them by another article "
        "quoting the same words (wire copies left out).",
        err=True,
    )


def with_entities(
    store: Store,
    ids: tuple[str, ...] | None,
    copies: set[str],
    roles: bool = True,
    read: Iterable[AnnotatedArticle] | None = None,
) -> Iterator[Placed]:
    """The articles (copies left out) with their placed mentions (and the roles of their people
    unless ``roles`` is false), read a batch at a time; ``read``: those articles, already read."""
    batch: list[AnnotatedArticle] = []
    for annotated in store.annotated(ids) if read is None else read:
        if annotated.article.id in copies:
            continue
        batch.append(annotated)
        if len(batch) >= BATCH:
            yield from _placed(store, batch, roles)
            batch = []
    yield from _placed(store, batch, roles)


def _placed(store: Store, batch: list[AnnotatedArticle], roles: bool = True) -> Iterator[Placed]:
    if not batch:
        return
    ids = [a.article.id for a in batch]
    placed, here, persons = store.entities.placed_mentions(ids)
    corpus = store.entities.roles_in(ids) if roles else {}
    here = here if roles else {}
    for annotated in batch:
        article = annotated.article.id
        known = KnownRoles(corpus, here.get(article, {}), frozenset(persons.get(article, ())))
        yield Placed(annotated, placed.get(article, []), known)
