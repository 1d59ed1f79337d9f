"""Plain-text extraction: the article inside a scraped page, with every furniture line explained.

The page is cut into lines (a blank line separates blocks). Each line is first classified on
its own (menus, share buttons, credits, captions, date lines, bylines, source lines… from the
language's ``furniture.json``), then in context:

* a line in another language than the page is a foreign caption;
* a line next to a photo credit in the same block is a caption;
* four or more short lines in a row are a menu;
* the title is a line repeated near the top, or else the last title-like line before the
  first body paragraph;
* the article body is the contiguous run of lines with the highest total body score
  (a maximum-sum segment: prose lines score positive, furniture negative), plus any other run
  that clearly holds prose; lines outside it are ``outside article``;
* a paragraph repeating earlier text (even truncated with ``...`` and glued to the next one)
  is a ``repeated paragraph``.

Short subtitle lines inside the body are kept: they are part of the article (recall first).
Line numbers in :class:`RemovedLine` are 1-based line numbers of the raw input. Blank lines are
separators, not furniture; a line of only symbols is removed as ``empty``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache

from storyline.clock import HOURS_MINUTES
from storyline.extract import lines as L
from storyline.extract.lines import Line
from storyline.extract.recurring import line_key
from storyline.extract.vocab import (
    FALLBACK,
    Vocab,
    any_wrap_word,
    bare,
    guess_language,
    stopwords,
    vocab,
    wrap_words,
)
from storyline.gcpause import gc_paused
from storyline.model import Extracted, RemovedLine

PENALTY = {"strong": -4.0, "menu": -2.0, "weak": -1.0}
#: Runs beside the article body are kept when their sum is at least EXTRA_REGION and EXTRA_SHARE
#: of the body's, looking as far as EXTRA_DEPTH runs away (a lead cut off by a picture, a part
#: after an advertisement).
EXTRA_REGION, EXTRA_SHARE, EXTRA_DEPTH = 6.0, 0.15, 3
#: A heading closing the article (comments, related articles) ends the body when the body
#: before it sums to at least this share of the best run's.
ENDING_SHARE = 0.5
#: ... and the body before it sums to at least this.
ENDING_MIN_RUN = 8.0
#: A comments heading ends it from this share on (the comments may outweigh the article).
COMMENTS_SHARE = 0.25
#: A body above a comments or related heading (below the title) is preferred to the best run
#: after it from this sum and this share of the run's on.
ENDING_MIN, OPENING_SHARE = 4.0, 0.25
#: Only a short line ends the body (a heading, a footer line; not a consent notice).
ENDING_WORDS = 12
TITLE_WORDS = (4, 25)
#: This many short unpunctuated lines in a row are a menu (three may be a short list in the text).
MENU_RUN = 4
#: This many list items of at most LIST_ITEM_WORDS words in a row are a list of links or a table
#: of contents, even when they end like sentences (questions).
LIST_RUN, LIST_ITEM_WORDS = 6, 12
#: This many lines in a row of TEASER_RUN_WORDS words, none ending with a full stop, are a block of
#: other articles' headlines (a site's teasers), not the article's prose.
TEASER_RUN, TEASER_RUN_WORDS = 6, (5, 25)
_FULL_STOP = re.compile(r"[.…;:][\s\"'»”’)\]]*$")
#: A teaser line of at most this many words announces the headline under it (of at most so many).
TEASER_INTRO_WORDS, TEASER_LINK_MAX = 4, 20
#: An author's note is looked for among the body's last lines.
AUTHOR_NOTE_TAIL = 3
#: Lines of this many words, not ending a sentence, read as headlines (of teasers, of links).
HEADLINE_WORDS = (4, 16)
#: A headline shown twice among other headlines is the title when it shares this many words
#: (not stopwords, over three letters) with the body's first lines.
TITLE_BODY_WORDS = 2
BODY_LINES_FOR_TITLE = 3
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
_KEY = re.compile(r"[\W_]+")
#: A line opening with a year that goes on the sentence: "2012, se déroulent", "2012 (3), l'Armée".
_YEAR_GOES_ON = re.compile(r"\d{4}(?:\s*[,;()]|\s+[^\W\d_A-Z])")
#: The words that leave a line unfinished and the month names, of the page's language.
PageWords = Callable[[], tuple[frozenset[str], frozenset[str]]]
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")  # a numbered list's item
_WORD = re.compile(r"\w+")
#: Lines joined because the first ends with a word that leaves it unfinished ("le chef de") have
#: at least the first number of words each; a line is joined to the next only because that one
#: starts in lower case when it has at least the second (a shorter one is a menu entry).
WRAP_WORDS = (3, 5)
#: The language that tells which words leave a line unfinished is guessed from this many lines.
WRAP_GUESS_LINES = 400
_CLOCK_LINE = re.compile(rf"\W*(?:{HOURS_MINUTES})\W*(?:uhr|am|pm)?\W*")  # a line holding only a time
_FOREIGN_MIN = 3
#: A line in another language of this many words inside the body's main run is a quote, kept
#: (a foreign caption is shorter).
FOREIGN_QUOTE_WORDS = 20
#: Page-derived function words: lines of at least this many words, words of at most this many
#: letters, this many of them; a language's own list is used when this share of tokens is in it.
PAGE_STOP_MIN_WORDS, PAGE_STOP_LEN, PAGE_STOP_COUNT = 6, 5, 30
KNOWN_STOP_SHARE = 0.2
#: A page is spaced when this share of its lines of this many words or more are alone in a block.
SPACED_MIN_WORDS, SPACED_SHARE = 8, 0.6
#: A line beside a picture's credit is its caption, unless it is a sentence of this many words.
PARAGRAPH_WORDS = 15


def _wrapped(previous: str, text: str, page_words: PageWords) -> bool:
    """Whether ``text`` continues ``previous``, a paragraph hard-wrapped over two lines: the
    previous line is unfinished and this one starts in lower case, or the previous one ends with
    a word no sentence or heading ends with ("le chef de" / "l'Etat", "de M." / "Morsi"), or
    with a month before a line whose year goes on the sentence ("de juin" / "2012, se déroulent").
    ``page_words`` gives those words and the months in the page's language (guessed once, when
    first needed)."""
    words = previous.split()
    unfinished = not (L.ends_sentence(previous) or previous.endswith((":", "|")))
    if unfinished and len(words) >= WRAP_WORDS[1] and text[:1].islower():
        return True
    last = words[-1].lower()
    if last not in any_wrap_word():
        return False
    continues, months = page_words()
    if last in continues:  # "M." ends no sentence either
        return (
            len(words) >= WRAP_WORDS[0]
            and len(text.split()) >= WRAP_WORDS[0]
            and not (L.is_list_item(previous) or L.is_list_item(text) or _NUMBERED.match(text))
        )
    return unfinished and len(words) >= WRAP_WORDS[1] and last in months and bool(_YEAR_GOES_ON.match(text))


def split_lines(raw: str, lang: str | None = None) -> list[Line]:
    """The non-empty lines of ``raw`` with their features; blank lines start a new block.

    A line that continues a hard-wrapped paragraph (see :func:`_wrapped`; the words that tell it
    are those of ``lang``, else of the language :func:`_wrap_language` guesses) is joined to it
    with a space.
    """
    cleaned: list[tuple[int, str]] = []
    for no, rawline in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        cleaned.append((no, L.clean(rawline.lstrip("\ufeff"))))

    @cache
    def page_words() -> tuple[frozenset[str], frozenset[str]]:
        code = lang or _wrap_language([text for _, text in cleaned if text][:WRAP_GUESS_LINES])
        return wrap_words(code) if code else (frozenset(), frozenset())

    rows: list[tuple[int, str, int]] = []
    block = 0
    for no, text in cleaned:
        if not text:
            block += 1
        elif rows and rows[-1][2] == block and _wrapped(rows[-1][1], text, page_words):
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {text}", block)
        else:
            rows.append((no, text, block))
    return [Line.make(no, text, blk) for no, text, blk in rows]


def _wrap_language(texts: list[str]) -> str | None:
    """The language of the page's lines before they are joined, read as :func:`detect_language`
    reads the joined ones."""
    return _prose_first((L.ends_sentence(x), len(x.split()), _WORD.findall(x.lower())) for x in texts)


def detect_language(items: Iterable[Line]) -> str:
    """The page's language from stopword counts (the fallback language when unsure)."""
    return _prose_first((line.ends, line.words, line.toks) for line in items) or FALLBACK


def _prose_first(lines: Iterable[tuple[bool, int, Sequence[str]]]) -> str | None:
    """The language of lines given as (ends a sentence, words, tokens), counted over the
    sentences when there are some: menus and buttons are often in another language."""
    lines = list(lines)
    prose = [t for ends, words, toks in lines if ends and words >= PAGE_STOP_MIN_WORDS for t in toks]
    best, _ = guess_language(prose)
    if best is None:
        best, _ = guess_language([t for _, _, toks in lines for t in toks])
    return best


def page_stopwords(items: list[Line], lang: str) -> frozenset[str]:
    """The function words to measure prose with: the language's, or the page's own.

    When the page is not (or not clearly) in a language with data, its function words are
    found on the page itself: the short words that recur across its longer lines.
    """
    known = stopwords(lang)
    long_lines = [line for line in items if line.words >= PAGE_STOP_MIN_WORDS]
    toks = [t for line in long_lines for t in line.toks]
    if known and toks and sum(map(known.__contains__, toks)) >= KNOWN_STOP_SHARE * len(toks):
        return known
    spread: Counter[str] = Counter()
    for line in long_lines:
        spread.update({t for t in line.toks if len(t) <= PAGE_STOP_LEN})
    ranked = sorted(spread.items(), key=lambda kv: (-kv[1], kv[0]))[:PAGE_STOP_COUNT]
    common = [t for t, n in ranked if n >= 2]
    return frozenset(common) or known or stopwords(FALLBACK)


def _foreign(line: Line, lang: str) -> bool:
    """Whether the line is clearly in another language than ``lang``."""
    if line.words < 6:
        return False
    best, counts = guess_language(line.toks)
    if best is None or best == lang:
        return False
    return counts[best] >= _FOREIGN_MIN and counts[best] >= 2 * counts.get(lang, 0) + 1


def _context_reasons(items: list[Line], lang: str) -> None:
    """Reasons that need neighbours: foreign captions, captions next to credits, menu runs."""
    # A page is "spaced" when its paragraphs stand in blocks of their own (blank lines between
    # them): then a line sharing a block with a credit belongs with it. Menus may be in blocks of
    # many lines, so only the longer lines are counted.
    size = Counter(line.block for line in items)
    prose = [line for line in items if line.words >= SPACED_MIN_WORDS]
    spaced = bool(prose) and sum(size[line.block] == 1 for line in prose) >= SPACED_SHARE * len(prose)
    for i, line in enumerate(items):
        if line.reason:
            continue
        near_credit = spaced and any(
            0 <= j < len(items)
            and items[j].block == line.block
            and items[j].reason in ("photo credit", "caption")
            for j in (i - 1, i + 1)
        )
        if _foreign(line, lang):
            line.reason = "caption" if near_credit else "foreign language"
        elif near_credit and line.words <= 30 and not (line.ends and line.words >= PARAGRAPH_WORDS):
            line.reason = "caption"  # a full sentence that long is a paragraph by a picture (recall first)
    _menu_runs(items)
    _teaser_links(items)


def _teaser_links(items: list[Line]) -> None:
    """The headline under a bare "read also" or "related" line is a teaser too (the link it
    announces)."""
    for i in range(len(items) - 1):
        line, nxt = items[i], items[i + 1]
        if line.reason not in ("teaser", "related") or line.words > TEASER_INTRO_WORDS:
            continue
        if nxt.reason is None and nxt.words <= TEASER_LINK_MAX and not nxt.text.endswith("."):
            nxt.reason = "teaser"


def _menu_runs(items: list[Line]) -> None:
    """Mark runs of MENU_RUN or more short unpunctuated lines as a menu."""
    run: list[Line] = []
    for line in [*items, None]:
        if line is not None and line.words <= 4 and not line.ends:
            run.append(line)
            continue
        if len(run) >= MENU_RUN:
            for member in run:
                member.reason = member.reason or "menu"
        run = []


def _strength(reason: str) -> str:
    """The penalty class of a furniture reason."""
    if reason in L.STRONG:
        return "strong"
    return "menu" if reason == "menu" else "weak"


def _score(items: list[Line], stops: frozenset[str]) -> None:
    """Give every line its region score: body score, or a penalty for furniture."""
    for line in items:
        line.score = PENALTY[_strength(line.reason)] if line.reason else L.body_score(line, stops)
    _damp_lists(items)
    _damp_headlines(items)
    _later_dates(items)


def _later_dates(items: list[Line]) -> None:
    """A date line below the article's first paragraph dates an item of a listing, a comment or a
    teaser (the article's own date stands above it): it scores as a strong edge. A clock time
    alone (an entry of a live blog) is left as it is."""
    begun = False
    for line in items:
        if _strong_body(line):
            begun = True
        elif begun and line.reason == L.DATE_LINE and not _CLOCK_LINE.fullmatch(line.norm):
            line.score = PENALTY["strong"]


def _damp_lists(items: list[Line]) -> None:
    """A long run of short list items (a table of contents, a list of questions linking to
    other pages) adds nothing to the body's sum: its items score at most 0."""
    _damp_runs(items, lambda line: line.words <= LIST_ITEM_WORDS and L.is_list_item(line.text), LIST_RUN)


def _damp_headlines(items: list[Line]) -> None:
    """A run of headline-like lines (of a headline's length, without a full stop: a question or
    a quotation may end one) adds nothing to the body's sum: its lines score at most 0."""
    lo, hi = TEASER_RUN_WORDS
    _damp_runs(
        items,
        lambda line: line.reason is None and lo <= line.words <= hi and not _FULL_STOP.search(line.text),
        TEASER_RUN,
    )


def _damp_runs(items: list[Line], member: Callable[[Line], bool], least: int) -> None:
    """Lines in runs of at least ``least`` members score at most 0."""
    run: list[Line] = []
    for line in [*items, None]:
        if line is not None and member(line):
            run.append(line)
            continue
        if len(run) >= least:
            for damped in run:
                damped.score = min(damped.score, 0.0)
        run = []


def _max_segment(scores: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """The maximum-sum segment ``[start, end)`` of ``scores[lo:hi]`` and its sum."""
    best, best_span = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span[0], best_span[1], best


#: A lead paragraph of at least LEAD_WORDS words is part of the body when at most LEAD_GAP lines
#: of furniture or of little prose (scoring at most LEAD_GAP_SCORE, however long: a video box, a
#: list of contents) part it from the body.
LEAD_WORDS, LEAD_GAP, LEAD_GAP_SCORE = 10, 12, 1.0
#: A lead of this many words need not end with a full stop (a standfirst often does not).
LEAD_OPEN_WORDS = 15


def _cut_at_ending(
    items: list[Line], scores: list[float], start: int, end: int, total: float
) -> tuple[int, int]:
    """The body's end cut at the first line that closes an article (a comments or related
    articles heading, tags, a copyright notice) once the body before it holds more prose than
    what follows (for a comments heading: a quarter of the run), and the end of the page region
    that may still hold more of the body (up to the first such line after the body)."""
    run = 0.0
    for i in range(start, end):
        line = items[i]
        if line.reason in L.ENDING and (line.words <= ENDING_WORDS or line.reason == L.READER_COMMENT):
            if line.reason == L.READER_COMMENT:  # a comment's own stamp: whatever the comments weigh
                closes = run >= ENDING_MIN_RUN
            elif line.reason == "comments":
                closes = run >= max(ENDING_MIN_RUN, COMMENTS_SHARE * total)
            else:
                closes = run >= max(ENDING_MIN_RUN, ENDING_SHARE * total) and run >= total - run
            if closes:
                return i, i
        run += scores[i]
    for i in range(end, len(items)):
        line = items[i]
        if line.reason in L.ENDING and (line.words <= ENDING_WORDS or line.reason == L.READER_COMMENT):
            return end, i
    return end, len(items)


def _lead_like(line: Line) -> bool:
    """A prose line that can be a lead paragraph (a standfirst need not end with a full stop)."""
    closed = line.ends or line.words >= LEAD_OPEN_WORDS
    return line.reason is None and line.words >= LEAD_WORDS and line.score > 0 and closed


def _lead_above(items: list[Line], first: int, start: int, title: int | None = None) -> int:
    """A lead paragraph that a few header lines (date, share buttons, a picture's credit) part
    from the body's start, else ``start``. Above a byline, only the paragraph right under the
    title counts (a standfirst), when nothing but furniture stands between them."""
    i, gap = start - 1, 0
    while i >= first and gap <= LEAD_GAP:
        line = items[i]
        if _lead_like(line):
            return i
        if line.reason is None and line.score > LEAD_GAP_SCORE:
            return start  # other text stands between: no lead
        if line.reason == L.BYLINE:
            under = title + 1 if title is not None else i
            if under < i and _lead_like(items[under]) and all(items[k].reason for k in range(under + 1, i)):
                return under
            return start  # any other paragraph above the byline belongs to the header
        i, gap = i - 1, gap + 1
    return start


def body_region(
    items: list[Line], first: int, title: int | None = None
) -> tuple[list[bool], tuple[int, int]]:
    """Which lines (from index ``first`` on) are inside the article body, and the main run of the
    body as indexes ``[start, end)``."""
    inside = [False] * len(items)
    scores = [line.score for line in items]
    start, end, total = _max_segment(scores, first, len(items))
    if total <= 0:
        for i in range(first, len(items)):
            inside[i] = items[i].reason is None
        return inside, (first, len(items))
    top = first if title is None else max(first, title + 1)  # a "comments" link above the title is no heading
    opening = next((i for i in range(top, start) if items[i].reason in L.CLOSING), None)
    if opening is not None:  # the best run follows a comments heading: the article may be above it
        s, e, before = _max_segment(scores, first, opening)
        if before >= max(ENDING_MIN, OPENING_SHARE * total):
            start, end, total = s, e, before
    end, limit = _cut_at_ending(items, scores, start, end, total)
    lead = _lead_above(items, first, start, title)
    spans = [(start, end), (lead, lead + 1)]
    if lead < start:  # a standfirst above a first paragraph parted from the body (by a picture)
        above = _lead_above(items, first, lead, title)
        spans.append((above, above + 1))
    todo = [(first, start, 1), (end, limit, 1)]
    while todo:  # other runs that clearly hold prose, as far as EXTRA_DEPTH segments away
        lo, hi, depth = todo.pop()
        s, e, extra = _max_segment(scores, lo, hi)
        if extra >= max(EXTRA_REGION, EXTRA_SHARE * total):
            spans.append((s, e))
            if depth < EXTRA_DEPTH:
                todo += [(lo, s, depth + 1), (e, hi, depth + 1)]
    for s, e in spans:
        for i in range(s, e):
            inside[i] = True
    return inside, (start, end)


def _author_notes(items: list[Line], inside: list[bool], v: Vocab) -> None:
    """Mark the notes presenting the author among the last lines of the body."""
    last = [i for i, line in enumerate(items) if inside[i] and line.reason is None][-AUTHOR_NOTE_TAIL:]
    for i in last:
        if L.author_note(items[i], v):
            items[i].reason = "author note"


def _strong_body(line: Line) -> bool:
    """A line that is surely a body paragraph."""
    return line.reason is None and line.words >= 10 and line.ends and line.score >= 2.5


def _title_like(line: Line, stops: frozenset[str]) -> bool:
    """A line that could be a headline: short, not a closed sentence, not a bare label."""
    lo, hi = TITLE_WORDS
    if line.reason or not lo <= line.words <= hi:
        return False
    if line.text.endswith((".", ":", ",", ";")) and not line.text.endswith("..."):
        return False
    if line.text.isupper():  # a masthead or a section label, not a headline
        return False
    return line.words >= 5 or any(t in stops for t in line.toks)


def _in_teaser_list(items: list[Line], i: int, stops: frozenset[str]) -> bool:
    """Whether line ``i`` sits between two other headlines, as an item of a list of links does."""
    return all(0 <= j < len(items) and _title_like(items[j], stops) for j in (i - 1, i + 1))


def _about_body(line: Line, items: list[Line], top: int, stops: frozenset[str]) -> bool:
    """Whether ``line`` shares words of its own with the body's first paragraphs, as the
    article's headline does and another story's teaser does not."""
    words = {t for t in line.toks if t not in stops and len(t) > 3}
    body: set[str] = set()
    for other in items[top : top + BODY_LINES_FOR_TITLE]:
        body.update(other.toks)
    return len(words & body) >= TITLE_BODY_WORDS


def find_title(items: list[Line], stops: frozenset[str], question: bool = True) -> int | None:
    """The index of the title line: a line repeated at the top (unless every copy is an item of
    a list of headlines and it does not speak of the body: a teaser shown twice), or the last
    title-like line above the body, or (``question``: the input gives no title of its own) a
    question opening the page (:func:`_question_headline`)."""
    top = next((i for i, line in enumerate(items) if _strong_body(line)), len(items))
    copies: dict[str, list[int]] = {}
    for i in range(top):
        line = items[i]
        if line.reason is None and line.words >= 3:
            copies.setdefault(line.norm, []).append(i)
            found = copies[line.norm]
            if len(found) == 2 and (
                _about_body(line, items, top, stops)
                or not all(_in_teaser_list(items, j, stops) for j in found)
            ):
                return found[0]
    # The headline sits just above the article (a masthead or tagline may come first).
    found = next((i for i in reversed(range(top)) if _title_like(items[i], stops)), None)
    if found is None and question and _question_headline(items, top):
        return top  # "Destitution de Morsi : existe-t-il des coups d'Etat démocratiques ?" reads as body
    return found


def _question_headline(items: list[Line], i: int) -> bool:
    """Whether line ``i``, the first of the body, with only furniture above it, asks a question
    in a headline's length: the page's headline, not its first paragraph."""
    if i >= len(items) or any(items[j].reason is None for j in range(i)):
        return False
    line = items[i]
    return line.words <= TITLE_WORDS[1] and line.text.rstrip(" »”\"'").endswith("?")


def _key(text: str) -> str:
    """A comparison key: lower-case letters and digits only."""
    return _KEY.sub("", text.lower())


def _drop_repeated_headlines(items: list[Line], kept: list[int]) -> list[int]:
    """Mark kept headline-like lines (a few words, unfinished) that the page shows more than once
    (a teaser listed twice, a link repeated, with or without a list bullet) as repeated; return the
    indexes still kept."""
    lo, hi = HEADLINE_WORDS
    seen = Counter(bare(line.norm) for line in items if lo <= line.words <= hi + 1)  # "+ 1": a bullet
    for i in kept:
        line = items[i]
        if lo <= line.words <= hi and not line.ends and seen[bare(line.norm)] > 1:
            line.reason = "repeated paragraph"
    return [i for i in kept if items[i].reason is None]


def _mark_repeats(items: list[Line], kept: list[int]) -> None:
    """Mark kept paragraphs that repeat earlier kept text (teasers, even truncated or glued)."""
    joined = ""
    keys: list[str] = []
    for i in kept:
        line = items[i]
        truncated = bool(_ELLIPSIS.search(line.text))
        key = _key(_ELLIPSIS.sub("", line.text))
        if len(key) >= 25 and (
            key in joined or (truncated and any(len(k) >= 40 and key.startswith(k) for k in keys))
        ):
            line.reason = "repeated paragraph"
            continue
        joined += key
        keys.append(key)


def _pick_agency(items: list[Line], kept: list[int], v: Vocab) -> str | None:
    """The agency a source line names, else the one in a dateline opening the body."""
    for line in items:
        if line.reason == L.SOURCE_LINE:
            found = L.source_agency(line, v)
            if found:
                return found
    for i in kept[:2]:
        found = L.dateline_agency(items[i].text, v)
        if found:
            return found
    return L.signature_agency(items[kept[-1]].text, v) if kept else None


def _pick_outlet(items: list[Line], v: Vocab) -> str | None:
    """The site name the furniture lines state (:func:`lines.outlet_of`)."""
    return L.outlet_of(
        (line for line in items if line.reason and line.reason not in ("title", "repeated paragraph")), v
    )


def _pick_author(items: list[Line], v: Vocab) -> str | None:
    """The author of the first byline, unless it names an agency."""
    for line in items:
        if line.reason == L.BYLINE:
            author = L.byline_author(line, v)
            if author and not L.agencies_in(author, v):
                return author
    return None


def classify(
    items: list[Line], lang: str, learned: Mapping[str, str] | None = None, titled: bool = False
) -> tuple[int | None, list[int], tuple[int, int]]:
    """Give every furniture line its reason; return the title index, the kept indexes and the
    body's main run (indexes ``[start, end)``).

    ``learned`` maps line keys (:func:`storyline.extract.recurring.line_key`) to the reason of
    furniture learned from the corpus (a line recurring across an outlet's articles); ``titled``:
    the input gives the title, so a question opening the page is its first paragraph.
    """
    v = vocab(lang)
    stops = page_stopwords(items, lang)
    for line in items:
        line.reason = L.line_reason(line, v)
        if line.reason is None and learned:
            line.reason = learned.get(line_key(line.text))
    _context_reasons(items, lang)
    _score(items, stops)
    t = find_title(items, stops, question=not titled)
    if t is not None:
        for line in items:
            if line.reason is None and line.norm == items[t].norm:
                line.reason = "title"
    first = 0
    inside, main = body_region(items, first, t)
    for i in range(*main):  # a long paragraph in another language inside the body: a quote
        if items[i].reason == "foreign language" and items[i].words >= FOREIGN_QUOTE_WORDS:
            items[i].reason = None
    _author_notes(items, inside, v)
    for i, line in enumerate(items):
        if not inside[i] and line.reason is None:
            line.reason = "outside article"
    kept = _drop_repeated_headlines(items, [i for i, line in enumerate(items) if line.reason is None])
    _mark_repeats(items, kept)
    return t, [i for i in kept if items[i].reason is None], main


def extract_lines(
    items: list[Line], lang: str | None = None, learned: Mapping[str, str] | None = None, titled: bool = False
) -> Extracted:
    """Extract the article from already split lines (see :func:`extract_text`)."""
    lang = lang or detect_language(items)
    v = vocab(lang)
    t, kept, (start, end) = classify(items, lang, learned, titled)
    main = [i for i in kept if start <= i < end]
    return Extracted(
        text="\n\n".join(items[i].text for i in kept),
        title=items[t].text if t is not None else None,
        outlet=_pick_outlet(items, v),
        agency=_pick_agency(items, kept, v),
        author=_pick_author(items, v),
        furniture=tuple(
            RemovedLine(line.text, line.reason, line.no) for line in items if line.reason is not None
        ),
        body_lines=(items[main[0]].no, items[main[-1]].no) if main else None,
    )


def extract_text(
    raw: str, lang: str | None = None, learned: Mapping[str, str] | None = None, titled: bool = False
) -> Extracted:
    """The article in a scraped plain-text page: clean text, title, outlet, agency, furniture.

    ``lang`` is the page's language code (guessed from stopwords when None); ``learned`` is
    furniture learned from the corpus, ``titled`` whether the input gives the title (see
    :func:`classify`). Paragraphs of the clean text are
    joined with a blank line. It makes no reference cycles, so the collector is paused: a page's
    many small lines would otherwise have it rescan everything the caller holds.
    """
    with gc_paused():
        return extract_lines(split_lines(raw, lang), lang, learned, titled)
