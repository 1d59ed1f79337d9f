"""Near-duplicates: a wire copy under other furniture is found; different stories are not."""

from storyline.corpus.dedup import find_duplicates, from_hex, signature, to_hex

WIRE = (
    "Le ministre de la Défense de Valdoria, Tomas Verhelst, a démenti jeudi tout retrait du contingent "
    "étranger stationné près de la capitale. « Aucune décision n'a été prise », a-t-il déclaré devant la "
    "presse, au lendemain de la publication d'une lettre évoquant un départ des troupes. Selon le ministère, "
    "la lettre était un brouillon envoyé par erreur à plusieurs responsables militaires. Le Parlement avait "
    "voté la semaine dernière une résolution demandant le départ des 3 000 soldats étrangers."
)
OTHER = (
    "La saison des pluies a commencé tôt cette année dans le sud du pays, où les agriculteurs craignent "
    "pour leurs récoltes de riz. Les autorités ont ouvert des centres d'accueil dans trois provinces et "
    "promis une aide d'urgence aux familles touchées par les inondations de la semaine passée."
)


def test_copy_with_other_furniture_is_linked_to_the_earliest():
    copy = "Accueil > International\n" + WIRE[:-40] + "\nPartager sur Facebook\nÀ lire aussi : la météo"
    sigs = {"orig": signature(WIRE), "copy": signature(copy), "other": signature(OTHER)}
    links = find_duplicates(sigs, ["orig", "other", "copy"])
    assert [(x.copy, x.original) for x in links] == [("copy", "orig")]
    assert 0.6 <= links[0].similarity <= 1.0


def test_chains_point_to_the_first_of_the_group():
    sigs = {k: signature(WIRE + suffix) for k, suffix in (("a", ""), ("b", " Fin."), ("c", " Fin. Suite."))}
    links = find_duplicates(sigs, ["a", "b", "c"])
    assert {(x.copy, x.original) for x in links} == {("b", "a"), ("c", "a")}


def test_signatures_survive_storage():
    mh = signature(WIRE)
    assert from_hex(to_hex(mh)).jaccard(mh) == 1.0


def test_the_index_grows_incrementally_and_an_earlier_copy_becomes_the_original():
    from storyline.corpus.dedup import DuplicateIndex

    index = DuplicateIndex()
    assert index.add("later", signature(WIRE), (1,)) == []
    assert index.add("other", signature(OTHER), (2,)) == []
    [link] = index.add("copy", signature(WIRE + " Fin."), (3,))
    assert (link.copy, link.original) == ("copy", "later")
    # An article published before the group's original takes its place, for every member.
    links = index.add("earliest", signature(WIRE + " Suite."), (0,))
    assert {(x.copy, x.original) for x in links} == {("later", "earliest"), ("copy", "earliest")}


def test_a_restored_index_links_new_articles_to_stored_groups():
    from storyline.corpus.dedup import DuplicateIndex

    index = DuplicateIndex()
    index.restore("a", signature(WIRE), (0,), None)
    index.restore("b", signature(WIRE + " Fin."), (1,), "a")
    [link] = index.add("c", signature(WIRE + " Fin. Suite."), (2,))
    assert (link.copy, link.original) == ("c", "a")


def _stored(store, *items):
    """Save articles (id, text, publication day) to ``store``, unannotated."""
    from datetime import date

    from storyline.model import AnnotatedArticle, Article, PubDate

    arts = [
        AnnotatedArticle(
            Article(
                id=article_id,
                path=f"/in/{article_id}.txt",
                content_hash=f"h-{article_id}",
                text=text,
                lang="fr",
                published=PubDate(date(2031, 3, day), "day", 0.9, ()),
            ),
            (),
            (),
            (),
        )
        for article_id, text, day in items
    ]
    store.save_batch(arts, [])


def _originals(store):
    return {d.copy: d.original for d in store.duplicates()}


def test_builds_link_new_copies_to_stored_groups_through_the_stored_bands(tmp_path):
    from storyline.pipeline import link_duplicates
    from storyline.store import Store

    store = Store.open(str(tmp_path / "s.db"))
    _stored(store, ("orig", WIRE, 5), ("other", OTHER, 5))
    assert link_duplicates(store) == 0
    _stored(store, ("copy", "Accueil > International\n" + WIRE + "\nPartager", 6))
    assert link_duplicates(store) == 1
    assert _originals(store) == {"copy": "orig"}
    # A copy published before the group's original, arriving later, becomes the original of all.
    _stored(store, ("earliest", WIRE + " Fin.", 4))
    assert link_duplicates(store) == 2
    assert _originals(store) == {"copy": "earliest", "orig": "earliest"}
    # Its group is read back whole: a later copy joins the earliest, not the member it is closest to.
    _stored(store, ("late", WIRE + " Suite.", 9))
    link_duplicates(store)
    assert _originals(store)["late"] == "earliest"
    assert link_duplicates(store) == 0  # nothing new: nothing read


def test_a_store_made_before_bands_were_kept_gets_them_once(tmp_path):
    import sqlite3

    from storyline.pipeline import link_duplicates
    from storyline.store import Store

    db = tmp_path / "s.db"
    store = Store.open(str(db))
    _stored(store, ("orig", WIRE, 5), ("other", OTHER, 5))
    link_duplicates(store)
    con = sqlite3.connect(db)  # as a schema-3 store holds it: signatures, no bands
    con.execute("DROP TABLE minhash_bands")
    con.execute("DELETE FROM store_info WHERE key = 'minhash_bands'")
    con.execute("UPDATE store_info SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(str(db))
    _stored(store, ("copy", WIRE + " Fin.", 6))
    assert link_duplicates(store) == 1
    assert _originals(store) == {"copy": "orig"}
    from storyline.corpus.dedup import BAND_LAYOUT

    assert list(store.unbanded_signatures(BAND_LAYOUT)) == []
    assert [set(x) for x in store.unbanded_signatures("other bands")] == [{"orig", "other", "copy"}]


def test_new_articles_signed_in_batches_form_the_groups_one_batch_would(tmp_path, monkeypatch):
    from storyline import pipeline
    from storyline.store import Store

    items = [
        ("orig", WIRE, 5),
        ("other", OTHER, 5),
        ("copy", WIRE + " Fin.", 6),
        ("earliest", WIRE + " Suite.", 4),
    ]
    groups = []
    for batch in (100, 1):
        monkeypatch.setattr(pipeline, "DEDUP_BATCH", batch)
        store = Store.open(str(tmp_path / f"s{batch}.db"))
        _stored(store, *items)
        assert pipeline.link_duplicates(store) == 2  # each copy counted once, however often relinked
        groups.append(_originals(store))
    assert groups[0] == groups[1] == {"orig": "earliest", "copy": "earliest"}


def test_stored_band_keys_propose_the_candidates_the_lsh_index_would():
    from datasketch import MinHashLSH

    from storyline.corpus.dedup import CANDIDATE_THRESHOLD, NUM_PERM, band_keys

    words = (WIRE + " " + OTHER).split()
    texts = {f"t{i}": " ".join(words[i : i + 60]) for i in range(0, len(words) - 60, 3)}
    sigs = {k: signature(v) for k, v in texts.items()}
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    for k, mh in sigs.items():
        lsh.insert(k, mh)
    keys = {k: set(band_keys(mh)) for k, mh in sigs.items()}
    for k, mh in sigs.items():
        assert set(lsh.query(mh)) == {other for other in sigs if keys[k] & keys[other]}


def test_an_article_known_to_its_year_only_is_no_earlier_than_a_copy_dated_to_the_day(tmp_path):
    from datetime import date

    from storyline.model import PubDate
    from storyline.pipeline import link_duplicates
    from storyline.store import Store

    store = Store.open(str(tmp_path / "s.db"))
    _stored(store, ("year", WIRE, 5))
    store.redate("year", PubDate(date(2031, 1, 1), "year", 0.6))  # its 1 January is no day it came out on
    link_duplicates(store)
    _stored(store, ("day", WIRE + " Fin.", 6))
    link_duplicates(store)
    assert _originals(store) == {"year": "day"}
