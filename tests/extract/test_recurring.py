"""Furniture learned across an outlet's articles (extract/recurring.py) and its counts in the store."""

from __future__ import annotations

from storyline.extract import extract_text
from storyline.extract.recurring import (
    MIN_ARTICLES,
    UNKNOWN_OUTLET_ARTICLES,
    LineCounts,
    input_group,
    line_key,
    page_keys,
)
from storyline.store import Store


def test_line_key_ignores_case_and_punctuation():
    assert line_key("  Le Petit Veilleur — ÉDITION du soir !") == line_key(
        "le petit veilleur édition du soir"
    )


def test_long_lines_are_never_counted():
    long_line = " ".join(["mot"] * 40)
    assert page_keys(["Accueil", long_line, "", "!!"]) == {"accueil"}


def test_a_line_in_enough_articles_of_an_outlet_is_furniture():
    counts = LineCounts()
    for i in range(MIN_ARTICLES):
        counts.add("Le Petit Veilleur", {"offre découverte 1 euro", f"phrase propre {i}"})
    counts.add("Autre Gazette", {"offre découverte 1 euro"})
    found = counts.furniture("Le Petit Veilleur", {"offre découverte 1 euro", "phrase propre 0"})
    assert found == {"offre découverte 1 euro": f"recurs across {MIN_ARTICLES} articles of Le Petit Veilleur"}
    assert counts.furniture("Autre Gazette", {"offre découverte 1 euro"}) == {}
    assert counts.furniture("Inconnu", {"offre découverte 1 euro"}) == {}
    assert len(counts.take_pending()) == MIN_ARTICLES + 1 and counts.take_pending() == []


def test_learned_furniture_is_removed_with_its_reason():
    raw = (
        "Offre découverte : 1 euro le premier mois\n\n"
        "Le conseil municipal de Pontverre a voté mardi soir le budget de la nouvelle médiathèque, "
        "après trois heures de débat et une longue suspension de séance.\n\n"
        "La maire a promis que les travaux commenceraient au printemps, si les subventions suivent."
    )
    reason = "recurs across 4 articles of Le Petit Veilleur"
    ex = extract_text(raw, learned={line_key("Offre découverte : 1 euro le premier mois"): reason})
    assert "Offre découverte" not in ex.text
    assert [(f.line, f.reason) for f in ex.furniture] == [
        ("Offre découverte : 1 euro le premier mois", reason)
    ]
    assert "médiathèque" in ex.text and "printemps" in ex.text


def test_store_adds_up_line_counts(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    store.add_line_counts([("Veilleur", {"a b", "c"}), ("Veilleur", {"a b"}), ("Gazette", {"c"})])
    store.add_line_counts([("Veilleur", {"c"})])
    assert store.line_totals() == {"Veilleur": 3, "Gazette": 1}
    wanted = {"Veilleur": {"a b", "c", "never seen"}, "Gazette": {"c", "a b"}, "Inconnu": {"c"}}
    assert store.line_counts(wanted) == {"Veilleur": {"a b": 2, "c": 2}, "Gazette": {"c": 1}}


def test_counts_read_back_per_batch_decide_as_counts_kept_in_memory(tmp_path):
    """The pipeline keeps only the totals in memory between batches and reads back the counts of
    the lines a batch holds: the furniture found must be the same as with everything in memory."""
    store = Store.open(str(tmp_path / "s.db"))
    everything, per_batch = LineCounts(), LineCounts()
    pages = [("Veilleur", {"offre", f"phrase {i}"} | ({"menu"} if i % 2 else set())) for i in range(7)]
    pages += [("Gazette", {"offre", "menu"})] * 3
    for start in range(0, len(pages), 2):
        batch = pages[start : start + 2]
        wanted: dict[str, set[str]] = {}
        for outlet, keys in batch:
            wanted.setdefault(outlet, set()).update(keys)
        per_batch.load_lines(store.line_counts(wanted))
        for outlet, keys in batch:
            everything.add(outlet, keys)
            per_batch.add(outlet, keys)
            assert per_batch.furniture(outlet, keys) == everything.furniture(outlet, keys)
        store.add_line_counts(per_batch.take_pending())
        per_batch.forget_lines()
    fresh = LineCounts()
    fresh.load_totals(store.line_totals())
    fresh.load_lines(store.line_counts({"Veilleur": {"offre", "menu", "phrase 0"}}))
    assert fresh.articles == everything.articles
    assert fresh.furniture("Veilleur", {"offre", "menu", "phrase 0"}) == everything.furniture(
        "Veilleur", {"offre", "menu", "phrase 0"}
    )


def test_pages_of_no_known_outlet_are_grouped_by_their_file_or_folder():
    assert input_group("exports/veilleur.jsonl:17") == "exports/veilleur.jsonl (outlet unknown)"
    assert input_group("exports/veille/page.txt") == "exports/veille (outlet unknown)"
    assert input_group("page.txt") == ". (outlet unknown)"


def test_pages_filed_in_folders_by_day_are_grouped_above_them():
    for path in (
        "crawl/castelmar/2031-03-17/page.txt",
        "crawl/castelmar/20310317/page.txt",
        "crawl/castelmar/2031/03/17/page.txt",
        "crawl/castelmar/2031/3/page.txt",
        "crawl/castelmar/2031_03/page.txt",
    ):
        assert input_group(path) == "crawl/castelmar (outlet unknown)", path
    assert input_group("2031-03-17/page.txt") == ". (outlet unknown)"
    assert input_group("crawl/castelmar-2031/page.txt") == "crawl/castelmar-2031 (outlet unknown)"
    assert input_group("crawl/203103170/page.txt") == "crawl/203103170 (outlet unknown)"
    assert input_group("numeros/12/page.txt") == "numeros/12 (outlet unknown)"


def test_a_group_of_no_known_outlet_learns_only_lines_on_many_of_its_pages():
    counts = LineCounts()
    group = input_group("dump.jsonl:1")
    template, wire_title = "les sites du groupe veilleur", "accord signé à castelmar"
    for i in range(UNKNOWN_OUTLET_ARTICLES - 1):
        counts.add(group, {template} | ({wire_title} if i < 4 else set()))
    assert counts.furniture(group, {template}, known=False) == {}  # too few pages to tell yet
    counts.add(group, {template})
    found = counts.furniture(group, {template, wire_title}, known=False)
    assert list(found) == [template]  # the dispatch four outlets of the file carry stays
    for _ in range(60):
        counts.add(group, {"phrase propre"})
    assert counts.furniture(group, {template}, known=False)  # 20 of 80 pages: still a template
    assert counts.furniture(group, {wire_title}, known=False) == {}
