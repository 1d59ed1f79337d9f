"""``storyline figures`` on a small invented corpus: series, a disagreement, filters, formats."""

from __future__ import annotations

ONE = (
    "Inondations à Lorvel : le bilan s'alourdit\n\n"
    "Les crues de la Sarva ont fait au moins 12 morts dans la région de Lorvel, selon la préfecture, "
    "ce mardi 5 mars 2024.\n\n"
    "Quelque 3 000 habitants ont été évacués vers les gymnases de la ville.\n"
)
TWO = (
    "Lorvel sous les eaux : les secours débordés\n\n"
    "Les autorités de Lorvel dénombrent 7 morts et 40 blessés après la crue de la Sarva, "
    "mardi 5 mars 2024.\n\n"
    "Environ 3 200 habitants ont dû quitter leur logement.\n"
)
THREE = (
    "Lorvel : la décrue commence, le bilan définitif est publié\n\n"
    "La préfecture a publié vendredi 8 mars 2024 un bilan définitif de 19 morts après la crue "
    "de la Sarva.\n\n"
    "Plus de 3 000 habitants restent hébergés dans des gymnases.\n"
)


def _store(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("01.txt", ONE), ("02.txt", TWO), ("03.txt", THREE)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "f.db"
    cli(["build", folder, "--db", db])
    return db


def test_figures_series_disagreements_and_formats(cli, cli_json, tmp_path) -> None:
    db = _store(cli, tmp_path)
    found = cli_json(["figures", "--db", db, "--all-stories", "--format", "json"])
    dead = next(s for s in found["series"] if s["unit"] == "mort")
    told = [(f["published"], f["value"]) for f in dead["figures"]]
    assert sorted(told) == [("2024-03-05", 7), ("2024-03-05", 12), ("2024-03-08", 19)]
    assert told[-1] == ("2024-03-08", 19)  # in publication order
    first = next(f for f in dead["figures"] if f["value"] == 12)
    assert first["qualifier"] == "at_least" and first["high"] is None  # "au moins 12": unbounded
    # the same day, "au moins 12 morts" and "7 morts" cannot both hold; 19 comes three days later
    (clash,) = [c for c in found["disagreements"] if c["label"] == dead["label"]]
    assert {clash["a"]["value"], clash["b"]["value"]} == {12, 7}
    # "quelque 3 000", "environ 3 200" and "plus de 3 000" habitants agree
    assert not [c for c in found["disagreements"] if "habitant" in c["label"]]

    text = cli(["figures", "--db", db, "--all-stories"])
    assert "Where the sources disagree" in text.stdout
    assert f"[{first['article']} {first['start']}:{first['end']}]" in text.stdout  # the id `articles` takes
    assert "disagreement(s)" in text.stderr
    only = cli_json(["figures", "--db", db, "--all-stories", "--about", "habitants", "--format", "json"])
    assert {s["unit"] for s in only["series"]} == {"habitant"}
    md = cli(["figures", "--db", db, "--all-stories", "--format", "md"]).stdout
    assert md.startswith("| figure | value |")
    assert f"| {first['article']} {first['start']}:{first['end']} |" in md
    just = cli_json(["figures", "--db", db, "--all-stories", "--disagreements", "--format", "json"])
    assert set(just) == {"disagreements"}


def test_figures_on_a_missing_store_says_what_to_do(cli, tmp_path) -> None:
    result = cli(["figures", "--db", tmp_path / "none.db"], expect=1)
    assert "storyline build" in result.stderr
