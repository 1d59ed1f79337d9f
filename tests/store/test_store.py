"""The store: round trips, schema version, one transaction per batch, rejections."""

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from storyline.model import (
    AnnotatedArticle,
    Article,
    DuplicateLink,
    Evidence,
    Mention,
    PubDate,
    Rejection,
    RemovedLine,
    Sentence,
    Timex,
)
from storyline.store import Store, StoreError
from storyline.store import schema as s


def _article(i: int) -> AnnotatedArticle:
    text = f"Article {i}. Le maire a parlé jeudi."
    art = Article(
        id=f"a{i}",
        path=f"/tmp/{i}.txt",
        content_hash=f"h{i}",
        text=text,
        lang="fr",
        published=PubDate(
            date(2031, 3, i), "day", 0.8, (Evidence("date line", f"{i} mars 2031", "furniture"),)
        ),
        title=f"Titre {i}",
        outlet="La Gazette",
        furniture=(RemovedLine("Partager", "share", 3),),
    )
    return AnnotatedArticle(
        art,
        (Sentence(0, 11), Sentence(12, len(text))),
        (Mention(15, 20, "maire", "PER"),),
        (Timex(31, 36, "jeudi", "DATE", "2031-03-06"),),
    )


def test_round_trip_keeps_everything(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    original = _article(1)
    store.save_batch([original], [Rejection("/tmp/bad.bin", "binary file", "hx")])
    [back] = list(store.annotated())
    assert back == original
    assert store.known_hashes() == {"h1", "hx"}
    assert store.rejections() == [Rejection("/tmp/bad.bin", "binary file", "hx")]
    assert store.counts() == {"articles": 1, "duplicates": 0, "rejected": 1}


def test_texts_are_read_page_by_page_or_by_id(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([_article(i) for i in range(1, 8)], [])
    expected = {f"a{i}": f"Article {i}. Le maire a parlé jeudi." for i in range(1, 8)}
    assert dict(store.texts(page=3)) == expected  # three pages, the last one short
    assert [aid for aid, _ in store.texts(page=3)] == sorted(expected)
    assert dict(store.texts(["a2", "a5", "nope"])) == {"a2": expected["a2"], "a5": expected["a5"]}
    assert list(store.texts([])) == []


def test_annotations_are_read_a_page_of_articles_at_a_time_in_order_of_arrival(tmp_path, monkeypatch):
    import storyline.store.chunks

    store = Store.open(str(tmp_path / "s.db"))
    saved = [_article(i) for i in (4, 1, 7, 2, 6, 3, 5)]  # arrival order, not id order
    store.save_batch(saved, [])
    monkeypatch.setattr(storyline.store.chunks, "CHUNK", 3)  # three pages, the last one short
    assert list(store.annotated()) == saved
    assert list(store.annotated(["a5", "a2", "a7", "nope"])) == [saved[2], saved[3], saved[6]]
    assert list(store.annotated([])) == []


def test_a_failed_batch_leaves_nothing_behind(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([_article(1)], [])
    with pytest.raises(IntegrityError):  # the same id twice: the whole second batch is rolled back
        store.save_batch([_article(2), _article(1)], [])
    assert [a.id for a in store.articles()] == ["a1"]


def test_duplicate_links_are_updated_copy_by_copy(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([_article(1), _article(2), _article(3)], [])
    store.update_duplicates([DuplicateLink("a2", "a1", 0.9)])
    store.update_duplicates([DuplicateLink("a3", "a1", 0.8), DuplicateLink("a2", "a3", 0.7)])
    assert sorted(store.duplicates(), key=lambda x: x.copy) == [
        DuplicateLink("a2", "a3", 0.7),
        DuplicateLink("a3", "a1", 0.8),
    ]


def test_a_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store.open(path)
    with store.engine.begin() as conn:
        conn.execute(update(s.store_info).values(value=str(s.SCHEMA_VERSION + 1)))
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_a_file_fixed_after_refusal_is_no_longer_refused(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([], [Rejection("/tmp/1.txt", "empty file", "h0")])
    store.save_batch([_article(1)], [])
    assert store.rejections() == []


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(str(path))


def test_only_stories_with_a_weakly_dated_member_are_named_for_dating(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.save_batch([_article(i) for i in (1, 2, 3)], [])  # dated at confidence 0.8
    with store.engine.begin() as conn:
        conn.execute(update(s.articles).where(s.articles.c.id == "a3").values(pub_confidence=0.2))
        conn.execute(
            s.story_articles.insert(),
            [
                {"article_id": a, "story_id": story, "score": 1.0, "reason": "joined"}
                for a, story in (("a1", 7), ("a2", 8), ("a3", 8))
            ],
        )
    assert store.weakly_dated({7, 8}, below=0.5) == {8}
    assert store.weakly_dated({7, 8}, below=0.9) == {7, 8}
    assert store.weakly_dated({7}, below=0.5) == set()
    with store.engine.begin() as conn:  # known to the year only, however surely: a day may yet be found
        conn.execute(update(s.articles).where(s.articles.c.id == "a1").values(pub_granularity="year"))
    assert store.weakly_dated({7}, below=0.5) == {7}


def _store_with_entity(tmp_path, lang: str, label: str, forms: dict[str, int], variants=None):
    """A store holding one entity (id 1) of these written forms, keyed by ``variants`` or as now."""
    from collections import Counter

    from storyline.corpus.coref import mention_tokens
    from storyline.corpus.entities import Entity, EntityIndex

    store = Store.open(str(tmp_path / "s.db"))
    index = EntityIndex()
    e = Entity(1, lang)
    e.types = Counter({label: 1})
    e.forms = Counter(forms)
    e.variants = Counter(variants or {mention_tokens(f, label, lang): n for f, n in forms.items()})
    index.restore(e)
    index.dirty.add(1)
    store.entities.save(index, [], [])
    return store


def test_a_store_keyed_by_older_rules_is_keyed_anew_with_its_forms_read_now(tmp_path):
    from storyline.corpus.coref import mention_tokens
    from storyline.corpus.entities import blocking_keys
    from storyline.store.info import write_info

    store = _store_with_entity(
        tmp_path, "fr", "ORG", {"UE": 3}, {("ua",): 3}
    )  # as the older rules keyed "UE"
    with store.engine.begin() as conn:  # as a store written before the rules changed
        write_info(conn, "entity_keys", "3")
        conn.execute(update(s.entities).values(variants='[[["ua"], 3]]'))
    now = mention_tokens("UE", "ORG", "fr")
    found = store.entities.index_for(blocking_keys([now]))
    assert 1 in found.entities and now in found.entities[1].variants


def test_a_store_named_by_an_older_rule_is_named_anew(tmp_path):
    from storyline.store.info import write_info

    forms = {"Marten": 30, "Tobias Marten": 20, "Earlier Tobias Marten": 1}
    store = _store_with_entity(tmp_path, "en", "PER", forms)
    with store.engine.begin() as conn:  # as a store written before the rule changed
        write_info(conn, "entity_names", "1")
        conn.execute(update(s.entities).values(name="Earlier Tobias Marten"))
    store.entities.index_for(["anything"])
    assert [x.name for x in store.entities.summaries()] == ["Tobias Marten"]


def test_a_store_opened_read_only_is_read_and_never_written(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store.open(path)
    store.save_batch([_article(1)], [])
    with pytest.raises(StoreError, match="copy both files"):  # a build still writing: in its journal
        Store.open(path, read_only=True)
    store.engine.dispose()  # closed as a finished build leaves it: no journal beside it
    reader = Store.open(path, read_only=True)
    assert [a.id for a in reader.articles()] == ["a1"]
    assert list(reader.annotated()) == [_article(1)]
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        reader.save_batch([_article(2)], [])
    assert [a.id for a in Store.open(path).articles()] == ["a1"]


def test_a_read_only_store_that_needs_upgrading_or_is_not_a_store_says_so(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store.open(path)
    with store.engine.begin() as conn:
        conn.execute(update(s.store_info).values(value=str(s.SCHEMA_VERSION - 1)))
    store.engine.dispose()
    with pytest.raises(StoreError, match="copy it to a folder you can write to"):
        Store.open(path, read_only=True)
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="not a usable storyline database"):
        Store.open(str(notes), read_only=True)
