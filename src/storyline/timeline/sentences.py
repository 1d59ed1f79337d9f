"""The sentences a timeline is made of, with what the timeline needs to know about each."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from storyline.clock import HOURS_MINUTES, HOURS_MINUTES_RE
from storyline.corpus.terms import fold
from storyline.dating.timex import event_offset
from storyline.dating.timex_calendar import day_of
from storyline.extract.lines import ends_sentence
from storyline.extract.vocab import Vocab, vocab
from storyline.extract.vocab import found as found_in
from storyline.model import AnnotatedArticle, Timex
from storyline.nlp.acronyms import initials_match
from storyline.nlp.figures import after_since
from storyline.nlp.quotes import speech_lexicon

NAME_LABELS = {"PER", "ORG", "LOC", "GPE", "PERSON", "NORP", "FAC"}  # not MISC: titles, events, works
# Opening quotation marks of the languages we read (and the `` of tokenised English): a
# sentence that quotes someone is more often a reaction than the statement of an event.
_QUOTE = re.compile(r"[«“\"„]|``")
# A dateline opening an article's first sentence: "CITY, Country (Agency) - " (also with the
# -LRB- -RRB- brackets of tokenised text), possibly after a byline and a time stamp.
_DATELINE = re.compile(
    r"^[^!?\n]{0,200}?(?:\(|-LRB-\s*)[\w .&]{2,30}?(?:\)|\s*-RRB-)\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)
# The same without an agency, as American papers write it: a place in capitals, maybe its
# state or country and the day, then a dash and a capital ("NEW YORK, Sept. 24 -- John McCain…",
# "HOPEDALE, La. -- In a way…"), maybe after a headline in title case or a stamp run into the
# sentence (its words capitalised, or lower-case and short: "Aided by Financial Crisis, …").
_CAPS_DATELINE = re.compile(
    r"^(?:(?:[^\sa-z]\S*|[a-z]{1,3})\s+){0,30}?"  # a headline, a stamp
    r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*"  # NEW ORLEANS
    r"(?:\s?,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?"  # , La.
    r"(?:\s?,\s[A-Z][a-z]{2,4}\.?\s\d{1,2})?"  # , Sept. 24
    r"\s(?:--|[–—])\s+(?=[A-ZÀ-ÖØ-Þ]|-LRB-)"
)
# A bracketed source and a double dash run into an opening sentence after what a page put before
# it ("… U.S. president condemns the crackdowns -LRB- CNN -RRB- -- At least 20 people…"): the
# highlights or caption a scrape joins to the lead; in any sentence, as pages that string several
# wire stories together open each with its own ("… BEIRUT -LRB- Reuters -RRB- -- Rebels…").
_RUN_IN_DATELINE = re.compile(
    r"(?:\(|-LRB-\s*)(?P<source>[A-Z][\w.&]*(?: [\w.&]+){0,3})(?:\)|\s*-RRB-)\s*--\s+(?=[A-Z])"
)
_ASIDE_CLOSED = re.compile(r"(?:\S+\s+){1,8}--(?:\s|$)")  # a second dash a few words on closes an aside
_OPEN_QUOTES = re.compile(r"[«“]|``")
_ASKS = re.compile(r"[?？][\s»”\"')]*$")  # a question mark ending the sentence, maybe inside its quotation
_CLOSE_QUOTES = re.compile(r"[»”]|''")
SINCE_REACH = 100  # characters before a date where its "depuis", "since" is looked for
DATELINE_REST = 40  # characters the sentence keeps after its dateline, at least
# What else may open a line without being part of what it says: bullets and dashes ("* May 8 -",
# "-- Police fired…", "•Kadhafi…"), a live blog's clock ("23h54 : L'ambassadrice…"), and a
# bracketed stamp or photo credit ("(Update 2:17 p.m. in Cairo, 7:17 a.m. ET)", "(By Ana Ruiz --
# Associated Press)"); a bracket is read as a stamp with a clock time, as a credit with the
# cleaner's credit words, or an agency after a byline's "By" or a dash.
_BULLETS = re.compile(r"(?:[-–—](?![LR]RB-|\d)|[•*·>|]|\\\*)+\s*")  # not a minus: "-19.59 points"
_LIVE_CLOCK = re.compile(rf"(?:{HOURS_MINUTES})\s*[-–—:]\s+")
_DASHES = ("-", "–", "—", "/")  # before an agency ending a bracket: "(Ana Ruiz - AFP)"
_BRACKET = re.compile(r"(?:\(([^()]{2,100})\)|-LRB-\s((?:(?!-[LR]RB-).){2,100}?)\s-RRB-)\s*(?:[-–—:]\s+)?")
# A publication stamp glued into a sentence: a date with its year, a clock time (maybe after
# "Last updated at", "à"), a time zone, then the text going on with a capital ("… grief Monday 30
# May 2005 01.58 BST After Baha Mousa died …"). What precedes it is the page's header (title,
# standfirst) run into the first sentence, as sentence-split text has it.
_STAMP_CLOCK = re.compile(
    r"[\s,:\-–—]*(?:[^\W\d]+\s+){0,3}?"  # "Last updated at", "à"
    rf"(?:{HOURS_MINUTES})(?:\s*[A-Z]{{2,5}}\b)?\s+(?=[^\W\d_])"  # "01.58 BST", then a word
)
# … or the rest of it, when the time expression holds the clock already ("30 May 2005 01.58 BST")
_STAMP_ZONE = re.compile(r"(?:\s*[A-Z]{2,5}\b)?\s+(?=[^\W\d_])")
_YEAR = re.compile(r"\d{4}")
# A line of a chronology: the sentence opens with its date, then a dash or a colon
# ("April 28 - The coast guard says…", "* 3 mars : le Parlement vote…").
_CHRONICLE_BEFORE = re.compile(r"^\W{0,3}$")
_CHRONICLE_AFTER = re.compile(r"\s*[-–—:]\s")


@dataclass
class Sent:
    article: str
    index: int  # its position in the article
    start: int
    end: int
    text: str
    days: tuple[date, ...]  # the days its time expressions resolve to
    values: tuple[str, ...]  # all its DATE values, for compatibility tests
    published: date | None
    names: frozenset[tuple[str, str]]  # (name, label) of the entities it mentions, case- and accent-folded
    context: tuple[str, ...]  # its DATE values, else those of the sentence before it
    words: int
    quotes: bool
    chronicle: bool = False  # a line of a chronology, opening with its date (its first day)
    ends: bool = True  # it ends as a sentence does (not a heading, a menu, a lead into a quotation)
    # the days it names only as the start of a time running to now ("depuis le 15 février",
    # "since the April 20 explosion"): background of what it tells, not its event
    since: frozenset[date] = frozenset()
    anaphoric: bool = False  # it opens with a word standing for someone named before ("Il annonce…")
    told: date | None = None  # the first day its text names after an opening dateline's
    asks: bool = False  # it ends on a question mark: a comment or a teaser, not a statement of events


def sentences_of(item: AnnotatedArticle) -> list[Sent]:
    """The article's sentences, each with its dates, names and publication day."""
    art = item.article
    pub = art.published.day
    stamps = sorted((t for t in item.timexes if t.type == "DATE" or _dated_clock(t)), key=lambda t: t.start)
    s_starts = [t.start for t in stamps]
    timexes = [t for t in stamps if t.type == "DATE"]
    mentions = sorted((m for m in item.mentions if m.label in NAME_LABELS), key=lambda m: m.start)
    t_starts = [t.start for t in timexes]
    every = sorted(item.timexes, key=lambda t: t.end)  # of every type: "depuis trois ans" is one
    every_ends = [t.end for t in every]
    m_starts = [m.start for m in mentions]
    event_days = _event_days(timexes, art.lang, pub)
    v = vocab(art.lang)
    out: list[Sent] = []
    for index, sent in enumerate(item.sentences):
        whole = art.text[sent.start : sent.end]
        dateline = _opening_dateline(whole) if index < 2 else 0
        # what a page ran in before a dateline is another story's: its dates and names are not
        # this sentence's
        start = sent.start + (0 if dateline else _run_in_dateline(whole))
        inside = _within(timexes, t_starts, start, sent.end)
        dated = [(t, d) for t in inside if (d := event_days.get(id(t)) or day_of(t.value)) is not None]
        days = tuple(d for _, d in dated)
        opening = [(d, _opens_a_time(art.text, t, every, every_ends, art.lang)) for t, d in dated]
        since = {d for d, yes in opening if yes} - {d for d, yes in opening if not yes}
        values = tuple(t.value for t in inside)
        names = frozenset(
            (" ".join(sorted(terms(m.text))), m.label)
            for m in _within(mentions, m_starts, start, sent.end)
            if terms(m.text)
        )
        begin = sent.start + dateline if dateline else start
        begin = max(begin, _after_stamp(art.text, _within(stamps, s_starts, start, sent.end), sent.end))
        begin += _lead_furniture(art.text[begin : sent.end], v)
        text = art.text[begin : sent.end]
        context = values or (out[-1].values if out else ())
        out.append(
            Sent(
                art.id,
                index,
                begin,
                sent.end,
                text,
                days,
                values,
                pub,
                names,
                context,
                len(text.split()),
                bool(_QUOTE.search(text)),
                _chronicle(art.text, begin, inside) and bool(dated) and dated[0][0] is inside[0],
                ends_sentence(text),
                frozenset(since),
                _anaphoric(text, art.lang),
                next((d for t, d in dated if t.start >= begin), None),
                bool(_ASKS.search(text)),
            )
        )
    return out


def _opens_a_time(text: str, t: Timex, every: Sequence[Timex], ends: list[int], lang: str) -> bool:
    """Whether ``t`` ends a "depuis"/"since" clause of its own: read only after the time
    expression before it ("emprisonné depuis trois ans, libéré le 15 février": the duration has
    the "depuis"; "depuis le 15 février jusqu'au 3 mars": the range's start has it)."""
    before = bisect_right(ends, t.start)
    floor = max(every[before - 1].end if before else 0, t.start - SINCE_REACH)
    return after_since(text[floor : t.start], t.start - floor, lang)


# words, an elided article or pronoun kept with the word it is glued to ("s'agit", "d'après")
_OPENING_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")


@cache
def _demonstrative_heads(lang: str) -> frozenset[str]:
    """What a demonstrative stands before when it stands for someone: "dernier" and whole titles
    ("ministre", "premier ministre"; not "premier" alone)."""
    lex = speech_lexicon(lang)
    return (lex.person_heads - {t.split()[0] for t in lex.titles}) | lex.titles


def _anaphoric(text: str, lang: str) -> bool:
    """Whether the sentence opens with a word standing for someone named before it: a subject
    pronoun ("Il annonce…", not "Il y a…", "Il n'y a…"), a possessive ("His comments…"), a
    demonstrative before "dernier" or a whole title ("Ce dernier…", "Ce ministre…", not "Ce
    premier bilan"), "selon eux", "according to him": unreadable alone."""
    try:
        lex = speech_lexicon(lang)
    except (KeyError, FileNotFoundError):
        return False
    words = [w.replace("’", "'") for w in _OPENING_WORDS.findall(text[:100].lower())[:6]]
    if not words:
        return False
    first, rest = words[0], words[1:]
    if first in lex.pronouns:
        nxt = next((w for w in rest if w not in lex.negation), "")
        for particle in lex.negation:  # "n'y", "n'existe"
            if particle.endswith("'") and nxt.startswith(particle):
                nxt = nxt[len(particle) :]
        return nxt not in lex.impersonal_after
    if first in lex.possessives:
        return True
    if first in lex.demonstratives and rest:
        heads = _demonstrative_heads(lang)
        return rest[0] in heads or " ".join(rest[:2]) in heads or " ".join(rest[:3]) in heads
    return any(  # "selon eux", "according to him", not "selon le ministre"
        tuple(words[: len(p)]) == p and len(words) > len(p) and words[len(p)] in lex.stressed
        for p in lex.according
    )


def _run_in_dateline(text: str) -> int:
    """Characters up to the end of a dateline that a page ran into the sentence after other text
    (0 when none): a source in brackets, a double dash and a capital, with enough text after it.
    Not an aside ("the Fund (IMF) -- Christine Lagarde among them -- warned"), not an acronym
    after its name, not inside a quotation."""
    for m in _RUN_IN_DATELINE.finditer(text):
        before, rest = text[: m.start()], text[m.end() :]
        if len(rest) < DATELINE_REST:
            break
        aside = _ASIDE_CLOSED.match(rest) is not None or _acronym_of(m["source"], before)
        opened = len(_OPEN_QUOTES.findall(before)) - len(_CLOSE_QUOTES.findall(before))
        quoted = opened > 0 or before.count('"') % 2 == 1
        if not aside and not quoted:
            return m.end()
    return 0


def _acronym_of(source: str, before: str) -> bool:
    """Whether ``source`` is the acronym of the words just before it."""
    words = before.split()[-8:]
    return any(initials_match(source, " ".join(words[-k:])) for k in range(2, len(words) + 1))


def _opening_dateline(text: str) -> int:
    """Characters of the dateline opening ``text`` (0 when none)."""
    end = 0
    for _ in range(2):  # "NEW ORLEANS -- NEW ORLEANS (AP) -- …"
        rest = text[end:]
        found = max((len(m.group()) for p in (_DATELINE, _CAPS_DATELINE) if (m := p.match(rest))), default=0)
        if not found or len(rest) - found < DATELINE_REST:
            break
        end += found
    return end


def _lead_furniture(text: str, v: Vocab) -> int:
    """Characters of the bullets, live-blog clock, bracketed stamps and credits opening ``text``
    (0 when none, or when too little text follows them)."""
    end = 0
    while True:
        found = _BULLETS.match(text, end) or _LIVE_CLOCK.match(text, end)
        if found is None and (bracket := _BRACKET.match(text, end)):
            inside = bracket.group(1) or bracket.group(2)
            folded = inside.lower()
            agency = v.any_agency.search(folded)
            signed = agency is not None and (
                v.byline.match(folded) is not None or folded[: agency.start()].rstrip().endswith(_DASHES)
            )
            credit = signed or found_in(v.picture, folded)
            found = bracket if credit or HOURS_MINUTES_RE.search(inside) else None
        if found is None or found.end() == end or len(text) - found.end() < DATELINE_REST:
            return end
        end = found.end()


def _dated_clock(t: Timex) -> bool:
    """A clock time written with its full date ("Tuesday 4 January 2005 08.43 GMT"): a publication
    stamp when run into a sentence, as a date alone would be. (Its day is not counted: a timeline's
    days are those of dates, and stamps with a clock are the page's, not an event's.)"""
    return t.type == "TIME" and day_of(t.value) is not None and bool(_YEAR.search(t.text))


def _after_stamp(text: str, inside: Sequence[Timex], end: int) -> int:
    """Where the sentence ending at ``end`` goes on after its last publication stamp (0 when none,
    or when too little text follows it)."""
    after = 0
    for t in inside:
        if not _YEAR.search(t.text) or day_of(t.value) is None:
            continue
        stamp = _STAMP_ZONE if t.value[10:11] == "T" else _STAMP_CLOCK  # "2005-05-30T01:58"
        clock = stamp.match(text, t.end, end)
        if clock and text[clock.end() : clock.end() + 1].isupper() and end - clock.end() >= DATELINE_REST:
            after = clock.end()
    return after


def _chronicle(text: str, begin: int, inside: Sequence[Timex]) -> bool:
    """Whether the sentence starting at ``begin`` opens with its first time expression followed
    by a dash or a colon."""
    if not inside or inside[0].start < begin:
        return False
    first = inside[0]
    return bool(
        _CHRONICLE_BEFORE.match(text[begin : first.start]) and _CHRONICLE_AFTER.match(text, first.end)
    )


def _event_days(timexes: Sequence[Timex], lang: str, published: date | None) -> dict[int, date]:
    """The days of the events that expressions like "au lendemain d'un vote" count from: the
    day the text speaks of at that point (its last day named before, else the publication day)
    less the expression's offset. Keyed by ``id`` of the expression."""
    out: dict[int, date] = {}
    last = published
    for t in timexes:
        offset = event_offset(t.text, lang) if t.anchor == "event" else None
        if offset is not None and last is not None:
            out[id(t)] = last - timedelta(days=offset)
        last = day_of(t.value) or last
    return out


def _within(spans: Sequence, starts: list[int], start: int, end: int) -> list:
    """The spans (sorted by start) lying inside [start, end)."""
    out = []
    for i in range(bisect_left(starts, start), len(spans)):
        if spans[i].start >= end:
            break
        if spans[i].end <= end:
            out.append(spans[i])
    return out


def terms(text: str | None) -> set[str]:
    """Case- and accent-folded words of three letters or more."""
    if not text:
        return set()
    return set(re.findall(r"\w{3,}", fold(text)))
