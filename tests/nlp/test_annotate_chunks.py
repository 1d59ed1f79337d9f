"""Long texts are annotated in pieces whose offsets map back onto the whole text (fictional text)."""

from datetime import date

from storyline.model import Article, Evidence, PubDate
from storyline.nlp import annotate as A

PARAGRAPH = (
    "Le ministre Tomas Verhelst a rencontré à Castelmar le Premier ministre Élias Marandi. "
    "Les deux hommes ont évoqué l'avenir du contingent de Valdoria."
)


def test_chunks_cover_the_text_and_cut_at_line_breaks():
    text = "\n\n".join([PARAGRAPH] * 40)
    pieces = A.chunks(text, size=1000)
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= 1000 for _, chunk in pieces)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in pieces)
    assert all(chunk.endswith("\n") for _, chunk in pieces[:-1])
    assert A.chunks("court", size=1000) == [(0, "court")]


def test_a_text_longer_than_a_piece_is_annotated_with_offsets_on_the_whole_text(monkeypatch):
    text = "\n\n".join([PARAGRAPH] * 12)
    pub = PubDate(date(2031, 3, 9), "day", 0.8, (Evidence("input", "2031-03-09", "input"),))
    art = Article("a", "a.txt", "a", text, "fr", pub)
    whole = A.annotate([art])[0]
    monkeypatch.setattr(A, "CHUNK_CHARS", 400)
    pieces = A.annotate([art])[0]
    assert len(A.chunks(text)) > 1
    assert pieces.sentences == whole.sentences
    spans = [(m.start, m.end, m.text) for m in pieces.mentions]
    assert spans == [(m.start, m.end, m.text) for m in whole.mentions]
    assert all(text[m.start : m.end] == m.text for m in pieces.mentions)
