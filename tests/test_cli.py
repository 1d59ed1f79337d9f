"""The command line on small fictional corpora written in tmp_path.

Help, incremental builds, bad inputs skipped with their reasons, resuming after an interrupted
build, usage errors and JSON inputs. Every article here is invented (Port-Vallon, Lorvel, the
Merle valley…), and long enough (well over 150 characters of clean text) to be kept.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import storyline.pipeline
from storyline.cli import main


def article(*paragraphs: str) -> str:
    """A plain-text page: the paragraphs, a blank line between them."""
    return "\n\n".join(paragraphs) + "\n"


BRIDGE = article(
    "Port-Vallon : le vieux pont de la Merle fermé à la circulation",
    "Le conseil municipal de Port-Vallon a voté jeudi 14 mars 2024 la fermeture immédiate du vieux "
    "pont de la Merle à toute circulation automobile, après la découverte de fissures profondes dans "
    "deux de ses piles par les ingénieurs de la ville.",
    "« Nous ne prendrons aucun risque avec la sécurité des habitants », a déclaré la maire, Odile "
    "Ferrand, à l'issue d'une séance qui a duré plus de trois heures. Les piétons et les cyclistes "
    "pourront continuer à emprunter l'ouvrage, construit en 1887, pendant la durée des études "
    "complémentaires.",
    "Les commerçants du quartier du port s'inquiètent déjà d'une baisse de leur chiffre d'affaires. "
    "Une navette gratuite reliera les deux rives toutes les vingt minutes à partir de lundi, et la "
    "municipalité promet un calendrier des travaux avant l'été.",
    "L'opposition réclame de son côté un audit indépendant de tous les ouvrages d'art de la commune, "
    "dont plusieurs n'ont pas été inspectés depuis la fin des années 1990.",
)

FESTIVAL = article(
    "Lorvel : le festival des lanternes attire un public record",
    "Plus de quarante mille visiteurs se sont pressés samedi 6 avril 2024 dans les ruelles de la "
    "vieille ville de Lorvel pour la vingtième édition du festival des lanternes, un record depuis sa "
    "création par une poignée de bénévoles.",
    "Les organisateurs avaient installé cette année près de trois mille lanternes de papier le long "
    "des quais, ainsi qu'une scène flottante sur le canal où se sont succédé des chorales venues de "
    "toute la région.",
    "« Nous avons dû fermer l'accès au centre historique pendant une heure tant la foule était "
    "dense », raconte Mathis Corbel, le président de l'association organisatrice. La mairie envisage "
    "déjà d'étendre le parcours aux jardins du cloître pour la prochaine édition, prévue au printemps.",
    "Les commerçants de la vieille ville, eux, saluent une soirée exceptionnelle : plusieurs "
    "restaurants du quai des Tanneurs affirment avoir servi deux fois plus de repas qu'un samedi "
    "ordinaire, et les hôtels de Lorvel affichaient complet depuis la mi-mars.",
)

HARVEST = article(
    "Vallée de la Merle : une récolte de pommes exceptionnelle",
    "Les producteurs de la vallée de la Merle annoncent une récolte de pommes exceptionnelle pour la "
    "saison 2024, portée par un printemps sans gel et des pluies régulières pendant tout l'été, selon "
    "la coopérative agricole de Sainte-Albe.",
    "La coopérative prévoit d'expédier près de douze mille tonnes de fruits, soit un tiers de plus "
    "que l'an dernier. Les vergers ont dû recruter des saisonniers supplémentaires, venus pour "
    "beaucoup des villages voisins, pour achever la cueillette avant les premières gelées.",
    "« C'est la meilleure année depuis au moins quinze ans », se réjouit Armelle Toussaint, "
    "arboricultrice à Sainte-Albe. Une partie des pommes sera transformée sur place en jus et en "
    "cidre, vendus sur les marchés de la région.",
    "Les prix payés aux producteurs devraient pourtant baisser, préviennent les responsables de la "
    "coopérative, qui cherchent de nouveaux débouchés dans les villes du littoral pour écouler "
    "l'excédent de la saison.",
)

COMMANDS = sorted(main.commands)
STORE_COMMANDS = [c for c in COMMANDS if c not in ("clean", "dates", "timex")]  # they read files


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def flat(text: str) -> str:
    """Console output with its line wrapping undone."""
    return " ".join(text.split())


def stored(cli_json, db) -> list[dict]:
    return [r for r in cli_json(["articles", "--db", db, "--format", "json"]) if r["status"] == "article"]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory, cli):
    """A store of two small articles, for the tests that only need one to exist."""
    folder = tmp_path_factory.mktemp("small")
    write(folder, "bridge.txt", BRIDGE)
    write(folder, "festival.txt", FESTIVAL)
    db = folder / "small.db"
    cli(["build", str(folder), "--db", str(db), "--quiet"])
    return str(db)


# ------------------------------------------------------------------------------------------
# Help
# ------------------------------------------------------------------------------------------


def test_group_help_lists_every_command(cli):
    out = cli(["--help"]).stdout
    assert out.startswith("Usage: ")
    assert COMMANDS == [
        "articles",
        "build",
        "clean",
        "dates",
        "entities",
        "export",
        "figures",
        "quotes",
        "stories",
        "timeline",
        "timex",
    ]
    for name in COMMANDS:
        assert name in out


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_has_help(cli, command, flag):
    out = cli([command, flag]).stdout
    assert out.startswith("Usage: ") and f" {command} " in out.splitlines()[0]
    assert "--help" in out
    assert ("--db" in out) == (command in STORE_COMMANDS or command == "dates")  # dates: an optional store


def test_version(cli):
    assert "storyline" in cli(["--version"]).stdout


# ------------------------------------------------------------------------------------------
# Incremental builds
# ------------------------------------------------------------------------------------------


def test_build_is_incremental(tmp_path, cli, cli_json):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "bridge.txt", BRIDGE)
    write(corpus, "festival.txt", FESTIVAL)
    db = str(tmp_path / "store.db")

    first = cli_json(["build", str(corpus), "--db", db, "--format", "json"])
    assert (first["files"], first["inputs_read"], first["added"], first["already_stored"]) == (2, 2, 2, 0)
    assert first["articles_total"] == 2 and first["rejected"] == []

    again = cli_json(["build", str(corpus), "--db", db, "--format", "json"])
    assert (again["inputs_read"], again["added"], again["already_stored"]) == (2, 0, 2)
    assert again["articles_total"] == 2 and again["rejected"] == []

    said = flat(cli(["build", str(corpus), "--db", db]).stderr)
    assert "0 added" in said and "2 already stored" in said

    write(corpus, "harvest.txt", HARVEST)
    more = cli_json(["build", str(corpus), "--db", db, "--format", "json"])
    assert (more["inputs_read"], more["added"], more["already_stored"]) == (3, 1, 2)
    assert more["articles_total"] == 3

    arts = stored(cli_json, db)
    assert [a["path"].rsplit("/", 1)[-1] for a in arts] == ["bridge.txt", "festival.txt", "harvest.txt"]
    assert len({a["id"] for a in arts}) == 3
    assert all(a["duplicate_of"] is None for a in arts)


def test_same_content_under_another_name_is_already_stored(tmp_path, cli_json):
    db = str(tmp_path / "store.db")
    write(tmp_path, "a.txt", BRIDGE)
    cli_json(["build", str(tmp_path / "a.txt"), "--db", db, "--format", "json"])
    write(tmp_path, "copy-of-a.txt", BRIDGE)
    again = cli_json(["build", str(tmp_path / "copy-of-a.txt"), "--db", db, "--format", "json"])
    assert (again["added"], again["already_stored"], again["articles_total"]) == (0, 1, 1)


# ------------------------------------------------------------------------------------------
# Bad inputs
# ------------------------------------------------------------------------------------------

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x19tEXtSoftware\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _garbage() -> bytes:
    """Bytes that are text in no encoding (random, no NUL, so not refused as binary first)."""
    rng = random.Random(1234)
    return bytes(rng.randrange(1, 256) for _ in range(4000))


def _big_page() -> str:
    paragraph = "<p>" + " ".join(BRIDGE.split()) + "</p>\n"
    return "<html><body>" + paragraph * (2_000_000 // len(paragraph) + 1) + "</body></html>"


def test_bad_inputs_are_skipped_with_their_reasons(tmp_path, cli, cli_json, cells):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    write(corpus, "good.txt", BRIDGE)
    (corpus / "x.html").write_bytes(PNG)
    (corpus / "empty.txt").write_bytes(b"")
    write(corpus, "big.html", _big_page())
    (corpus / "garbage.txt").write_bytes(_garbage())
    write(corpus, "broken.html", "<html><body><div><p></div><span></p></body>")
    write(
        corpus,
        "feed.jsonl",
        json.dumps({"id": "lorvel-1", "text": FESTIVAL}) + "\n" + '{"id": "lorvel-2", "text": "oops\n',
    )
    assert (corpus / "big.html").stat().st_size > 2_000_000
    db = str(tmp_path / "store.db")

    summary = cli_json(["build", str(corpus), "--db", db, "--format", "json"])  # exit 0
    expected = {
        "x.html": "binary",
        "empty.txt": "empty file",
        "big.html": "too large",
        "garbage.txt": "undecodable",
        "broken.html": "no article text",
        "feed.jsonl:2": "malformed json line",
    }

    def reasons(items):
        return {r["path"].rsplit("/", 1)[-1]: r["reason"] for r in items}

    got = reasons(summary["rejected"])
    assert sorted(got) == sorted(expected), got
    for name, words in expected.items():
        assert words in got[name].lower(), (name, got[name])
    assert all(r["status"] == "rejected" and r["id"] is None for r in summary["rejected"])
    assert summary["added"] == summary["articles_total"] == 2

    listed = cli_json(["articles", "--db", db, "--format", "json"])
    arts = [r for r in listed if r["status"] == "article"]
    assert sorted(a["path"].rsplit("/", 1)[-1] for a in arts) == ["feed.jsonl:1", "good.txt"]
    assert [a["id"] for a in arts if a["path"].endswith("feed.jsonl:1")] == ["lorvel-1"]
    skipped = [r for r in listed if r["status"] == "rejected"]
    assert reasons(skipped) == got
    assert listed == arts + skipped  # stored articles first, then the skipped inputs

    text = cli(["articles", "--db", db]).stdout
    assert f"Skipped inputs ({len(expected)})" in text
    for name in expected:
        assert name in text

    md = cli(["articles", "--db", db, "--format", "md"]).stdout.splitlines()
    assert md[0].startswith("| article | date |") and set(md[1]) <= set("|-")
    rows = [line for line in md[2:] if line.startswith("| ")]
    assert len(rows) == 2 and all(cells(row) == cells(md[0]) for row in rows)
    assert f"Skipped inputs ({len(expected)}):" in md
    assert sum(line.startswith("- ") for line in md) == len(expected)


def test_text_summary_lists_what_was_skipped(tmp_path, cli):
    write(tmp_path, "good.txt", BRIDGE)
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    said = flat(cli(["build", str(tmp_path), "--db", str(tmp_path / "s.db")]).stderr)
    assert "1 added" in said and "1 skipped" in said
    assert "empty.txt: empty file" in said


def test_a_folder_with_nothing_readable_is_a_failure(tmp_path, cli):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = cli(["build", str(tmp_path), "--db", str(tmp_path / "s.db")], expect=1)
    assert "no readable input found" in result.stderr
    assert "passed over 1 file of another type (.pdf ×1)" in flat(result.stderr)


def test_files_of_other_types_in_a_folder_are_named(tmp_path, cli, cli_json):
    write(tmp_path, "good.txt", BRIDGE)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    # The store kept in the folder it reads (its journal files too) is not named.
    said = flat(cli(["build", str(tmp_path), "--db", str(tmp_path / "s.db")]).stderr)
    assert "1 added" in said and "0 skipped" in said
    assert "passed over 2 files of other types (.jpg ×1, .pdf ×1)" in said
    assert "scan.pdf" in said and "photo.JPG" in said and "s.db" not in said.split("passed over")[1]
    elsewhere = str(tmp_path.parent / f"{tmp_path.name}-other.db")
    summary = cli_json(["build", str(tmp_path), "--db", elsewhere, "--format", "json"])
    assert {Path(p).name for p in summary["passed_over"]} >= {"photo.JPG", "scan.pdf", "s.db"}


def test_a_missing_path_is_reported(tmp_path, cli_json):
    write(tmp_path, "good.txt", BRIDGE)
    summary = cli_json(
        [
            "build",
            str(tmp_path / "good.txt"),
            str(tmp_path / "nope"),
            "--db",
            str(tmp_path / "s.db"),
            "--format",
            "json",
        ]
    )
    assert summary["added"] == 1
    assert [(r["path"], r["reason"]) for r in summary["rejected"]] == [
        (str(tmp_path / "nope"), "no such file or folder")
    ]


# ------------------------------------------------------------------------------------------
# Resuming an interrupted build
# ------------------------------------------------------------------------------------------


def test_an_interrupted_build_resumes(tmp_path, cli, cli_json, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a.txt", BRIDGE), ("b.txt", FESTIVAL), ("c.txt", HARVEST)):
        write(corpus, name, text)
    db = str(tmp_path / "store.db")

    real = storyline.pipeline.annotate
    calls = []

    def crashing(articles):
        calls.append([a.path for a in articles])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(articles)

    with monkeypatch.context() as mp:
        mp.setattr(storyline.pipeline, "BATCH_SIZE", 1)
        mp.setattr(storyline.pipeline, "annotate", crashing)
        result = cli(["build", str(corpus), "--db", db], expect=None)
    assert result.exit_code == 130, (result.exit_code, result.output)
    assert "interrupted" in result.stderr
    assert len(calls) == 2 and calls[0][0].endswith("a.txt")

    arts = stored(cli_json, db)
    assert [a["path"].rsplit("/", 1)[-1] for a in arts] == ["a.txt"]

    resumed = cli_json(["build", str(corpus), "--db", db, "--format", "json"])
    assert (resumed["added"], resumed["already_stored"], resumed["articles_total"]) == (2, 1, 3)
    assert resumed["rejected"] == []
    names = sorted(a["path"].rsplit("/", 1)[-1] for a in stored(cli_json, db))
    assert names == ["a.txt", "b.txt", "c.txt"]


# ------------------------------------------------------------------------------------------
# Usage errors
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["timeline", "articles"])
def test_a_missing_store_says_to_run_build(tmp_path, cli, command):
    missing = tmp_path / "missing.db"
    result = cli([command, "--db", str(missing)], expect=1)
    message = result.stderr.strip()
    assert "\n" not in message, message
    assert "storyline build" in message and str(missing) in message
    assert result.stdout == ""
    assert not missing.exists()


def test_export_of_a_missing_store_fails(tmp_path, cli):
    result = cli(
        ["export", "--db", str(tmp_path / "nope.db"), "--format", "md", "--out", str(tmp_path / "o")],
        expect=1,
    )
    assert "storyline build" in result.stderr


def test_a_bad_start_date_is_a_usage_error(small_db, cli):
    result = cli(["timeline", "--db", small_db, "--start", "notadate"], expect=2)
    assert "notadate" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_a_start_after_the_end_is_a_usage_error(small_db, cli):
    result = cli(["timeline", "--db", small_db, "--start", "2024-04-01", "--end", "2024-03-01"], expect=2)
    assert "'--start'" in result.stderr and "after --end" in result.stderr


def test_a_bad_end_date_names_its_option(small_db, cli):
    assert "'--end'" in cli(["timeline", "--db", small_db, "--end", "2024-13-01"], expect=2).stderr


def test_export_to_a_folder_it_cannot_write_says_so(small_db, cli, tmp_path):
    (tmp_path / "afile").write_text("x")
    result = cli(
        ["export", "--db", small_db, "--format", "md", "--out", str(tmp_path / "afile" / "o")], expect=1
    )
    assert "cannot write to" in result.stderr and "--out" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "kind", ["folder", "not a database", "empty file", "missing driver", "unknown dialect"]
)
def test_a_store_that_cannot_be_opened_is_one_clear_line(tmp_path, cli, kind):
    if kind == "folder":
        db = str(tmp_path)
    elif kind == "unknown dialect":
        db = "nosuchdialect://u@localhost/x"
    elif kind == "missing driver":
        db = "postgresql://u@localhost:1/x"  # psycopg is no dependency of storyline
    else:
        db = str(tmp_path / "x.db")
        Path(db).write_text("" if kind == "empty file" else "not a database")
    result = cli(["stories", "--db", db], expect=1)
    message = result.stderr.strip()
    assert message.startswith("Error:") and "\n" not in message, message
    assert "sqlalche.me" not in message and "Traceback" not in message


def test_a_build_that_reads_nothing_leaves_no_store_and_never_removes_a_file(tmp_path, cli, monkeypatch):
    db = tmp_path / "new.db"
    cli(["build", str(tmp_path / "nosuch"), "--db", str(db)], expect=1)
    cli(["build", str(tmp_path / "nosuch"), "--db", f"sqlite:///{tmp_path / 'url.db'}"], expect=1)
    assert not db.exists() and not (tmp_path / "url.db").exists()
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "kept.db").write_bytes(b"")  # a file that was there before, named as "~/kept.db"
    cli(["build", str(tmp_path / "nosuch"), "--db", "~/kept.db"], expect=1)
    assert (tmp_path / "kept.db").exists()


def test_dates_gives_every_input_its_record_even_a_copy_of_another(tmp_path, cli):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "bridge.txt", BRIDGE)
    write(folder, "copy.txt", BRIDGE)
    write(folder, "festival.txt", FESTIVAL)
    out = cli(["dates", "--format", "jsonl", "-q", str(folder)]).stdout
    records = {Path(r["path"]).name: r for r in map(json.loads, out.splitlines())}
    assert set(records) == {"bridge.txt", "copy.txt", "festival.txt"}
    original, copy = records["bridge.txt"], records["copy.txt"]
    assert copy["date"] == original["date"] == "2024-03-14" and copy["id"] == original["id"]
    assert copy["note"] == f"same content as {original['path']}" and "note" not in original


def test_dates_of_nothing_readable_fails(tmp_path, cli):
    result = cli(["dates", "-q", str(tmp_path / "nosuch")], expect=1)
    assert "no readable input found" in result.stderr


def test_clean_refuses_a_language_it_has_no_data_for(tmp_path, cli):
    write(tmp_path, "bridge.txt", BRIDGE)
    result = cli(["clean", "--lang", "xx", str(tmp_path / "bridge.txt")], expect=2)
    assert "'xx' is not one of" in result.stderr


def test_the_json_views_of_a_store_without_articles_are_empty_lists(tmp_path, cli, cli_json):
    write(tmp_path, "empty.txt", "")
    db = str(tmp_path / "s.db")
    cli(["build", str(tmp_path / "empty.txt"), "--db", db])
    assert cli_json(["stories", "--db", db, "--format", "json"]) == []
    assert cli_json(["entities", "--db", db, "--format", "json"]) == []


def test_export_needs_a_format(small_db, cli, tmp_path):
    result = cli(["export", "--db", small_db, "--out", str(tmp_path / "o")], expect=2)
    assert "--format" in result.stderr
    assert not (tmp_path / "o").exists()


def test_an_unknown_format_is_a_usage_error(small_db, cli, tmp_path):
    cli(["export", "--db", small_db, "--format", "pdf", "--out", str(tmp_path / "o")], expect=2)
    cli(["timeline", "--db", small_db, "--format", "xml"], expect=2)


def test_dates_must_be_positive(small_db, cli):
    cli(["timeline", "--db", small_db, "--dates", "0"], expect=2)


def test_show_furniture_of_an_unknown_id_fails(small_db, cli):
    result = cli(["articles", "--db", small_db, "--show-furniture", "nosuchid"], expect=1)
    assert "nosuchid" in result.stderr


def test_build_needs_a_path(cli):
    cli(["build"], expect=2)


# ------------------------------------------------------------------------------------------
# JSON inputs
# ------------------------------------------------------------------------------------------


def test_jsonl_fields_become_id_date_outlet_and_title(tmp_path, cli_json):
    rows = [
        {
            "id": "pv-2024-031",
            "date": "2024-03-15",
            "source": "La Gazette de Port-Vallon",
            "title": "Le vieux pont fermé",
            "url": "https://gazette-port-vallon.example/pont",
            "text": BRIDGE,
        },
        {"id": "lorvel-7", "date": "2024-04", "source": "Le Journal de Lorvel", "text": FESTIVAL},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "store.db")
    summary = cli_json(["build", str(path), "--db", db, "--format", "json"])
    assert (summary["inputs_read"], summary["added"]) == (2, 2)

    arts = {a["id"]: a for a in stored(cli_json, db)}
    assert sorted(arts) == ["lorvel-7", "pv-2024-031"]
    bridge = arts["pv-2024-031"]
    assert bridge["path"] == f"{path}:1"
    assert bridge["outlet"] == "La Gazette de Port-Vallon"
    assert bridge["title"] == "Le vieux pont fermé"
    assert bridge["url"] == "https://gazette-port-vallon.example/pont"
    pub = bridge["published"]
    assert (pub["date"], pub["granularity"], pub["confidence"]) == ("2024-03-15", "day", 1.0)
    assert [(e["kind"], e["where"], e["text"]) for e in pub["evidence"]] == [("input", "input", "2024-03-15")]

    lorvel = arts["lorvel-7"]
    assert lorvel["outlet"] == "Le Journal de Lorvel"
    pub = lorvel["published"]
    assert (pub["date"], pub["granularity"], pub["confidence"]) == ("2024-04", "month", 1.0)
    assert pub["evidence"][0]["kind"] == "input"


def test_a_reused_id_is_refused(tmp_path, cli_json):
    rows = [{"id": "same", "text": BRIDGE}, {"id": "same", "text": FESTIVAL}]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = cli_json(["build", str(path), "--db", str(tmp_path / "s.db"), "--format", "json"])
    assert summary["added"] == 1
    [rej] = summary["rejected"]
    assert rej["path"] == f"{path}:2" and "already used" in rej["reason"]


def test_json_lines_are_read_from_standard_input(tmp_path, cli_json):
    rows = [
        {"id": "pv-1", "date": "2024-03-15", "url": "https://gazette-port-vallon.example/p", "text": BRIDGE},
        "not json",
        {"id": "lorvel-7", "date": "2024-04", "text": FESTIVAL},
    ]
    stream = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)
    db = str(tmp_path / "store.db")
    args = ["build", "-", "--db", db, "--format", "json", "--quiet"]
    summary = json.loads(CliRunner().invoke(main, args, input=stream).stdout)
    assert (summary["inputs_read"], summary["added"]) == (2, 2)
    [(where, reason)] = [(r["path"], r["reason"]) for r in summary["rejected"]]
    assert re.fullmatch(r"<stdin \S+>:2", where) and reason.startswith("malformed JSON line")
    arts = {a["id"]: a for a in stored(cli_json, db)}
    assert arts["pv-1"]["path"] == where.rsplit(":", 1)[0] + ":1"  # each run's stream named by its time
    assert arts["pv-1"]["outlet"] == "gazette-port-vallon.example"
    again = json.loads(CliRunner().invoke(main, args, input=stream).stdout)
    assert (again["added"], again["already_stored"]) == (0, 2)  # the same stream again: nothing new


def test_standard_input_in_a_legacy_encoding_or_with_a_bom_is_read(tmp_path, cli):
    latin = json.dumps({"id": "pv-1", "text": BRIDGE}, ensure_ascii=False).encode("cp1252")
    bom = "\ufeff".encode() + json.dumps({"id": "lorvel-7", "text": FESTIVAL}, ensure_ascii=False).encode()
    db = str(tmp_path / "store.db")
    args = ["build", "-", "--db", db, "--format", "json", "--quiet"]
    summary = json.loads(CliRunner().invoke(main, args, input=latin + b"\n" + bom + b"\n").stdout)
    assert (summary["added"], summary["rejected"]) == (2, [])
    shown = cli(["articles", "--db", db, "--show-furniture", "pv-1"]).stdout
    assert "la sécurité des habitants" in shown and "\ufffd" not in shown


# ------------------------------------------------------------------------------------------
# Stories
# ------------------------------------------------------------------------------------------


def _two_stories(tmp_path: Path) -> Path:
    """A folder of two stories: two articles on the Port-Vallon bridge, three on Lorvel's festival."""
    from tests.corpus.story_texts import BRIDGE as BRIDGE_STORY
    from tests.corpus.story_texts import FESTIVAL as FESTIVAL_STORY

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(BRIDGE_STORY[:2]):
        write(corpus, f"bridge{i}.txt", article(f"Port-Vallon, le pont de la Merle ({i})", text))
    for i, text in enumerate(FESTIVAL_STORY):
        dated = f"Publié le {6 + i} avril 2024"
        write(corpus, f"festival{i}.txt", article(f"Lorvel, le festival des lanternes ({i})", dated, text))
    return corpus


def test_stories_group_articles_incrementally_and_filter_the_timeline(tmp_path, cli, cli_json):
    from tests.corpus.story_texts import BRIDGE as BRIDGE_STORY

    corpus = _two_stories(tmp_path)
    db = str(tmp_path / "s.db")
    summary = cli_json(["build", str(corpus), "--db", db, "--format", "json"])
    assert summary["stories"] == 2
    first = cli_json(["stories", "--db", db, "--format", "json"])
    assert [len(x["articles"]) for x in first] == [3, 2]
    assert set(first[0]) >= {"id", "label", "articles", "start", "end"}
    festival_id, bridge_id = first[0]["id"], first[1]["id"]

    write(corpus, "bridge2.txt", article("Port-Vallon, le pont rouvrira", BRIDGE_STORY[2]))
    cli(["build", str(corpus), "--db", db, "--quiet"])
    after = {x["id"]: x for x in cli_json(["stories", "--db", db, "--format", "json"])}
    assert set(after) == {festival_id, bridge_id}  # the new article joined; nothing was redone
    assert len(after[bridge_id]["articles"]) == 3
    assert after[festival_id]["articles"] == first[0]["articles"]

    text = cli(["stories", "--db", db]).stdout
    assert f"#{bridge_id}" in text and "3 articles" in text
    top = cli(["stories", "--db", db, "--limit", "1"]).stdout
    assert top.count("articles ·") == 1 and "the 1 largest of 2 stories" in top
    assert len(cli_json(["stories", "--db", db, "--limit", "1", "--format", "json"])) == 1
    one = cli_json(["timeline", "--db", db, "--story", str(festival_id), "--format", "json"])
    cited = {src["article"] for e in one["entries"] for s in e["sentences"] for src in s["sources"]}
    assert cited and cited <= set(after[festival_id]["articles"])


def test_a_store_too_large_to_read_whole_gives_its_timeline_in_two_passes(small_db, cli, monkeypatch):
    import storyline.cli

    whole = [cli(["timeline", "--db", small_db, "--format", fmt]).stdout for fmt in ("text", "json")]
    monkeypatch.setattr(storyline.cli, "LOAD_LIMIT", 0)
    assert [cli(["timeline", "--db", small_db, "--format", fmt]).stdout for fmt in ("text", "json")] == whole
    assert "Port-Vallon" in whole[0]  # the articles' labels, read for the lines cited


def test_export_of_a_store_too_large_to_read_whole_tells_the_timeline_the_timeline_command_does(
    small_db, cli, monkeypatch, tmp_path
):
    import storyline.cli

    monkeypatch.setattr(storyline.cli, "LOAD_LIMIT", 0)
    told = json.loads(cli(["timeline", "--db", small_db, "--format", "json"]).stdout)
    cli(["export", "--db", small_db, "--format", "json", "--out", str(tmp_path / "x")])
    dossier = json.loads((tmp_path / "x" / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["timeline"] == told and told["entries"]
    assert dossier["quotes"] and dossier["articles"]


def test_export_of_one_story_holds_only_what_its_articles_say(tmp_path, cli, cli_json):
    corpus = _two_stories(tmp_path)
    db = str(tmp_path / "s.db")
    cli(["build", str(corpus), "--db", db, "--quiet"])
    stories = cli_json(["stories", "--db", db, "--format", "json"])
    assert len(stories) == 2
    told: set[str] = set()
    for story in stories:
        out = tmp_path / f"story{story['id']}"
        cli(["export", "--db", db, "--format", "json", "--out", str(out), "--story", str(story["id"])])
        dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
        members = set(story["articles"])
        assert {a["id"] for a in dossier["articles"]} == members
        assert [x["id"] for x in dossier["stories"]] == [story["id"]]
        cited = {
            src["article"]
            for e in dossier["timeline"]["entries"]
            for s in e["sentences"]
            for src in s["sources"]
        }
        assert cited <= members
        told |= cited
        assert (
            dossier["entities"]
            and {m["article"] for e in dossier["entities"] for m in e["mentions"]} <= members
        )
        assert {q["article"] for q in dossier["quotes"]} <= members
        assert dossier["rejected"] == []
    assert cli(
        ["export", "--db", db, "--format", "md", "--out", str(tmp_path / "x"), "--story", "999"], expect=1
    )


def test_a_store_that_cannot_be_written_is_read_but_not_built_into(small_db, cli, monkeypatch, tmp_path):
    import os
    import sqlite3

    views = {cmd: cli([cmd, "--db", small_db]).stdout for cmd in ("timeline", "stories", "articles")}
    with sqlite3.connect(small_db) as conn:  # as a finished build leaves it: its journal written in
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    for cmd, out in views.items():  # read-only media: read without a journal, the same answers
        assert cli([cmd, "--db", small_db]).stdout == out
    result = cli(["build", str(tmp_path), "--db", small_db], expect=1)
    assert "cannot write to" in result.stderr and "copy it to a folder you can write to" in result.stderr


def test_a_store_whose_inputs_were_all_refused_answers_empty_and_says_why(tmp_path, cli):
    write(tmp_path, "tiny.txt", "Trop court.")
    db = str(tmp_path / "s.db")
    cli(["build", str(tmp_path), "--db", db, "--quiet"])
    for command in ("timeline", "stories", "entities", "quotes", "figures"):
        result = cli([command, "--db", db, "--format", "json"])
        assert json.loads(result.stdout) in ([], {"entries": []}, {"series": [], "disagreements": []})
        assert "1 input(s) were refused" in result.stderr and "storyline articles" in result.stderr
        for fmt in ("text", "md"):
            cli([command, "--db", db, "--format", fmt])  # exit 0: nothing to show is no failure


def test_a_story_dossier_gives_its_entities_the_names_and_roles_its_articles_say():
    from datetime import date

    from storyline.cli import _entities_within
    from storyline.model import EntityMention, EntityRole, EntitySummary

    def said(article: str, text: str, role: str) -> EntityMention:
        return EntityMention(article, 0, len(text), text, "PER", 7, 1.0, "", role)

    minister = EntitySummary(
        7,
        "Tomas Verhelst",
        "PER",
        ("T. Verhelst", "Verhelst"),
        (
            EntityRole("ministre de la Défense", date(2031, 1, 1), date(2031, 5, 1), 3),
            EntityRole("ministre des Sports"),
        ),
        (
            said("a", "Tomas Verhelst", "ministre de la Défense"),
            said("b", "Verhelst", "ministre de la Défense"),
            said("c", "T. Verhelst", "ministre des Sports"),
        ),
    )
    [kept] = _entities_within([minister], {"a": date(2031, 2, 3), "b": None})
    assert [m.article for m in kept.mentions] == ["a", "b"]
    assert kept.aliases == ("Verhelst",)
    assert kept.roles == (EntityRole("ministre de la Défense", date(2031, 2, 3), date(2031, 2, 3), 2),)
    assert _entities_within([minister], {"z": None}) == []


def test_an_unknown_story_is_an_error(small_db, cli):
    result = cli(["timeline", "--db", small_db, "--story", "999"], expect=1)
    assert "no story #999" in result.stderr and "storyline stories" in result.stderr


def test_an_article_the_store_refuses_costs_only_that_article(tmp_path, cli_json, monkeypatch):
    from storyline.store import Store

    save = Store.save_batch

    def refuse_the_festival(self, annotated, rejected):
        annotated = list(annotated)
        if any(a.article.path.endswith("festival.txt") for a in annotated):
            raise RuntimeError("disk says no")
        return save(self, annotated, rejected)

    monkeypatch.setattr(Store, "save_batch", refuse_the_festival)
    write(tmp_path, "bridge.txt", BRIDGE)
    write(tmp_path, "festival.txt", FESTIVAL)
    summary = cli_json(["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--format", "json"])
    assert summary["added"] == 1
    [refused] = summary["rejected"]
    assert refused["path"].endswith("festival.txt")
    assert refused["reason"].startswith("could not be stored: RuntimeError: disk says no")


def test_the_command_line_loads_without_the_build_libraries():
    """`--help` and the views read a store: spaCy, trafilatura, datasketch, scipy and
    scikit-learn load only when a command needs them (each costs a noticeable start-up)."""
    heavy = ("spacy", "trafilatura", "datasketch", "scipy", "sklearn")
    code = f"import sys, storyline.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
