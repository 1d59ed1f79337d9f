"""Readers: formats, hints, encodings, identity by content, and every kind of bad input."""

import json
import os

import pytest

from storyline.model import RawDoc, Rejection
from storyline.sources.decode import DecodeError, decode
from storyline.sources.files import MAX_BYTES, discover, read_path

ARTICLE = "Le conseil municipal de Port-Vallon a voté jeudi la fermeture du vieux pont, a annoncé la mairie."


def _read(path):
    return list(read_path(str(path)))


def test_text_and_html_are_read_with_their_kind(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.dat").write_text("<!DOCTYPE html><html><body>x</body></html>", encoding="utf-8")
    [a] = _read(tmp_path / "a.txt")
    [b] = _read(tmp_path / "b.html")
    [c] = _read(tmp_path / "c.dat")
    assert (a.kind, b.kind, c.kind) == ("text", "html", "html")
    assert a.path.endswith("a.txt") and len(a.content_hash) == 64


def test_folders_are_walked_recursively_in_stable_order(tmp_path):
    (tmp_path / "z").mkdir()
    for name in ("z/2.txt", "1.html", "z/1.jsonl", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    passed_over: list[str] = []
    found = list(discover([str(tmp_path)], passed_over))
    assert [os.path.relpath(p, tmp_path) for p in found] == ["1.html", "z/1.jsonl", "z/2.txt"]
    assert [os.path.relpath(p, tmp_path) for p in passed_over] == ["notes.pdf"]  # hidden files unsaid
    [missing] = list(discover([str(tmp_path / "nope")]))
    assert isinstance(missing, Rejection) and "no such file" in missing.reason


def test_jsonl_objects_keep_their_hints_and_id(tmp_path):
    rows = [
        {
            "id": "art-1",
            "text": ARTICLE,
            "date": "2031-05-02",
            "source": "La Gazette",
            "url": "http://x.example/1",
        },
        {"html": f"<p>{ARTICLE}</p>", "lang": "fr"},
    ]
    path = tmp_path / "pile.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = _read(path)
    assert first.hints == {
        "id": "art-1",
        "url": "http://x.example/1",
        "date": "2031-05-02",
        "source": "La Gazette",
    }
    assert first.kind == "text" and second.kind == "html"
    assert first.path == f"{path}:1" and second.path == f"{path}:2"


def test_json_array_file(tmp_path):
    path = tmp_path / "pile.json"
    path.write_text(json.dumps([{"text": ARTICLE}, {"text": ARTICLE + " Encore."}]), encoding="utf-8")
    docs = _read(path)
    assert len(docs) == 2 and all(isinstance(d, RawDoc) for d in docs)


def test_same_content_same_hash(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    [a], [b] = _read(tmp_path / "a.txt"), _read(tmp_path / "b.txt")
    assert a.content_hash == b.content_hash


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (
            "huge.html",
            b"<html><body>" + b"<p>bla bla</p>" * (MAX_BYTES // 10) + b"</body></html>",
            "too large",
        ),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    [rej] = _read(tmp_path / name)
    assert isinstance(rej, Rejection) and reason in rej.reason


def test_undecodable_bytes_are_refused(tmp_path):
    junk = bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x81")
    (tmp_path / "junk.txt").write_bytes(junk)
    [rej] = _read(tmp_path / "junk.txt")
    assert isinstance(rej, Rejection) and "undecodable" in rej.reason


def test_malformed_json_line_is_refused_and_the_rest_read(tmp_path):
    path = tmp_path / "pile.jsonl"
    path.write_text(json.dumps({"text": ARTICLE}) + "\n{not json\n" + json.dumps({"title": "no body"}) + "\n")
    ok, bad, empty = _read(path)
    assert isinstance(ok, RawDoc)
    assert isinstance(bad, Rejection) and bad.path.endswith(":2") and "malformed JSON" in bad.reason
    assert isinstance(empty, Rejection) and "no 'text' or 'html'" in empty.reason


def test_decoding_of_french_legacy_encodings():
    text = "« Été » à Montréal — “quotes” œuvre"
    assert decode(text.encode("cp1252")) == text
    assert decode("Élysée, déjà".encode("latin-1")) == "Élysée, déjà"
    assert decode(text.encode("utf-8")) == text
    assert decode('<meta charset="windows-1252"><p>été</p>'.encode("cp1252")).endswith("été</p>")
    with pytest.raises(DecodeError):
        decode(bytes(range(1, 32)) * 200 + b"\x81\x8d\x8f\x90\x9d" * 100)
