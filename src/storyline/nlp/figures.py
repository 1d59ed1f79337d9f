"""Figures: the numbers an article states and what each of them counts.

A figure is a number (in digits, "2 500", "5,200", "1,5 million", "170.000", or in words,
"trois", "a dozen") followed by what it counts: a noun ("soldats", "American troops"), a
percentage ("30 % des voix") or a currency ("$4.5 billion", "4 milliards d'euros"). The words
around it bound it: "environ", "plus de", "up to" widen its interval, "entre 3 000 et 3 500" is
a range, "passer de 4 200 à 3 000" a change with its target, "3 000 soldats supplémentaires" an
addition; a number with no noun after a figure takes that figure's unit ("164 voix contre 38").
Numbers inside time expressions, identifiers ("résolution 2334", "Boeing 737") and numbers
glued to letters ("Covid-19", "1er") are not figures, unless beside a measure ("6.4-magnitude").

Language knowledge is in ``lang/<code>/figures.json``; the number words are the time-expression
tagger's (``lang/<code>/timex.json``) and the function words spaCy's.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from storyline import lang as langdata
from storyline.corpus.terms import fold, stopwords
from storyline.dating.timex import tense_at
from storyline.dating.timex_lex import lexicon as timex_lexicon
from storyline.model import AnnotatedArticle, Figure, Mention, PubDate

_PLACE_LABELS = ("LOC", "GPE")
_GAP = 6  # tokens between a change word and the range or number it changes
_ELLIPSIS_GAP = 8  # tokens between a figure and a number with no noun that takes its unit
_CONTEXT = 12  # tokens on each side of a figure whose words tell what it is about
_OUTCOME_GAP = 4  # tokens between a figure and a word telling what befell those counted
_SINCE_GAP = 8  # words between "depuis", "since" and the date that ends its clause
OTHER_TIME = 7  # days between a date and the publication beyond which a figure is of another time
_PRESENT_REF = "PRESENT_REF"

# confidence by how the unit was found
NEXT = 0.9  # the noun right after the number
LATER = 0.8  # after a scale, a linking word or modifiers, or a currency sign
WORDS = 0.7  # a number in words ("trois soldats")
ELLIPSIS = 0.6  # no noun: the unit of the figure before it

_ABOUT, _NEARLY = 0.1, 0.15  # share of the value "environ" widens by; "près de" stays under by
_ROUNDING = 0.05  # at most, the share of the value a round number ("5 000") may be off by


@dataclass(frozen=True)
class FigureLex:
    """A language's knowledge of figures (``lang/<code>/figures.json``), keys folded."""

    decimal: str
    scales: dict[str, float]
    glued_scales: dict[str, float]  # a scale glued to digits: "4bn"
    money_scales: dict[str, float]  # the same after a currency sign only: "$100m" (not "100m" of a race)
    ones_after_and: frozenset[str]  # "un" of "vingt et un": an article that is a number after the tens
    percent: tuple[tuple[str, ...], ...]
    currency: dict[str, str]
    of_words: frozenset[str]
    approx_nouns: dict[str, float]
    approx_articles: frozenset[str]
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # longest first
    qualifiers_after: dict[tuple[str, ...], str]  # "or more", "ou plus", longest first
    pre_modifiers: frozenset[str]
    increments_before: tuple[tuple[str, ...], ...]
    increments: tuple[tuple[str, ...], ...]
    range_between: frozenset[str]
    range_to: frozenset[str]
    change_from: frozenset[str]
    target_to: frozenset[str]
    change_words: frozenset[str]
    ellipsis_links: frozenset[str]
    rates: tuple[tuple[str, ...], ...]
    not_units: frozenset[str]
    identifier_nouns: frozenset[str]
    plural_nouns: frozenset[str]
    singular: tuple[tuple[str, str], ...]
    singular_min: int
    same_unit: dict[str, str]
    distance_units: frozenset[str]
    measures: frozenset[str]  # "magnitude": next to a number, what it measures
    measure_links: frozenset[str]  # "of", "de": between a measure and its number
    measure_link_max: float  # after a link, a larger number counts something ("the magnitude of 300 deaths")
    generic: frozenset[str]  # words that tell nothing of what a figure is about: "said", "mardi", "jours"
    position_before: frozenset[str]
    position_after: frozenset[str]
    noun_last: bool
    verb_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    outcomes: frozenset[str]
    stop: frozenset[str]
    number_words: dict[str, float]
    determiners: frozenset[str]
    and_words: frozenset[str]  # "et", "and"
    currency_prefixes: frozenset[str]  # "US" before "$"
    since: tuple[tuple[str, ...], ...]  # "depuis", "since": a date after them is no figure's time
    speech_verbs: frozenset[str]  # "a indiqué", "said": their tense is the telling's, not the figure's
    auxiliaries: frozenset[str]
    digits: re.Pattern[str]  # a number in digits: thousands by the language's marks, else a decimal mark
    qualifier_ends: frozenset[str]  # the last words of the qualifiers ("de" of "plus de")
    vague: frozenset[str]
    number: Callable[[str], float | None]  # the timex lexicon's reader of numbers in words
    number_groups: Callable[[str], list[str]]  # its words grouped ("quatre-vingt", "dix")

    def unit_key(self, word: str) -> str:
        """The key of what a noun counts: folded, singular, synonyms joined ("militaires" → "soldat")."""
        key = fold(word).replace("’", "'")
        if len(key) >= self.singular_min and key not in self.same_unit:
            for end, repl in self.singular:
                if key.endswith(end):
                    key = key[: len(key) - len(end)] + repl
                    break
        return self.same_unit.get(key, key)


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_words(p) for p in items}, key=len, reverse=True))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in _tokens(phrase, 0, len(phrase)))


@cache
def figure_lexicon(lang: str) -> FigureLex:
    data = langdata.load(lang, "figures")
    tx = timex_lexicon(lang)
    number_words = {
        k: float(v) for k, v in tx.numbers.items() if " " not in k and v >= 2 and float(v).is_integer()
    }
    number_words.update({k: float(v) for k, v in tx.multipliers.items()})
    speech = langdata.load(lang, "speech")
    qualifiers = tuple(
        sorted(((_words(k), v) for k, v in data["qualifiers"].items()), key=lambda x: -len(x[0]))
    )
    generic = {
        fold(w) for w in (*data["not_units"], *data["scales"], *speech["verbs"], *tx.months, *tx.weekdays)
    }
    return FigureLex(
        decimal=data["decimal"],
        scales={fold(k): float(v) for k, v in data["scales"].items()},
        glued_scales={fold(k): float(v) for k, v in data.get("glued_scales", {}).items()},
        money_scales={fold(k): float(v) for k, v in data.get("money_scales", {}).items()},
        ones_after_and=frozenset(fold(w) for w in data.get("ones_after_and", ())),
        percent=_phrases(data["percent"]),
        currency={k.lower(): v for k, v in data["currency_symbols"].items()},
        of_words=frozenset(w for p in data["of_words"] for w in _words(p)),
        approx_nouns={fold(k): float(v) for k, v in data["approximate_nouns"].items()},
        approx_articles=frozenset(_words(" ".join(data["approximate_articles"]))),
        qualifiers=qualifiers,
        qualifiers_after=dict(
            sorted(((_words(k), v) for k, v in data["qualifiers_after"].items()), key=lambda x: -len(x[0]))
        ),
        pre_modifiers=frozenset(fold(w) for w in data["pre_modifiers"]),
        increments_before=_phrases(data.get("increments_before", ())),
        increments=_phrases(data["increments"]),
        range_between=frozenset(fold(w) for w in data["range_between"]),
        range_to=frozenset(fold(w) for w in data["range_to"]),
        change_from=frozenset(fold(w) for w in data["change_from"]),
        target_to=frozenset(fold(w) for w in data["target_to"]),
        change_words=frozenset(fold(w) for w in data["change_words"]),
        ellipsis_links=frozenset(fold(w) for w in data["ellipsis_links"]),
        rates=_phrases(data["rates"]),
        not_units=frozenset(fold(w) for w in data["not_units"]),
        identifier_nouns=frozenset(fold(w) for w in data["identifier_nouns"]),
        plural_nouns=frozenset(fold(w) for w in data.get("plural_nouns", ())),
        singular=tuple((a, b) for a, b in data["singular"]),
        singular_min=int(data["singular_min"]),
        same_unit={fold(k): v for k, v in data["same_unit"].items()},
        distance_units=frozenset(data["distance_units"]),
        measures=frozenset(data.get("measures", ())),
        measure_links=frozenset(fold(w) for w in data.get("measure_links", ())),
        measure_link_max=float(data.get("measure_link_max", 0)),
        generic=frozenset(generic),
        position_before=frozenset(w.lower() for w in data["position_before"]),  # accents kept: "à", not "a"
        position_after=frozenset(w.lower() for w in data["position_after"]),
        noun_last=bool(data["noun_last"]),
        verb_endings=tuple(data.get("verb_endings", ())),
        participle_endings=tuple(e.lower() for e in data["participle_endings"]),  # accents kept: "é", not "e"
        outcomes=frozenset(fold(w) for w in data["outcomes"]),
        stop=stopwords(lang),
        number_words=number_words,
        determiners=frozenset(fold(w) for w in data["determiners"]),
        and_words=frozenset(fold(w) for w in data["and"]),
        currency_prefixes=frozenset(w.lower() for w in data["currency_prefixes"]),
        since=_phrases(data["since"]),
        speech_verbs=frozenset(fold(w) for w in speech["verbs"]),
        auxiliaries=frozenset(fold(w) for w in speech["auxiliaries"]),
        digits=re.compile(
            rf"(\d{{1,3}}(?:[{re.escape(''.join(data['thousands']))}]\d{{3}})+)(?:[.,](\d+))?|(\d+)(?:[.,](\d+))?"
        ),
        qualifier_ends=frozenset(w[-1] for w, _ in qualifiers),
        vague=frozenset(fold(w) for w in tx.vague),
        number=tx.number,
        number_groups=tx.number_groups,
    )


# --- tokens ---------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<num>(?<![\w.,/])(?<![^\W\d_]-)"
    r"(?>\d{1,3}(?:[\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"  # atomic: "1.5bn" is no "1"
    r"(?![\w/]|-[^\W\d_]))"
    r"|(?P<glued>(?<![\w.,/])\d+(?:[.,]\d+)?(?=-[^\W\d_])"  # hyphen after: "6.4-magnitude", "10-year-old"
    r"|(?<=[^\W\d_]-)\d+(?:[.,]\d+)?(?![\w/]|-[^\W\d_])"  # hyphen before: "magnitude-6.4", "F-16"
    r"|(?<![\w.,/])\d+(?:[.,]\d+)?(?=[^\W\d_]{1,3}\b))"  # a short suffix: "$100m", "4bn" (not "1er")
    r"|-[LR][RSC]B-"  # a bracket of tokenised text, "-LRB-"
    r"|(?:[^\W\d_]\.){2,}"  # U.S.
    r"|[^\W\d_]+(?:-[^\W\d_]+)*['’]?"
    r"|[^\w\s]"
)


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    num: bool
    low: str  # folded, one apostrophe
    glued: bool = False  # digits glued to a word: a number by a measure ("6.4-magnitude"), a scale ("4bn")

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [
        _Tok(
            m.group(),
            start + m.start(),
            start + m.end(),
            m.group("num") is not None,
            fold(m.group()).replace("’", "'"),
            m.group("glued") is not None,
        )
        for m in _TOKEN.finditer(text[start:end])
    ]


@dataclass(frozen=True)
class _Number:
    """A number as written: its value, the place of its last significant digit, its tokens."""

    value: float
    step: float  # 100 for "4 200", 0.1 for "1,5": the rounding the writing implies
    first: int  # token indexes
    last: int
    words: bool = False
    approx: bool = False  # "une quarantaine", "a dozen"
    scale: float = 1.0  # "1,5 million": the scale word is the number's last token


def _digits(tok: _Tok, lex: FigureLex, i: int) -> _Number | None:
    """The number of a digits token: thousands grouped by the language's marks, else a decimal
    mark ("1,5", "2.5"); None for what reads as neither ("3.000.000" in English)."""
    raw = tok.text
    m = lex.digits.fullmatch(raw)
    if m is None:
        return None
    whole, frac = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if frac and len(frac) == 3 and len(whole) <= 3 and "," in raw and lex.decimal == ",":
        whole, frac = whole + frac, None  # "1,500 réfugiés" in French text: English thousands
    integer = re.sub(r"\D", "", whole)
    value = float(integer + ("." + frac if frac else ""))
    if frac:
        step = 10.0 ** -len(frac)
    else:
        zeros = len(integer) - len(integer.rstrip("0")) if value else 0
        step = 10.0 ** min(zeros, len(integer) - 1)
    return _Number(value, step, i, i)


# --- figures --------------------------------------------------------------------------------


def figures_of(annotated: AnnotatedArticle, placed: Sequence[Mention] | None = None) -> list[Figure]:
    """The figures of one article, in text order.

    ``placed`` are the article's mentions as the entity stage placed them (places named as their
    entity); without them the raw mentions of the annotation are used.
    """
    art = annotated.article
    text = art.text
    lex = figure_lexicon(art.lang or "fr")
    times = sorted((t.start, t.end) for t in annotated.timexes)
    mentions = placed if placed is not None else annotated.mentions
    places = sorted((m.start, m.end, m.text) for m in mentions if m.label in _PLACE_LABELS)
    place_starts = [p[0] for p in places]
    days = _times(annotated, lex)  # "now" among them, as ""
    day_starts = [d[0] for d in days]
    bounds = [(s.start, s.end) for s in annotated.sentences] or [(0, len(text))]
    out: list[Figure] = []
    sentences = [(s_start, s_end, _tokens(text, s_start, s_end)) for s_start, s_end in bounds]
    clocked = [_opens_with_clock(toks) for _, _, toks in sentences]
    live = sum(clocked) >= _LIVE_STAMPS  # a live report: its entries open with their time, no count
    frames = _earlier_frames(annotated, bounds, days)
    for (s_start, s_end, toks), stamp, frame in zip(sentences, clocked, frames, strict=True):
        first = bisect_left(place_starts, s_start)
        inside = places[first : bisect_left(place_starts, s_end, first)]
        where = tuple(dict.fromkeys(name for _, b, name in inside if b <= s_end))
        first = bisect_left(day_starts, s_start)
        dated = days[first : bisect_left(day_starts, s_end, first)]
        found: list[Figure] = []
        for number in _numbers(toks, lex, times):
            if live and stamp and number[0].first == 0:
                continue
            if found and toks[number[0].first].start < found[-1].end:
                continue  # part of the figure before ("30 pour cent": not "cent")
            fig = _figure(toks, number, lex, text, found)
            if fig is None or _position(toks, number, fig, lex):
                continue
            when, why = min(dated, key=lambda d: abs(d[0] - fig.start))[1] if dated else "", ""
            if frame and not dated and _own_tense(text, toks, fig, lex, art.lang or "fr") < 0:
                told = ", ".join(time_text(v) for v in frame)
                when, why = frame[-1], f"told in the past right after a sentence of {told}"
            found.append(
                replace(
                    fig,
                    article=art.id,
                    text=text[fig.start : fig.end],
                    places=where,
                    when=when,
                    when_evidence=why,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    context=_context(toks, fig, lex),
                    modifier=fig.modifier
                    or _outcome_near(toks, fig, found[-1].end if found else s_start, lex),
                )
            )
        units = {f.unit.split("/")[0] for f in found}  # "gallons (795,000 liters)": a conversion, not context
        out.extend(replace(f, context=tuple(w for w in f.context if w not in units)) for f in found)
    return out


def _times(annotated: AnnotatedArticle, lex: FigureLex) -> list[tuple[int, str]]:
    """The article's dates and times that place something (start, value), in text order: a
    calendar value (a time's day: "2023-02-22TMO" → "2023-02-22"), or "" for now ("à présent",
    PRESENT_REF, or a date that ends a "depuis"/"since" clause: a time running to now). What
    places nothing ("XXXX-01-25", PAST_REF, "au printemps" unresolved) is left out."""
    text = annotated.article.text
    out: list[tuple[int, str]] = []
    for t in annotated.timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        if t.value == _PRESENT_REF or (t.value[:1].isdigit() and _after_since(text, t.start, lex)):
            out.append((t.start, ""))
        elif t.value[:1].isdigit() and value_span(t.value) is not None:
            out.append((t.start, t.value.split("T")[0]))
    return sorted(out, key=lambda x: x[0])


def after_since(text: str, start: int, lang: str) -> bool:
    """Whether the date starting at ``start`` ends a "depuis"/"since" clause (see
    :func:`_after_since`); False for a language without figure data."""
    try:
        lex = figure_lexicon(lang)
    except (KeyError, FileNotFoundError):
        return False
    return _after_since(text, start, lex)


def _after_since(text: str, start: int, lex: FigureLex) -> bool:
    """Whether a date ends a clause opened by "depuis", "since" a few words before ("depuis
    2017", "since the earthquake 11 days ago", "depuis le début du conflit en Syrie en 2011"): it
    opens a time that runs to now, and the figures of its sentence are of now ("maintient depuis
    2017 quelque 4 200 militaires"). Not when punctuation stands between, nor when the word
    right after "depuis" is a name (not a possessive: "since Norvasia's independence in 1991") or
    a number other than the date: a place ("arrivés depuis Paris en 2019"), a cause ("since 9,000
    troops left in 2019")."""
    before = _tokens(text, max(0, start - 80), start)
    before = before[1:] if start > 80 else before  # the first may be cut
    for n in range(1, min(_SINCE_GAP, len(before)) + 1):
        tok = before[-n]
        if not (tok.word or tok.num):
            return False
        words = tuple(t.low for t in before[-n:])
        for p in lex.since:
            if words[: len(p)] == p:
                if n == len(p):
                    return True
                after = before[-n + len(p)]  # the word after "depuis"
                # a name is a place ("depuis Paris"), unless it owns what follows ("since
                # Norvasia's independence"); a number is a count ("since 9,000 troops left")
                owner = after.low.endswith("'") and len(after.low) > 2  # "Norvasia'" "s", not "L'"
                return not (after.num or (after.text[:1].isupper() and not owner))
    return False


def _own_tense(text: str, toks: list[_Tok], fig: Figure, lex: FigureLex, lang: str) -> int:
    """The tense around a figure in its sentence (-1 past, 1 future, 0 unknown), the verbs of
    speech and their auxiliaries left out: "a indiqué que 2 500 soldats restent", "said 2,500
    troops remain" tell no past; "90 000 soldats, selon l'armée, étaient postés" does."""
    if not toks:
        return 0
    start = toks[0].start
    chars = list(text[start : toks[-1].end])
    speech = [i for i, t in enumerate(toks) if t.low in lex.speech_verbs]
    for i in speech:
        j = i
        while j > 0 and toks[j - 1].low in lex.auxiliaries:
            j -= 1
        for t in toks[j : i + 1]:
            chars[t.start - start : t.end - start] = " " * (t.end - t.start)
    return tense_at("".join(chars), fig.start - start, fig.end - start, lang)


def _earlier_frames(
    annotated: AnnotatedArticle, bounds: list[tuple[int, int]], days: list[tuple[int, str]]
) -> list[tuple[str, ...]]:
    """Per sentence, the dates of the sentence before it in the same paragraph, the latest last,
    when they are all of a time well before the publication ("Les États-Unis ont envahi l'Irak en
    2003 puis l'ont occupé jusqu'en 2011."; not "présente depuis 2003", a time running to now): a
    figure told in the past right after it, in a sentence with no date or time of its own, is of
    that time or before ("Au plus fort de cette occupation, 170.000 soldats étaient postés"), not
    of the day the article was published. Empty otherwise."""
    text = annotated.article.text
    period = annotated.article.published.period
    if period is None:
        return [()] * len(bounds)
    starts = [s for s, _ in days]
    frames: list[tuple[str, ...]] = [()]
    for (p_start, p_end), (start, _) in zip(bounds, bounds[1:], strict=False):
        values = [v for _, v in days[bisect_left(starts, p_start) : bisect_left(starts, p_end)]]
        spans = {v: value_span(v) for v in values}
        ends = {v: span[1] for v, span in spans.items() if span is not None}
        same_paragraph = "\n" not in text[p_end:start]
        dated = bool(ends) and len(ends) == len(spans)
        earlier = dated and (period[0] - max(ends.values())).days > OTHER_TIME
        if same_paragraph and earlier:
            frames.append(tuple(sorted(ends, key=lambda v: ends[v])))  # stable: text order on a tie
        else:
            frames.append(())
    return frames


def time_text(value: str) -> str:
    """A date value as a reader writes it: a century's or a decade's digits ("18", "199") as
    "1800s", "1990s"; others as they are."""
    return value + "0" * (4 - len(value)) + "s" if value.isdigit() and len(value) in (2, 3) else value


def value_span(value: str) -> tuple[date, date] | None:
    """The first and last days a TIMEX3 date value may be ("2011" → 2011-01-01 to 2011-12-31,
    "199" → the 1990s, "2011-02", "2020-W01", "2011-02-24TNI"; a quarter or a season → its
    year); None when it names no calendar time ("PRESENT_REF", "XXXX-01-25")."""
    m = re.match(r"(\d{2,4})(?!\d)(?:-(?:(\d\d)(?:-(\d\d))?|W(\d\d)))?", value)
    if m is None:
        return None
    digits = m.group(1)
    try:
        if len(digits) < 4:  # a decade or a century
            return date(int(digits.ljust(4, "0")), 1, 1), date(int(digits.ljust(4, "9")), 12, 31)
        year = int(digits)
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            return PubDate(date(year, int(m.group(2)), 1), "month", 1.0).period
        if m.group(4):
            monday = date.fromisocalendar(year, int(m.group(4)), 1)
            return monday, monday + timedelta(days=6)
        return PubDate(date(year, 1, 1), "year", 1.0).period
    except ValueError:
        return None


def _token_span(toks: list[_Tok], fig: Figure) -> tuple[int, int]:
    """The index of the figure's first token and of the first token after it."""
    at = next(i for i, t in enumerate(toks) if t.end > fig.start)
    return at, next((i for i in range(at, len(toks)) if toks[i].start >= fig.end), len(toks))


def _context(toks: list[_Tok], fig: Figure, lex: FigureLex) -> tuple[str, ...]:
    """The keys of the content words around a figure in its sentence, itself left out: what tells
    whether two figures are of the same thing ("morts" of the flood at Lorvel)."""
    at, _ = _token_span(toks, fig)
    near = toks[max(0, at - _CONTEXT) : at + _CONTEXT]
    words = {
        lex.unit_key(t.text)
        for t in near
        if t.word
        and len(t.text) > 2
        and t.low not in lex.stop
        and t.low not in lex.generic
        and not (fig.start <= t.start < fig.end)
    }
    return tuple(sorted(words - {fig.unit} - lex.generic))


def _outcome_near(toks: list[_Tok], fig: Figure, floor: int, lex: FigureLex) -> str:
    """What befell those counted, told a few words away ("the flu has killed 159 people", "159
    people have died"), after the figure before it (``floor``) and before the next number: the
    figure's modifier when it has none, so deaths and infections differ."""
    at, end = _token_span(toks, fig)
    before, after = toks[max(0, at - _OUTCOME_GAP) : at], toks[end : end + _OUTCOME_GAP]
    before = [t for t in before if t.start >= floor]  # not the words of the figure before
    after = after[: next((i for i, t in enumerate(after) if t.num), len(after))]
    near = [*before, *after]
    hits = [t for t in near if t.text.lower() in lex.outcomes or t.low in lex.outcomes]
    return lex.unit_key(hits[0].text) if len(hits) == 1 else ""


def _position(toks: list[_Tok], group: list[_Number], fig: Figure, lex: FigureLex) -> bool:
    """A distance telling where a place is ("à 160 km de Benghazi", "60 miles east of"), not a figure."""
    if fig.unit not in lex.distance_units:
        return False
    i = group[0].first
    if i > 0 and toks[i - 1].text.lower() in lex.position_before:
        return True
    _, after = _token_span(toks, fig)
    return after < len(toks) and toks[after].text.lower().replace("’", "'") in lex.position_after


def _numbers(toks: list[_Tok], lex: FigureLex, times: list[tuple[int, int]]) -> list[list[_Number]]:
    """The numbers of a sentence, a range or change as one group of two, in order."""
    singles: list[_Number] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        n: _Number | None = None
        scale = _suffix_scale(toks, i, lex) if t.num or t.glued else None
        if t.num or scale or (t.glued and _measure_word(toks, i, i + 1, lex) is not None):
            n = _digits(t, lex, i)
            if n is not None and scale:
                n = replace(n, last=i + 1, scale=scale)
        elif (
            t.word
            and _number_word(t, lex)
            and not _after_determiner(toks, i, lex)
            and not _vague(toks, i, lex)
        ):
            n = _words_number(toks, i, lex)
        elif t.word and t.low in lex.approx_nouns and i and toks[i - 1].low in lex.approx_articles:
            n = _Number(lex.approx_nouns[t.low], 1.0, i - 1, i, words=True, approx=True)
        if n is None:
            i += 1
            continue
        if n.last + 1 < len(toks) and toks[n.last + 1].low in lex.scales:
            n = replace(n, last=n.last + 1, scale=lex.scales[toks[n.last + 1].low])
        i = n.last + 1
        a, b = toks[n.first].start, toks[n.last].end
        if any(s < b and a < e for s, e in times) or _identifier(toks, n.first, lex):
            continue
        singles.append(n)
    groups: list[list[_Number]] = []
    for n in singles:
        if groups and len(groups[-1]) == 1 and _joins(toks, groups[-1][0], n, lex):
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[.:][0-5]\d")
_LIVE_STAMPS = 3  # sentences opening with a clock time that make an article a live report


def _opens_with_clock(toks: list[_Tok]) -> bool:
    """Whether a sentence opens with a clock time before a capitalised word, as the entries of a
    live report do ("1522 President Obama says…", "23.24 BST Swine flu…")."""
    return (
        len(toks) > 1
        and toks[0].num
        and _CLOCK.fullmatch(toks[0].text) is not None
        and toks[1].word
        and toks[1].text[:1].isupper()
    )


def _after_determiner(toks: list[_Tok], i: int, lex: FigureLex) -> bool:
    """ "les deux pays", "the two men": a reference to things already counted, not a figure."""
    return i > 0 and toks[i - 1].low in lex.determiners


def _vague(toks: list[_Tok], i: int, lex: FigureLex) -> bool:
    """ "plusieurs milliers", "several thousand": a scale after a vague word counts no number."""
    return i > 0 and toks[i - 1].low in lex.vague and lex.number_words.get(toks[i].low, 0) >= 100


def _number_word(t: _Tok, lex: FigureLex) -> bool:
    """A number word, or number words joined by hyphens, each smaller than the one before
    ("vingt-deux", "quatre-vingt-dix", "twenty-two"; not "deux-trois", "two-and-a-half")."""
    if t.low in lex.number_words:
        return True
    if "-" not in t.low:
        return False
    parts = lex.number_groups(t.low)
    if len(parts) < 2 or not all(p in lex.number_words for p in parts):
        return False
    values = [lex.number_words[p] for p in parts]
    return all(a > b for a, b in itertools.pairwise(values)) and lex.number(t.text) == sum(values)


def _words_number(toks: list[_Tok], i: int, lex: FigureLex) -> _Number | None:
    j = i
    while j + 1 < len(toks):
        if _number_word(toks[j + 1], lex):
            j += 1
        elif toks[j + 1].low in lex.and_words and (k := _and_within(toks, i, j, lex)):
            j = k - 1
        else:
            break
    value = lex.number(" ".join(t.text for t in toks[i : j + 1]))
    if not value or value < 2:
        return None
    return _Number(float(value), 1.0, i, j, words=True)


def _elided_thousands(first: _Number, last: _Number) -> float:
    """The thousands a range's first bound leaves unsaid ("entre 10 et 20.000 morts", "between 10
    and 20,000"): 1000 (or a million…) when the first is a whole number under the second's
    leading digits, else 1."""
    if (first.words and not last.words) or first.value != int(first.value) or not 1 <= first.value < 1000:
        return 1.0
    factor, head = 1.0, last.value
    while head >= 1000 and head % 1000 == 0:
        factor, head = factor * 1000, head / 1000
    return factor if factor > 1 and first.value < head else 1.0


_TENS = frozenset(range(20, 100, 10))


def _and_within(toks: list[_Tok], i: int, j: int, lex: FigureLex) -> int:
    """Where the number goes on to when the "et"/"and" after the number words ``i``..``j`` is
    inside it ("vingt et un", "three hundred and four": what follows counts less than what
    precedes), else 0: it joins two numbers ("entre trois cents et quatre cents")."""
    k = j + 2
    left = lex.number(" ".join(t.text for t in toks[i : j + 1]))
    if k < len(toks) and left in _TENS and toks[k].low in lex.ones_after_and:
        return k + 1  # "vingt et un": the article is a number after the tens ("five and a magnitude" is not)
    while k < len(toks) and _number_word(toks[k], lex):
        k += 1
    if k == j + 2:
        return 0
    right = lex.number(" ".join(t.text for t in toks[j + 2 : k]))
    return k if left and right and right < left else 0


def _identifier(toks: list[_Tok], i: int, lex: FigureLex) -> bool:
    """ "résolution 2334", "Boeing 737": a number naming a thing, not counting."""
    if i == 0:
        return False
    before = toks[i - 1]
    if before.low in lex.identifier_nouns:
        return True
    return (
        before.word
        and before.text[0].isupper()
        and i - 1 > 0
        and before.low not in lex.stop
        and before.low not in lex.qualifier_ends
    )


def _joins(toks: list[_Tok], a: _Number, b: _Number, lex: FigureLex) -> bool:
    """Whether two numbers are one range or change: one joining word between them and, for
    "et"/"and", "entre"/"between" before the first."""
    sign = (
        b.first == a.last + 3 and toks[a.last + 2].text.lower() in lex.currency
    )  # "$15 million and $20 million"
    if b.first != a.last + 2 and not sign:
        return False
    link = toks[a.last + 1].low
    if link not in lex.range_to:
        return False
    if link in lex.and_words:  # "entre 3 000 et 3 500", "between $15 million and $20 million"
        before = a.first - 1 - (a.first > 0 and toks[a.first - 1].text.lower() in lex.currency)
        return before >= 0 and toks[before].low in lex.range_between
    return True


def _changing(toks: list[_Tok], i: int, lex: FigureLex) -> bool:
    """Whether a change word stands within a few tokens before token ``i``."""
    return any(t.low in lex.change_words for t in toks[max(0, i - _GAP) : i])


@dataclass(frozen=True)
class _Unit:
    """What a number counts, as read after it (or a measure's word before it)."""

    unit: str
    noun: str
    modifier: str
    end: int  # where the figure's words end
    how: str
    confidence: float
    increment: bool = False
    start: int = -1  # where the figure's words start, when before the number ("magnitude 7")


def _figure(
    toks: list[_Tok], group: list[_Number], lex: FigureLex, text: str, before: list[Figure]
) -> Figure | None:
    first, last = group[0], group[-1]
    start_i = first.first
    link = toks[start_i - 1].low if start_i > 0 else ""
    first_scale = (
        first.scale if first.scale != 1.0 else last.scale
    )  # "3 à 4 millions", "23 million to 49 million"
    if len(group) == 2 and first_scale == 1.0 and link in lex.range_between:
        first_scale = _elided_thousands(first, last)  # "entre 10 et 20 000": 10 000 to 20 000
    descending = len(group) == 2 and first.value * first_scale > last.value * last.scale
    # a range goes up: "de 4 200 à 3 000" is a change; "3-1", "3 à 1" with no "de" nor change word a score
    change = len(group) == 2 and (
        (link in lex.change_from and (descending or _changing(toks, start_i - 1, lex)))
        or (descending and _changing(toks, start_i, lex))
    )
    if descending and not change:
        return None
    target = len(group) == 1 and link in lex.target_to and _changing(toks, start_i - 1, lex)
    qualifier, q_start = _qualifier(toks, start_i, lex)
    symbol, s_start = _currency_before(toks, start_i, lex)
    i = last.last + 1
    scale = last.scale
    measured = _measure(toks, start_i, i, lex)
    found = measured or _unit_after(toks, i, lex, text, symbol, linked=scale != 1.0 or last.approx)
    if (
        found is None
        and before
        and before[-1].unit not in lex.measures
        and _elliptic(toks, start_i, before[-1], lex)
    ):
        prev = before[-1]
        if prev.unit == "%" and last.value * scale > 100:
            return None  # "fell 500 points, or 1.5 %, to 32,000": no share
        found = _Unit(prev.unit, "", prev.modifier, toks[i - 1].end, "unit of the figure before", ELLIPSIS)
    if found is None or found.unit in lex.not_units:
        return None
    after = next((j for j in range(i, len(toks)) if toks[j].start >= found.end), len(toks))
    post = _match(toks, after, tuple(lex.qualifiers_after))
    if post and not qualifier and len(group) == 1:  # "4 000 barrels a day or more"
        qualifier = lex.qualifiers_after[tuple(t.low for t in toks[after : after + post])]
        found = replace(found, end=toks[after + post - 1].end)
    confidence = min(found.confidence, WORDS) if first.words else found.confidence
    more_before = any(
        start_i >= len(w) and tuple(t.low for t in toks[start_i - len(w) : start_i]) == w
        for w in lex.increments_before
    )
    kind = "target" if change or target else "increment" if found.increment or more_before else "count"
    if found.unit in lex.distance_units or measured:
        kind = "measure"
    previous = first.value * first_scale if change else None
    if len(group) == 2 and not change:
        qualifier = "range"
        value = (first.value * first_scale + last.value * scale) / 2
        low, high = first.value * first_scale, last.value * scale  # a range states its bounds
    else:
        value = last.value * scale
        low, high = _interval(last, scale, qualifier)
        qualifier = qualifier or ("about" if last.approx else "")
    begin = min(
        x for x in (q_start, s_start, toks[start_i].start, measured.start if measured else -1) if x >= 0
    )
    return Figure(
        "",
        begin,
        found.end,
        "",
        value,
        low,
        high,
        found.unit,
        found.noun,
        found.modifier,
        qualifier,
        kind,
        previous,
        how=found.how,
        confidence=confidence,
    )


def _measure(toks: list[_Tok], first: int, after: int, lex: FigureLex) -> _Unit | None:
    """What the number between tokens ``first`` and ``after`` measures when a word of
    ``lex.measures`` stands right after or before it ("7.0 magnitude quake", "6.4-magnitude",
    "magnitude 7", "de magnitude 7,2", "d'une magnitude de 6,8"); a measure's word before the
    number starts the figure."""
    at = _measure_word(toks, first, after, lex)
    if at is None:
        return None
    word = toks[at]
    if at >= after:
        return _Unit(lex.unit_key(word.text), word.text, "", word.end, "measure after the number", NEXT)
    end = toks[after - 1].end
    return _Unit(
        lex.unit_key(word.text), word.text, "", end, "measure before the number", NEXT, start=word.start
    )


def _measure_word(toks: list[_Tok], first: int, after: int, lex: FigureLex) -> int | None:
    """The index of the word of ``lex.measures`` beside the number between tokens ``first`` and
    ``after``: right after it, hyphen between or not, or right before it, a hyphen or a word of
    ``lex.measure_links`` between."""
    j = after + 1 if after < len(toks) and _hyphen_joins(toks, after) else after
    if j < len(toks) and toks[j].low in lex.measures:
        return j
    j = first - 1
    if j >= 0 and toks[j].low in lex.measure_links:
        number = _digits(toks[first], lex, first) if toks[first].num else None
        value = number.value if number else lex.number_words.get(toks[first].low, math.inf)
        scaled = any(t.low in lex.scales for t in toks[first + 1 : after + 1])
        if value > lex.measure_link_max or scaled or _match(toks, after, lex.percent):
            return None  # "the magnitude of 300 deaths", "of 40% cuts": a count, a share
        j -= 1
    elif j >= 0 and _hyphen_joins(toks, j):
        j -= 1
    return j if j >= 0 and toks[j].low in lex.measures else None


def _hyphen_joins(toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to the tokens on both sides ("6.4-magnitude")."""
    return (
        toks[i].text == "-"
        and 0 < i < len(toks) - 1
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
    )


def _unit_after(
    toks: list[_Tok], i: int, lex: FigureLex, text: str, symbol: str, linked: bool
) -> _Unit | None:
    """What the number before token ``i`` counts: a percentage, a currency, or a noun (after
    "de"/"of" when ``linked``: "1,5 million de barils", "une quarantaine de kilomètres")."""
    pct = _match(toks, i, lex.percent)
    if pct:
        end, modifier = toks[i + pct - 1].end, ""
        j = i + pct
        if j < len(toks) and toks[j].low in lex.of_words:  # "30 % des voix", "30 percent of the vote"
            k = j + 1
            while k < len(toks) and k < j + 3 and toks[k].low in lex.determiners:
                k += 1
            if k < len(toks) and _content(toks[k], lex):
                modifier, end = lex.unit_key(toks[k].text), toks[k].end
        return _Unit("%", " ".join(t.text for t in toks[i : i + pct]), modifier, end, "percentage", NEXT)
    after = toks[i].text.lower() if i < len(toks) and toks[i].text.lower() in lex.currency else ""
    if symbol or after:
        end = toks[i].end if after else toks[i - 1].end
        unit = lex.unit_key(lex.currency[symbol or after])
        at = i + 1 if after else i
        rate = _match(toks, at, lex.rates)
        if rate:  # "$850 a month"
            unit += "/" + lex.unit_key(toks[at + rate - 1].text)
            end = toks[at + rate - 1].end
        return _Unit(unit, symbol or after, "", end, "currency sign", LATER)
    j = i + 1 if linked and i < len(toks) and toks[i].low in lex.of_words else i
    head = _noun(toks, j, lex)
    if head is None:
        return None
    h_first, h_last, modifier, increment = head
    unit = lex.unit_key(toks[h_last].text)
    end = toks[h_last].end
    rate_at = h_last + 1
    if rate_at + 1 < len(toks) and toks[rate_at].low in lex.of_words and _content(toks[rate_at + 1], lex):
        rate_at += 2  # "barrels of oil a day", "litres d'eau par jour"
    rate = _match(toks, rate_at, lex.rates)
    if rate:
        unit += "/" + lex.unit_key(toks[rate_at + rate - 1].text)
        end = toks[rate_at + rate - 1].end
    more = _match(toks, h_last + 1, lex.increments)
    if more:
        end = max(end, toks[h_last + more].end)
    return _Unit(
        unit,
        text[toks[h_first].start : toks[h_last].end],
        modifier,
        end,
        "noun after the number",
        NEXT if j == i and h_first == j else LATER,
        increment or bool(more),
    )


def _interval(n: _Number, scale: float, qualifier: str) -> tuple[float, float]:
    """What the wording allows: the rounding of the number as written, then its qualifier."""
    v = n.value * scale
    rounded = (n.step != 1 and v >= 1000) or scale != 1  # "5 000", "15 millions"; "120 sièges" is exact
    half = min(n.step * scale / 2, v * _ROUNDING) if rounded else 0.0
    low, high = v - half, v + half
    if qualifier == "about" or n.approx:
        low, high = min(low, v * (1 - _ABOUT)), max(high, v * (1 + _ABOUT))
    elif qualifier in ("over", "at_least"):
        high = math.inf
    elif qualifier in ("under", "at_most"):
        low = 0.0
    elif qualifier == "nearly":
        low, high = v * (1 - _NEARLY), v
    return low, high


def _qualifier(toks: list[_Tok], i: int, lex: FigureLex) -> tuple[str, int]:
    """The qualifier right before token ``i`` ("plus de", "environ") and where it starts."""
    for words, meaning in lex.qualifiers:
        n = len(words)
        if i - n >= 0 and tuple(t.low for t in toks[i - n : i]) == words:
            return meaning, toks[i - n].start
    if i >= 1 and toks[i - 1].low in lex.range_between:  # "entre 3 000 et 3 500": the span opens there
        return "", toks[i - 1].start
    return "", -1


def _suffix_scale(toks: list[_Tok], i: int, lex: FigureLex) -> float | None:
    """The scale written after the digits of token ``i`` as an abbreviation: glued to them
    ("4bn"), or after a currency sign, glued or not ("$100m", "$ 4.37 m" of tokenised text),
    where "m" is a million rather than metres; else None."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return None
    if nxt.start == toks[i].end and nxt.low in lex.glued_scales:
        return lex.glued_scales[nxt.low]
    if (nxt.low in lex.money_scales or nxt.low in lex.glued_scales) and _currency_before(toks, i, lex)[0]:
        return lex.money_scales.get(nxt.low) or lex.glued_scales[nxt.low]
    return None


def _currency_before(toks: list[_Tok], i: int, lex: FigureLex) -> tuple[str, int]:
    """The currency sign before token ``i``, touching it or one space away ("$ 100m" of
    tokenised text), and where it starts."""
    spaced_ok = not (i > 1 and toks[i - 2].num)  # "1 € 90": the sign belongs to the number before
    gap = toks[i].start - toks[i - 1].end if i > 0 else 0
    if i > 0 and toks[i - 1].text.lower() in lex.currency and (gap == 0 or (gap == 1 and spaced_ok)):
        return toks[i - 1].text.lower(), toks[i - 1].start
    if i > 1 and toks[i - 2].text.lower() in lex.currency_prefixes and toks[i - 1].text == "$":
        return "$", toks[i - 2].start
    return "", -1


def _match(toks: list[_Tok], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest of ``phrases`` starting at token ``i``, or 0."""
    for words in phrases:
        if tuple(t.low for t in toks[i : i + len(words)]) == words:
            return len(words)
    return 0


def _content(t: _Tok, lex: FigureLex) -> bool:
    if t.word and len(t.text) > 1 and t.text.isupper():
        return True  # "US", "UN": a stop word only in lower case
    return t.word and len(t.text) > 1 and t.low not in lex.stop and t.low not in lex.of_words


def _noun(toks: list[_Tok], j: int, lex: FigureLex) -> tuple[int, int, str, bool] | None:
    """(first token, last token, modifier key, increment) of the noun a number counts."""
    increment = False
    k = j
    while k < len(toks) and k < j + 2 and toks[k].low in lex.pre_modifiers:
        increment = increment or (toks[k].low,) in lex.increments
        k += 1
    if lex.noun_last:
        return _noun_last(toks, k, lex, increment)
    if k >= len(toks) or not _content(toks[k], lex) or toks[k].low in lex.not_units:
        return None
    modifier = ""
    if k + 1 < len(toks) and _content(toks[k + 1], lex) and toks[k + 1].text[0].islower():
        nxt = toks[k + 1].low
        if not (
            _match(toks, k + 1, lex.increments)
            or nxt in lex.not_units
            or nxt in lex.ellipsis_links
            or nxt.endswith(lex.verb_endings)
            or (toks[k + 1].text.lower().endswith(lex.participle_endings) and nxt not in lex.outcomes)
        ):
            modifier = lex.unit_key(toks[k + 1].text)
    return j if j < k and not increment else k, k, modifier, increment


def _noun_last(
    toks: list[_Tok], k: int, lex: FigureLex, increment: bool
) -> tuple[int, int, str, bool] | None:
    """English: modifiers before the noun ("5,200 American troops", "coalition troops")."""
    run: list[int] = []
    m = k
    while m < len(toks) and len(run) < 4 and _content(toks[m], lex):
        run.append(m)
        m += 1
    if not run:
        return None
    lower = [x for x in run if toks[x].text[0].islower() and not toks[x].low.endswith(lex.participle_endings)]
    plural = [x for x in lower if toks[x].low in lex.plural_nouns or re.search(r"[^s]s$", toks[x].low)]
    if not lower:  # "3,400 wounded" counts the wounded; "5,000 Americans"
        first = toks[run[0]]
        head = run[0] if first.low in lex.outcomes else run[-1] if toks[run[-1]].text[0].isupper() else -1
    elif plural:  # the last plural of a run of plurals: "health care workers"; "troops remain"
        head = plural[0]
        while head + 1 in plural:
            head += 1
    elif len(lower) == 1:
        head = lower[0]
    else:
        head = lower[1]
    if head < 0 or toks[head].low in lex.not_units:
        return None
    modifier = ""
    pre = [x for x in run if x < head]
    if head + 1 in run and toks[head + 1].low in lex.outcomes:
        modifier = lex.unit_key(toks[head + 1].text)
    elif pre:
        modifier = lex.unit_key(toks[pre[-1]].text)
    return run[0], head, modifier, increment


def _elliptic(toks: list[_Tok], i: int, prev: Figure, lex: FigureLex) -> bool:
    """A number with no noun, linked to the figure just before it ("164 voix contre 38", "4 200
    hommes, ramené à 3 000")."""
    if i == 0 or toks[i - 1].low not in lex.ellipsis_links:
        return False
    gap = [t for t in toks[:i] if t.start >= prev.end]
    return len(gap) <= _ELLIPSIS_GAP
