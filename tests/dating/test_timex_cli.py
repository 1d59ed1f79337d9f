"""``storyline timex`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main
from storyline.dating.timeml import parse

TEXT = "Le conseil s'est réuni hier. Il se réunira de nouveau lundi prochain.\n"
TML = "\n".join(
    [
        '<?xml version="1.0" ?>',
        "<TimeML>",
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-10" functionInDocument="CREATION_TIME">'
        "2020-01-10</TIMEX3></DCT>",
        "<TEXT>",
        'The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="XXXX">on Thursday</TIMEX3>.',
        "</TEXT>",
        "</TimeML>",
        "",
    ]
)


def test_text_to_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--lang", "fr", "--dct", "2020-01-10", str(f)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["text"], r["value"], r["anchor"]) for r in rows] == [
        ("hier", "2020-01-09", "dct"),
        ("lundi prochain", "2020-01-13", "dct"),
    ]
    assert set(rows[0]) == {"start", "end", "text", "type", "value", "mod", "anchor"}
    assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in rows)


def test_text_to_timeml(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["timex", "--lang", "fr", "--dct", "2020-01-10", "--format", "timeml", str(f)]
    )
    assert result.exit_code == 0, result.output
    doc = parse(result.output)
    assert str(doc.dct) == "2020-01-10"
    assert [t.value for t in doc.timexes] == ["2020-01-09", "2020-01-13"]


def test_without_dct_warns_and_uses_today(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Rendez-vous le 3 mars 2021.", encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--lang", "fr", str(f)])
    assert result.exit_code == 0
    assert "warning: no --dct" in result.stderr
    assert json.loads(result.stdout)[0]["value"] == "2021-03-03"


def test_folder_of_timeml(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "d1.tml").write_text(TML, encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--lang", "en", "--format", "timeml", str(src), str(out)])
    assert result.exit_code == 0, result.output
    written = (out / "sub" / "d1.tml").read_text(encoding="utf-8")
    doc = parse(written)
    assert [(t.text, t.value) for t in doc.timexes] == [("Thursday", "2020-01-09")]
    assert '<EVENT eid="e1" class="OCCURRENCE">met</EVENT>' in written
    assert "1 documents, 1 time expressions" in result.stderr


def test_folder_with_a_broken_document_fails_with_a_reason(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.tml").write_text(TML, encoding="utf-8")
    (src / "bad.tml").write_text("<TimeML>no text here</TimeML>", encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--lang", "en", str(src), str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "bad.tml: skipped, no <TEXT> element" in result.stderr
    assert (tmp_path / "out" / "ok.tml").exists()


def test_usage_errors(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["timex", "--lang", "fr", "--dct", "2020-02-31", str(f)]).exit_code == 2
    assert runner.invoke(main, ["timex", "--lang", "de", str(f)]).exit_code == 2
    assert runner.invoke(main, ["timex", "--lang", "fr", str(tmp_path)]).exit_code == 2  # folder, no OUT_DIR
    folder_json = runner.invoke(
        main, ["timex", "--lang", "fr", "--format", "json", str(tmp_path), str(tmp_path / "o")]
    )
    assert folder_json.exit_code == 2
    assert runner.invoke(main, ["timex", "--lang", "fr", str(f), str(tmp_path / "o")]).exit_code == 2


def test_not_utf8_is_a_failure(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("caf\xe9 le 3 mars".encode("latin-1"))
    result = CliRunner().invoke(main, ["timex", "--lang", "fr", "--dct", "2020-01-10", str(f)])
    assert result.exit_code == 1
    assert "not UTF-8" in result.output


def test_help_mentions_both_forms() -> None:
    result = CliRunner().invoke(main, ["timex", "--help"])
    assert result.exit_code == 0
    assert "IN_DIR OUT_DIR" in result.output and "--dct" in result.output


def test_empty_folder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(main, ["timex", "--lang", "en", str(tmp_path / "in"), str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no TimeML documents" in result.output
