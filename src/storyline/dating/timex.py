"""Time-expression tagger: find TIMEX3 expressions in a text and resolve them.

``tag(text, lang, dct)`` returns :class:`~storyline.model.Timex` records sorted by offset and
non-overlapping. Relative expressions resolve against the document creation time ``dct``
(``anchor="dct"``) or, for narrative ones ("le lendemain", "the following day"), against the
previous dated expression (``anchor="previous"``). Words come from ``lang/<lang>/timex.json``.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from storyline.clock import HOURS_MINUTES
from storyline.dating.timex_calendar import Ref, fmt, safe_date
from storyline.dating.timex_deferral import put_off_to
from storyline.dating.timex_infinitive import governing_marker, governing_past, present_aux
from storyline.dating.timex_lex import NEXT_WORD, TOKEN, Lexicon, _table, alt, lexicon, norm
from storyline.dating.timex_resolve import Ctx, Resolved, day_result, inside_day, resolve
from storyline.dating.timex_rules import Cand, candidates, entry_stamp, false_approx, grammar, in_running_text
from storyline.model import Timex

__all__ = ["tag", "tense_at"]

_SCARE_WORDS = 2  # words a pair of quotation marks may hold and mark no quotation of its own
_QUOTE = re.compile(r"[\"“”«»„]|''|``")  # a quotation mark: the edge of a tense cue's reach
_WINDOW = 8
_FAR_WINDOW = 24  # words: how far back an auxiliary tells the tense when nothing nearer does
_DAY_KINDS = frozenset({"date", "weekday", "wdday", "dayoff", "holiday"})
# A weekday is within a week either way: the sentence's own tense says which ("had filed by Wednesday").
_WEEK_KINDS = frozenset({"weekday", "daytime"})
# Days of a week, and weeks and weekends counted from the writing: "ahead of" puts them ahead.
_AHEAD_KINDS = _WEEK_KINDS | {"unitrel"}
# Times whose words say no side of the writing: a plan told of them may leave it unknown.
_PLAN_KINDS = frozenset({"date", "month", "season", "holiday"})
_APPROX_KINDS = frozenset({"date", "month", "year", "dur", "clockdur", "time", "weekday", "dayoff"})
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
# a day, maybe with its part ("XXXX-07-14", "2020-01-07TEV"); not with a clock time
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T[A-Z]{2})?")
# words of an event named between a day word and its date: "la veille de *la grande marche* du"
_EVENT_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word without digits or punctuation
_PART_TAIL = re.compile(r"T[A-Z]{2}$")  # "…TNI": a part of a day
_STAMP_HEAD = re.compile(rf"[*•>-]*\s*(?:{HOURS_MINUTES})")  # a line opened by a clock time
_HEADING_CHARS = 60
_STAMP_REACH = 32  # characters before a clock time where its stamp's words may start
_STAMP_JOIN = re.compile(r"[\s,|–—-]*")  # what joins a stamp's date to its "updated at" and clock
_OPENER_WORDS = 2  # words before a time that still opens its sentence: "Early in", "Le"
_OPENING_REACH = 320  # characters after a time opening its sentence where the main verb may be
_SAID_REACH = 2  # words before a time where a verb of saying makes it the saying's: "say on Tuesday"
_SUBJECT_REACH = 5  # words before a verb where its subject may be: "je ne te le *dirai* pas"


@cache
def _sentence_end(lang: str) -> re.Pattern[str]:
    """A sentence ends at . ! ? ; : and a space, or a line break; not after an initial ("K. Ambrun",
    "M. Dupont") nor after an abbreviated title of the language ("Mr. Smith", "Mme Durand")."""
    titles = "".join(rf"(?<!\b{re.escape(a)})" for a in lexicon(lang).words("abbreviations"))
    return re.compile(r"(?<!(?<!\w)[A-Z])" + titles + r"[.!?;:]\s|\n")


def tag(text: str, lang: str, dct: datetime.date | None) -> list[Timex]:
    """The time expressions of ``text`` (language ``lang``), resolved against ``dct`` when given."""
    if not text:
        return []
    lex = lexicon(lang)
    chosen = _select(_outside_names(candidates(text, lang), text, lex))
    for step in (_extend_approx, _extend_month_week, _extend_week_of, _weekdays_in_week, _join_day_time):
        chosen = step(chosen, text, lang)
    out: list[Timex] = []
    prev: Ref | None = None
    report: Ref | None = None  # the first quarter named: a financial story's reporting quarter
    heading_day: Ref | None = None  # the last day named on a heading line ("Vendredi 14 février")
    prev_told = False  # whether ``prev`` is a day or month as its expression told it
    quoted: Ref | None = None  # the last day a quotation inside the narrative named ("« demain »")
    prev_counted = False  # whether ``prev`` is a day a word counts from the day of writing ("demain")
    prev_start = 0  # where the expression ``prev`` comes from starts
    last_day: tuple[Ref, int] | None = None  # the last day told, and where its expression starts
    told_day: tuple[Cand, Ref] | None = None  # "at 3am on 5 May": the day after a clock, as resolved with it
    entries: list[int] = []  # where in ``out`` the clocks that stamp a live blog's entries are
    bare: set[int] = set()  # where the clocks said without a day are
    counted_days: set[int] = set()  # where the days counted from another ("five days later") are
    clock_on_dct = False  # whether a clock time was placed on the day of writing ("At 3 p.m., …")
    counted: _CountedWord | None = None  # "la veille du": a day word counting from the next day named
    sentence_end = _sentence_end(lang)
    for i, cand in enumerate(chosen):
        counting = _from_next(cand, chosen[i + 1] if i + 1 < len(chosen) else None, text, lex)
        if counting is not None:
            if counted is not None:  # "la veille du lendemain du 3 mars": the first counts from an event
                out.append(_from_event(counted.cand, text))
            counted = counting
            continue
        # a live blog's entry stamp is on the day of a heading above it, or of the page; not on a day
        # named in the entry before
        # the clock of a day heading the entry before it ("Mardi 22 mars\n\n23h40.") is a daytime
        entry = cand.kind in ("time", "daytime") and entry_stamp(text, cand.start, cand.end)
        stamp = cand.kind == "time" and (entry or _update_stamp(text, cand.start, prev, lex))
        ranged = (
            prev is not None
            and prev.gran in ("day", "month")
            # a day or month as told: not the day after "overnight"
            and prev_told
            and lex.day_range is not None
            and bool(lex.day_range.fullmatch(text, prev.end, cand.start))
            # "le vote a été avancé du 15 mars au 20 février": a date moved, no span
            and not (lex.span_move_re and lex.span_move_re.search(_sentence_before(text, cand.start, lex)))
        )
        # a month's span may be a putting off ("reporté de mai au 12 septembre"), a day's not
        ends_day_span = ranged and prev is not None and prev.gran == "day"
        # in a narrative of a year written before the day of writing's, a quoted "aujourd'hui" is the
        # speaker's day, which days counted in the same quotation count from; the narrative keeps its
        # own ("En 1994, il tranche : « faisons cela aujourd'hui. » … l'année suivante" is 1995). A
        # quotation of the present ("last year … `` blocked today '' … Earlier in the day") is today's.
        quoting = (
            prev is not None
            and prev.explicit_year
            and dct is not None
            and prev.day.year < dct.year
            and cand.kind == "dayoff"
            and _in_quotation(text, cand.start)
        )
        if quoted is not None and not (quoting and _same_quotation(text, quoted.end, cand.start)):
            quoted = None
        ctx = Ctx(
            dct=dct,
            prev=heading_day
            if stamp
            else quoted
            if quoting and quoted is not None
            else _day_behind_background(cand, prev, prev_start, last_day, text, lex, dct) or prev,
            tense=_lazy(lambda c=cand, r=ends_day_span: _cand_tense(text, c, lex, r)),
            same_sentence=_lazy(
                lambda c=cand, p=prev: p is not None and not sentence_end.search(text, p.end, c.start)
            ),
            report=report,
            linked=prev is not None
            and lex.day_link is not None
            and bool(lex.day_link.fullmatch(text, prev.end, cand.start)),
            ranged=ranged,
            untensed_ahead=lex.untensed_ahead,
            clock_on_dct=clock_on_dct,
            prev_counted=prev_counted,
            after_setting=_lazy(
                lambda c=cand, p=prev, s=prev_start: (
                    p is not None and _sets_the_scene(text, s, p.end, c.start, lex)
                )
            ),
        )
        try:
            res = _told_day(cand, told_day) or resolve(cand, ctx)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
            res = None
        if counted is not None:
            word, counted = counted, None
            moved = _day_moved(res, word.offset)
            if res is None or moved is None:
                out.append(_from_event(word.cand, text))
            elif word.whole:  # "la veille du 14 juillet": one expression
                out.append(_counted_day(word.cand, cand, moved, res.mod, res.anchor, text))
                if res.ref is not None and res.ref.gran == "day":
                    shift = datetime.timedelta(days=word.offset)
                    prev = replace(res.ref, day=res.ref.day + shift, end=cand.end)
                    prev_start = word.cand.start
                    prev_told = moved.startswith(fmt(prev.day, prev.gran))
                continue
            else:  # "la veille de la manifestation du 30 avril": the day word, then the date
                out.append(_counted_day(word.cand, word.cand, moved, "", res.anchor, text))
        if res is None:
            continue
        if cand.kind == "daytime" and res.ref is not None and cand.info["day"].start >= cand.end:
            told_day = (cand.info["day"], res.ref)
        key = norm(text[cand.start : cand.end])
        if (
            _relative_day(key, lex)
            and _before_event(text, cand, key, lex)
            and not _demonstrative_of_a_day(key, res, lex)
        ):
            # "au lendemain d'un vote", "on the eve of the talks": relative to an event, not a date
            # the text gave; the day is unknown here, unless a day stands beside it, and the
            # reference date stays as it was.
            out.append(_apposed_event_day(cand, out, text, lang) or _from_event(cand, text))
            continue
        if entry:
            entries.append(len(out))
        if cand.kind == "time":
            bare.add(len(out))
            clock_on_dct = clock_on_dct or res.anchor == "dct"
        elif cand.kind == "shift" and cand.info.get("anchor") == "previous" and cand.info.get("unit") == "D":
            counted_days.add(len(out))
        out.append(
            Timex(
                cand.start,
                cand.end,
                text[cand.start : cand.end],
                res.type,
                res.value,  # type: ignore[arg-type]
                res.mod,
                res.anchor,
            )
        )
        if res.ref is not None and quoting:
            quoted = replace(res.ref, end=cand.end)
        elif res.ref is not None:
            prev = replace(res.ref, end=cand.end)
            prev_start = cand.start
            if prev.gran == "day" and not prev.inside:
                last_day = (prev, cand.start)
            prev_counted = cand.kind == "dayoff" and res.anchor == "dct"
            if ends_day_span and _ends_a_night(out, prev, text, lex):
                # "dans la nuit du 3 au 4 mars": the span is a night, and a day counted from it
                # ("le lendemain matin") counts from the night, not from the morning it ends on
                prev = replace(prev, day=prev.day - datetime.timedelta(days=1), part="NI")
            # a week of a month opens a span as its month does
            prev_told = bool(cand.info.get("week_n")) or (res.value or "").startswith(
                fmt(prev.day, prev.gran)
            )
            if prev.gran == "day" and _heading(text, cand.start):
                heading_day = prev
            if report is None and prev.gran == "quarter":
                report = prev
    out = _zone_days(_past_midnight(out, entries, dct), bare, text, lang)
    out = _night_ranges(_habit_clocks(out, bare, text), text, lex)
    out = _apposed_weekdays(_apposed_days(out, counted_days, text, lex), text, lex)
    out = _joined_lengths(out, text, lex)
    return _named_day_parts(_this_in_a_year(out, text, lex, dct), text, lex)


_ISO_LENGTH = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def _joined_lengths(out: list[Timex], text: str, lex: Lexicon) -> list[Timex]:
    """Two lengths joined by a word of ``length_joiners``, the second in smaller units than the
    first, are one: "an hour and 13 minutes" is PT1H13M, "two years and three months" P2Y3M; not "an
    hour and the vote took 13 minutes", nor "a week and two weeks"."""
    link = _length_link(lex.lang)
    if link is None:
        return out
    merged: list[Timex] = []
    for timex in out:
        last = merged[-1] if merged else None
        value = (
            _sum_of_lengths(last.value, timex.value)
            if last is not None and not (last.mod or timex.mod)
            else None
        )
        if (
            last is not None
            and value
            and last.type == timex.type == "DURATION"
            and link.match(text[last.end : timex.start])
        ):
            merged[-1] = replace(last, end=timex.end, text=text[last.start : timex.end], value=value)
        else:
            merged.append(timex)
    return merged


@cache
def _length_link(lang: str) -> re.Pattern[str] | None:
    """What joins two lengths into one (``length_joiners``: "an hour and 13 minutes")."""
    joiners = lexicon(lang).words("length_joiners")
    return re.compile(r"\s+" + alt(joiners) + r"\s+$", re.IGNORECASE) if joiners else None


def _sum_of_lengths(first: str, second: str) -> str | None:
    """The ISO 8601 length of ``first`` and ``second`` together when every unit of ``second`` is smaller
    than every unit of ``first`` (weeks and fractions left out); None otherwise."""
    a, b = _ISO_LENGTH.match(first), _ISO_LENGTH.match(second)
    if a is None or b is None:
        return None
    units_a = [k for k, v in enumerate(a.groups()) if v]
    units_b = [k for k, v in enumerate(b.groups()) if v]
    if not units_a or not units_b or max(units_a) >= min(units_b):
        return None
    counts = [x or y for x, y in zip(a.groups(), b.groups(), strict=True)]
    date_part = "".join(f"{n}{u}" for n, u in zip(counts[:3], ("Y", "M", "D"), strict=True) if n)
    time_part = "".join(f"{n}{u}" for n, u in zip(counts[3:], ("H", "M", "S"), strict=True) if n)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _condition_set_off(right: str, lex: Lexicon) -> int | None:
    """Where the main clause's comma is, after a time opening its sentence when a condition set off by
    commas comes right after it (``tense.condition_openers``: "Samedi, si aucun accord n'est trouvé,
    la police interviendra"); None when no such condition follows."""
    first = right.lstrip()
    opener = _condition_opener(lex.lang)
    if not first.startswith(",") or opener is None or not opener.match(first, 1):
        return None
    start = len(right) - len(first) + 1
    second = right.find(",", start)
    return second if second > 0 else None


@cache
def _condition_opener(lang: str) -> re.Pattern[str] | None:
    """A word or phrase of ``tense.condition_openers`` opening what follows ("si", "s'il", "au cas où")."""
    openers = lexicon(lang).condition_openers
    return re.compile(r"\s*" + alt(openers) + r"(?!\w)", re.IGNORECASE) if openers else None


def _day_behind_background(
    cand: Cand,
    prev: Ref | None,
    prev_start: int,
    last_day: tuple[Ref, int] | None,
    text: str,
    lex: Lexicon,
    dct: datetime.date | None,
) -> Ref | None:
    """For a day counted from the one told ("the next day", "la veille"), the last day told when the
    time told since is a month, a season or a year of background: in a clause of the pluperfect, a
    word of ``tense.background_aux`` before it in its sentence ("On March 2, 1999, the dam burst.
    Engineers had warned the council in 1997. The next day, …" is 3 March 1999), or after the
    writing ("Samedi, il a appelé à une élection avant la fin de son mandat en juin 2016. Le même
    jour, …" is that Saturday); not a time that sets a new scene ("In 1997, a surveyor arrived. The
    next day …", "C'est en 1984 qu'elle se fait connaître. Ce jour-là"), nor across a blank line or
    more than two sentences."""
    if cand.kind != "dayoff" or cand.info.get("anchor") != "previous" or cand.info.get("part"):
        return None
    if prev is None or last_day is None or prev.gran not in _BACKGROUND_GRANS or last_day[1] >= prev_start:
        return None
    day = last_day[0]
    gap = text[day.end : cand.start]
    if _BLANK_LINE.search(gap) or len(_SENTENCE_GAP.findall(gap)) > 2:
        return None
    opening = max(text.rfind(mark, 0, prev_start) for mark in (". ", "! ", "? ", "\n"))
    pluperfect = any(w.lower() in lex.background_aux for w in TOKEN.findall(text, opening + 1, prev_start))
    after_writing = dct is not None and prev.day > dct >= day.day
    return day if pluperfect or after_writing else None


_BACKGROUND_GRANS = frozenset({"month", "season", "quarter", "half", "year"})


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_GAP = re.compile(r"(?:[.!?;:]\s+|\n)\s*")  # "said in 2005 . \nIt happened": one


def _sets_the_scene(text: str, start: int, end: int, pos: int, lex: Lexicon) -> bool:
    """Whether the expression at ``start``-``end`` may set the scene of the text at ``pos``: in its
    sentence or the one before, with no blank line between, not a noun's (after a word of
    'tense.far_cues.not_after': "the August 1988 cease-fire") nor a span's start ("since March 2011")."""
    gap = text[end:pos]
    if _BLANK_LINE.search(gap) or len(_SENTENCE_GAP.findall(gap)) > 1:
        return False
    before = TOKEN.findall(text[max(0, start - 30) : start])
    if not before:
        return True
    word = before[-1].lower()
    # "killed since March 2011": a span running to the writing, no scene
    return word not in lex.far_not_after and lex.tense_pre.get(norm(word), 0) >= 0


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in its paragraph and not yet closed."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return (
        para.count("«") > para.count("»")
        or para.count("“") > para.count("”")
        or para.count('"') % 2 == 1
        or para.count("``") > para.count("''")
    )


_QUOTE_CLOSE = re.compile(r"[»”\"\n]|''")


def _same_quotation(text: str, start: int, end: int) -> bool:
    """Whether no quotation closes between ``start`` and ``end`` (both inside one)."""
    return _QUOTE_CLOSE.search(text, start, end) is None


_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
_HALF_DAY = 12 * 60


def _past_midnight(out: list[Timex], entries: list[int], dct: datetime.date | None) -> list[Timex]:
    """Entries of a live blog stamped with clocks alone, which take the day of the page or of a
    heading, a day apart across midnight. The way the clocks run is the way most of their steps under
    half a day go; a step over half a day the other way crosses midnight. Newest first, "0h30" then
    "23h30" steps back a day; oldest first, "23h30" then "0h30" steps on. Under a day heading the
    first entry keeps its day; on the page's day, the longest run between midnights keeps it (the
    first of equal runs): a blog dated Saturday whose newest entries are "0h30", "0h15" has those on
    Sunday and the day's forty entries on Saturday. ``out`` is changed in place and returned."""
    runs: dict[str, list[tuple[int, int]]] = {}  # per day of a heading or of the page: (entry, clock)
    for i in entries:
        m = _CLOCK_VALUE.fullmatch(out[i].value)
        if m is not None:
            runs.setdefault(m[1], []).append((i, int(m[2]) * 60 + int(m[3])))
    for day_of, run in runs.items():
        steps = [b - a for (_, a), (_, b) in zip(run, run[1:], strict=False)]
        way = sum((st > 0) - (st < 0) for st in steps if abs(st) < _HALF_DAY)
        if not way or all(abs(st) < _HALF_DAY for st in steps):
            continue
        way = 1 if way > 0 else -1
        offsets = [0]
        for st in steps:
            crossed = abs(st) >= _HALF_DAY and (st > 0) != (way > 0)
            offsets.append(offsets[-1] + (way if crossed else 0))
        counts = Counter(offsets)
        on_page = dct is not None and day_of == dct.isoformat()  # else the day of a heading above them
        page = max(counts, key=lambda off: (counts[off], -offsets.index(off))) if on_page else 0
        first = datetime.date.fromisoformat(day_of)
        for (i, _), off in zip(run, offsets, strict=True):
            if off != page:
                try:
                    day = first + datetime.timedelta(days=off - page)
                except OverflowError:  # a creation date at the calendar's end
                    continue
                out[i] = replace(out[i], value=day.isoformat() + out[i].value[10:])
    return out


def _cand_tense(text: str, cand: Cand, lex: Lexicon, ends_day_span: bool) -> int:
    """The tense of ``cand``; for a clock put on the day named after a second clock ("from 5 p.m. (10
    a.m. ET) on Tuesday to …"), the tense read where that day is, as the day alone would be read."""
    at = cand.info["day"] if cand.info.get("tense_at_day") else cand
    return _tense_of(text, at.start, at.end, at.kind, lex, ends_day_span, habit=bool(at.info.get("habitual")))


def _told_day(cand: Cand, told_day: tuple[Cand, Ref] | None) -> Resolved | None:
    """The day named after a clock time ("from 6 p.m. on Friday to 6 a.m. on Monday", "at 2 a.m. on
    Saturday night"), as it was resolved with that time; None for any other expression."""
    if told_day is None or told_day[0] is not cand:  # a day ``_join_day_time`` paired with a clock
        return None
    ref, part = told_day[1], cand.info.get("part")
    if ref.inside:  # "after noon on the same day", a day inside a month told before: still unknown
        return inside_day(ref, part)
    res = day_result(ref.day, part, "previous", cand)
    # "At 9am on June 3, 1940, …": a year written with the day stays the year of what follows
    return replace(res, ref=replace(res.ref, explicit_year=ref.explicit_year)) if res.ref else res


def _update_stamp(text: str, start: int, prev: Ref | None, lex: Lexicon) -> bool:
    """Whether the clock time starting at ``start`` says when the page was updated or posted
    ("(Updated at 10:18 a.m.)"): a time of the page's own day, not of the day named before it;
    unless that day is the stamp's own ("6 January 2011 Last updated at 01:53 GMT")."""
    pattern = lex.update_stamp_re
    found = pattern.search(text, max(0, start - _STAMP_REACH), start) if pattern is not None else None
    if found is None:
        return False
    return prev is None or not _STAMP_JOIN.fullmatch(text, prev.end, found.start(1))


def _heading(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a heading ("Vendredi 14 février", "Chronologie du 14 février
    :"): short or ending in a colon, no sentence and no entry of its own."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    if _STAMP_HEAD.match(line) or line.endswith((".", "!", "?", "»", "”")):
        return False  # an entry, or a sentence of prose
    if line.startswith(("(", "[")) and line.endswith((")", "]")):
        return False  # a photo's caption or credit: "(Un navire de Lorvel, le 21 mars)"
    return len(line) <= _HEADING_CHARS or line.endswith(":")


def _outside_names(cands: list[Cand], text: str, lex: Lexicon) -> list[Cand]:
    """The candidates that are not part of a name holding a date ("rue du 4-Septembre"), nor a day word
    capitalised inside running text ("USA Today", "the Today programme")."""
    if lex.day_word_names:
        cands = [c for c in cands if not _named_day_word(c, text, lex)]
    if not cands or lex.date_names is None:
        return cands
    names = lex.date_names.spans(text)
    if not names:
        return cands
    return [c for c in cands if not any(c.start < end and start < c.end for start, end in names)]


_OPENER = re.compile(r"(?:^|[.!?:;\n\"“”‘’'«»‹(\[{)*•…|]|``|''|„|--|—|–|\s-)\s*$")
_CAPITALS_BESIDE = re.compile(r"\b[A-Z]{2,}\s+$")
_CAPITALS_AFTER = re.compile(r"\s+[A-Z]{2,}\b")
_QUOTE_OPEN = re.compile(r"(?:``|[\"“‘'])[^\"“”‘’'`.!?]{0,30}$")  # a quotation still open, of a few words
_CLOSING_QUOTE = re.compile(r"\s*(?:''|”|\")")


def _named_day_word(cand: Cand, text: str, lex: Lexicon) -> bool:
    """Whether a day word of ``lex.day_word_names`` is a name: ending a title in quotes (NBC's "Today"
    show, "Lorvel Tonight"), or capitalised where no sentence, line or quotation opens, with a
    lower-case word of running text (four letters or more, not of ``lex.headline_lower``) among the
    four on either side on its line:
    "As USA Today noted", "BBC Radio 4's Today programme"; not "Today, the army" nor a headline "Talks
    Resume Today between Lorvel and Ambrun". In capitals, it is a name only beside another word in
    capitals, in running text ("PIERS MORGAN TONIGHT starts now"; not "is TODAY", nor "THEY ANNOUNCED
    TODAY")."""
    word = text[cand.start : cand.end]
    if not word[:1].isupper() or norm(word) not in lex.day_word_names:
        return False
    if word.isupper() and not (
        _CAPITALS_BESIDE.search(text, max(0, cand.start - 24), cand.start)
        or _CAPITALS_AFTER.match(text, cand.end)
    ):
        return False  # a word stressed ("the scandals are TODAY"), not a title ("PIERS MORGAN TONIGHT")
    line_start = text.rfind("\n", 0, cand.start) + 1
    if _CLOSING_QUOTE.match(text, cand.end) and _QUOTE_OPEN.search(
        text, max(line_start, cand.start - 30), cand.start
    ):
        return True  # a title in quotes: NBC's "Today" show, "Lorvel Tonight"
    if _OPENER.search(text, max(0, cand.start - 4), cand.start):
        return False
    return in_running_text(text, cand.start, cand.end, lex)


@cache
def _apposition(lang: str) -> re.Pattern[str]:
    """What sets a day apart from another that says which it is: maybe an adverb of
    ``apposition_adverbs`` ("Hier encore, 5 septembre"), a comma or a bracket, and a word of
    ``apposition_links`` ("five days later, on April 20")."""
    links, adverbs = lexicon(lang).words("apposition_links"), lexicon(lang).words("apposition_adverbs")
    return re.compile(
        (rf"(?:\s+{alt(adverbs)})?" if adverbs else "")
        + r"\s*[,(\[]\s*"
        + (rf"(?:{alt(links)}\s+)?" if links else ""),
        re.IGNORECASE,
    )


def _apposed_days(out: list[Timex], counted: set[int], text: str, lex: Lexicon) -> list[Timex]:
    """A day word, or days counted from another (at an index of ``counted``: "five days later"),
    followed by the date it stands for takes that date's value: in "le surlendemain, 28 septembre" or
    "the next day (Sept. 28)" the text says which day it is, whatever it counts from; so does a day
    word right before it ("demain le 30 mars")."""
    apposition = _apposition(lex.lang)
    for i in range(len(out) - 1):
        word, day = out[i], out[i + 1]
        if (
            word.type == "DATE"
            and day.type == "DATE"
            and _FULL_DAY.match(day.value)
            and (
                (i in counted or norm(word.text) in lex.day_words)
                and apposition.fullmatch(text, word.end, day.start)
                # "demain le 30 mars", "tomorrow March 30": a day word right before its date
                or (norm(word.text) in lex.day_words and _SPACES.fullmatch(text, word.end, day.start))
            )
        ):
            out[i] = replace(word, value=day.value, anchor=day.anchor)
    return out


_SPACES = re.compile(r"[ \u00a0]+")


@cache
def _weekday_apposition(lang: str) -> re.Pattern[str] | None:
    """What sets a weekday after the date it names: "March 3, a Tuesday", "le 3 mars, un mardi"."""
    articles = lexicon(lang).words("apposed_weekday_articles")
    return re.compile(rf"\s*,\s*{alt(articles)}\s+", re.IGNORECASE) if articles else None


def _apposed_weekdays(out: list[Timex], text: str, lex: Lexicon) -> list[Timex]:
    """A weekday set after a date by a comma and an article ("March 3, a Tuesday") is that date's day,
    when the date falls on it: not the weekday counted from the creation time."""
    apposition = _weekday_apposition(lex.lang)
    if apposition is None:
        return out
    for i in range(len(out) - 1):
        day, word = out[i], out[i + 1]
        weekday = lex.weekdays.get(norm(word.text))
        if not (weekday and _FULL_DAY.match(day.value) and apposition.fullmatch(text, day.end, word.start)):
            continue
        if datetime.date.fromisoformat(day.value).isoweekday() == weekday:
            out[i + 1] = replace(word, value=day.value, anchor=day.anchor)
    return out


@cache
def _this_in_year_rule(lang: str) -> tuple[dict[str, str], re.Pattern[str]] | None:
    """The phrases of ``this_in_year`` with their units, and what joins them to a year."""
    rule = lexicon(lang).data.get("this_in_year")
    if not rule:
        return None
    link = re.compile(rf"\s*,?\s*{alt(rule['links'])}\s+", re.IGNORECASE)
    return {norm(phrase): unit for phrase, unit in rule["phrases"].items()}, link


def _this_in_a_year(out: list[Timex], text: str, lex: Lexicon, dct: datetime.date | None) -> list[Timex]:
    """ "On this day in 1944", "this week in 1971": the day or week of writing in the year said right
    after it, as anniversaries tell what happened then; not the day of writing."""
    rule = _this_in_year_rule(lex.lang)
    if rule is None or dct is None:
        return out
    units, link = rule
    for i in range(len(out) - 1):
        this, year = out[i], out[i + 1]
        unit = units.get(norm(this.text))
        if unit is None or this.anchor != "dct" or not re.fullmatch(r"\d{4}", year.value):
            continue
        if not link.fullmatch(text, this.end, year.start):
            continue
        day = safe_date(int(year.value), dct.month, dct.day) or safe_date(int(year.value), dct.month, 28)
        if day is None:
            continue
        out[i] = replace(this, value=fmt(day, {"D": "day", "W": "week", "M": "month"}[unit]))
    return out


def _apposed_event_day(cand: Cand, out: list[Timex], text: str, lang: str) -> Timex | None:
    """A day counted from an event, set after a day by a comma or a bracket, is that day: "on Thursday,
    the day before the mayor resigned", "jeudi, la veille de la démission"."""
    if (
        not out
        or not _FULL_DAY.match(out[-1].value)
        or not _apposition(lang).fullmatch(text, out[-1].end, cand.start)
    ):
        return None
    return _event_day(cand, out[-1].value, "previous", text)


@cache
def _part_of(lang: str) -> re.Pattern[str] | None:
    """A part of a day followed by the word linking it to the day it belongs to ("la nuit de")."""
    lex = lexicon(lang)
    parts, links = lex.words("day_parts_of"), lex.words("day_parts_of_link")
    return re.compile(rf"{alt(parts)}\s+{alt(links)}\s*", re.IGNORECASE) if parts and links else None


def _named_day_parts(out: list[Timex], text: str, lex: Lexicon) -> list[Timex]:
    """A part of a day read alone and followed by the day it belongs to ("la nuit de samedi",
    "dans la nuit du 2 au 3 janvier", "en fin de journée mardi") is that day's: not counted from the
    previous date or the creation time. The day stays an expression of its own, as TimeBank writes
    "the night of Oct. 23"."""
    for i in range(len(out) - 1):
        part, day = out[i], out[i + 1]
        tail = _PART_TAIL.search(part.value)
        on = day.value.split("T")[0]  # "la nuit de samedi soir": the day of a part of a day too
        if (
            tail
            and day.type in ("DATE", "TIME")
            and _FULL_DAY.match(on)
            and _part_names_day(part, day, text, lex)
        ):
            out[i] = replace(part, value=on + tail.group(), anchor=day.anchor)
    return out


def _part_names_day(part: Timex, day: Timex, text: str, lex: Lexicon) -> bool:
    """Whether the part of a day ``part`` is followed by the day it belongs to, ``day``."""
    part_of = _part_of(lex.lang)
    if part_of is not None and part_of.fullmatch(text, part.start, day.start):
        return True
    return _beside(text, part, day) and _reads_its_day(part.text, lex)


def _ends_a_night(out: list[Timex], end: Ref, text: str, lex: Lexicon) -> bool:
    """Whether the day span just closed on ``end`` is a night named by its two days ("la nuit du
    3 au 4 mars", "overnight Tuesday to Wednesday"): a night part, its first day, then the day
    after, ``end``, the last three in ``out``."""
    if len(out) < 3 or not out[-3].value.endswith("TNI"):
        return False
    first = out[-2].value
    return (
        _FULL_DAY.match(first) is not None
        and first == (end.day - datetime.timedelta(days=1)).isoformat()
        and _part_names_day(out[-3], out[-2], text, lex)
    )


def _beside(text: str, part: Timex, day: Timex) -> bool:
    """Whether ``day`` follows ``part`` on its line, at once ("en fin de journée mardi") or set
    off by commas ("Dans la soirée, mardi 7 janvier, …"), not opening a clause of its own."""
    gap = text[part.end : day.start]
    if "\n" in gap:
        return False
    return not gap.strip() or (gap.strip() == "," and text[day.end : day.end + 1] in (",", ")"))


def _reads_its_day(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` is a part of a day that takes its day from the text ("en fin de journée",
    "overnight Saturday"; not "ce soir", which is the day of writing)."""
    entry = lex.fixed.get(norm(phrase))
    if not (isinstance(entry, dict) and "part" in entry):
        return False
    return entry.get("anchor") == "previous" or bool(entry.get("day_after"))


def _relative_day(key: str, lex: Lexicon) -> bool:
    """Whether the phrase of lookup key ``key`` is a day counted from another one ("le lendemain", "la
    veille", "le soir même")."""
    entry = lex.day_words.get(key)
    if isinstance(entry, dict) and entry.get("anchor") == "previous":
        return True
    entry = lex.fixed.get(key)
    return isinstance(entry, dict) and bool(entry.get("anaphoric"))


def _demonstrative_of_a_day(key: str, res: Resolved, lex: Lexicon) -> bool:
    """Whether a day or a part of a day pointed at (marked ``demonstrative``: "ce jour-là", "that
    night") was counted from a day the text named: then it is that day's, whatever follows ("On 3 May,
    a riot. That night of violence …"); "le soir même de la chute", "le lendemain de la chute" count
    from the event all the same."""
    entry = lex.fixed.get(key) or lex.day_words.get(key)
    if not isinstance(entry, dict) or not entry.get("demonstrative"):
        return False
    if entry.get("dct_alone") and res.anchor == "dct":
        return True  # "En cette journée de deuil", no day told before: the day of writing
    return res.anchor == "previous" and res.ref is not None and res.ref.gran == "day" and not res.ref.inside


def event_offset(phrase: str, lang: str) -> int | None:
    """For a day counted from an event ("au lendemain d'un vote"; a day word anchored on ``previous``), the
    days from the event to the time the text speaks of (1 for "lendemain", -1 for "la veille")."""
    try:
        lex = lexicon(lang)
    except (KeyError, FileNotFoundError):
        return None
    entry = lex.day_words.get(norm(phrase))
    if not (isinstance(entry, dict) and entry.get("anchor") == "previous"):
        return None
    return int(entry.get("offset", 0))


def _from_event(cand: Cand, text: str) -> Timex:
    """A day counted from an event ("au lendemain d'un vote", "le soir même de la chute"): its day is
    unknown to the tagger."""
    return _event_day(cand, "XXXX-XX-XX", "event", text)


def _event_day(cand: Cand, day: str, anchor: str, text: str) -> Timex:
    """``cand``, a day word or a part of a day counted from an event, on ``day``."""
    part = cand.info.get("part")
    value, kind = (f"{day}T{part}", "TIME") if part else (day, "DATE")
    return Timex(cand.start, cand.end, text[cand.start : cand.end], kind, value, "", anchor)


class _CountedWord(NamedTuple):
    """A day word that counts from the day named right after it (see :func:`_from_next`)."""

    cand: Cand
    offset: int  # days from the day named: -1 for "la veille"
    whole: bool  # one expression with that day ("la veille du 14 juillet"), not an event's day


def _from_next(cand: Cand, nxt: Cand | None, text: str, lex: Lexicon) -> _CountedWord | None:
    """A day word that counts from the day named right after it on its line, the two making one
    expression ("la veille du 14 juillet", "the day after March 3", "the day before yesterday"), or
    the day being that of an event named in between ("la veille de la manifestation du 30 avril", "le
    lendemain du match de mardi"); None when it counts from no such day. Where the language says so
    (``from_next_link``) a word of ``event_of`` must come first: "le lendemain 28 septembre" is the
    28th, told again."""
    if nxt is None or cand.kind != "dayoff" or nxt.kind not in _DAY_KINDS:
        return None
    entry = lex.day_words.get(norm(text[cand.start : cand.end]))
    if not (isinstance(entry, dict) and entry.get("from_next")) or "\n" in text[cand.end : nxt.start]:
        return None
    link = lex.event_of.match(text, cand.end) if lex.event_of is not None else None
    if link is None and lex.data.get("from_next_link"):
        return None
    gap = text[link.end() if link else cand.end : nxt.start].split()
    event = (
        link is not None
        and 2 <= len(gap) <= _EVENT_WORDS + 1  # words of the event, then its link to the day
        and all(_WORD.fullmatch(w) for w in gap)
        and bool(link.re.fullmatch(gap[-1]))
    )
    if gap and not event:
        return None
    return _CountedWord(cand, int(entry.get("offset", 0)), not gap)


def _day_moved(res: Resolved | None, offset: int) -> str | None:
    """The day ``res`` resolved to moved by ``offset`` days (``XXXX-07-14`` by -1 is ``XXXX-07-13``;
    "le lendemain de mardi soir" is the Wednesday, its part of the day dropped); None when ``res`` is
    no day."""
    m = _DAY_VALUE.fullmatch(res.value or "") if res is not None else None
    if m is None:
        return None
    unknown = m[1] == "XXXX"
    # a year unknown: one that is not a leap year, unless the day is 29 February
    year = (2000 if (m[2], m[3]) == ("02", "29") else 2001) if unknown else int(m[1])
    try:
        day = datetime.date(year, int(m[2]), int(m[3])) + datetime.timedelta(days=offset)
    except (ValueError, OverflowError):
        return None
    return "XXXX" + day.isoformat()[4:] if unknown else day.isoformat()


def _counted_day(first: Cand, last: Cand, value: str, mod: str, anchor: str, text: str) -> Timex:
    """The expression from ``first`` to ``last``: the day ``value`` a day word counts to."""
    return Timex(first.start, last.end, text[first.start : last.end], "DATE", value, mod, anchor)


def _before_event(text: str, cand: Cand, key: str, lex: Lexicon) -> bool:
    """Whether the day word ``cand`` is followed by "de/du/of" + an event noun phrase, or, for a word
    marked ``event_follows``, by the event itself: a word on its line that is not one of
    ``event_not_openers`` ("the day before the mayor resigned", "the day before authorities issued",
    "the day after being freed"; not "the day before, …", "the day before and after", "the day after
    anyway")."""
    if lex.event_of and lex.event_of.match(text, cand.end):
        return True
    entry = lex.day_words.get(key)
    if not (isinstance(entry, dict) and entry.get("event_follows")):
        return False
    nxt = NEXT_WORD.match(text, cand.end)
    return nxt is not None and norm(nxt[1]) not in lex.event_not_openers


def _lazy(fn):  # type: ignore[no-untyped-def]
    """``fn`` computed at most once."""
    box: list = []

    def get():  # type: ignore[no-untyped-def]
        if not box:
            box.append(fn())
        return box[0]

    return get


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest (then highest priority, then leftmost) first; sorted by start."""
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Cand] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


@cache
def _approx_tail(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + grammar(lang).f_approx + "$", re.IGNORECASE)


def _extend_approx(chosen: list[Cand], text: str, lang: str) -> list[Cand]:
    """Take an approximation word just before an expression into it (``environ deux mois``)."""
    tail = _approx_tail(lang)
    lex = lexicon(lang)
    last_end = 0
    for cand in chosen:
        if cand.kind in _APPROX_KINDS and not cand.info.get("mod"):
            lo = max(last_end, cand.start - 30)
            m = tail.search(text, lo, cand.start)
            if m and not false_approx(lex, m["approx"], text, m.start("approx")):
                cand.info = {**cand.info, "mod": lex.approx_pre[norm(m.group("approx"))]}
                cand.start = m.start()
        last_end = cand.end
    return chosen


@cache
def _week_of_tail(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang).words("week_of_pre")
    return re.compile(r"(?<!\w)" + alt(words) + r"\s+$", re.IGNORECASE) if words else None


def _extend_week_of(chosen: list[Cand], text: str, lang: str) -> list[Cand]:
    """ "The week of March 6", "la semaine du 6 mars": the week that holds the day."""
    return _take_words_before(
        chosen, text, lambda c: c.kind == "date", _week_of_tail(lang), 24, lambda m: {"week": True}
    )


def _take_words_before(
    chosen: list[Cand],
    text: str,
    takes: Callable[[Cand], bool],
    tail: re.Pattern[str] | None,
    reach: int,
    info: Callable[[re.Match[str]], dict[str, Any]],
) -> list[Cand]:
    """Take into each expression that ``takes`` the words ``tail`` finds right before it (within
    ``reach`` characters, after the expression before), with what ``info`` reads of them."""
    if tail is None:
        return chosen
    last_end = 0
    for cand in chosen:
        if takes(cand):
            m = tail.search(text, max(last_end, cand.start - reach), cand.start)
            if m:
                cand.info = {**cand.info, **info(m)}
                cand.start = m.start()
        last_end = cand.end
    return chosen


@cache
def _month_week_tail(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The words before a month that make it a week of it ("the first week of"), and the rank of each
    ordinal."""
    data = lexicon(lang).data.get("month_weeks")
    if not data:
        return None
    pattern = re.compile(
        rf"(?<!\w)(?:{alt(data['dets'])}\s+)?(?P<n>{alt(list(data['ordinals']))})\s+{alt(data['links'])}\s*$",
        re.IGNORECASE,
    )
    return pattern, _table(data["ordinals"])


def _extend_month_week(chosen: list[Cand], text: str, lang: str) -> list[Cand]:
    """ "The first week of August", "la dernière semaine de mars": that week of the month."""
    found = _month_week_tail(lang)
    if found is None:
        return chosen
    tail, ordinals = found
    return _take_words_before(
        chosen,
        text,
        lambda c: c.kind == "month" and not c.info.get("mod"),
        tail,
        40,
        lambda m: {"week_n": ordinals[norm(m["n"])]},
    )


@cache
def _weekday_week_link(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang).words("weekday_week_links")
    return re.compile(r"\s*(?:(?:" + alt(words) + r")\s+)?", re.IGNORECASE) if words else None


def _weekdays_in_week(chosen: list[Cand], text: str, lang: str) -> list[Cand]:
    """ "Wednesday last week", "du lundi au vendredi de la semaine prochaine": the weekdays before a
    week counted from the creation time are days of that week, whatever the tense."""
    link = _weekday_week_link(lang)
    lex = lexicon(lang)
    if link is None:
        return chosen
    for i, week in enumerate(chosen):
        info = week.info
        if (
            week.kind != "unitrel"
            or info.get("unit") != "W"
            or info.get("anchor") != "dct"
            or info.get("mod")
            or (lex.possessive_past and text.startswith(lex.possessive_past, week.end))  # "last week's storm"
        ):
            continue
        j, gap = i - 1, link
        while j >= 0 and chosen[j].kind == "weekday" and chosen[j].info.get("rel") is None:
            if gap is None or not gap.fullmatch(text, chosen[j].end, chosen[j + 1].start):
                break
            chosen[j].info = {**chosen[j].info, "in_week": info["offset"]}
            j, gap = j - 1, lex.day_link  # "from Monday to Friday last week": the span's first day too
    return chosen


@cache
def _time_join(lang: str) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + alt(lexicon(lang).words("time_join")) + r")?\s*$", re.IGNORECASE)


@cache
def _time_join_apart(lang: str) -> re.Pattern[str] | None:
    """The words between a clock time and its day that keep them two expressions ("on")."""
    words = lexicon(lang).words("time_join_apart")
    return re.compile(r"\s*(?:" + alt(words) + r")\s*$", re.IGNORECASE) if words else None


def _ends_sentence(clock: Cand, day: Cand, text: str) -> bool:
    """Whether the point closing a clock time ("3 p.m.") also ends its sentence: a day word opens the
    next one ("at 3 p.m. The next day, …"; not "9 a.m. Tuesday", a weekday capitalised anyway)."""
    return text[clock.end - 1] == "." and day.kind == "dayoff" and text[day.start].isupper()


def _join_day_time(chosen: list[Cand], text: str, lang: str) -> list[Cand]:
    """A day and a clock time side by side ("hier à 9 h", "noon Friday", "at 3am on 5 May"): the time
    on that day; one expression where the language writes them as one ("9 a.m. Tuesday"), unless a
    word keeps them apart ("on")."""
    if len(chosen) < 2:
        return chosen
    join, apart = _time_join(lang), _time_join_apart(lang)
    one = bool(lexicon(lang).data.get("day_time_one_expression"))
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        c = chosen[i + 2] if i + 2 < len(chosen) else None
        if (
            b is not None
            and c is not None
            and a.kind == b.kind == "time"
            and "y" not in a.info
            and "y" not in b.info
            and c.kind in _DAY_KINDS
            and _zone_pair(text, a, b, lang)
            and c.start - b.end <= 12
            and _day_after_pair(text, a, b, c, join)
        ):
            # "by 06:00 (03:00 GMT) on 12 June": the first clock on the day after them, the second on
            # that day too or the one beside it (`_zone_days`)
            pair = {"day": c, "time": a, "tense_at_day": True}
            out.extend([Cand(a.start, a.end, "daytime", pair, a.priority), b, c])
            i += 3
            continue
        if b is not None and b.start - a.end <= 6 and join.match(text, a.end, b.start):
            pair = None
            if a.kind in _DAY_KINDS and b.kind == "time" and "y" not in b.info:
                pair = {"day": a, "time": b}
            elif (
                a.kind == "time"
                and b.kind in _DAY_KINDS
                and "y" not in a.info
                and not _ends_sentence(a, b, text)
            ):
                pair = {"day": b, "time": a}
            if pair and one and not (apart and apart.match(text, a.end, b.start)):
                out.append(Cand(a.start, b.end, "daytime", pair, max(a.priority, b.priority)))
                i += 2
                continue
            if pair:  # two expressions, the time on the day beside it
                clock = pair["time"]
                joined = Cand(clock.start, clock.end, "daytime", pair, clock.priority)
                out.extend([a, joined] if clock is b else [joined, b])
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# what stands between a clock and the same moment in another zone: a place or zone, maybe after a word of
# 'zone_place_pre' ("in"), then a comma, a bracket or a slash ("8:54 p.m. Cairo, 1:54 p.m. ET", "1:00
# a.m. in Cairo, 6:00 p.m. ET", "06:00 (03:00 GMT)", "20h00 (18h00 GMT)")
_ZONE_GAP = r"\s*(?P<place>{pre}(?:[A-Z][\w.'’-]*\s*){{0,3}})(?:,|\(|-LRB-|/)\s*"
_ZONE_AFTER = 16  # a zone may follow the day said with the second clock: "(5 p.m. Thursday ET)"
_CLOSING_BRACKET = re.compile(r"\s*(?:\)|-RRB-)")
_OPENING_BRACKET = re.compile(r"\(|-LRB-")


def _zone_pair(text: str, a: Cand | Timex, b: Cand | Timex, lang: str) -> bool:
    """Whether the clock ``a`` and the one ``b`` after it tell one moment in two zones: no more than a
    place or a zone and a comma, a bracket or a slash between them, and a place or a zone said ("8:54
    p.m. Lorvel, 1:54 p.m. ET"; not a list, "at 6 a.m., 9 p.m. and midnight")."""
    gap = _zone_gap(lang).fullmatch(text, a.end, b.start) if b.start - a.end <= 30 else None
    if gap is None:
        return False
    return bool(gap["place"]) or _zone_word(lang).search(text, a.start, b.end + _ZONE_AFTER) is not None


@cache
def _zone_gap(lang: str) -> re.Pattern[str]:
    """:data:`_ZONE_GAP` with the language's words before a place ("in Cairo")."""
    words = lexicon(lang).words("zone_place_pre")
    pre = r"(?:(?:" + "|".join(map(re.escape, words)) + r")\s+(?=[A-Z]))?" if words else ""
    return re.compile(_ZONE_GAP.format(pre=pre))


@cache
def _zone_word(lang: str) -> re.Pattern[str]:
    """A zone as written, in its case ("ET", not the French "et")."""
    words = sorted(lexicon(lang).words("time_zones"), key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"
    )


def _day_after_pair(text: str, a: Cand, b: Cand, day: Cand, join: re.Pattern[str]) -> bool:
    """Whether ``day`` is told of the clocks ``a`` and ``b`` of one moment in two zones before it: joined
    to them after the bracket that closes on ``b``, if ``a`` opened one ("6 a.m. (11 p.m. Tuesday ET)":
    the day is the second clock's alone)."""
    pos = b.end
    closing = _CLOSING_BRACKET.match(text, pos, day.start)
    if closing:
        pos = closing.end()
        if text[pos : day.start].strip()[:1].isupper():
            return False  # "(… 2:46 p.m. ET) On Monday, …": a sentence of its own
    elif _OPENING_BRACKET.search(text, a.end, b.start):
        return False
    return join.match(text, pos, day.start) is not None


# what may stand between a habit and its clock: "chaque matin à ", "le mardi de ", "au vendredi, de "
_HABIT_CLOCK_GAP = re.compile(r"[\s,]*(?:\w+[\s']*){0,2}")
_SET_DAY = re.compile(r"XXXX-(?:XX-XX|WXX-\d)|P1D$")  # a habit's day: any day ("every day"), or a weekday


def _habit_clocks(out: list[Timex], bare: set[int], text: str) -> list[Timex]:
    """A clock said without a day right after a habit ("Chaque matin à 8 heures", "le mardi de 9 h
    à 12 h") is a habit's time, a SET, not a time of the day named before: on the habit's weekday
    when it names one alone, else on any day."""
    for i in range(1, len(out)):
        habit, clock = out[i - 1], out[i]
        m = _CLOCK_VALUE.fullmatch(clock.value)
        day = _SET_DAY.match(habit.value)
        if i not in bare or m is None or habit.type != "SET" or day is None:
            continue
        if not _HABIT_CLOCK_GAP.fullmatch(text, habit.end, clock.start):
            continue
        # "du lundi au vendredi de 9 h": any of the days; "de 9 h à 12 h": the first clock's day
        weekdays = "T" not in habit.value and i >= 2 and out[i - 2].value.startswith("XXXX-W")
        on = "XXXX-XX-XX" if day.group() == "P1D" or (weekdays and out[i - 2].type == "SET") else day.group()
        out[i] = replace(clock, type="SET", value=f"{on}T{m[2]}:{m[3]}")
    return out


_EVENING_FROM = 18  # a clock span opening at this hour or later and closing before noon ends the next day


def _night_ranges(out: list[Timex], text: str, lex: Lexicon) -> list[Timex]:
    """A span of clocks from an evening to a morning ("de 22h à 3h du matin", "from 10 p.m. to 6
    a.m."), both on one day, ends the morning after."""
    if lex.clock_range is None:
        return out
    for i in range(1, len(out)):
        a, b = _CLOCK_VALUE.fullmatch(out[i - 1].value), _CLOCK_VALUE.fullmatch(out[i].value)
        if (
            a is None
            or b is None
            or a[1] != b[1]
            or not lex.clock_range.fullmatch(text, out[i - 1].end, out[i].start)
        ):
            continue
        if int(a[2]) >= _EVENING_FROM and int(b[2]) < 12:
            try:
                day = datetime.date.fromisoformat(b[1]) + datetime.timedelta(days=1)
            except (OverflowError, ValueError):  # a day at the calendar's end
                continue
            out[i] = replace(out[i], value=day.isoformat() + out[i].value[10:])
    return out


def _zone_days(out: list[Timex], bare: set[int], text: str, lang: str) -> list[Timex]:
    """One moment told in two zones ("Update 8:54 p.m. Cairo, 1:54 p.m. ET", "around 6 a.m. (11 p.m.
    Tuesday ET)"): a clock said without a day (at an index of ``bare``) takes the other's day, or the
    day before or after when that brings the two within half a day ("1:30 a.m. Cairo, 6:30 p.m. ET" is
    the evening before in New York), not the day named before them; the second moves when both are
    bare. A midnight with its day ("midnight Thursday") may end that day as well as open it: the other
    takes its day as it is."""
    for i in range(1, len(out)):
        if i in bare:
            ref, moved = out[i - 1], i
        elif i - 1 in bare:
            ref, moved = out[i], i - 1
        else:
            continue
        clock, ref_clock = _CLOCK_VALUE.match(out[moved].value), _CLOCK_VALUE.match(ref.value)
        a, b = out[i - 1], out[i]
        if clock is None or ref_clock is None or not _zone_pair(text, a, b, lang):
            continue
        day = datetime.date.fromisoformat(ref_clock[1])
        gap = int(clock[2]) * 60 + int(clock[3]) - int(ref_clock[2]) * 60 - int(ref_clock[3])
        if ref_clock.group(2, 3) not in (("00", "00"), ("24", "00")):
            try:
                day += datetime.timedelta(days=-1 if gap > _HALF_DAY else 1 if gap < -_HALF_DAY else 0)
            except OverflowError:  # a creation date at the calendar's end
                continue
        if day.isoformat() != clock[1]:
            value = day.isoformat() + out[moved].value[len(clock[1]) :]
            out[moved] = replace(out[moved], value=value, anchor="previous")
    return out


def tense_at(text: str, start: int, end: int, lang: str) -> int:
    """The tense around ``text[start:end]``: -1 past, 1 future, 0 unknown (nearest cue in its sentence)."""
    return _tense(text, start, end, lexicon(lang))


def tense_of(text: str, timex: Timex, lang: str, before: Timex | None = None) -> int:
    """The tense of an expression :func:`tag` found in ``text``: as :func:`tense_at`, but a time something
    is put off to is still to come ("reporté au 15 mars", "postponed until Tuesday"), whatever the tense
    of the putting off; unless it ends a span of days that ``before``, the expression just before it,
    opens ("suspendues du lundi au vendredi 12 juin"). The tagger's own reading of a weekday's tense
    and of a date moved earlier is not applied here."""
    lex = lexicon(lang)
    ends_day_span = (
        before is not None
        and lex.day_range is not None
        and bool(_DAY_VALUE.fullmatch(before.value))
        and bool(lex.day_range.fullmatch(text, before.end, timex.start))
    )
    kind = "time" if timex.type == "TIME" else ""  # no kind of `_PLAN_KINDS`: a weekday keeps its plan
    return _tense_of(text, timex.start, timex.end, kind, lex, ends_day_span)


def _sentence_before(text: str, start: int, lex: Lexicon) -> str:
    """The text of the sentence before ``start``, up to 160 characters, from the last quotation mark
    if any: a quotation's tense is its own ("'We leave Thursday,' he said" is no past)."""
    left = text[max(0, start - 160) : start]
    ends = [m.end() for m in _sentence_end(lex.lang).finditer(left)]
    if ends:
        left = left[ends[-1] :]
    quotes = list(_QUOTE.finditer(left))
    if not quotes:
        return left
    quoted = left[quotes[-2].end() : quotes[-1].start()] if len(quotes) % 2 == 0 else None
    if quoted is not None and len(TOKEN.findall(quoted)) <= _SCARE_WORDS:
        return left  # a word or two in quotation marks ("a dit « espérer » un vote jeudi"): no quotation
    return left[quotes[-1].end() :]


def _tense_of(
    text: str, start: int, end: int, kind: str, lex: Lexicon, ends_day_span: bool, *, habit: bool = False
) -> int:
    """The tense of an expression of ``kind``: still to come when it is a time something is put off to
    ("postponed until Tuesday"; not the end of a span, "suspendues du 2 au 6 décembre"), else
    :func:`_tense` (``habit``: a weekday that may be a habit, "le mercredi")."""
    left = _sentence_before(text, start, lex)
    deferral = lex.deferral
    if deferral is not None and not ends_day_span and put_off_to(left, text[end : end + 40], kind, deferral):
        return 1
    return _tense(text, start, end, lex, kind, left, habit=habit)


def _tense(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    kind: str = "",
    left: str | None = None,
    *,
    habit: bool = False,
) -> int:
    """-1 past, 1 future, 0 unknown: the nearest tense cue around the expression, in its sentence.

    A word just before the expression that fixes its time ("since May", "by February", "payable Jan. 2")
    comes first, but for a day of a week either way (a ``kind`` of ``_WEEK_KINDS``) it only decides when
    the sentence has no cue of its own, unless it says the day is ahead ("ahead of Tuesday's march", also
    for a week or a weekend counted from the writing, "ahead of the weekend"); such a day is also the
    one an infinitive before it governs ("appelle à manifester samedi"), and a weak word before it
    ("jusqu'à samedi") decides when nothing else does.
    ``left`` is :func:`_sentence_before` of ``start`` when the caller has it already; with ``habit``, a
    present tells no plan (a weekday after "le" may be a habit: "le marché se tient le mercredi"). A time of
    ``_PLAN_KINDS`` (a month, a day of a month, a season, a holiday: no word of its own says its side of
    the writing) planned in a way that does not say it either is told in no tense
    (:func:`_plan_of_unknown_side`)."""
    if left is None:
        left = _sentence_before(text, start, lex)
    sentence_end = _sentence_end(lex.lang)
    week = kind in _WEEK_KINDS
    tail = left[-40:]  # where a word just before the expression is (and the words of a gap)
    if kind in _AHEAD_KINDS and lex.tense_pre_strong_re is not None:
        strong = lex.tense_pre_strong_re.search(tail)
        if strong:  # "ahead of Tuesday's protests": whatever the sentence tells
            return int(lex.tense_pre_strong[norm(strong.group(1))])
    if lex.comparison_re is not None and lex.comparison_re.search(tail):
        return -1  # "up from 250,000 on Friday", "contre 2,5 % mardi": the figure of a day gone
    opening = len(TOKEN.findall(left)) <= _OPENER_WORDS  # "In January, …": the main clause's verb tells
    pre_cue = 0
    if lex.tense_pre_re is not None:
        pre = lex.tense_pre_re.search(tail)
        if pre and pre.groupdict().get("art") and not pre.groupdict().get("gap"):
            # an article right after: "since the", "depuis la fin février"; not "by the April 20
            # explosion", the agent of a passive
            pre = pre if int(lex.tense_pre[norm(pre.group(1))]) < 0 else None
        if pre:
            pre_cue = int(lex.tense_pre[norm(pre.group(1))])
            told = TOKEN.findall(tail[: pre.start(1)])[-2:]
            # a past right before: a listed one ("knew") or after a listed one ("had died"), not a
            # participle ("will have it settled by the weekend", "due to be finalized by")
            past_before = bool(told) and _cue(told[-1], lex, conditional=False) < 0
            past_before = past_before and any(w.lower() in lex.past_words for w in told)
            opens = opening and text[end : end + 2].lstrip().startswith(",")
            if not week and not (pre_cue > 0 and (past_before or opens)):
                # a time ahead unless a past right before tells it ("knew by 20 April that") or the
                # expression opens its sentence, whose verb tells it ("By 20 April, 40 had died")
                return pre_cue
    right = text[end : end + (_OPENING_REACH if opening else 120)]
    if lex.possessive_past and right.startswith(lex.possessive_past):
        return -1  # "Friday's vote": news names a day by what happened on it
    stop = sentence_end.search(right)
    if stop:
        right = right[: stop.start()]
    quote = _QUOTE.search(right)
    if quote:
        right = right[: quote.start()]
    # a present tells a weekday's plan, not after "depuis" ("se tient depuis lundi"), nor of a weekday
    # that may be a habit, which the present tells ("le marché se tient le mercredi")
    plans = week and pre_cue >= 0 and not habit
    best = (99, 0)
    either = False  # whether ``best`` is a cue that tells no side of the writing ("would have been")
    tokens = list(TOKEN.finditer(left))[-2 * _WINDOW - 2 :]
    tokens.reverse()
    words = [t.group() for t in tokens]
    dist = 0
    inf = lex.infinitive
    infinitive = False  # whether ``best`` comes from an infinitive governing the expression
    while dist < min(_WINDOW, len(words)):
        if habit and _present_plan(words[dist + 1 : dist + 2], words[dist], lex):
            best, either = (dist, 0), True  # "le conseil se réunit le jeudi, a indiqué le maire": a habit
            break
        cue = _cue_at(words, dist, lex, present_plans=plans)
        if not cue and lex.future_phrases:
            cue = _phrase_cue(words[dist : dist + lex.future_phrase_len][::-1], _at(words, dist - 1), lex)
        if cue and _would_have_before(words, dist, lex):
            best, either = (dist, 0), True
            break
        if _either_side_plan(words, dist, lex):
            best, either = (dist, 0), True  # "was expected to receive snow Wednesday evening": either side
            break
        if _refusal(words[dist::-1], lex):
            best = (dist, -1)
            break
        if habit and cue < 0 and dist and _state_of_being(words, dist, lex):
            best, either = (dist, 0), True  # "la boutique est fermée le dimanche": a habit
            break
        if not cue and "," not in left[tokens[dist].end() :] and _possibility(words[dist::-1], lex):
            cue = 1  # in the expression's own clause: "could make it worse, and on Wednesday by a leak"
        if cue < 0 and dist + 1 < len(words) and _participle_aux(words, dist + 1, lex):
            dist += 2  # "will be signed", "to be built": the participle says nothing of the time
            continue
        if (
            cue < 0
            and dist + 2 < len(words)
            and _adverb(words[dist + 1], lex)
            and _participle_aux(words, dist + 2, lex)
        ):
            dist += 3  # "to be completely sealed", "will be fully reopened"
            continue
        marker = governing_marker(words, dist, inf) if not cue and week and inf is not None else None
        if marker is not None:
            # "appelle à manifester samedi": the act is still to be done, unless the verb that
            # governs it tells a past ("a appelé à manifester samedi", "vient de signer lundi")
            breaks = [
                "," in left[t.end() : tokens[k - 1].start() if k else len(left)] for k, t in enumerate(tokens)
            ]
            past = governing_past(words, breaks, marker + 1, inf, lambda k: _cue_at(words, k, lex))
            best, infinitive = (dist, -1 if past else 1), True
            break
        if cue:
            best = (dist, cue)
            break
        dist += 1
    weak_pre = lex.tense_pre_weak_re.search(tail) if week and lex.tense_pre_weak_re is not None else None
    if best == (99, 0) and not (either or pre_cue or weak_pre):
        # no cue near, nor a word before that tells its side ("d'ici vendredi"): an auxiliary further
        # back in its clause ("The mayor will meet the delegation from Ostrava in the town hall on Monday")
        far = _far_cue(left, lex)
        best = (_WINDOW, far) if far else best
    before_best = best
    right_words = TOKEN.findall(right)
    # a time opening its sentence ("In January, a week after the anniversary, a bombing killed") is
    # the whole sentence's: its verb may come after a long phrase, so the reach is the sentence
    reach = _WINDOW
    if opening and (skipped := _condition_set_off(right, lex)) is not None:
        # "Samedi, si aucun accord n'est trouvé, la police interviendra": the main clause's verb
        right = right[skipped:]
        right_words = TOKEN.findall(right)
    if opening and right.lstrip().startswith(","):  # up to a present or a modal, which tell no time
        stop_at = next((k for k, w in enumerate(right_words) if w.lower() in lex.tense_reach_stops), None)
        reach = max(_WINDOW, len(right_words) if stop_at is None else stop_at)
    after = right_words[: reach + 2]
    if (best[1] or either) and not opening and "," in right and not _set_off(left):
        # told in its own clause, the expression keeps that tense: what follows a comma is another
        # clause's ("The disaster, which began with an explosion in mid-April, will persist"; "le
        # ministre se rendra à Lorvel mardi, a indiqué son porte-parole")
        after = TOKEN.findall(right[: right.index(",")])
        reach = min(reach, len(after))
    elif not opening and (cut := _coordinated_clause(right, lex)) is not None:
        # "during the failed procedure over the weekend, and the new effort will re-use it": the
        # verb after "and" is another clause's
        after = TOKEN.findall(right[:cut])
        reach = min(reach, len(after))
    if any(w.lower() in lex.saying_verbs for w in words[:_SAID_REACH]):
        # "prompted Brel to say Tuesday he would not run": the time of the saying, not of what was said
        reach = 0
    # a present after the day tells a plan only when the day opens the clause ("Mardi, le président
    # reçoit"), not from inside a noun phrase ("L'accord signé vendredi reprend les conclusions")
    plans_after = plans and right.lstrip().startswith(",")
    for dist, word in enumerate(after[:reach]):
        # a conditional after the expression is another clause's: "organisée lundi, qu'il ne se
        # retirerait pas"
        cue = _cue_after(
            (after[max(0, dist - _SUBJECT_REACH) : dist])[::-1],
            word,
            lex,
            present_plans=plans_after,
            conditional=False,
        )
        if not cue and lex.future_phrases:
            phrase = after[max(0, dist + 1 - lex.future_phrase_len) : dist + 1]
            cue = _phrase_cue(phrase, _at(after, dist + 1), lex)
        if (
            cue < 0
            and norm(word) in lex.future_after_aux
            and any(_cue(w, lex, conditional=False) > 0 for w in after[dist + 1 : dist + 3])
        ):
            cue = 1  # "Vendredi, deux réunions sont (également) prévues": a plan, not a past
        if _refusal(after[dist : dist + _WOULD_HAVE_REACH], lex):
            cue = -1
        if habit and cue < 0 and dist + 1 < len(after) and _state_of_being(after[dist + 1 :: -1], 1, lex):
            if dist + 1 < best[0]:
                best, either = (dist + 1, 0), True  # "Le dimanche, la boutique est fermée"
            break
        if cue > 0 and _would_have(after[dist : dist + _WOULD_HAVE_REACH], lex):
            if dist + 1 < best[0]:
                best, either = (dist + 1, 0), True
            break
        if cue:
            if dist + 1 < best[0] or (infinitive and dist == 0 and not right[: right.find(word)].strip()):
                # the nearer cue, or the verb right after the day: "Le concours de pâtissier samedi a
                # été remporté" (a noun read as an infinitive)
                best = (dist + 1, cue)
            break
    if (
        best == before_best
        and best[1] > 0
        and kind in _PLAN_KINDS
        and _plan_of_unknown_side(words, best[0], right_words, lex)
    ):
        return 0
    if either and not best[1]:
        return 0
    # one word more than the window: the determiner of a participle at its edge
    if not (best[1] or pre_cue or weak_pre) and _past_adjective(words[: _WINDOW + 1], after[:reach], lex):
        return -1  # "in airstrikes Monday near the embattled city": nothing else tells
    if best[1] or pre_cue or not week or lex.tense_pre_weak_re is None:
        return best[1] or pre_cue
    # "donnent jusqu'à samedi": only when nothing else says
    return int(lex.tense_pre_weak[norm(weak_pre.group(1))]) if weak_pre else 0


def _coordinated_clause(right: str, lex: Lexicon) -> int | None:
    """Where, in the text ``right`` after an expression, a comma opens another clause with a word of
    'tense.clause_coordinators' ("…, and the new effort will …", "…, mais le ministre partira"), or
    None."""
    if not lex.clause_coordinators:
        return None
    words = (m for m in _COMMA_WORD.finditer(right) if m.group(1).lower() in lex.clause_coordinators)
    return next((m.start() for m in words), None)


_COMMA_WORD = re.compile(r",\s*(\w+)")


def _past_adjective(before: list[str], after: list[str], lex: Lexicon) -> bool:
    """Whether a past ending reads as an adjective after a determiner near the expression (``before``
    it, run backwards, or ``after`` it; 'tense.adjective_past_after'), which tells a past when nothing
    else does ("the besieged capital", "the failed attempt")."""
    if not lex.adjective_past_after:
        return False
    pairs = [(before[k + 1], before[k]) for k in range(len(before) - 1)]
    pairs += [(after[k - 1], after[k]) for k in range(1, len(after))]
    dets = lex.adjective_past_after
    return any(norm(det) in dets and _cue(word, lex, conditional=False) < 0 for det, word in pairs)


def _plan_of_unknown_side(words: list[str], k: int, after: list[str], lex: Lexicon) -> bool:
    """Whether the future word ``words[k]`` (run backwards from the expression) is a participle of a
    plan that says not on which side of the writing its time lies: a former plan ("initialement prévu
    en mars"), or one the rest of the sentence (its words ``after`` the expression) tells undone in
    the past ("les législatives prévues en avril ont été reportées", "the vote, which was scheduled for
    April, was delayed"), whose time may have passed or not; not a plan told kept ("the works planned
    for April were announced")."""
    if norm(words[k]) not in lex.plan_participles:
        return False
    if norm(_at(words, k + 1)) in lex.plan_former:
        return True
    if not any(norm(w) in lex.plan_undone for w in after):
        return False
    cues = (
        _cue_after(after[max(0, j - _SUBJECT_REACH) : j][::-1], w, lex, conditional=False)
        for j, w in enumerate(after)
    )
    return next((c for c in cues if c), 0) < 0


_WOULD_HAVE_REACH = 6  # "would not have been held": the modal and the participle at most this far apart


def _would_have(seq: list[str], lex: Lexicon) -> int:
    """The length of the conditional perfect ``seq`` (words in reading order) opens with, else 0: a
    modal, maybe a word such as "not", "have", maybe "been", a past participle ("would have been
    held", "would not have taken", "would've won"); not "would have to", "would have talks"."""
    data = lex.conditional_perfect
    if not seq or not data or norm(seq[0]) not in data["modals"]:
        return 0
    k = 1
    while k < len(seq) and norm(seq[k]) in data["between"]:
        k += 1
    if k >= len(seq) or norm(seq[k]) not in data["have"]:
        return 0
    k += 1
    if (
        k < len(seq)
        and norm(seq[k]) in data["participles"]
        and k + 1 < len(seq)
        and _participle(seq[k + 1], lex)
    ):
        k += 1  # "been" before a participle
    return k + 1 if k < len(seq) and _participle(seq[k], lex) else 0


def _set_off(left: str) -> bool:
    """Whether the expression opens a phrase set off by a comma right before it ("Chevron which, in
    October, was given consent"): the verb after the phrase is its clause's."""
    return "," in left and len(TOKEN.findall(left.rsplit(",", 1)[1])) <= _OPENER_WORDS


def _either_side_plan(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether ``words[k]`` (``words`` run backwards) tells a plan seen from the past, of neither side of
    the writing: after a past auxiliary ("was expected to", "had planned", "was still likely to"; not
    "were planning to drive on Monday", a plan ahead), or a past of planning before an infinitive
    ("planned to visit the region in March"; not "the works planned for April", a plan that stands)."""
    data = lex.either_before_future
    if not data:
        return False
    word, aux = norm(words[k]), norm(_at(words, k + 1))
    if aux in data["between"] or _adverb(_at(words, k + 1), lex):  # "was still likely to"
        aux = norm(_at(words, k + 2))
    if word in data["words"] and aux in data["aux"]:
        return True
    return word in data["before_infinitive"] and k > 0 and norm(words[k - 1]) in data["infinitive"]


def _refusal(seq: list[str], lex: Lexicon) -> bool:
    """Whether ``seq`` (words in reading order) opens with a refusal reported in the past: a modal, a
    negation, a verb of telling ("would not comment Friday night", "wouldn't say on Tuesday"), no plan."""
    data = lex.refusal
    if not seq or not data or norm(seq[0]) not in data["modals"]:
        return False
    k, negated = 1, False
    while k < len(seq) and norm(seq[k]) in data["between"]:
        negated = negated or norm(seq[k]) in data["negations"]
        k += 1
    return negated and k < len(seq) and norm(seq[k]) in data["verbs"]


def _possibility(seq: list[str], lex: Lexicon) -> bool:
    """Whether ``seq`` (words in reading order) opens with a possibility ahead: a modal of
    ``possibility`` and a verb ("could reach the coast by Sunday", "may come on Friday"); not a
    negation or a perfect ("could not be reached Friday", "may have left"), nor a perception ("could
    be heard early Thursday"), which tell the past."""
    data = lex.possibility
    if len(seq) < 2 or not data or not seq[0].islower() or norm(seq[0]) not in data["modals"]:
        return False  # "May" in capitals is a month
    if norm(seq[1]) in data["not_next"]:
        return False
    return not (len(seq) > 2 and norm(seq[1]) in data["be"] and norm(seq[2]) in data["not_after_be"])


def _participle(word: str, lex: Lexicon) -> bool:
    return norm(word) in lex.conditional_perfect["participles"] or _cue(word, lex, conditional=False) < 0


def _would_have_before(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the cue ``words[k]`` (run backwards from the expression) is part of a conditional
    perfect, which tells what did not happen, on either side of the writing: the modal itself ("things
    would have been different in June") or the participle that ends it ("the talks would have started
    in October")."""
    if not lex.conditional_perfect:
        return False
    for m in range(k, min(len(words), k + _WOULD_HAVE_REACH)):
        if norm(words[m]) in lex.conditional_perfect["modals"]:
            forward = words[m::-1] if m - _WOULD_HAVE_REACH < 0 else words[m : m - _WOULD_HAVE_REACH : -1]
            length = _would_have(forward, lex)
            return bool(length) and (m == k or length == m - k + 1)
    return False


def _at(words: list[str], k: int) -> str:
    """``words[k]``, or "" when ``k`` is out of range."""
    return words[k] if 0 <= k < len(words) else ""


def _phrase_cue(words: list[str], following: str, lex: Lexicon) -> int:
    """1 when ``words`` (in reading order) end with a phrase that tells a plan ("is set to", "are due"),
    and the word ``following`` it does not make it something else ("is to blame", "is due to the
    storm", "set to 1.5%"), else 0."""
    if following[:1].isdigit() or norm(following) in lex.future_phrase_not_before:
        return 0
    keys = [norm(w) for w in words]
    return int(any(tuple(keys[-n:]) in lex.future_phrases for n in range(2, len(keys) + 1)))


def _participle_aux(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether ``words[k]`` (``words`` run backwards) makes the participle after it no past ("is
    signed", "remains slated"); not a noun ("human remains found")."""
    return norm(words[k]) in lex.participle_aux and not _noun(words[k], _at(words, k + 1), lex)


def _adverb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is an adverb of manner by its ending ("completely", "fully")."""
    return (
        bool(lex.adverb_suffixes) and word.islower() and len(word) > 4 and word.endswith(lex.adverb_suffixes)
    )


def _noun(word: str, before: str, lex: Lexicon) -> bool:
    """Whether the word ``before`` makes ``word`` a noun ("his will", "human remains")."""
    return norm(before) in lex.noun_after.get(norm(word), ())


def _far_cue(left: str, lex: Lexicon) -> int:
    """The tense told beyond the words a cue is looked for in, within :data:`_FAR_WINDOW` words of the
    expression in its clause (``left`` is its sentence before it; a comma ends the clause, unless it
    sets the expression off: "qui a nommé le colonel à la tête de l'état-major, en août"): by the
    nearest word of the lexicon's tense words, when it is an auxiliary of 'tense.far_cues'; 0 when it
    is another ("was sending", "un accord qui prévoit de ramener"), or without one. A present of "avoir"
    ('past_before_participle') tells a past only before a participle ("a nommé"; not "a besoin", nor
    "il y a")."""
    tokens = list(TOKEN.finditer(left))[::-1][:_FAR_WINDOW]
    words = [t.group() for t in tokens]
    if words and words[0].lower() in lex.far_not_after:
        return 0  # "will step back while investigating the April 20 explosion": a past event's day
    inf = lex.infinitive
    if inf is not None and any(w.lower() in inf.clause_openers for w in words[:2]):
        return 0  # "écrit que cette nuit, les généraux feront…": it opens its clause, whose verb follows
    for k, word in enumerate(words):
        if k >= 2 and "," in left[tokens[k].end() : tokens[k - 1].start()]:
            return 0
        if k < _WINDOW:
            continue
        lower = word.lower()
        if lower in lex.far_future:
            return 1
        if lower in lex.future_words:
            return 0  # a plan word, maybe of another clause or a noun ("Government plans to limit")
        if lower not in lex.past_words:
            continue
        if lower not in lex.far_past:
            return 0  # another past ("said", "was sending"), which may be a report's: no side told
        if lower in lex.far_past_before_participle and not _past_participle(words[k - 1], lex):
            return 0
        return -1
    return 0


def _past_participle(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` may be a past participle after "avoir": a past word of the lexicon ("dit",
    "pris"), or one of the participle endings ("nommé")."""
    lower = word.lower()
    inf = lex.infinitive
    return lower in lex.past_words or (inf is not None and lower.endswith(tuple(inf.participles)))


def _state_of_being(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the past cue ``words[k]`` (``words`` run backwards) is a present of "être" before a
    participle that tells a state, no past ("est fermée", "sont ouverts"; not "est arrivé", "s'est
    fermée")."""
    return lex.infinitive is not None and present_aux(words, k, lex.infinitive)


def _cue_at(words: list[str], k: int, lex: Lexicon, *, present_plans: bool = False) -> int:
    """The tense ``words[k]`` signals, ``words`` run backwards from an expression (``present_plans``:
    see :func:`_cue_after`)."""
    before = words[k + 1 : k + 1 + _SUBJECT_REACH]
    cue = _cue_after(before, words[k], lex, present_plans=present_plans)
    if cue > 0 and before and norm(before[0]) in lex.past_before_future:
        return -1  # "l'UA, qui avait prévu d'envoyer mi-mars une mission": a plan of the past
    return cue


def _cue_after(
    before: list[str], word: str, lex: Lexicon, *, present_plans: bool = False, conditional: bool = True
) -> int:
    """The tense ``word`` signals after the words ``before`` it (nearest first): none when they make
    it a noun ("his will"); a future when they hold the subject its ending agrees with ("nous ne
    reculerons pas", "je partirai"); with ``present_plans`` (a weekday, not after "depuis"), a present
    that tells a plan ("le sommet s'ouvre jeudi"); ``conditional``: see :func:`_cue`."""
    if before and _noun(word, before[0], lex):
        return 0
    lower = word.lower()
    if lex.future_person and not lower.endswith(lex.future_person_not):
        for pronoun in map(norm, before):
            if lower.endswith(lex.future_person.get(pronoun, ())):
                return 1
            if pronoun not in lex.person_clitics:
                break
    if present_plans and _present_plan(before, word, lex):
        return 1
    cue = _cue(word, lex, conditional=conditional)
    if cue < 0 and before and lower in lex.base_form_pasts and norm(before[0]) in lex.base_form_before:
        return 0  # "will hit on Sunday", "to read": the base form, which a past is written as
    if cue < 0 and before and norm(before[0]) in lex.suffix_past_not_after and lower not in lex.past_words:
        return 0  # "au Conseil de sécurité": a noun by the word before it; "so-called": no verb
    return cue


def _present_plan(before: list[str], word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (after the words ``before`` it, nearest first) is a present that tells a plan
    when a weekday is its time, alone or with the word before ("le sommet s'ouvre jeudi", "le vote a
    lieu mercredi", "takes place on Wednesday")."""
    lower = word.lower()
    return lower in lex.present_plan_words or bool(
        before and f"{norm(before[0])} {lower}" in lex.present_plan_words
    )


def _cue(word: str, lex: Lexicon, *, conditional: bool = True) -> int:
    """The tense a word signals: -1 past, 1 future, 0 none. ``conditional``: whether a conditional, a
    future seen from the past, counts as a future (only before the expression)."""
    lower = word.lower()  # accents kept: French "à" is no "a" (has)
    if lower in lex.future_words:
        return 1
    if lower in lex.past_words:
        return -1
    key = norm(word)
    if word[:1].isupper() or len(key) < lex.suffix_min_len or key in lex.suffix_exceptions:
        return 0
    if conditional and lower.endswith(lex.conditional_suffixes) and lower not in lex.conditional_not:
        return 1  # "le maire démissionnerait vendredi"
    future = lex.future_ending(key)
    past = lex.past_ending(lower)
    if past and past >= future and not lower.endswith(lex.past_suffixes_not):
        return -1  # "déclara" is a past, "déclarera" a future
    return 1 if future else 0
