"""`storyline clean`: plain text and HTML, one corpus, a record per input; and the recurring lines
`storyline build` learns across its runs (fictional pages)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import main

MENU = "Accueil\nPolitique\nÉconomie\nCulture\nRechercher\nSe connecter\n"
FOOTER = (
    "Offre d'été : le journal et son supplément des sports pour quatre euros par mois.\n\n"
    "Recevez chaque matin notre lettre d'information gratuite « Le Réveil du Veilleur »\n\n"
    "Partager\nFacebook\nTwitter\n\n"
    "Le Petit Veilleur - Quotidien de la vallée © 2024 - petit-veilleur.example\n"
)
STORIES = [
    (
        "Pontverre : le budget de la médiathèque adopté de justesse",
        "Le conseil municipal de Pontverre a adopté mardi soir, par 15 voix contre 14, le budget de la "
        "future médiathèque, au terme d'une séance de plus de trois heures.",
        "« Ce projet attend depuis dix ans », a rappelé la maire, Odile Ferrandon, qui promet un chantier "
        "au printemps si les subventions régionales sont confirmées.",
    ),
    (
        "La ligne de car Pontverre-Sauldre supprimée en juin",
        "La région a confirmé lundi la suppression de la ligne de car entre Pontverre et Sauldre à partir "
        "du 1er juin, faute de voyageurs en nombre suffisant.",
        "Les élus de la vallée dénoncent une décision « prise sans concertation » et réclament un transport "
        "à la demande pour les habitants les plus âgés.",
    ),
    (
        "Crue de la Sauldre : les pompiers en alerte",
        "Le niveau de la Sauldre a monté de près d'un mètre dans la nuit de dimanche à lundi, et les "
        "pompiers ont évacué deux maisons du quartier des Tanneurs par précaution.",
        "Selon la préfecture, la décrue devrait commencer mercredi, mais la vigilance orange reste en "
        "vigueur jusqu'à nouvel ordre.",
    ),
]
ENGLISH = """Home
World
Sport
Search

Harbour town votes to rebuild its old pier

By Martha Quill

Photo: Ben Arkwright / Greyhaven Courier
The old pier at dusk, seen from the ferry terminal.

GREYHAVEN (Reuters) - The town council of Greyhaven voted on Tuesday to rebuild the old pier, \
which was closed to the public after a storm damaged its timber deck last winter.

The work is expected to take eighteen months and will be paid for mostly by a regional fund, \
the mayor told reporters after the vote.

Share this article
Sign up for our morning newsletter and get the top stories in your inbox.
"""
PAGE_HTML = """<html><head><title>Harbour town votes to rebuild its old pier</title>
<meta property="og:site_name" content="Greyhaven Courier"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour town votes to rebuild its old pier</h1>
<p>The town council of Greyhaven voted on Tuesday to rebuild the old pier, which was closed to the
public after a storm damaged its timber deck last winter, and work should start in the spring.</p>
<p>The work is expected to take eighteen months and will be paid for mostly by a regional fund, the
mayor told reporters after a vote that ended a debate of more than three hours.</p></article>
<footer>Copyright 2024 Greyhaven Courier. All rights reserved.</footer></body></html>"""


def page(title: str, first: str, second: str) -> str:
    return f"{MENU}\n{title}\n\nPar Jeanne Morel\n\n{first}\n\n{second}\n\n{FOOTER}"


def run(args):
    return CliRunner().invoke(main, args)


def test_clean_prints_one_record_per_page_and_learns_recurring_lines(tmp_path):
    for i, story in enumerate(STORIES):
        (tmp_path / f"veilleur-{i}.txt").write_text(page(*story), encoding="utf-8")
    result = run(["clean", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 3
    for rec, (title, first, second) in zip(records, STORIES, strict=True):
        assert set(rec) == {"path", "text", "title", "outlet", "agency", "furniture"}
        assert rec["text"].split("\n\n") == [first, second]
        assert rec["title"] == title
        assert rec["outlet"] == "Le Petit Veilleur"
        reasons = {f["line"]: f["reason"] for f in rec["furniture"]}
        assert reasons["Partager"] == "share"
        assert reasons[
            "Recevez chaque matin notre lettre d'information gratuite « Le Réveil du Veilleur »"
        ] == ("newsletter")
        # every line of the page is either kept or explained
        assert all(reason for reason in reasons.values())
        assert "Par Jeanne Morel" in reasons
        offer = "Offre d'été : le journal et son supplément des sports pour quatre euros par mois."
        assert reasons[offer] == "recurs across 3 articles of Le Petit Veilleur"


def test_build_learns_recurring_lines_across_runs_and_batches(tmp_path, monkeypatch):
    """Each page is built by its own run, one page per batch: the third page of the outlet is
    cleaned with the counts the first two runs left in the store."""
    import storyline.pipeline
    from storyline.store import Store

    monkeypatch.setattr(storyline.pipeline, "BATCH_SIZE", 1)
    db = str(tmp_path / "store.db")
    for i, story in enumerate(STORIES):
        path = tmp_path / f"veilleur-{i}.txt"
        path.write_text(page(*story), encoding="utf-8")
        assert run(["build", str(path), "--db", db, "-q"]).exit_code == 0
    offer = "Offre d'été : le journal et son supplément des sports pour quatre euros par mois."
    store = Store.open(db)
    by_name = {a.path.rsplit("/", 1)[-1]: a for a in store.articles()}
    reasons = [{f.line: f.reason for f in by_name[f"veilleur-{i}.txt"].furniture} for i in range(3)]
    learned = [r.get(offer) for r in reasons]
    assert learned == [None, None, "recurs across 3 articles of Le Petit Veilleur"]
    assert offer not in by_name["veilleur-2.txt"].text
    assert store.line_totals() == {"Le Petit Veilleur": 3}


def test_english_page_furniture_and_agency(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    rec = json.loads(run(["clean", "--format", "jsonl", str(path)]).output)
    assert rec["title"] == "Harbour town votes to rebuild its old pier"
    assert rec["agency"] == "Reuters"
    assert rec["text"].startswith("GREYHAVEN (Reuters) - The town council")
    assert rec["text"].endswith("after the vote.")
    reasons = {f["line"]: f["reason"] for f in rec["furniture"]}
    assert reasons["Photo: Ben Arkwright / Greyhaven Courier"] == "photo credit"
    assert reasons["The old pier at dusk, seen from the ferry terminal."] == "caption"
    assert reasons["Share this article"] == "share"
    assert (
        reasons["Sign up for our morning newsletter and get the top stories in your inbox."] == "newsletter"
    )


def test_html_page_with_metadata(tmp_path):
    path = tmp_path / "pier.html"
    path.write_text(PAGE_HTML, encoding="utf-8")
    for favor in ("balanced", "precision", "recall"):
        result = run(["clean", "--format", "jsonl", "--favor", favor, str(path)])
        assert result.exit_code == 0, result.output
        rec = json.loads(result.output)
        assert rec["title"] == "Harbour town votes to rebuild its old pier"
        assert rec["outlet"] == "Greyhaven Courier"
        assert "timber deck" in rec["text"] and "Copyright" not in rec["text"]


def test_bad_input_gives_a_record_a_message_and_exit_1(tmp_path):
    good = tmp_path / "pier.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["clean", "--format", "jsonl", str(good), str(tmp_path / "missing.txt")]
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[1] == {"path": str(tmp_path / "missing.txt"), "error": "no such file or folder"}
    assert "missing.txt" in result.stderr


def test_text_format_is_a_readable_summary(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    out = run(["clean", str(path)]).output
    assert out.startswith(f"== {path}\ntitle: Harbour town votes to rebuild its old pier | ")
    assert "  [share] Share this article" in out


def test_usage_error_is_exit_2():
    assert run(["clean"]).exit_code == 2
    assert run(["clean", "--format", "xml", "x"]).exit_code == 2


def test_pages_of_no_known_outlet_learn_the_lines_their_file_repeats(tmp_path):
    teaser = "Les phares du littoral rallumés pour la saison des fêtes"
    wire = "Accord de pêche signé entre Port-Vallon et Castelmar"
    towns = ["Port-Vallon", "Castelmar", "Aïn Morra", "Dar el-Mina", "Pontverre"]
    records = []
    for i in range(20):
        town = towns[i % 5]
        title = wire if i < 4 else f"Le conseil de {town} vote son budget numéro {i}"
        body = (
            f"Le conseil municipal de {town} a adopté mardi soir, après un débat de {i + 2} heures, "
            f"un budget de {i + 10} millions d'euros pour l'année à venir.\n\n"
            f"Le maire a promis que les {i + 3} chantiers prévus commenceraient au printemps."
        )
        records.append({"text": f"{title}\n\n{body}\n\n{teaser}\n"})
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    result = run(["clean", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert all(rec["outlet"] is None for rec in out)
    reasons = {f["line"]: f["reason"] for f in out[-1]["furniture"]}
    assert reasons[teaser] == f"recurs across 20 articles of {path} (outlet unknown)"
    assert all(teaser not in rec["text"] for rec in out)
    assert out[0]["title"] == wire  # four pages of the file carry it: not a template


def test_pages_filed_by_day_learn_the_lines_their_site_repeats_across_days(tmp_path):
    """A crawl filed in one folder per day: the widget the site showed the day it was crawled
    (posts stamped with that day) is on every page, and is neither text nor the pages' date."""
    widget = "@phares 20h41 11 février 2023 REPARTAGER Les phares du littoral rallumés pour les fêtes"
    towns = ["Port-Vallon", "Castelmar", "Aïn Morra", "Dar el-Mina", "Pontverre"]
    for i in range(20):
        town = towns[i % 5]
        folder = tmp_path / "veille" / f"2021-03-{i + 1:02d}"
        folder.mkdir(parents=True)
        body = (
            f"Le conseil de {town} vote son budget numéro {i}\n\n"
            f"Le conseil municipal de {town} a adopté un budget de {i + 10} millions d'euros, "
            f"après un débat de {i + 2} heures.\n\n"
            f"Le maire a promis que les {i + 3} chantiers prévus commenceraient au printemps.\n\n"
            f"{widget}\n"
        )
        (folder / "page.txt").write_text(body, encoding="utf-8")
    cleaned = run(["clean", "--format", "jsonl", str(tmp_path)]).output.splitlines()
    out = [json.loads(line) for line in cleaned]
    assert len(out) == 20
    learned = f"recurs across 20 articles of {tmp_path / 'veille'} (outlet unknown)"
    assert all({"line": widget, "reason": learned} in rec["furniture"] for rec in out)
    dates = run(["dates", "--format", "jsonl", "-q", "--db", str(tmp_path / "s.db"), str(tmp_path)])
    assert dates.exit_code == 0, dates.output
    assert all(json.loads(line)["date"] != "2023-02-11" for line in dates.output.splitlines())
