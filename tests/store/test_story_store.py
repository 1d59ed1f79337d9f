"""Stories kept in the store: a build reads only the stories its articles may join, and remakes
only the cross-language links of the stories it changed; the outcome is the same as with every
story in memory."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, insert, select

from storyline import pipeline
from storyline.corpus.related import related_stories
from storyline.corpus.stories import REINDEX_EVERY, Clusterer, StoryDoc, story_doc
from storyline.corpus.terms import capitalised_names
from storyline.model import AnnotatedArticle, Article, Mention, PubDate
from storyline.nlp.spacy_pipeline import has_ner
from storyline.store import Store
from storyline.store import schema as s
from storyline.store.stories import StoredStories
from tests.corpus.story_texts import BRIDGE, BRIDGE_EN, FESTIVAL

DAY = date(2024, 3, 14)


def _item(article_id: str, text: str, lang: str, day: date) -> AnnotatedArticle:
    """An article whose capitalised names are its mentions, as a model would find them."""
    mentions = []
    for name in dict.fromkeys(capitalised_names(text)):
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, "PER"))
    art = Article(article_id, f"/x/{article_id}.txt", f"h-{article_id}", text, lang, PubDate(day, "day", 0.9))
    return AnnotatedArticle(art, mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _corpus() -> list[AnnotatedArticle]:
    items = [_item(f"b{i}", t, "fr", DAY + timedelta(days=3 * i)) for i, t in enumerate(BRIDGE)]
    items += [_item(f"f{i}", t, "fr", DAY + timedelta(days=2 * i)) for i, t in enumerate(FESTIVAL)]
    items += [_item(f"e{i}", t, "en", DAY + timedelta(days=4 * i)) for i, t in enumerate(BRIDGE_EN)]
    return items


def _in_memory(items: list[AnnotatedArticle], cuts: list[int]) -> set[frozenset[str]]:
    """The stories of one clusterer holding everything, fed the batches ending at ``cuts``."""
    c = Clusterer()
    docs = [story_doc(x, None, has_ner(x.article.lang)) for x in items]
    for start, end in zip([0, *cuts], [*cuts, len(docs)], strict=True):
        c.add(docs[start:end])
    groups: dict[int, set[str]] = {}
    for d in docs:
        groups.setdefault(c.story_of(d.id), set()).add(d.id)
    return {frozenset(v) for v in groups.values()}


def _stored_groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(v) for v in store.members([x.id for x in store.stories.summaries()]).values()}


def _links(store: Store) -> set[tuple[int, int, float, tuple[str, ...]]]:
    return {(x.a, x.b, x.score, x.evidence) for x in store.stories.links()}


def _all_links(store: Store) -> set[tuple[int, int, float, tuple[str, ...]]]:
    return {(x.a, x.b, x.score, x.evidence) for x in related_stories(store.stories.summaries())}


def test_stories_read_as_needed_group_as_with_every_story_held(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "STORY_BATCH", 3)
    monkeypatch.setattr(pipeline, "STORIES_HELD", 1)  # let go of all but one story after each batch
    items = _corpus()
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch(items[:4], [])
    pipeline.cluster_stories(store)
    store.save_batch(items[4:], [])  # a second build, from the stored state
    pipeline.cluster_stories(store)
    assert _stored_groups(store) == _in_memory(items, [3, 4, 7])  # batches of 3 in each build
    assert len(_stored_groups(store)) == 3
    with store.engine.connect() as conn:
        filed = set(conn.execute(select(s.story_terms.c.story_id).distinct()).scalars())
    assert filed == {x.id for x in store.stories.summaries()}  # every live story, and only they


def test_links_are_remade_for_changed_stories_only_and_match_a_full_pass(tmp_path):
    items = _corpus()
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([x for x in items if x.article.id in ("b0", "b1", "f0", "e0")], [])
    pipeline.cluster_stories(store)
    first = _links(store)
    assert first == _all_links(store) and len(first) == 1  # the bridge, in French and in English
    store.save_batch([x for x in items if x.article.id in ("b2", "f1", "f2", "e1")], [])
    pipeline.cluster_stories(store)
    assert _links(store) == _all_links(store) and len(_links(store)) == 1


def test_a_store_filed_before_is_filed_once_then_read_as_needed(tmp_path):
    items = _corpus()
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch(items[:5], [])
    pipeline.cluster_stories(store)
    with store.engine.begin() as conn:  # as a store written before stories were filed
        conn.execute(delete(s.story_terms))
        conn.execute(delete(s.story_names))
        conn.execute(delete(s.store_info).where(s.store_info.c.key == "story_terms"))
    store.save_batch(items[5:], [])
    pipeline.cluster_stories(store)
    assert _stored_groups(store) == _in_memory(items, [5])
    with store.engine.connect() as conn:
        filed = conn.execute(select(func.count(func.distinct(s.story_terms.c.story_id)))).scalar()
        named = conn.execute(select(func.count(func.distinct(s.story_names.c.story_id)))).scalar()
    assert filed == named == len(store.stories.summaries())


def test_spans_follow_members_redated_after_clustering(tmp_path):
    items = _corpus()
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch(items, [])
    pipeline.cluster_stories(store)
    sid = store.stories.story_of(["b0"])["b0"]
    before = next(x for x in store.stories.summaries() if x.id == sid)
    assert before.start == DAY and before.end == DAY + timedelta(days=6)
    store.redate("b0", PubDate(DAY + timedelta(days=1), "day", 0.6))  # corpus dating moved it
    store.redate("b2", PubDate(date(2024, 1, 1), "year", 0.5))  # known to the year: no day to show
    store.stories.refresh_spans([sid])
    after = next(x for x in store.stories.summaries() if x.id == sid)
    assert (after.start, after.end) == (DAY + timedelta(days=1), DAY + timedelta(days=3))


def _synthetic(n: int, seed: int) -> list[StoryDoc]:
    """Articles of 40 topics, each drawing words from its topic, a neighbour topic and a long
    tail of common words, ten a day, and names (ties in count are common): stories grow large
    enough to be re-indexed lazily."""
    rng = random.Random(seed)
    people = [f"Personne {i}" for i in range(60)]
    vocab = [f"w{i}" for i in range(20000)]  # terms as given: no tokeniser runs here
    topics = [rng.sample(vocab, 30) for _ in range(40)]
    weights = [1 / (k + 1) ** 0.7 for k in range(len(vocab))]
    docs = []
    for i in range(n):
        t = rng.randrange(len(topics))
        terms = Counter(rng.sample(topics[t], 15))
        terms.update(rng.sample(topics[(t + 1) % len(topics)], 4))
        terms.update(rng.choices(vocab, weights=weights, k=40))
        names = Counter(rng.sample(people, 3))
        day = date(2024, 1, 1) + timedelta(days=i // 10)
        docs.append(StoryDoc(f"a{i:04d}", "fr", day, terms, names))
    return docs


def _cluster_through_store(path, docs: list[StoryDoc], batch: int, held: int) -> tuple[list, list, list]:
    store = Store.open(str(path))
    with store.engine.begin() as conn:
        rows = [
            {"id": d.id, "content_hash": d.id, "path": d.id, "lang": "fr", "text": "x", "seq": i}
            for i, d in enumerate(docs)
        ]
        conn.execute(insert(s.articles), rows)
    c = store.stories.clusterer()
    for i in range(0, len(docs), batch):
        part = docs[i : i + batch]
        store.stories.save(c, c.add(part), {"fr": set().union(*(d.terms for d in part))})
        c.trim(held)
    with store.engine.connect() as conn:
        placed = sorted(conn.execute(select(s.story_articles)).all())
        stories = sorted(conn.execute(select(s.stories)).all())  # names, label, centroid, span
        filed = sorted(conn.execute(select(s.story_terms)).all())
        named = sorted(conn.execute(select(s.story_names)).all())
    return placed, stories, filed + named


def test_what_a_build_holds_in_memory_never_changes_its_stories(tmp_path):
    # A story held across batches and one let go and read back must be the same story: filed
    # under the same terms (its index lags its centroid between re-indexings) and at the same
    # precision. Scores included, whatever is held.
    for seed in (1, 2, 3):
        docs = _synthetic(300, seed)
        all_held = _cluster_through_store(tmp_path / f"a{seed}.db", docs, 20, 10**6)
        one_held = _cluster_through_store(tmp_path / f"b{seed}.db", docs, 20, 1)
        assert one_held == all_held, seed
        sizes = Counter(row.story_id for row in all_held[0])
        assert max(sizes.values()) > 2 * REINDEX_EVERY and len(sizes) > 5


def _link_pairs(store: Store) -> set[tuple[int, int]]:
    return {(x.a, x.b) for x in store.stories.links()}


def _full_pairs(store: Store) -> set[tuple[int, int]]:
    every = store.stories.linkable({x.id for x in store.stories.summaries()})
    return {(x.a, x.b) for x in related_stories(every)}


def test_links_follow_spans_that_corpus_dating_moved(tmp_path):
    items = {x.article.id: x for x in _corpus()}
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([items[k] for k in ("b0", "b1", "e0", "e1")], [])
    pipeline.cluster_stories(store)
    assert len(_link_pairs(store)) == 1
    french = store.stories.story_of(["b0"])["b0"]
    for k in ("b0", "b1"):  # years later: the two stories no longer overlap
        store.redate(k, PubDate(DAY + timedelta(days=2000), "day", 0.6))
    # The build that re-dated them stopped there: the next one, with nothing new, catches up.
    pipeline.cluster_stories(store)
    assert _link_pairs(store) == _full_pairs(store) == set()
    [summary] = [x for x in store.stories.summaries() if x.id == french]
    assert summary.start == DAY + timedelta(days=2000)


def test_a_build_stopped_before_its_links_leaves_them_to_the_next(tmp_path, monkeypatch):
    items = {x.article.id: x for x in _corpus()}
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([items[k] for k in ("b0", "b1", "f0")], [])
    pipeline.cluster_stories(store)
    store.save_batch([items[k] for k in ("e0", "e1")], [])

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(pipeline, "related_stories", stopped)
        pipeline.cluster_stories(store)
    assert store.stories.unassigned() == [] and _link_pairs(store) == set()
    pipeline.cluster_stories(store)  # the next build, with nothing new to place
    assert _link_pairs(store) == _full_pairs(store) and len(_link_pairs(store)) == 1


def test_cleared_stories_are_made_afresh_and_a_stale_filing_is_passed_over(tmp_path):
    items = _corpus()
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch(items, [])
    pipeline.cluster_stories(store)
    before = _stored_groups(store)
    store.stories.clear()
    assert store.stories.unassigned() and not store.stories.summaries()
    pipeline.cluster_stories(store)
    assert _stored_groups(store) == before
    # A filing whose story is gone (a store left inconsistent by hand or by an older tool) must
    # neither stop the build nor take a real candidate's place.
    with store.engine.begin() as conn:
        filed = conn.execute(select(s.story_terms).limit(40)).all()
        stale = [{"lang": r.lang, "term": r.term, "story_id": 999} for r in filed]
        conn.execute(insert(s.story_terms), stale)
        conn.execute(delete(s.story_articles).where(s.story_articles.c.article_id == "b2"))
    pipeline.cluster_stories(store)
    assert _stored_groups(store) == before


@pytest.mark.skipif(sqlite3.sqlite_version_info < (3, 35), reason="SQLite before 3.35 drops no column")
def test_labels_keep_their_accents_through_the_store_and_an_older_store_gains_the_column(tmp_path):
    items = _corpus()
    db = str(tmp_path / "s.db")
    store = Store.open(db)
    store.save_batch(items[:2], [])
    pipeline.cluster_stories(store)
    con = sqlite3.connect(db)  # as a store from before the spellings were kept
    con.execute("ALTER TABLE stories DROP COLUMN spellings")
    con.execute("UPDATE store_info SET value = '7' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(db)
    with store.engine.connect() as conn:
        assert conn.execute(select(s.stories.c.spellings)).scalars().all() == ["{}"]
    store.save_batch(items[2:3], [])  # the third article of the bridge joins the stored story
    pipeline.cluster_stories(store)
    [bridge] = [x for x in store.stories.summaries() if "b0" in x.articles]
    words = bridge.label.split(" — ")[-1].split(", ")
    assert "ingénieurs" in words, bridge.label
    [held] = StoredStories(store.engine).load([bridge.id])
    assert held.spellings and held.label() == bridge.label
