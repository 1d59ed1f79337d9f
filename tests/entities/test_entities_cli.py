"""``storyline entities`` on small invented corpora: JSON shape, text view, incremental builds,
the v2 → v3 migration of an existing store."""

from __future__ import annotations

import sqlite3

from storyline.store import Store
from storyline.store import schema as s


def article(*paragraphs: str) -> str:
    """A plain-text page: the paragraphs, a blank line between them."""
    return "\n\n".join(paragraphs) + "\n"


ONE = article(
    "Lorvel : le ministre valdorien de la Défense en visite",
    "Le ministre valdorien de la Défense Tomas Verhelst s'est rendu lundi 4 mars 2024 à Lorvel, où il"
    " a rencontré les responsables du Front uni de Sarvane (FUS), le principal parti de la région.",
    "M. Verhelst a promis de nouveaux crédits pour la reconstruction du port. « Le FUS sera associé à"
    " chaque décision », a déclaré Tomas Verhelst devant la presse, avant de repartir vers Castelmar "
    "dans la soirée.",
    "Les élus du FUS ont salué une visite « attendue depuis des mois ». Verhelst doit revenir à "
    "Lorvel au printemps.",
)

TWO = article(
    "Castelmar : le Front uni de Sarvane réclame un calendrier",
    "Le Front uni de Sarvane a demandé mardi 5 mars 2024 au ministre Tomas Verhelst un calendrier "
    "précis pour les travaux annoncés la veille à Lorvel, jugeant les promesses « trop vagues ».",
    "Verhelst a répondu depuis Castelmar que les premiers chantiers commenceraient avant l'été. Le "
    "FUS tiendra un congrès extraordinaire à Lorvel le mois prochain pour en débattre.",
)

THREE = article(
    "Lorvel : les travaux du port commencent",
    "Les premiers travaux du port de Lorvel ont commencé jeudi 2 mai 2024, comme l'avait promis Tomas"
    " Verhelst lors de sa visite de mars. Le Front uni de Sarvane a salué un « premier pas » et "
    "demande maintenant la réouverture de la ligne ferroviaire vers Castelmar, fermée depuis l'hiver.",
)


def _build(cli, tmp_path, *texts):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    cli(["build", folder, "--db", db])
    return db


def _by_name(entities):
    return {e["name"]: e for e in entities}


def test_entities_json_one_entry_per_entity(cli, cli_json, tmp_path):
    db = _build(cli, tmp_path, ONE, TWO)
    found = cli_json(["entities", "--db", db, "--format", "json"])
    assert {"id", "name", "type", "aliases", "roles", "mentions"} <= set(found[0])
    people = [e for e in found if e["type"] == "PER"]
    verhelst = [e for e in people if "Verhelst" in e["name"]]
    assert len(verhelst) == 1 and verhelst[0]["name"] == "Tomas Verhelst"
    assert len({m["article"] for m in verhelst[0]["mentions"]}) == 2
    assert any(r["title"].startswith("ministre valdorien de la Défense") for r in verhelst[0]["roles"])
    arts = {a["id"]: a for a in cli_json(["articles", "--db", db, "--format", "json"])}
    store = Store.open(str(db))
    texts = {a.id: a.text for a in store.articles()}
    for e in found:
        for m in e["mentions"]:
            assert texts[m["article"]][m["start"] : m["end"]] == m["text"]
            assert m["article"] in arts and m["evidence"] and 0 < m["score"] <= 1
    fus = [e for e in found if "FUS" in e["aliases"] or e["name"] == "FUS"]
    assert len(fus) == 1


def test_entities_text_view(cli, tmp_path):
    db = _build(cli, tmp_path, ONE, TWO)
    out = cli(["entities", "--db", db]).stdout
    assert "Tomas Verhelst" in out and "2024-03-04 – 2024-03-05" in out and "roles:" in out


def test_entities_markdown_table(cli, tmp_path, cells):
    db = _build(cli, tmp_path, ONE, TWO)
    lines = cli(["entities", "--db", db, "--format", "md"]).stdout.splitlines()
    assert lines[0].startswith("| entity | type | name |") and set(lines[1]) <= set("|-")
    row = next(line for line in lines if "| Tomas Verhelst |" in line)
    assert cells(row) == cells(lines[0]) and "2024-03-04 – 2024-03-05" in row


def test_rebuild_places_only_new_mentions_against_stored_entities(cli, cli_json, tmp_path):
    db = _build(cli, tmp_path, ONE, TWO)
    before = _by_name(cli_json(["entities", "--db", db, "--format", "json"]))
    store = Store.open(str(db))
    with store.engine.connect() as conn:
        placed_before = conn.execute(s.entity_mentions.select()).all()
    db = _build(cli, tmp_path, ONE, TWO, THREE)
    after = _by_name(cli_json(["entities", "--db", db, "--format", "json"]))
    assert after["Tomas Verhelst"]["id"] == before["Tomas Verhelst"]["id"]
    assert len(after["Tomas Verhelst"]["mentions"]) == len(before["Tomas Verhelst"]["mentions"]) + 1
    with store.engine.connect() as conn:
        placed_after = conn.execute(s.entity_mentions.select()).all()
    assert set(placed_before) <= set(placed_after)


def test_a_v2_store_is_migrated_and_its_articles_resolved(cli, cli_json, tmp_path):
    db = _build(cli, tmp_path, ONE)
    con = sqlite3.connect(db)
    for table in ("entities", "entity_keys", "entity_mentions", "entity_articles", "entity_merges"):
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE store_info SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(str(db))
    with store.engine.connect() as conn:
        version = conn.execute(s.store_info.select().where(s.store_info.c.key == "schema_version")).first()
    assert version.value == str(s.SCHEMA_VERSION) == "8"
    assert store.counts()["articles"] == 1
    assert store.entities.unresolved() == [a.id for a in store.articles()]
    _build(cli, tmp_path, ONE, TWO)
    names = {e["name"] for e in cli_json(["entities", "--db", db, "--format", "json"])}
    assert "Tomas Verhelst" in names


def test_html_report_has_an_entity_section(cli, tmp_path):
    db = _build(cli, tmp_path, ONE, TWO)
    cli(["export", "--db", db, "--format", "html", "--out", tmp_path / "out"])
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'id="entities"' in page and "Tomas Verhelst" in page and 'href="#entities"' in page


def test_articles_sharing_entities_and_mentions_named_as_their_entity(cli, cli_json, tmp_path):
    db = _build(cli, tmp_path, ONE, TWO, THREE)
    store = Store.open(str(db))
    ids = [a.id for a in store.articles()]
    sharing = store.entities.sharing(ids[0])
    assert ids[0] not in sharing and set(sharing) <= set(ids[1:]) and sharing
    named = store.entities.canonical_mentions(ids)
    # "M. Verhelst" and "Verhelst" are read as the entity's full name.
    assert {m.text for m in named[ids[0]] if "Verhelst" in m.text} == {"Tomas Verhelst"}
    assert sum("Verhelst" in m.text for m in named[ids[0]]) >= 3
    assert store.entities.sharing(ids[0], min_shared=99) == []
    placed, _, persons = store.entities.placed_mentions(ids)
    assert placed == named
    types = {e["name"]: e["type"] for e in cli_json(["entities", "--db", db, "--format", "json"])}
    assert "Tomas Verhelst" in persons[ids[0]]  # the names of the entities the corpus takes for persons
    assert persons == {
        article: {m.text for m in ms if types[m.text] == "PER"} for article, ms in placed.items()
    }


def test_a_store_keyed_another_way_is_keyed_anew_once(cli, cli_json, tmp_path):
    db = _build(cli, tmp_path, ONE)
    con = sqlite3.connect(db)  # as a store whose entities were filed under older blocking keys
    con.execute("UPDATE entity_keys SET key = 'old:' || key")
    con.execute("DELETE FROM store_info WHERE key = 'entity_keys'")
    con.commit()
    con.close()
    before = _by_name(cli_json(["entities", "--db", db, "--format", "json"]))
    _build(cli, tmp_path, ONE, TWO)
    after = _by_name(cli_json(["entities", "--db", db, "--format", "json"]))
    assert after["Tomas Verhelst"]["id"] == before["Tomas Verhelst"]["id"]  # found by its new keys
    store = Store.open(str(db))
    with store.engine.connect() as conn:
        keys = [k for (k,) in conn.execute(s.entity_keys.select().with_only_columns(s.entity_keys.c.key))]
        layout = conn.execute(s.store_info.select().where(s.store_info.c.key == "entity_keys")).first()
    assert keys and not [k for k in keys if k.startswith("old:")]
    assert layout is not None and layout.value
