"""``storyline quotes`` on a small invented corpus: JSON shape, grouping, filters."""

from __future__ import annotations

ONE = (
    "Lorvel : le ministre de la Défense promet des crédits\n\n"
    "Le ministre valdorien de la Défense Tomas Verhelst s'est rendu lundi 4 mars 2024 à Lorvel.\n\n"
    "« Le Front uni de Sarvane sera associé à chaque décision », a déclaré Tomas Verhelst devant la "
    "presse, avant de repartir vers Castelmar.\n\n"
    "« Les premiers chantiers commenceront avant l'été », a-t-il ajouté.\n\n"
    "Les élus ont salué une visite « attendue depuis des mois ».\n"
)
TWO = (
    "Castelmar : l'opposition réclame un calendrier\n\n"
    "La députée Nadia Morel a dénoncé mardi 5 mars 2024 des promesses « trop vagues pour être tenues ».\n\n"
    "« Nous voulons des dates, pas des discours », a lancé Nadia Morel à la tribune.\n"
)

THREE = (
    "Lorvel : la garnison reste\n\n"
    "Tomas Verhelst a visité mercredi 6 mars 2024 la garnison de Lorvel, où stationnent 300 soldats.\n\n"
    "« Nos soldats resteront tant que la région le demandera », a affirmé le ministre de la Défense.\n"
)
FOUR = (
    "Castelmar : une enquête ouverte sur les marchés publics\n\n"
    "Le procureur Ilan Sorel a ouvert jeudi 7 mars 2024 une enquête sur des marchés de la région.\n\n"
    "« Les faits qui nous ont été signalés sont graves », a déclaré le procureur devant la presse.\n"
)


def _store(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate((ONE, TWO, THREE, FOUR), 1):
        (folder / f"0{n}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    cli(["build", folder, "--db", db])
    return db


def test_quotes_json_text_and_filters(cli, cli_json, tmp_path) -> None:
    db = _store(cli, tmp_path)
    found = cli_json(["quotes", "--db", db, "--format", "json"])
    by_text = {q["text"]: q for q in found}
    first = by_text["Le Front uni de Sarvane sera associé à chaque décision"]
    assert first["entity"] == "Tomas Verhelst"
    assert first["cue"] == "a déclaré"
    assert {"article", "start", "end", "speaker", "speaker_start", "speaker_end", "how", "confidence"} <= set(
        first
    )
    assert by_text["Les premiers chantiers commenceront avant l'été"]["entity"] == "Tomas Verhelst"
    assert by_text["Nous voulons des dates, pas des discours"]["entity"] == "Nadia Morel"
    # a role said without a name: the person named before whom the corpus (another article) gives it
    stays = by_text["Nos soldats resteront tant que la région le demandera"]
    assert (stays["speaker"], stays["entity"]) == ("le ministre de la Défense", "Tomas Verhelst")
    assert "ministre valdorien de la Défense" in stays["how"]
    # a title alone: the person this article gives it
    grave = by_text["Les faits qui nous ont été signalés sont graves"]
    assert (grave["speaker"], grave["entity"]) == ("le procureur", "Ilan Sorel")
    assert all(q["speaker"] for q in found)  # unattributed ones only on request

    text = cli(["quotes", "--db", db]).stdout
    assert "Tomas Verhelst  (3)" in text and "Nadia Morel  (2)" in text
    assert "a-t-il ajouté" in text
    assert f"[{first['article']} {first['start']}:{first['end']}]" in text  # the id `articles` takes

    only = cli_json(["quotes", "--db", db, "--who", "morel", "--format", "json"])
    assert {q["entity"] for q in only} == {"Nadia Morel"}
    sure = cli_json(["quotes", "--db", db, "--min-confidence", "0.8", "--format", "json"])
    assert "Les premiers chantiers commenceront avant l'été" not in {q["text"] for q in sure}
    every = cli_json(["quotes", "--db", db, "--unattributed", "--format", "json"])
    loose = [q for q in every if not q["speaker"]]
    assert [q["text"] for q in loose] == ["attendue depuis des mois"]  # set in the élus' sentence

    md = cli(["quotes", "--db", db, "--format", "md"]).stdout
    assert md.startswith("| speaker | quotation |")
    assert f"| {first['article']} {first['start']}:{first['end']} |" in md


def test_quotes_on_a_missing_store_says_what_to_do(cli, tmp_path) -> None:
    result = cli(["quotes", "--db", tmp_path / "none.db"], expect=1)
    assert "storyline build" in result.stderr


FIVE = (
    "Sarvane : le Front uni attend des actes\n\n"
    "À Sarvane, les militants du Front uni ont accueilli samedi 9 mars 2024 avec prudence les "
    "promesses faites à Lorvel.\n\n"
    "Sur une banderole, on pouvait lire : « Le Front uni de Sarvane sera associé à chaque décision », "
    "suivi d'un point d'interrogation.\n"
)


def test_the_same_words_quoted_without_a_speaker_take_the_one_another_article_names(
    cli, cli_json, tmp_path
) -> None:
    db = _store(cli, tmp_path)
    (tmp_path / "in" / "05.txt").write_text(FIVE, encoding="utf-8")
    cli(["build", tmp_path / "in", "--db", db])
    found = cli_json(["quotes", "--db", db, "--format", "json"])
    same = [q for q in found if q["text"] == "Le Front uni de Sarvane sera associé à chaque décision"]
    direct, settled = sorted(same, key=lambda q: bool(q["speaker_article"]))
    assert settled["article"] != direct["article"] == settled["speaker_article"]
    assert settled["entity"] == "Tomas Verhelst" and settled["confidence"] < direct["confidence"]
    assert "the same words attributed to" in settled["how"]
    md = cli(["quotes", "--db", db, "--format", "md"]).stdout
    at = f"(in {direct['article']} {settled['speaker_start']}:{settled['speaker_end']})"
    assert at in md  # the table says where the speaker's phrase is written
