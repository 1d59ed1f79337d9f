"""Publication date of one article, with its granularity, confidence and evidence.

Candidates come from what the input states, the page (htmldate, trafilatura metadata),
date lines and bylines removed as furniture, and a dateline at the top of the text. The
text then checks them: a deictic weekday with a date ("ce lundi 6 janvier") must fall
within a few days of the publication date, so a page-header date years away from it is
contradicted, kept only as an upper bound, and said so in the evidence. With no usable
candidate, weekday–date pairs choose among the years in which they hold, bounded below by
the years the text names.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from storyline.clock import CLOCK
from storyline.corpus.terms import fold
from storyline.dating.timex import tag, tense_of
from storyline.dating.timex_calendar import day_of
from storyline.extract.lines import agencies_in
from storyline.extract.recurring import is_learned
from storyline.extract.vocab import vocab
from storyline.lang import FALLBACK, load
from storyline.model import Evidence, Extracted, PubDate, RemovedLine, Timex

_PARTIAL = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})")
DEICTIC_WINDOW = timedelta(days=10)  # how long before publication "ce lundi 6 janvier" can be
LATE_ALLOWANCE = timedelta(days=1)  # time zones and late editions
UNDATED_REACH = 120  # days: how far a weekday–date told in no tense can lie from publication
DATE_LINE_REASONS = ("date", "byline", "source")
MIN_YEAR, MAX_YEAR = 1990, 2100
LISTING_LINES = 3  # more date lines than this: the page lists other articles with their dates
LISTED_WEIGHT = 0.2
BYLINE_STAMP_WORDS = 8  # a name, a date and its clock time
BYLINE_FIELDS_WORDS = 16  # a date, then its author, section or reading time, set apart by separators
_FIELD_SEPARATOR = re.compile(r"\s(?:[•|·@/]|//)\s")
HTMLDATE_TEXT_WEIGHT = 0.25  # htmldate's guess over plain text: some date of the page
BYLINE_TEXT_WEIGHT = 0.7  # a byline's stamp left in the text: as a stamp near the top
UPDATE_WEIGHT = 0.45  # a date stamping a later edit: below a bare date line
OPEN_YEARS = 30  # with no year named, a weekday–date pair may be of any of this many past years
EARLIER_YEARS = 12  # how far before the latest year named a weekday's other years are listed
MAX_YEAR_GAP = 1  # a weekday–date pair placed more years than this after the latest year named is doubtful
EDGE_CHARS = 400  # how far from the top or bottom a full date is read as the article's
EDGE_SHARE = 0.15
EDGE_KINDS = ("date near the top", "date at the bottom")
EDGE_WEIGHT = {  # (edge, reads as a stamp): a date inside a sentence at the edges is mostly an event
    ("top", True): 0.7,
    ("top", False): 0.3,
    ("bottom", True): 0.5,
    ("bottom", False): 0.25,
}
STAMP_EXTRA_WORDS = 4
# A wire dateline opening a line: a place in capitals, maybe its country and the day, then a known
# agency in brackets and a dash ("CORVALLE, 3 mars 2031 (AFP) - …", "LONDON, March 3, 2031 (Reuters) -").
_WIRE_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}(?:,[^()]{0,40})?\((?P<agency>[^()]{2,40})\)\s*[-–—:]"
)
STAMP_LEAD_WORDS = 4  # capitalised words a stamp may follow on its line: "SHARM EL-SHEIKH , Egypt |"
CLOCK_REACH = 30  # characters either side of a date where a clock time makes it a stamp
# A date line's place against the body's main run, in furniture lines between them: the article's
# own stamp sits next to its title and body; a date far above is the day's banner or a menu, one
# below is a comment, a teaser or a footer.
NEAR_BODY = 3
# A date line this close under the body's first line (in raw lines not removed, blank ones
# included) stands under the standfirst: next to the body, not inside it.
LEAD_LINES = 2
FAR_FROM_BODY = 12
PLACE_WEIGHT = {
    "next to the body": 1.0,
    "above the body": 0.9,
    "far above the body": 0.75,
    "inside the body": 0.85,
    "below the body": 0.75,
    "far below the body": 0.7,
}
# A line saying it is the publication date ("Erstveröffentlichung: …") weighs as much far from the
# body as beside it; inside the body it may be another article's, quoted.
CUED_PLACE_WEIGHT = 1.0
BANNER_WEIGHT = 0.5  # a weekday and date far above the body: the day's banner of the site


@dataclass(frozen=True)
class _Candidate:
    value: date
    weight: float
    evidence: Evidence
    update: bool = False  # a date stamping a later edit of the article


@dataclass(frozen=True)
class _WeekdayDate:
    """A weekday named with a day and month but no year, e.g. "lundi 6 janvier"."""

    weekday: int  # 0 = Monday
    month: int
    day: int
    evidence: Evidence
    tense: int = -1  # -1 reported as past, 1 announced, 0 unknown
    deictic: bool = False  # "ce lundi 6 janvier", "this Monday": a day of the week of publication


def parse_stated(value: str) -> PubDate | None:
    """A date the input states (ISO date, month, year or datetime), or None if unreadable."""
    text = value.strip()
    ev = (Evidence("input", text, "input"),)
    for fmt, gran in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        try:
            return PubDate(datetime.strptime(text, fmt).date(), gran, 1.0, ev)
        except ValueError:
            pass
    try:
        return PubDate(datetime.fromisoformat(text.replace("Z", "+00:00")).date(), "day", 1.0, ev)
    except ValueError:
        return None


def date_article(
    extracted: Extracted,
    lang: str,
    raw: str = "",
    kind: str = "text",
    stated: str | None = None,
    today: date | None = None,
) -> PubDate:
    """The publication date of one article from its own evidence."""
    if stated:
        given = parse_stated(stated)
        if given is not None:
            return given
    today = today or date.today()
    text_timexes = tag(extracted.text, lang, None)
    candidates = _page_candidates(extracted, raw, kind, today)
    candidates += _line_candidates(extracted, lang, text_timexes)
    candidates = [c for c in candidates if MIN_YEAR <= c.value.year <= today.year and c.value <= today]
    site_lines = _site_lines(extracted)
    crawled = _crawl_days(site_lines, lang)
    candidates = [c for c in candidates if not _widget_post(c, crawled, site_lines, extracted.text)]
    pairs = _weekday_dates(extracted.text, text_timexes, lang)
    named = _years_named(text_timexes)
    kept, refuted = _check(candidates, pairs, lang)
    if kept:
        return _choose(kept, refuted, pairs)
    # A refused page date (a scrape-day banner) bounds the date from above; a refused date read in
    # the body's edges is just a date the text names.
    upper = min((c.value for c in refuted if c.evidence.kind not in EDGE_KINDS), default=today)
    inferred = _from_weekdays(pairs, named, upper, refuted)
    if inferred is not None:
        return inferred
    if kind == "text" and not refuted:
        found = _htmldate_in_text(raw or _page_text(extracted), lang, today, site_lines)
        if found is not None and found.value not in _posts_only(crawled, extracted.text, text_timexes):
            return found
    return PubDate.unknown(tuple(c.evidence for c in refuted))


def _htmldate(markup: str, today: date) -> str | None:
    """htmldate's original publication date of a page (extensive search), as YYYY-MM-DD."""
    from htmldate import find_date

    try:
        return find_date(
            markup,
            extensive_search=True,
            original_date=True,
            outputformat="%Y-%m-%d",
            max_date=today.isoformat(),
        )
    except Exception:  # noqa: BLE001 - htmldate raises on some broken pages; that is no date
        return None


def _written(day: str, text: str, lang: str) -> bool:
    """Whether ``text`` writes the day ``YYYY-MM-DD`` in full: a date our tagger reads, or numbers
    in either order ("13.03.2019", "2019/03/13", "03-13-2019")."""
    if any(t.value == day for t in tag(text, lang, None)):
        return True
    y, m, d = day.split("-")
    m, d = m.lstrip("0"), d.lstrip("0")
    sep = r"\s*[./-]\s*"
    year = rf"(?:{y}|{y[2:]})"
    forms = (rf"0?{d}{sep}0?{m}{sep}{year}", rf"0?{m}{sep}0?{d}{sep}{year}", rf"{y}{sep}0?{m}{sep}0?{d}")
    return any(re.search(rf"(?<!\d){f}(?!\d)", text) for f in forms)


def _page_text(extracted: Extracted) -> str:
    """The page as scraped, near enough: the removed lines in their places, then the text."""
    return "\n".join([r.line for r in extracted.furniture] + [extracted.text])


def _site_lines(extracted: Extracted) -> frozenset[str]:
    """The page's lines removed as recurring across its site's pages (a widget, a menu)."""
    return frozenset(r.line.strip() for r in extracted.furniture if is_learned(r.reason))


def _crawl_days(site_lines: frozenset[str], lang: str) -> frozenset[date]:
    """The days stamped with a clock time on lines the site repeats on its pages (``site_lines``):
    a widget's posts ("7:01 pm ET February 11, 2013 RETWEET …"), the same on every page fetched
    that day. Not a day banner (no clock time), nor a stamp the site's same-day articles share
    ("Le 3 mars 2023 à 06h00 | Rédaction | Édition du matin"): the pages' own date."""
    days = set()
    for line in site_lines:
        if CLOCK.search(line) and not _own_stamp(line, lang):
            days.update(v for t in _tagged(line, lang) if (v := day_of(t.value)) is not None)
    return frozenset(days)


def _own_stamp(line: str, lang: str) -> bool:
    """Whether a line reads as the article's own stamp: a publication cue, a signed byline, a
    line telling its own date, a stamp or fields opening with the date."""
    return any(
        test(line, lang) for test in (_opens_with_cue, _tells_own_date, _signed, _byline_stamp, _dated_fields)
    )


def _widget_post(c: _Candidate, crawled: frozenset[date], site_lines: frozenset[str], text: str) -> bool:
    """Whether a candidate is a widget's post of the crawl's day: one of the lines the site repeats,
    or a date at the page's edges on that day beside a clock time (a rarer post of the same
    widget). A date of that day without a clock ("Castelmar, le 11 février 2032") may be the
    article's: a page is often fetched the day it comes out."""
    if c.value not in crawled:
        return False
    if c.evidence.text.strip() in site_lines:
        return True
    return c.evidence.kind in EDGE_KINDS and _beside_clock(text, c.evidence.start, c.evidence.end)


def _posts_only(crawled: frozenset[date], text: str, timexes: list[Timex]) -> frozenset[date]:
    """The crawl days the text writes only beside a clock time, as a widget's posts, if at all."""
    plain = {
        v for t in timexes if (v := day_of(t.value)) in crawled and not _beside_clock(text, t.start, t.end)
    }
    return crawled - plain


def _htmldate_in_text(
    text: str, lang: str, today: date, site_lines: frozenset[str] = frozenset()
) -> PubDate | None:
    """Last resort for plain text with no date of our own: htmldate's own text patterns over the
    page's lines, at low confidence (a date somewhere on the page, not a publication stamp). Not
    over the day it was read, nor the lines the site repeats on its pages (``site_lines``): a
    widget's posts carry the day of the crawl, the same on every page."""
    lines = [x for x in text.splitlines() if _stamp(x, lang) != "access" and x.strip() not in site_lines]
    paragraphs = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    found = _htmldate(f"<html><body>{paragraphs}</body></html>", today)
    if not found or (found.endswith("-01") and not _written(found, text, lang)):
        return None  # htmldate fills a missing day with the 1st ("fin 2019" → 2019-01-01)
    ev = Evidence("a date htmldate found in the text", found, "text", weight=HTMLDATE_TEXT_WEIGHT)
    return PubDate(date.fromisoformat(found), "day", HTMLDATE_TEXT_WEIGHT, (ev,))


def _page_candidates(extracted: Extracted, raw: str, kind: str, today: date) -> list[_Candidate]:
    out: list[_Candidate] = []
    if kind == "html" and raw:
        found = _htmldate(raw, today)
        if found:
            out.append(_Candidate(date.fromisoformat(found), 0.8, Evidence("htmldate", found, "html")))
    if extracted.meta_date:
        value = day_of(extracted.meta_date[:10])
        if value is not None:
            out.append(_Candidate(value, 0.75, Evidence("page metadata", extracted.meta_date, "html")))
    return out


def _line_candidates(extracted: Extracted, lang: str, text_timexes: list[Timex]) -> list[_Candidate]:
    """Dates in furniture date lines and bylines, and a dateline opening the text."""
    out: list[_Candidate] = []
    cued = {
        r.line_no: _stamp(r.line, lang)
        for r in extracted.furniture
        if _opens_with_cue(r.line, lang) or _tells_own_date(r.line, lang)
    }
    own = {n for n, stamp in cued.items() if stamp is None}  # cued, and not as an update
    signed = {r.line_no for r in extracted.furniture if _signed(r.line, lang)}
    own |= signed
    dated = [
        r
        for r in extracted.furniture
        if _dated_reason(r.reason) or r.line_no in cued or r.line_no in signed or _byline_stamp(r.line, lang)
    ]
    removed_nos = sorted(r.line_no for r in extracted.furniture)
    places = {r.line_no: _place(r, extracted.body_lines, removed_nos, lang) for r in dated}
    listing = len(dated) > LISTING_LINES  # a list of other articles, each with its date
    if listing:  # the article's own: a line opening with a publication cue, else the nearest the body
        dated.sort(key=lambda r: (r.line_no in own, places[r.line_no][1]), reverse=True)
    for n, removed in enumerate(dated):
        stamp = _stamp(removed.line, lang)
        if stamp in ("access", "event"):
            continue  # the day the page was read or printed, or the day of what it announces
        place, factor = places[removed.line_no]
        if removed.line_no in own and place != "inside the body":
            factor = max(factor, CUED_PLACE_WEIGHT)
        reason = removed.reason
        if not _dated_reason(reason):  # removed as something else
            reason = "publication line" if removed.line_no in cued else "byline stamp"
        seen: set[date] = set()
        previous_end = 0
        for t in _tagged(removed.line, lang):
            value = day_of(t.value)
            if value is None or value in seen:  # "le 16/01/2023 à 21:30": one date, not two
                continue
            seen.add(value)
            # "Von Lena Orsk | 24. Okt. 2031 | Zuletzt geändert: 7. Nov. 2031": the second is an edit
            edited = _cue_before(fold(removed.line[previous_end : t.start]), _prefixes(lang, "update"))
            previous_end = t.end
            bare = len(removed.line.strip()) <= len(t.text) + 3  # the line is the date alone
            weight = (0.55 if bare else 0.8) * factor
            if listing and n > 0:
                weight = LISTED_WEIGHT
            kind = f"{reason} (removed line{', ' + place if place else ''})"
            update = stamp == "update" or edited is not None
            if update:
                weight, kind = min(weight, UPDATE_WEIGHT), f"{reason} (removed line, an update)"
            ev = Evidence(kind, removed.line.strip(), "furniture")
            out.append(_Candidate(value, weight, ev, update))
    out += _publication_lines(extracted.text, lang)
    out += _byline_lines(extracted.text, lang, text_timexes)
    out += _edge_dates(extracted.text, lang)
    head = [(t, v) for t in tag(extracted.text[:300], lang, None) if (v := day_of(t.value)) is not None]
    if head and head[0][0].start < 120:  # the first date only: any later one is an update
        t, value = head[0]
        if _stamped(extracted.text, t.start, t.end, lang):
            out.append(_Candidate(value, 0.7, Evidence("dateline", t.text, "text", t.start, t.end)))
    return out


def _place(
    removed: RemovedLine, body: tuple[int, int] | None, removed_nos: list[int], lang: str
) -> tuple[str, float]:
    """Where a removed date line stands against the body's main run (``body``, first and last line
    numbers; ``removed_nos`` sorted), and the weight that place gives its date ("" and 1.0 when the
    body's lines are not known)."""
    line_no = removed.line_no
    if body is None or line_no < 0:
        return "", 1.0
    first, last = body
    if first <= line_no <= last:
        above = line_no - first - (bisect_left(removed_nos, line_no) - bisect_left(removed_nos, first))
        if above <= LEAD_LINES:  # the stamp of a page that puts it under the standfirst
            return "next to the body", PLACE_WEIGHT["next to the body"]
        return "inside the body", PLACE_WEIGHT["inside the body"]
    lo, hi = (line_no, first) if line_no < first else (last, line_no)
    between = bisect_left(removed_nos, hi) - bisect_right(removed_nos, lo)
    side = "above" if line_no < first else "below"
    if between < NEAR_BODY and side == "above":
        return "next to the body", PLACE_WEIGHT["next to the body"]
    if between < FAR_FROM_BODY:
        return f"{side} the body", PLACE_WEIGHT[f"{side} the body"]
    if side == "above" and _opens_with_weekday(removed.line, lang):
        return "a weekday banner far above the body", BANNER_WEIGHT
    return f"far {side} the body", PLACE_WEIGHT[f"far {side} the body"]


def _opens_with_weekday(line: str, lang: str) -> bool:
    """Whether the line opens with a weekday name ("Mittwoch, 9. Februar 2022")."""
    words = fold(line).strip(" *•·|-–—:>\t(").split(maxsplit=1)
    return bool(words) and words[0].rstrip(".,") in _weekday_names(lang)


@cache
def _weekday_names(lang: str) -> frozenset[str]:
    """The language's and English's weekday names and abbreviations, folded."""
    return frozenset(name.rstrip(".") for name in _weekday_numbers(lang))


def _edge_dates(text: str, lang: str) -> list[_Candidate]:
    """The first full date near the top of the text and the last one near its bottom.

    Scraped pages keep the article's date line above or below the body ("le 10 mars 2011 à
    12h40"); a date in the middle of the body is an event, not a publication date. A date told
    inside a sentence ("Le 19 mars 2011, la coalition a frappé…") is most often an event even
    at the edges: a guess only. Near the top, a stamp heading its line comes before a date told
    earlier in a sentence: a photo's caption often opens the text with the day the photo was
    taken ("… in Benghazi July 29 , 2011 . BENGHAZI | Fri Jul 29 , 2011 6:58 pm EDT").
    """
    top = max(EDGE_CHARS, int(len(text) * EDGE_SHARE))
    found = [(t, v) for t in tag(text[:top], lang, None) if (v := day_of(t.value)) and t.anchor == ""]
    out = []
    if found:
        t, value = found[0]
        stamped = _stamped(text, t.start, t.end, lang)
        if not stamped:
            heading = (x for x in found[1:] if _heads_line(text, x[0].start, lang))
            later = next((x for x in heading if _stamped(text, x[0].start, x[0].end, lang)), None)
            if later is not None:
                (t, value), stamped = later, True
        weight = EDGE_WEIGHT["top", stamped]
        out.append(_Candidate(value, weight, Evidence("date near the top", t.text, "text", t.start, t.end)))
    tail_start = max(top, len(text) - EDGE_CHARS)
    tail = [(t, v) for t in tag(text[tail_start:], lang, None) if (v := day_of(t.value)) and t.anchor == ""]
    if tail:
        t, value = tail[-1]
        start, end = tail_start + t.start, tail_start + t.end
        ev = Evidence("date at the bottom", t.text, "text", start, end)
        out.append(_Candidate(value, EDGE_WEIGHT["bottom", _stamped(text, start, end, lang)], ev))
    return out


def _heads_line(text: str, start: int, lang: str) -> bool:
    """Whether the date at ``start`` heads its line: after nothing but a place or a name in capitals
    ("BENGHAZI , Libya | Fri Jul 29 …", "CORVALLE | jeudi 6 mars …"), and on no line stamping an
    edit, a visit or an event ("Updated March 4, 2031 10:42")."""
    line_start, line = _line_around(text, start, start)
    if _stamp(line, lang) is not None:
        return False
    words = [w for w in text[line_start:start].split() if any(c.isalnum() for c in w)]
    return len(words) <= STAMP_LEAD_WORDS and all(w[0].isupper() for w in words)


def _stamped(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the date at ``text[start:end]`` reads as a stamp: alone on its line (with a word or
    four around it), beside a clock time ("9 mars 2031 à 10h42", "15:39 UK time, Tuesday,
    1 June 2010"), or in a wire dateline opening its line ("CORVALLE, 3 mars 2031 (AFP) - …")."""
    line_start, line = _line_around(text, start, end)
    if len(line.split()) <= len(text[start:end].split()) + STAMP_EXTRA_WORDS:
        return True
    wire = _WIRE_DATELINE.match(line)
    if wire and end - line_start < wire.start("agency") and agencies_in(wire["agency"], vocab(lang)):
        return True
    return _beside_clock(text, start, end)


def _line_around(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the line holding ``text[start:end]`` starts, and that line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, text[line_start : line_end if line_end >= 0 else len(text)]


def _beside_clock(text: str, start: int, end: int) -> bool:
    """Whether a clock time stands within ``CLOCK_REACH`` of the date at ``text[start:end]``."""
    near = text[max(0, start - CLOCK_REACH) : end + CLOCK_REACH]  # the date itself may hold the clock
    return bool(CLOCK.search(near))


def _stamp(line: str, lang: str) -> str | None:
    """``update`` for a line stamping a later edit ("Mis à jour le", "Update vom"), ``access`` for
    one stamping when the page was read or printed ("Consulté le", "Ausdruck vom"), ``event`` for
    one announcing when something takes place ("Termin: Montag, 15. November 2021"), else None."""
    folded = fold(line).strip(" *•·|-–—:>\t")
    for kind in ("access", "event", "update"):
        if any(_opens_with(folded, prefix) for prefix in _prefixes(lang, kind)):
            return kind
    return None


def _prefixes(lang: str, kind: str) -> tuple[str, ...]:
    """The language's and English's prefixes of ``kind`` (English stamps are common anywhere)."""
    return _words(lang, f"{kind}_prefixes")


@cache
def _words(lang: str, key: str) -> tuple[str, ...]:
    """The language's and English's folded words under ``key`` of the furniture data."""
    codes = dict.fromkeys((lang, FALLBACK))
    return tuple(fold(p) for code in codes for p in load(code, "furniture").get(key, ()))


def _publication_lines(text: str, lang: str) -> list[_Candidate]:
    """Dates on lines of the text that open with a publication cue ("Publié le", "Updated"), or
    that follow one inside a line ("Par Lena Orsk Publié le 8 mars 2031 à 10h42 - Mis à jour le
    9 mars 2031")."""
    cues = _publication_cues(lang)
    out: list[_Candidate] = []
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        folded = fold(line)
        if not cues or not any(cue in folded for cue in cues):
            continue
        opening = folded.strip().startswith(cues)
        for n, t in enumerate(tag(line, lang, None)):
            value = day_of(t.value)
            if value is None:
                continue
            cue = _cue_before(fold(line[: t.start]), cues)
            if cue is None and not (opening and n == 0):  # a line opening with a cue: its first date
                continue
            if not opening and not _stamped(line, t.start, t.end, lang):
                continue  # "le rapport publié le 3 mars 2019 montrait…": an event told in a sentence
            stamp = _stamp(cue if cue is not None else line, lang)
            if stamp in ("access", "event"):
                continue
            kind = "publication line" if stamp is None else "update line"
            ev = Evidence(kind, line.strip(), "text", start + t.start, start + t.end)
            out.append(_Candidate(value, 0.8 if stamp is None else UPDATE_WEIGHT, ev, stamp == "update"))
    return out


def _byline_lines(text: str, lang: str, text_timexes: list[Timex]) -> list[_Candidate]:
    """The first date of a byline the cleaner kept in the text ("jeudi 13 juin 2019, par Attac
    France" under the title). A date opening a line of the body and followed by words is more
    often a chronology's entry ("3 janvier 2020 : frappe américaine") or a teaser's, so the line
    must be signed, or a date and its author ("…, par …")."""
    seen_lines: set[int] = set()
    for t in text_timexes:  # the text's days, tagged once: only their lines are read again
        value = day_of(t.value)
        start = text.rfind("\n", 0, t.start) + 1
        if value is None or start in seen_lines:
            continue
        seen_lines.add(start)
        end = text.find("\n", t.end)
        line = text[start : end if end >= 0 else len(text)]
        after = fold(text[t.end : start + len(line)]).strip(" *•·|-–—,\t")
        by = any(_opens_with(after, p) for p in _prefixes(lang, "byline"))
        if (by and _byline_stamp(line, lang)) or _signed(line, lang):
            ev = Evidence("byline in the text", line.strip(), "text", t.start, t.end)
            return [_Candidate(value, BYLINE_TEXT_WEIGHT, ev)]
    return []


@cache
def _publication_cues(lang: str) -> tuple[str, ...]:
    """The language's and English's folded publication cues, longest first (a site's template is
    often English: "Posted on 21. Juli 2019 by …")."""
    codes = dict.fromkeys((lang, FALLBACK))
    cues = {fold(p) for code in codes for p in load(code, "furniture").get("date_prefixes", [])}
    return tuple(sorted(cues, key=len, reverse=True))


def _dated_reason(reason: str) -> bool:
    """Whether the cleaner removed a line as a date line, a byline or a source line."""
    return any(key in reason for key in DATE_LINE_REASONS)


def _opens_with_cue(line: str, lang: str) -> bool:
    """Whether a line opens with a publication cue followed by a date ("Veröffentlicht: 05.01.2020
    | Autor: …"), whatever the cleaner removed it as."""
    folded = fold(line).strip(" *•·|-–—:>\t")
    if not any(_opens_with(folded, c) for c in _publication_cues(lang)):
        return False
    return any(day_of(t.value) for t in _tagged(line, lang))


def _signed(line: str, lang: str) -> bool:
    """Whether a line is the article's byline with its date, the byline opening the line or one of
    its fields ("By Lena Orsk, August 14, 2031 2:30 pm", "Accueil | Par Lena Orsk | 30 septembre
    2031"). A date right after the prefix ("By May 3, 2031, the troops…") is no byline."""
    prefixes = _prefixes(lang, "byline")
    for field in _FIELD_SEPARATOR.split(line):
        folded = fold(field).strip(" *•·|-–—:>\t")
        prefix = next((p for p in prefixes if _opens_with(folded, p)), None)
        if prefix is None:
            continue
        rest = " ".join(field.strip(" *•·|-–—:>\t").split()[len(prefix.split()) :]).lstrip(" ,:")
        if rest and not any(t.start == 0 for t in _tagged(rest, lang)):
            return any(day_of(t.value) for t in _tagged(line, lang))
    return False


def _tells_own_date(line: str, lang: str) -> bool:
    """Whether a line is a blog template telling when the post was published ("Dieser Beitrag wurde
    am 04/02/2020 von kj in … veröffentlicht", "This entry was posted on May 3, 2019"): it opens
    with the article speaking of itself, says it was published, holds a day, and says nothing of
    an edit, a reading or an event."""
    folded = fold(line).strip(" *•·|-–—:>\t")
    if not any(_opens_with(folded, p) for p in _prefixes(lang, "self")):
        return False
    if not any(_has_words(folded, w) for w in _words(lang, "self_verbs")):
        return False
    others = (p for kind in ("update", "access", "event") for p in _prefixes(lang, kind))
    if any(_has_words(folded, p) for p in others):
        return False
    return any(day_of(t.value) for t in _tagged(line, lang))


@lru_cache(maxsize=4096)
def _tagged(line: str, lang: str) -> tuple[Timex, ...]:
    """The time expressions of one line, read with no creation time: the same stamp line is
    looked at by several tests (a cue, a byline, fields) before its dates are taken."""
    return tuple(tag(line, lang, None))


def _has_words(folded: str, words: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", folded) is not None


def _opens_with(folded: str, prefix: str) -> bool:
    return folded.startswith(prefix) and not folded[len(prefix) : len(prefix) + 1].isalnum()


def _byline_stamp(line: str, lang: str) -> bool:
    """Whether a short line is a byline's stamp, whatever the cleaner removed it as: a name and a
    date with its clock time ("Bettina Kugler 19.10.2019, 05:00 Uhr"), or a date followed by its
    author or section ("31. Oktober 2023 · Von Campact-Team")."""
    words = [w for w in line.split() if any(ch.isalnum() for ch in w)]  # "•", "|" are no words
    if not any(ch.isdigit() for ch in line):
        return False  # a day read with no creation time has its year in digits
    if len(words) > BYLINE_FIELDS_WORDS:
        return False
    if _dated_fields(line, lang):
        return True
    if len(words) > BYLINE_STAMP_WORDS:
        return False
    clock = CLOCK.search(line)
    for t in _tagged(line, lang):
        if not day_of(t.value):
            continue
        if clock and _stamped(line, t.start, t.end, lang):
            return True
        if not line[: t.start].strip(" *•·|-–—\t") and line[t.end :].strip(" *•·|-–—,:\t"):
            return True
    return False


def _dated_fields(line: str, lang: str) -> bool:
    """Whether the line is a post's metadata, fields set apart by separators, one opening with its
    date ("February 4, 2020 • words written by … • Art by …", "22. Januar 2020 @ 18:13 // Autor: …",
    "Nachricht | 30.10.2021 Migration / Flucht «…»")."""
    fields = [f.strip() for f in _FIELD_SEPARATOR.split(line.strip(" *•·|-–—\t")) if f.strip()]
    if len(fields) < 3:
        return False
    return any(day_of(t.value) and t.start == 0 for f in fields for t in _tagged(f, lang))


def _cue_before(before: str, cues: tuple[str, ...]) -> str | None:
    """The publication cue that ends ``before`` (a folded line up to a date), if any."""
    before = before.rstrip(" :,-–—|")
    for cue in cues:
        if before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()):
            return cue
    return None


def _weekday_dates(text: str, timexes, lang: str) -> list[_WeekdayDate]:
    data = load(lang, "timex")
    weekdays = {fold(k): v for k, v in data.get("weekdays", {}).items()}
    deictic = {
        fold(k) for k, v in data.get("rel_pre", {}).items() if v.get("offset") == 0 and "anchor" not in v
    }
    out = []
    for before, t in pairwise([None, *timexes]):
        match = _PARTIAL.match(t.value)
        if not match:
            continue
        words = set(re.findall(r"\w+", fold(t.text)))
        named = [weekdays[w] for w in words if w in weekdays]
        if len(named) == 1:
            ev = Evidence("weekday and date", t.text, "text", t.start, t.end)
            tense = tense_of(text, t, lang, before)
            first = fold(t.text).split(" ", 1)[0]
            out.append(_WeekdayDate(named[0] - 1, int(match[1]), int(match[2]), ev, tense, first in deictic))
    return out


def _years_named(timexes) -> Counter[int]:
    """How often the text names each year (in its dates, full or partial)."""
    years = [int(m[1]) for t in timexes if t.type == "DATE" and (m := _YEAR.match(t.value))]
    return Counter(y for y in years if MIN_YEAR <= y <= MAX_YEAR)


def _check(
    candidates: list[_Candidate], pairs: list[_WeekdayDate], lang: str
) -> tuple[list[_Candidate], list[_Candidate]]:
    """Split candidates into those the text allows and those it contradicts.

    A candidate no weekday–date pair of the text agrees with is contradicted when a pair is
    deictic ("ce lundi 6 janvier": this week's Monday) or when the candidate stands alone; a
    date two sources agree on (htmldate and the page metadata, say) outweighs a plain pair,
    which may come from a sidebar or tell of another year. A pair whose date lies days before the
    candidate, its weekday one off ("Samstag, 29. Oktober" over a page of 1 November 2023, when
    the 29th was a Sunday), is a slip of the writer's, not a contradiction.
    """
    if not pairs:
        return candidates, []
    sources = Counter(c.value for c in candidates)
    strong = any(p.deictic for p in pairs)
    kept, refuted = [], []
    for c in candidates:
        agrees = _weekday_told(c, lang) or any(_consistent(p, c.value) or _slip(p, c.value) for p in pairs)
        (kept if agrees or (not strong and sources[c.value] > 1) else refuted).append(c)
    return kept, refuted


def _consistent(pair: _WeekdayDate, published: date) -> bool:
    """Whether the pair's weekday holds where, told in its tense, it points from ``published``.

    A report names past days: "vendredi 13 janvier" in an article of 27 January 2023 is
    13 January 2023, a Friday, so 27 January 2023 is consistent with it; an article dated
    2 January 2025 saying "lundi 6 janvier, le chef du Pentagone a démenti" would point to
    6 January 2024, a Saturday. An announcement ("will play on Saturday, November 11") points
    ahead; with no tense cue, either the last occurrence or one in the coming months will do.
    """
    past = _occurrence(pair, published, -1)
    ahead = _occurrence(pair, published, 1)
    if pair.tense < 0:
        return past is not None and past.weekday() == pair.weekday
    if pair.tense > 0:
        return ahead is not None and ahead.weekday() == pair.weekday
    return any(
        day is not None and day.weekday() == pair.weekday and abs((day - published).days) <= UNDATED_REACH
        for day in (past, ahead)
    )


def _weekday_told(c: _Candidate, lang: str) -> bool:
    """Whether the candidate is a byline or publication stamp naming its weekday rightly ("jeudi
    13 juin 2019, par …"): it holds against pairs from a sidebar's agenda. A site's banner names
    its weekday rightly too, but is the day the page was read: it stays open to refutation."""
    if not c.evidence.kind.startswith(("byline", "publication line")):
        return False
    numbers = _weekday_numbers(lang)
    return c.value.weekday() + 1 in {numbers.get(w) for w in re.findall(r"\w+", fold(c.evidence.text))}


@cache
def _weekday_numbers(lang: str) -> dict[str, int]:
    """The language's and English's folded weekday names, 1 = Monday."""
    codes = dict.fromkeys((FALLBACK, lang))
    return {fold(k): v for code in codes for k, v in load(code, "timex").get("weekdays", {}).items()}


def _slip(pair: _WeekdayDate, published: date) -> bool:
    """Whether the pair is ``published``'s recent day with its weekday misstated by one."""
    try:
        day = date(published.year, pair.month, pair.day)
    except ValueError:
        return False
    recent = -LATE_ALLOWANCE <= published - day <= DEICTIC_WINDOW
    return recent and (day.weekday() - pair.weekday) % 7 in (1, 6)


def _occurrence(pair: _WeekdayDate, published: date, direction: int) -> date | None:
    """The pair's day on or before ``published`` (direction -1) or on or after it (1)."""
    years = (published.year, published.year - 1) if direction < 0 else (published.year, published.year + 1)
    for year in years:
        try:
            day = date(year, pair.month, pair.day)
        except ValueError:
            continue
        if (direction < 0 and day <= published + LATE_ALLOWANCE) or (
            direction > 0 and day >= published - LATE_ALLOWANCE
        ):
            return day
    return None


def _near(pair: _WeekdayDate, published: date) -> bool:
    """Whether the weekday–date pair can be a day shortly before ``published``.

    News reports what happened: a named weekday with its date lies on or a few days before
    the publication date, rarely after it.
    """
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day = date(year, pair.month, pair.day)
        except ValueError:
            continue
        if day.weekday() == pair.weekday and -LATE_ALLOWANCE <= published - day <= DEICTIC_WINDOW:
            return True
    return False


def _choose(kept: list[_Candidate], refuted: list[_Candidate], pairs: list[_WeekdayDate]) -> PubDate:
    best = max(kept, key=lambda c: c.weight)
    agreeing = [c for c in kept if c.value == best.value]
    confidence = min(0.95, best.weight + 0.05 * (len(agreeing) - 1))
    support = [p.evidence for p in pairs if _near(p, best.value)]
    if support:
        confidence = min(0.95, confidence + 0.1)
    evidence = [c.evidence for c in agreeing] + support
    evidence += [_refutation(c) for c in refuted]
    later = [c for c in kept if c.update and c.value > best.value]  # updated since: no disagreement
    evidence += [
        Evidence("updated since", f"{c.value.isoformat()} ({c.evidence.text})", "text", weight=0.0)
        for c in later
    ]
    others = [c for c in kept if c.value != best.value and c not in later]
    if others:
        confidence *= 0.8
        evidence += [
            Evidence(
                "disagreeing candidate", f"{c.value.isoformat()} ({c.evidence.kind})", "text", weight=0.0
            )
            for c in others
        ]
    return PubDate(best.value, "day", round(confidence, 3), tuple(evidence))


def _refutation(c: _Candidate) -> Evidence:
    return Evidence(
        "contradicted by the text",
        f"{c.evidence.text!r} ({c.value.isoformat()}) is far from the weekday and date "
        "the article reports, so it is not its publication date",
        c.evidence.where,
        c.evidence.start,
        c.evidence.end,
        weight=0.0,
    )


def _fitting_days(pair: _WeekdayDate, first: int, last: int, upper: date) -> list[date]:
    """The days of years ``first``..``last`` (not after ``upper``) on which the pair's date falls
    on its weekday."""
    out = []
    for year in range(max(MIN_YEAR, first), last + 1):
        try:
            day = date(year, pair.month, pair.day)
        except ValueError:
            continue
        if day.weekday() == pair.weekday and day <= upper:
            out.append(day)
    return out


def _from_weekdays(
    pairs: list[_WeekdayDate], named: Counter[int], upper: date, refuted: list[_Candidate]
) -> PubDate | None:
    """The latest weekday–date pair placed in the years where it holds, within the bounds."""
    floor = max(named) if named else None
    best: tuple[date, list[date], _WeekdayDate] | None = None
    low = floor if floor is not None else upper.year - OPEN_YEARS
    for pair in pairs:
        options = _fitting_days(pair, low, upper.year, upper)
        # News names recent years: the first year at or after the latest one named is likeliest;
        # with no year named, the latest.
        pick = options[0] if floor is not None and options else options[-1] if options else None
        if pick is not None and (best is None or pick > best[0]):
            best = (pick, options, pair)
    if best is None:
        return None
    day, options, pair = best
    evidence = [pair.evidence]
    if floor is not None:
        evidence.append(
            Evidence("years named in the text", f"latest year named: {floor}", "text", weight=0.5)
        )
    evidence += [_refutation(c) for c in refuted]
    if len(options) > 1:
        alternatives = ", ".join(o.isoformat() for o in options if o != day)
        evidence.append(
            Evidence("ambiguous year", f"the weekday also fits {alternatives}", "text", weight=0.0)
        )
    earlier = _fitting_days(pair, floor - EARLIER_YEARS, floor - 1, upper) if floor is not None else []
    if earlier:  # a year named in a sidebar may set the floor too high: the story may choose these
        listed = ", ".join(o.isoformat() for o in earlier)
        text = f"before the latest year named, it fits {listed}"
        evidence.append(Evidence("earlier years", text, "text", weight=0.0))
    far = floor is not None and day.year - floor > MAX_YEAR_GAP
    if far:
        # The latest year named is far below the year picked: when the text names more often a
        # year the weekday fits, that year is the story's and the latest one a passing mention
        # (an author's later book, a plan): the years named choose among the fitting ones.
        told = [o for o in earlier if named[o.year] > named[floor]]
        if told:
            pick = max(told, key=lambda o: (named[o.year], o))
            text = f"the weekday fits {pick.year}, named {named[pick.year]} times ({floor}: {named[floor]})"
            chosen = Evidence("years named in the text", text, "text", weight=0.5)
            refutations = tuple(_refutation(c) for c in refuted)
            return PubDate(pick, "day", round(0.6 / len(told), 3), (pair.evidence, chosen, *refutations))
    if (floor is None or far) and len(options) > 1:
        # No year named to choose by, or none close to the year picked (a page's "today" box on an
        # old article): the years stay open (the article's story may choose). A year named bounds
        # the date from below: "jeudi 25 janvier" in a text recalling 2020 is 2024, not 2018.
        everything = ", ".join(o.isoformat() for o in options)
        return PubDate.unknown(
            (pair.evidence, Evidence("ambiguous year", f"the weekday fits {everything}", "text", weight=0.0))
        )
    confidence = 0.6 if len(options) == 1 else 0.6 / len(options)
    return PubDate(day, "day", round(confidence, 3), tuple(evidence))
