"""Phase-1 annotation: sentences, entity mentions and time expressions of dated articles."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.corpus.names import name_particles
from storyline.dating.timex import tag
from storyline.model import AnnotatedArticle, Article, Mention, Sentence
from storyline.nlp.spacy_pipeline import pipeline

_LINE_BREAKS = re.compile(r"\s*\n\s*")
BATCH_SIZE = 32
CHUNK_CHARS = 10_000  # longer texts go through spaCy in pieces cut at line breaks (memory)


def annotate(articles: Sequence[Article]) -> list[AnnotatedArticle]:
    """Annotate ``articles`` (batched through spaCy by language); the order is kept."""
    out: dict[int, AnnotatedArticle] = {}
    by_lang: dict[str, list[int]] = {}
    for i, art in enumerate(articles):
        by_lang.setdefault(art.lang, []).append(i)
    for lang, indices in by_lang.items():
        nlp = pipeline(lang)
        pieces = [(i, offset, chunk) for i in indices for offset, chunk in chunks(articles[i].text)]
        docs = nlp.pipe((chunk for _, _, chunk in pieces), batch_size=BATCH_SIZE)
        spans: dict[int, list[tuple[int, int]]] = {i: [] for i in indices}
        mentions: dict[int, list[Mention]] = {i: [] for i in indices}
        for (i, offset, _), doc in zip(pieces, docs, strict=True):
            spans[i] += [(offset + s.start_char, offset + s.end_char) for s in doc.sents]
            mentions[i] += [
                Mention(offset + e.start_char, offset + e.end_char, e.text, e.label_)
                for e in doc.ents
                if "\n" not in e.text
            ]
        for i in indices:
            art = articles[i]
            out[i] = AnnotatedArticle(
                art,
                sentences=tuple(split_sentences(art.text, spans[i])),
                mentions=tuple(mentions[i]),
                timexes=tuple(tag(art.text, art.lang, art.published.day)),
            )
    return [out[i] for i in range(len(articles))]


def chunks(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """``text`` in pieces of at most ``size`` characters (default :data:`CHUNK_CHARS`), each with its
    offset, cut at a line break when one is in the piece's second half, else at a space.

    spaCy refuses texts over a million characters, and a batch holding a long one takes gigabytes: a
    long scraped page is annotated piece by piece, in batches no heavier than ordinary articles.
    """
    size = size or CHUNK_CHARS
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            half = start + size // 2
            cut = text.rfind("\n", half, end)
            if cut < 0:
                cut = text.rfind(" ", half, end)
            end = cut + 1 if cut >= 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


def split_sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[Sentence]:
    """Sentence spans trimmed of white space and cut at line breaks.

    A paragraph break always ends a sentence (a title, a caption or a paragraph's last
    words never run into the next block).
    """
    out: list[Sentence] = []
    quoted = _opening_quotes_forward(text, _closing_quotes_back(text, spans))
    for start, end in _unfinished_joined(text, quoted):
        pos = start
        for brk in _LINE_BREAKS.finditer(text, start, end):
            _append_trimmed(out, text, pos, brk.start())
            pos = brk.end()
        _append_trimmed(out, text, pos, end)
    return out


def _opening_quotes_forward(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give an opening quote or bracket that a splitter left at the end of a sentence, or alone as
    one, to the next sentence on the same line.

    Splitters read ``bridge. "We had`` as ``bridge. "`` + ``We had``, and French ``«\u202fNous``
    as ``«`` + ``Nous``.
    """
    out: list[tuple[int, int]] = []
    given: int | None = None  # where the quote handed on starts
    for n, (start, end) in enumerate(spans):
        start = given if given is not None else start
        given = None
        quote = _last_visible(text, start, end)
        nxt = spans[n + 1][0] if n + 1 < len(spans) else None
        if (
            nxt is not None
            and start <= quote
            and text[quote] in _OPENERS
            and (quote == start or text[quote - 1].isspace() or text[quote] != '"')  # '"' may close
            and not text[end:nxt].strip()
            and "\n" not in text[quote:nxt]
        ):
            given, end = quote, quote
            if not text[start:end].strip():
                continue  # the span was the quote alone
        out.append((start, end))
    return out


_OPENERS = '"“«‘(['


def _closing_quotes_back(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a closing quote that a splitter put at the start of a sentence back to the one it
    closes, on the same line: ``»`` or ``”``, and a straight quote when the line has one left open
    before it (``"Au moins… tombée.`` + ``" Sally Zohney…``; a quotation may run over sentences)."""
    out: list[tuple[int, int]] = []
    straight_open, counted = False, 0  # straight quotes open on the line, up to ``counted``
    for start, end in spans:
        straight_open, counted = _still_open(text, counted, start, straight_open), start
        if out and _closes(text, out[-1][1], start, straight_open):
            out[-1] = (out[-1][0], start + 1)
            start += 1
            if not text[start:end].strip():
                continue  # the span was the quote alone
        out.append((start, end))
    return out


def _still_open(text: str, begin: int, end: int, was_open: bool) -> bool:
    """Whether a straight quote is open at ``end``, given whether one was at ``begin`` (a line
    break closes everything; each character is read once over a text)."""
    chunk = text[begin:end]
    newline = chunk.rfind("\n")
    if newline >= 0:
        chunk, was_open = chunk[newline + 1 :], False
    return was_open != (chunk.count('"') % 2 == 1)


def _closes(text: str, before_end: int, start: int, straight_open: bool) -> bool:
    """Whether the sentence at ``start`` opens with the quote closing the one ending at ``before_end``."""
    between = text[before_end:start]
    if between.strip() or "\n" in between:
        return False
    mark = text[start : start + 1]
    return mark in _CLOSING_QUOTES or (mark == '"' and straight_open)


_CLOSING_QUOTES = "»”"


def _unfinished_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that stops after a word, a comma or a semicolon, or that the next one goes on
    in lower case, to the next one on the same line.

    A statistical splitter now and then cuts before a capitalised name (``la mort du chef de
    milice`` + ``Abu Karim al-Hadeedi dans une frappe…``); no sentence ends that way inside a line.
    Nor does one start in lower case: the split fell after a quotation's own mark (``«Comment
    allez-vous vaincre ce peuple?»`` + ``, a-t-il dit.``) or an abbreviation (``etc.``, ``sq.``).
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            out
            and (_unfinished(text, *out[-1]) or _opens_in_lower_case(text, start, end))
            and "\n" not in text[out[-1][1] : start]
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_FIRST_WORD = re.compile(r"[^\w\n]{0,3}([^\W\d_]+)(?![\w./@])")


def _opens_in_lower_case(text: str, start: int, end: int) -> bool:
    """Whether the span's first word, after at most three marks (``», a-t-il dit``), is all in lower
    case and no name particle: not "iPhone", "eBay", "de Villepin", nor "www.site.org"."""
    m = _FIRST_WORD.match(text, start, end)
    return m is not None and m.group(1).islower() and m.group(1) not in name_particles()


def _unfinished(text: str, start: int, end: int) -> bool:
    last = _last_visible(text, start, end)
    # a semicolon parts clauses, not sentences
    return last >= start and (text[last].isalnum() or text[last] in ",;")


def _last_visible(text: str, start: int, end: int) -> int:
    """The index of the span's last character that is not a space (``start - 1`` when none); read
    from the end, so a span that grows by joins is never read again."""
    last = end - 1
    while last >= start and text[last].isspace():
        last -= 1
    return last


def _append_trimmed(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
