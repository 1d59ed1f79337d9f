"""Candidate time expressions: regex rules built from a language's lexicon, and their handlers.

A rule finds a span and describes its meaning as a :class:`Cand` (``kind`` plus ``info``); it does
not resolve anything against a date. Resolution is :mod:`storyline.dating.timex_resolve`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from storyline.dating.timex_calendar import duration, hour_in_part
from storyline.dating.timex_lex import (
    HYPHENS,
    NEXT_WORD,
    TOKEN,
    Lexicon,
    _frozen,
    _table,
    alt,
    lexicon,
    norm,
    strip_accents,
)

B = r"(?<!\w)"  # start of a word
E = r"(?!\w)"  # end of a word
# what may follow a clause's last word: a mark (maybe after a no-break space) or the line's end
_CLAUSE_ENDS = r"(?=[ \t\u00a0\u202f]*(?:[,.;:!?»”)\n]|$))"
PART_OF_UNITS = frozenset({"W", "M", "Q", "Y"})  # units a part word names the current one of
ELIDED_E = r"(?:(?<=['’])|(?!\w))"  # end of a word, or an elided one ("une dizaine d'années")
AFTER_PART = r"(?:(?<=[-‐‑–'’])\s*|\s+)"
TIME_WORD_LOOKBACK = 12  # characters: longer than any word a time word may be the end of
DIGITS_NUM = r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])(?![.,]\d)"
# Another date glued to a year, as scraped pages print a post's two <time> tags ("1. November
# 20161. November 2016", "15/01/201614/01/2016"): the year ends where that date begins.
GLUED_DATE = r"(?=\d{1,2}\.\s?[^\W\d_]{3}|\d{1,2}[/.-]\d{1,2}[/.-]\d)"
_YEAR4_BODY = r"(?:1\d{3}|20\d{2}|2100)(?:(?!\d)(?![.,]\d)|" + GLUED_DATE + ")"
# A year standing alone is no year after a number and a space ("12 2003" is a count, a code).
YEAR4 = r"(?<![\d.,])(?<!\d[\s\u00a0\u202f])" + _YEAR4_BODY
# After a month and its day it is one, however it is set off on the same line: "May 8 2003"
# (British English), "May 8 , 2003" (tokenised), "May 30,2011".
YEAR_AFTER_DAY = r"(?:[ \t\u00a0\u202f]*,\s*|[ \t\u00a0\u202f]+)(?P<year>" + _YEAR4_BODY + ")"


@dataclass(slots=True)
class Cand:
    """A candidate time expression: a span and what it means, not yet resolved."""

    start: int
    end: int
    kind: str
    info: dict[str, Any] = field(default_factory=dict)
    priority: int = 0


Handler = Callable[["Grammar", re.Match[str], str], list[Cand]]

# A rule's anchor: the word lists (keys of the language data) one of whose words every match of the rule
# contains, or DIGITS (a token starting with a digit). Rules are only tried near their anchors' tokens.
DIGITS: tuple[str, ...] = ("#digits",)
_REACH = 100  # characters a match may extend before or after its anchor word
FINAL_PRE_REACH = 30  # characters before a unit where its "the very last" may start
_AMOUNT_NEXT = re.compile(r"\s*(?!(?:1[89]|20)\d\d(?!\d))\d")  # "de 5 %", not a year ("of 2019")
_OPENING = r"(?:^|[.!?»”]\s+|\n\s*)"  # a sentence's opening, before what follows it
_OPENING_RE = re.compile(_OPENING + "$")


def part_mod(g, part: str | None) -> str:
    """The TIMEX3 mod of a part word ("early", "mi-"…); spacing around a hyphen ("mid - ") ignored."""
    if not part:
        return ""
    key = norm(part)
    return g.lex.part_pre.get(key) or g.lex.part_pre.get(key.rstrip("- ").strip()) or ""


def _w(words: list[str] | Any) -> str:
    """A word-bounded alternation of phrases."""
    return B + alt(words) + E


class Grammar:
    """The compiled rules of one language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        d = lex.words
        self.abbrev_months = _abbreviations(lex.months)
        # halves of a year ("semestre", "the latter half"), "first-half *profit*", "of last year"
        self.half_words = _frozen(lex.data, "half_words")
        self.half_ordinals = _table(lex.data.get("half_ordinals", {}))
        self.last_part_ordinals = _frozen(lex.data, "last_part_ordinals")
        self.unit_final_pre = tuple(" " + w for w in _frozen(lex.data, "unit_final_pre"))
        self.half_alone_before = _frozen(lex.data, "half_alone_before")
        self.year_of_parts = _table(lex.data.get("year_of_parts", {}))
        self.half_alone = bool(lex.data.get("half_alone"))  # "au second semestre": a half with no year
        self.hour_letters = frozenset(norm(w) for w in d("hour_letters"))  # "h" of "17h45"
        links = d("round_the_clock_links")  # "24h/24", "24 h sur 24"
        self.round_the_clock = (
            re.compile(r"\s*(?:" + alt(links) + r")\s*24(?!\d)", re.IGNORECASE) if links else None
        )
        # "l'après-midi" holds "midi": a clock word right after these is part of another word
        inside = d("time_word_inside_after")
        self.time_word_inside = re.compile(alt(inside) + "$", re.IGNORECASE) if inside else None
        ordsuf = alt(d("ordinal_suffixes"))
        self.f_month = B + "(?P<month>" + alt(d("months")) + ")" + E + r"(?P<mdot>\.)?"
        self.f_wd = _w(d("weekdays"))
        self.f_det = _w(d("determiners"))
        self.f_rel_pre = _w(d("rel_pre"))
        self.f_rel_post = r"(?P<rel>" + alt(d("rel_post")) + ")" + E
        self.f_part = B + "(?P<part>" + alt(d("part_pre")) + ")" + AFTER_PART
        # an approximating word ("plus de", "plus d'", "over"), with the space or elision after it
        self.f_approx = r"(?P<approx>" + alt(d("approx_pre")) + r")(?:\s+|(?<=['’]))"
        # the same perhaps intensified, inside an expression ("il y a un peu plus d'un an"); an
        # expression that opens with it starts at the approximating word ("just over an hour")
        self.f_approx_inside = r"(?:" + alt(d("approx_intensifiers")) + r"\s+)?" + self.f_approx
        self.f_day = (
            r"(?<![\w.,])(?P<day>(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:"
            + ordsuf
            + r")?"
            + E
            + "|"
            + _w(d("ordinals"))
            + ")"
        )
        # "19 January, 1130 GMT": a clock time in a time zone's abbreviation, as written, is no
        # year before 1900 ("January 12, 2010 EST" keeps its year; "1930 GMT" stays a year)
        clock_zones = [z for z in d("time_zones") if z.isupper()]
        zones = "|".join(re.escape(z) for z in clock_zones)
        self.clock_next = r"(?!(?<=1[0-8]\d\d)(?-i:,?\s*(?:" + zones + r")\b))" if clock_zones else ""
        self.year_after_day = YEAR_AFTER_DAY + self.clock_next
        articles = d("number_articles")
        joinable = alt([w for w in d("numbers") + d("approx_numbers") if w not in articles])
        self.f_numw = (
            B
            + "(?:"
            + alt(articles)
            + "|"
            + joinable
            + "(?:(?:"
            + alt(d("number_joiners"))
            + ")"
            + joinable
            + ")*)"
            + ELIDED_E
        )
        self.f_num = "(?:" + DIGITS_NUM + "|" + self.f_numw + ")"
        self.f_unit = _w(d("units"))
        self.f_vague = _w(d("vague_quantities"))
        self.f_dayparts = _w(d("day_parts"))
        # "un guide (de montagne) de 47 ans": a person noun, up to two words, then "de" and the number
        link = r"(?:\s+[\w'’]+){0,2}\s+" + alt(d("age_nouns_link")) + r"\s*$"
        self.age_noun = re.compile(B + alt(d("age_nouns")) + link, re.IGNORECASE)
        self.decade_words = {norm(k): v for k, v in self.lex.data.get("decade_words", {}).items()}
        # the word right before a clock time said without a clock word ("at 0600 hours", "until about 9")
        self.bare_hour_pre = frozenset(norm(p.split()[-1]) for p in d("bare_hour_pre"))
        someday = self.lex.data.get("someday", {})
        self.someday_phrases = frozenset(norm(p) for p in someday.get("phrases", []))
        self.someday_pre = frozenset(norm(w) for w in someday.get("pre", []))
        self.someday_not_before = frozenset(norm(w) for w in someday.get("not_before", []))
        self.someday_opening_next = frozenset(norm(w) for w in someday.get("opening_next", [","]))
        self.someday_always = frozenset(norm(p) for p in someday.get("always", []))
        self.someday_between = frozenset(norm(w) for w in someday.get("between", []))
        self.someday_participles = tuple(norm(e) for e in someday.get("participles", []))
        self.someday_object_next = frozenset(norm(w) for w in someday.get("object_next", []))
        self.someday_length_pre = frozenset(norm(w) for w in someday.get("length_pre", []))
        self.someday_lasting = tuple(norm(e) for e in someday.get("lasting", []))
        self.someday_pre_links = frozenset(norm(w) for w in someday.get("pre_links", []))
        self.someday_clause_pre = frozenset(norm(w) for w in someday.get("clause_pre", []))
        self.someday_aux = {norm(w): side for w, side in someday.get("aux", {}).items()}
        self.someday_participles_not = tuple(norm(e) for e in someday.get("participles_not", []))
        self.someday_aux_not_after = frozenset(norm(w) for w in someday.get("aux_not_after", []))
        idioms = someday.get("idiom_next", [])
        self.someday_idiom_next = re.compile(r"\s+" + alt(idioms) + E, re.IGNORECASE) if idioms else None
        self.future_keys = frozenset(map(norm, self.lex.future_words))  # "prevu": words as keys
        generic = self.lex.data.get("generic_day") or {}
        self.adjective_not_before = frozenset(
            norm(w) for w in [*generic.get("phrase_end", []), *d("adjective_not_before")]
        )
        self.adjective_pairs = frozenset(norm(w) for w in d("adjective_pairs"))
        self.set_day_parts = {norm(k): v for k, v in self.lex.data.get("set_day_parts", {}).items()}
        self.part_habit_adverbs = frozenset(norm(w) for w in self.lex.words("part_habit_adverbs"))
        self.set_pre_before = re.compile(B + alt(d("set_pre")) + r"\s+$", re.IGNORECASE)
        qualified = self.lex.data.get("qualified_day", {})
        self.qualified_day_phrases = frozenset(norm(p) for p in qualified.get("phrases", []))
        self.qualified_day_adjectives = frozenset(norm(w) for w in qualified.get("adjectives", []))
        schedule = self.lex.data.get("weekday_schedule")
        self.schedule_before, self.schedule_after, self.schedule_tail = _schedule_patterns(schedule, d)
        self.publication_before, self.publication_next = _publication_patterns(
            self.lex.data.get("publication_sets")
        )
        # word sets read on every match of a rare rule, taken once here
        self.decade_not_after = frozenset(d("decade_not_after"))
        self.decade_not_near = frozenset(d("decade_not_near"))
        self.month_not_after = frozenset(d("ambiguous_month_not_after"))
        named = self.lex.data.get("ambiguous_month_capitalised_names", {})
        self.month_name_after = frozenset(norm(w) for w in named.get("after", []))
        self.month_name_after_unless = frozenset(norm(w) for w in named.get("unless", []))
        self.rate_articles = frozenset(norm(w) for w in d("rate_articles"))
        self.clock_range_before, self.clock_range_after = _clock_range_patterns(d)
        self.clock_range_opens = frozenset(norm(w) for w in d("clock_range_opens"))
        counted = self.lex.data.get("counted_plurals", {})  # "1300 prisonniers": a count, no year
        self.counted_endings = tuple(counted.get("endings", ()))
        self.counted_not = frozenset(norm(w) for w in counted.get("not", []))
        self.counted_not_endings = tuple(counted.get("not_endings", ()))
        self.counted_years_after = frozenset(norm(w) for w in counted.get("years_after", []))
        self.rate_quantities = frozenset(norm(w) for w in d("rate_quantities"))
        self.rate_not_before = frozenset(norm(w) for w in d("rate_not_before"))
        self.rate_of = frozenset(norm(w) for w in d("rate_of"))  # "10 tonnes *of* grain a year"
        self.rate_currencies = frozenset(norm(w) for w in d("rate_currencies"))  # "6000 euros la nuit"
        self.price_not_before = frozenset(norm(w) for w in d("price_not_before"))  # "la nuit du 3 mai"
        self.determiner_words = frozenset(norm(w) for w in d("determiners"))
        self.ahead_post = frozenset(norm(w) for w in d("ahead_post"))  # "from now"
        self.rel_units_as_durations = frozenset(d("rel_units_as_durations"))  # "DE": "the past decade"
        self.unit_final_duration_after = frozenset(norm(w) for w in d("unit_final_duration_after"))
        # "said that night would bring rain": "that" opening a clause after a verb of saying
        self.that_clause_verbs = frozenset(norm(w) for w in d("that_clause_verbs"))
        self.that_clause_time_next = frozenset(norm(w) for w in d("that_clause_time_next"))
        supposition = lex.data.get("supposition", {})  # "si demain, …": a supposition, no day
        self.supposition_words = frozenset(norm(w) for w in supposition.get("words", []))
        self.supposition_after = frozenset(norm(w) for w in supposition.get("after", []))
        # "the first of June": an ordinal word names a day only with a joiner
        self.ordinal_word_day_needs_joiner = bool(lex.data.get("ordinal_word_day_needs_joiner"))
        # "won't happen overnight": per fixed phrase, the word sets that make it a figure of speed
        self.figurative = {
            phrase: {key: frozenset(norm(w) for w in words) for key, words in spec["figurative"].items()}
            for phrase, spec in lex.fixed.items()
            if isinstance(spec, dict) and "figurative" in spec
        }
        # "plus de 1150 officiers", "more than 1500": a count, whatever noun follows ("up to 2020",
        # "vers 1990" are years)
        bounds = d("count_bounds")
        self.count_bound = re.compile(B + alt(bounds) + r"\s*$", re.IGNORECASE) if bounds else None
        # "les résolutions 1970 et 1973", "flight 1549": numbers that name, not years
        numbered = d("numbered_nouns")  # with "numbered_joiners" to list several
        named_re = B + alt(numbered) + r"\s+(?:\d{4}\s*(?:,|" + alt(d("numbered_joiners")) + r")\s*)*$"
        self.numbered_before = re.compile(named_re, re.IGNORECASE) if numbered else None
        lasting = d("clock_duration_pre")  # "en 2h15", "pendant 3h": hours counted, not a time of day
        lasting_re = B + alt(lasting) + r"[^\S\n]+(?:" + self.f_approx + r")?$"
        self.clock_duration_pre = re.compile(lasting_re, re.IGNORECASE) if lasting else None
        # "2h du matin", "3 o'clock in the afternoon": a time of day, in the part of the day it names
        parts_after = lex.data.get("clock_day_part_after") or {}
        self.clock_parts = {norm(k): v for k, v in parts_after.items()}
        self.clock_part_after = (
            re.compile(r"\s+(?P<dp>" + alt(list(parts_after)) + ")" + E, re.IGNORECASE)
            if parts_after
            else None
        )
        # "huit heures de négociations", "à 3 heures de Paris": hours counted before what they measure
        # before a common noun (not "de nombreux manifestants", "de façon précipitée", "de la gare",
        # "de Lorvel": "parti à 8 heures de Lorvel" is a time)
        count_after = d("clock_count_after")
        not_counted = alt(d("clock_count_not_before"))
        self.clock_count_after = (
            re.compile(
                r"\s+"
                + alt(count_after)
                + ELIDED_E
                + r"(?!\s*"
                + not_counted
                + ELIDED_E
                + r")(?=\s*(?-i:[a-zà-ÿ]))",
                re.IGNORECASE,
            )
            if count_after
            else None
        )
        self.spelled_hours_counted_after = frozenset(norm(w) for w in d("spelled_hours_counted_after"))
        # "le journal de 20 heures", "le 13 heures de France 2": a news show named by the hour it airs
        shows, show_articles = d("clock_show_nouns"), d("clock_show_articles")
        self.clock_show_articles = frozenset(norm(w) for w in show_articles)
        # "on a Saturday.", "un samedi où": one weekday of many
        self.indefinite_weekday_articles = frozenset(norm(w) for w in d("indefinite_weekday_articles"))
        self.indefinite_weekday_next = frozenset(norm(w) for w in d("indefinite_weekday_next"))
        self.clock_show_before = (
            re.compile(
                B
                + r"(?:"
                + alt(shows)
                + r"[^\S\n]+"
                + alt(d("clock_show_links"))
                + r"|"
                + alt(show_articles)
                + r")(?:(?<=['’])|[^\S\n]+)$",
                re.IGNORECASE,
            )
            if shows and show_articles
            else None
        )
        self.minute_words = {norm(k): int(v) for k, v in (lex.data.get("clock_minute_words") or {}).items()}
        opening = d("age_opening")
        self.age_opening = re.compile(_OPENING + alt(opening) + r"\s+$", re.IGNORECASE) if opening else None
        self.age_group = re.compile(B + alt(d("age_group_det")) + r"\s+\d{1,2}\s*[-–]\s*$", re.IGNORECASE)
        opens, links = d("age_range_opens"), d("age_range_links")
        self.age_range_open = re.compile(B + alt(opens) + r"\s+$", re.IGNORECASE) if opens else None
        self.age_range_lower = (
            re.compile(r"\d{1,3}(?:\s+" + alt(links) + r"\s+|\s*[-–]\s*)$", re.IGNORECASE) if links else None
        )
        # ", un Syldave de 40 ans", "Un Espagnol de 51 ans": a capitalised person noun set apart
        apposed = d("age_apposed_determiners")
        self.age_apposed = (
            re.compile(
                r"(?:^|[,.;:!?(]\s*|\n\s*)"
                + alt(apposed)
                + r"\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,})\s+"
                + alt(d("age_nouns_link"))
                + r"\s*$",
                re.IGNORECASE,
            )
            if apposed
            else None
        )
        self.age_person = _age_person(d)
        self.age_not_nouns = frozenset(norm(w) for w in d("age_person_not"))  # "une carrière de 30 ans"
        self.age_link_after = re.compile(
            r"\s*" + alt(d("age_nouns_link")) + r"(?:(?<=['’])|(?!\w))", re.IGNORECASE
        )
        have = d("age_have")  # "il a 84 ans", "fête ses 90 ans"; not "il y a 84 ans"
        not_after = "".join(rf"(?<!{re.escape(w)}\s)" for w in d("age_have_not_after"))
        self.age_have = re.compile(not_after + B + alt(have) + r"\s+$", re.IGNORECASE) if have else None
        self.rules: list[tuple[re.Pattern[str], Handler, int]] = []
        self.anchor_rules: dict[str, list[int]] = {}  # a token's key -> the rules it anchors
        self.digit_rules: list[int] = []  # rules anchored on a token starting with a digit
        self.unanchored: list[int] = []  # rules scanned over the whole text
        self._build()

    def _add(
        self, pattern: str, handler: Handler, priority: int = 0, anchor: tuple[str, ...] | None = None
    ) -> None:
        # Every rule starts at a word start: failing fast inside words is most of the speed (and once:
        # a second look-behind on every position costs a tenth of the scan).
        start = "" if pattern.startswith(B) else B
        index = len(self.rules)
        self.rules.append((re.compile(start + pattern, re.IGNORECASE), handler, priority))
        keys = self._anchor_keys(anchor)
        if keys is None:
            self.unanchored.append(index)
            return
        for key in keys:
            if key == DIGITS[0]:
                self.digit_rules.append(index)
            else:
                self.anchor_rules.setdefault(key, []).append(index)

    def _anchor_keys(self, anchor: tuple[str, ...] | None) -> set[str] | None:
        """The token keys that anchor a rule: per phrase of its word lists, its longest word (a phrase
        starting with a digit anchors on digits); None (scan everything) when a phrase has no word."""
        if anchor is None:
            return None
        keys: set[str] = set()
        for name in anchor:
            if name == DIGITS[0]:
                keys.add(name)
                continue
            for phrase in self.lex.words(name):
                words = TOKEN.findall(norm(phrase))
                if not words:
                    return None
                best = max(words, key=len)
                keys.add(DIGITS[0] if best[0].isdigit() else best)
        return keys

    def windows(self, text: str) -> list[list[tuple[int, int]] | None]:
        """Per rule, the stretches of ``text`` (merged) where its matches can be: around its anchors'
        tokens; None for a rule without anchors (the whole text)."""
        out: list[list[tuple[int, int]] | None] = [[] for _ in self.rules]
        for i in self.unanchored:
            out[i] = None
        anchors = self.anchor_rules
        digits = self.digit_rules
        n = len(text)
        for m in TOKEN.finditer(text):
            word = m.group()
            if word[0].isdigit():
                hits = digits
            else:
                key = word.lower()
                if not key.isascii():
                    key = strip_accents(key)
                hits = anchors.get(key)  # type: ignore[assignment]
                if not hits:
                    continue
            lo, hi = max(0, m.start() - _REACH), min(n, m.end() + _REACH)
            for i in hits:
                spans = out[i]
                if spans and spans[-1][1] >= lo:  # type: ignore[index]
                    spans[-1] = (spans[-1][0], hi)  # type: ignore[index]
                else:
                    spans.append((lo, hi))  # type: ignore[union-attr]
        return out

    def _build(self) -> None:
        d = self.lex.words
        # a bare two-digit year ("juin 40", "Mai 68"), not after a comma nor before a percent sign: "on 20
        # April, 50 miles off the coast", "du 20 avril, 50 personnes", "In May 60% said" count
        year_x = (
            r"(?P<year>"
            + YEAR4
            + r"|['’]\d{2}(?!\d)|(?<![\d])(?<!,)(?<!,\s)\d{2}(?![\d,.]\d|\w|[^\S\n]*%))"
            + self.clock_next
        )
        # "two years and a half", "a year-and-a-half"
        half = r"(?P<half>(?:\s+|(?=\s*[" + HYPHENS + r"]))(?:" + alt(d("half_suffix")) + r")" + E + ")?"
        wd_pre = (
            r"(?:(?P<wdpre>" + alt(d("rel_pre")) + r")\s+)?(?:(?P<det>" + alt(d("determiners")) + r")\s+)?"
        )
        self._add(
            r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?(?![\d/-])",
            _iso,
            5,
            DIGITS,
        )
        # year first with other separators: "2020/7/11", "2020.08.18", "2020. 08. 18." (a version
        # number such as "2020.3.1" has no two-digit month and day)
        for sep, part in (("/", r"\d{1,2}"), (r"\.", r"\d{2}"), (r"\.\s", r"\d{1,2}")):
            self._add(
                rf"(?<![\d/.,-])(?P<y>(?:1[89]|20)\d{{2}}){sep}(?P<m>{part}){sep}(?P<d>{part})(?!\d|[/.]\d)",
                _year_first,
                5,
                DIGITS,
            )
        marks = d("ymd_marks")  # "2020年7月12日", "2020년 7월 12일": each number followed by its mark
        if len(marks) == 3:
            y, mo, dy = (re.escape(mark) for mark in marks)
            self._add(
                rf"(?<![\d/.,-])(?P<y>\d{{4}})\s*{y}\s*(?P<m>\d{{1,2}})\s*{mo}\s*(?P<d>\d{{1,2}})\s*{dy}",
                _year_first,
                5,
                DIGITS,
            )
        self._add(
            r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}(?:(?![\d]|[/.-]\d)|"
            + GLUED_DATE
            + r")|\d{2}(?![\d]|[/.-]\d))",
            _numeric,
            5,
            DIGITS,
        )
        # a day and month without a year stamping a comment or a post with its clock time: "03/10 09:59",
        # "du 4/8 à 20h27", "5/08-18h59"; without the clock, "14/18", "le 1/3 des" and "24/25" say no date
        self._add(
            r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})(?=(?:\s*-\s*|\s+(?:"
            + alt(d("stamp_clock_links"))
            + r")\s+|\s+)\d{1,2}(?::|\s?h\s?)\d{2}(?!\d))",
            _numeric,
            5,
            DIGITS,
        )
        self._add(  # "4. 2. 2022": dotted, with spaces (as Czech and German write it by hand)
            r"(?<![\d/.,-])(?<!\d\. )(?P<a>\d{1,2})(?P<sep>\.) (?P<b>\d{1,2})\. "
            r"(?P<y>(?:19|20)\d{2})(?![\d]|[/.-]\d)",
            _numeric,
            5,
            DIGITS,
        )
        self._add(  # "11-Sep-2001", "03-Jan-20": day, month name and year joined by hyphens
            r"(?<![\w/.-])(?P<day>\d{1,2})-"
            + self.f_month
            + r"-(?P<year>(?:1\d{3}|20\d{2}|2100|\d{2})(?![\w-]|[./]\d))",
            _dmy_hyphenated,
            5,
            ("months",),
        )
        same = r"(?:\s+(?P<same>" + alt(d("same_year")) + r"))?"
        # the words a date may put before its month or year: "3rd of May", "27 de agosto de 2019"
        joiner = r"(?:" + alt(d("date_joiners")) + r"\s+)?"
        # "June last year", "en juin l'an dernier": the month of a year counted from the creation time
        # "April 20 last year", "April 20 of last year"
        links = r"(?:" + alt(d("year_rel_links")) + r"\s+)?" if d("year_rel_links") else ""
        yrel = r"(?:,?\s+" + links + r"(?P<yrel>" + alt(d("year_rel")) + r")" + E + ")?"
        if "dmy" in d("text_date_orders"):
            self._add(
                B
                + wd_pre
                + r"(?:(?P<wd>"
                + alt(d("weekdays"))
                + r")"
                + E
                + r"\s*,?\s+(?:(?:"
                + alt(d("determiners"))
                + r")\s+)?)?"
                + self.f_day
                + r"\s+"
                + joiner
                + self.f_month
                + r"(?:\s*,?\s*"  # "3 April, 2003", tokenised "3 April , 2003"
                + joiner
                + year_x
                + r")?"
                + r"(?:\s+"
                + self.f_rel_post
                + ")?"
                + same
                + yrel,
                _dmy,
                3,
                ("months",),
            )
        if "mdy" in d("text_date_orders"):
            self._add(
                B
                + r"(?:(?P<wdpre>"
                + alt(d("rel_pre"))
                + r")\s+)?"
                + r"(?:(?P<wd>"
                + alt(d("weekdays"))
                + r")"
                + E
                + r"\s*,?\s+)?"
                + self.f_month
                + r"\s*"
                + self.f_day
                + r"(?:"
                + self.year_after_day
                + ")?"
                + same
                + yrel,
                _dmy,
                3,
                ("months",),
            )
        self._add(
            r"(?:"
            + self.f_part
            + r")?(?:(?P<pre>"
            + alt(d("rel_pre"))
            + r")\s+)?(?:(?P<noun>"
            + alt(d("month_nouns"))
            + r")\s*)?"
            + self.f_month
            + r"(?:\s?,?\s+"  # "June 2009", "June, 2009", tokenised "June , 2009"
            + joiner
            + year_x
            + r")?(?:\s+"
            + self.f_rel_post
            + ")?"
            + yrel,
            _month,
            2,
            ("months",),
        )
        self._add(
            r"(?:"
            + self.f_part
            + r")?(?:(?P<noun>"
            + alt(d("year_nouns"))
            + r")\s+)?(?P<year>"
            + YEAR4
            + ")",
            _year,
            1,
            DIGITS,
        )
        self._add(
            B
            + r"(?P<from>"
            + alt(d("range_from"))
            + r")\s+(?P<y1>"
            + YEAR4
            + r")\s*(?:"
            + alt(d("range_to"))
            + r"|[-–])\s*(?P<y2>"
            + YEAR4
            + ")",
            _year_range,
            4,
            DIGITS,
        )
        self._add(
            r"(?P<y1>" + YEAR4 + r")\s*[-–/]\s*(?P<y2>" + YEAR4 + r"|\d{2}(?!\d))", _year_range, 4, DIGITS
        )
        self._add(
            B
            + r"(?:"
            + alt(d("range_from"))
            + r")\s+(?:(?:"
            + alt(d("weekdays") + d("weekdays_plural"))  # "les dimanches 15 et 22 mars"
            + r")\s+)?"
            + self.f_day.replace("(?P<day>", "(?P<d1>")
            + r"(?:\s+(?P<m1>"
            + alt(d("months"))
            + "))?"
            + E
            + r"\.?\s+(?:"
            + alt(d("range_to"))
            + r")\s+(?:(?:"
            + alt(d("weekdays"))
            + r")\s+)?"
            + self.f_day
            + r"\s+"
            + self.f_month
            + r"(?:\s+(?P<year>"
            + YEAR4
            + "))?",
            _day_range,
            4,
            ("months",),
        )
        self._add(
            self.f_day.replace("(?P<day>", "(?P<d1>")
            + r"\s*[-–]\s*"
            + self.f_day
            + r"\s+"
            + self.f_month
            + r"(?:\s+(?P<year>"
            + YEAR4
            + "))?",
            _day_range,
            4,
            ("months",),
        )
        if "mdy" in d("text_date_orders"):
            self._add(
                self.f_month
                + r"\s*"
                + self.f_day.replace("(?P<day>", "(?P<d1>")
                + r"\s*(?:[-–]|"
                + alt(d("range_to"))
                + r")\s*"
                + self.f_day.replace("(?P<day>", "(?P<d2>")
                + r"(?:"
                + self.year_after_day
                + ")?",
                _mdd_range,
                4,
                ("months",),
            )
        self._add(
            B
            + r"(?:"
            + alt(d("range_from"))
            + r")\s+"
            + self.f_month.replace("(?P<month>", "(?P<m1>").replace("(?P<mdot>", "(?P<mdot1>")
            + r"\s+(?:"
            + alt(d("range_to"))
            + r")\s+"
            + self.f_month
            + r"\s+(?P<year>"
            + YEAR4
            + ")",
            _month_range,
            4,
            ("months",),
        )
        self._add(  # "janvier-février 2011", "May/June 2020": two months joined by a dash share the year
            B
            + self.f_month.replace("(?P<month>", "(?P<m1>").replace("(?P<mdot>", "(?P<mdot1>")
            + r"\s*[-/–]\s*"
            + self.f_month
            + r"\s+(?P<year>"
            + YEAR4
            + ")",
            _month_range,
            4,
            ("months",),
        )
        self._add(
            B
            + r"(?:(?P<pre>"
            + alt(d("rel_pre"))
            + r"|"
            + alt(d("determiners"))
            + r")\s+)?(?P<wd>"
            + alt(d("weekdays"))
            + r")"
            + E
            # "jeudi prochain", "ce jeudi-là"
            + r"(?:(?:\s+|(?=-))"
            + self.f_rel_post
            + r")?(?:\s+(?:"
            + alt(d("day_parts_join"))
            + r"\s+)?(?P<dp>"
            + alt(d("day_parts"))
            + r")"
            + E
            + self._rel_after_part()
            + r")?",
            _weekday,
            2,
            ("weekdays",),
        )
        wd_day = self.lex.data.get("weekday_day")
        if wd_day:  # "le vendredi 4", "Friday the 4th": a weekday and its day of the month, no month
            ordinal = r"(?P<ord>" + alt(d("ordinal_suffixes")) + ")"
            ordinal += "" if wd_day.get("ordinal_only") else "?"
            # what may follow the day: a mark, a listed word not before a number ("dimanche 3 à 1" is
            # a score), a clock time ("le vendredi 4 à 15 h"); anything after a determiner ("the 4th")
            clock = r"\s+(?:" + alt(d("time_prefix")) + r")\s+\d{1,2}\s*" + alt(d("time_h"))
            follows = (
                r"[ \t]*(?:[,;:.!?)»\"”\n]|$)|\s+" + alt(wd_day.get("next", [])) + E + r"(?!\s*\d)|" + clock
            )
            after = r"(?(det)|(?=" + follows + "))"
            self._add(
                B
                + r"(?:(?P<pre>"
                + alt(d("determiners"))
                + r")\s+)?(?P<wd>"
                + alt(d("weekdays"))
                + r")"
                + E
                + r"\s+(?:(?P<det>"
                + alt(d("determiners"))
                + r")\s+)?(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"
                + ordinal
                + E
                + r"(?:\s+"
                + self.f_rel_post
                + r"|"
                + after
                + ")",
                _weekday_day,
                3,
                ("weekdays",),
            )
        self._add(
            B
            + r"(?P<w>"
            + alt(d("day_words"))
            + r")"
            + E
            + r"(?:\s+(?:"
            + alt(d("day_parts_join"))
            + r"\s+)?(?P<dp>"
            + alt(d("day_parts"))
            + r")"
            + E
            + r")?",
            _day_word,
            2,
            ("day_words",),
        )
        self._add(B + r"(?P<w>" + alt(d("fixed")) + r")" + E, _fixed, 1, ("fixed",))
        self._add(
            r"(?:"
            + self.f_part
            + r")?(?:(?P<det>"
            + alt(d("determiners"))
            + r")\s*)?(?:(?P<pre>"
            + alt(d("rel_pre"))
            + r")\s+)?(?P<unit>"
            + alt(d("units"))
            + r")"
            + E
            + r"(?:\s*"
            + self.f_rel_post
            + ")?",
            _unit_rel,
            2,
            ("units",),
        )
        # "il y a tout juste un an", "dans à peine deux jours": a word that stresses the count
        adverb = r"(?:" + alt(d("shift_adverbs")) + r"\s+)?"
        # "il y a deux ou trois semaines", "24 to 36 hours ago": the lower count of a range
        count_range = r"(?:" + B + r"(?P<lo>" + self.f_num + r")\s+" + alt(d("count_range_links")) + r"\s+)?"
        self._add(
            B
            + r"(?P<ago>"
            + alt(d("ago_pre"))
            + r")\s+"
            + adverb
            + r"(?:"
            + self.f_approx_inside
            + r")?"
            + count_range
            + r"(?P<num>"
            + self.f_num
            + "|"
            + self.f_vague
            + r")(?:\s+|\s*[-‐‑]\s*|(?<=['’]))(?P<unit>"
            + alt(d("units"))
            + ")"
            + E
            + half,
            _shift,
            3,
            ("units",),
        )
        self._add(
            B
            + r"(?P<fut>"
            + alt(d("future_pre"))
            + r")\s+"
            + adverb
            + r"(?:"
            + self.f_approx_inside
            + r")?"
            + count_range
            + r"(?P<num>"
            + self.f_num
            + r")(?:\s+|\s*[-‐‑]\s*|(?<=['’]))(?P<unit>"
            + alt(d("units"))
            + ")"
            + E
            + half,
            _shift,
            3,
            ("units",),
        )
        self._add(
            r"(?:"
            + B
            + self.f_approx
            + r")?"
            + count_range
            + r"(?P<num>"
            + self.f_num
            + "|"
            + self.f_vague
            + r")(?:\s+|\s*[-‐‑]\s*|(?<=['’]))(?P<unit>"
            + alt(d("units"))
            + ")"
            + half
            + r"\s+(?P<post>"
            + alt(d("ago_post") + d("later_post") + d("ahead_post"))
            # "Deux jours après, il l'a annulé": only where the clause ends, not "deux jours après l'attaque"
            + (r"|" + alt(d("later_post_alone")) + _CLAUSE_ENDS if d("later_post_alone") else "")
            + ")"
            # "four years ago this week": the writing's week, that many years back
            + (r"(?:\s+(?P<this>" + alt(d("ago_this")) + r"))?" if d("ago_this") else "")
            + E,
            _shift,
            3,
            ("units",),
        )
        self._add(
            r"(?:"
            + B
            + self.f_approx
            + r")?(?:(?P<dpre>"
            + alt(d("duration_pre_ext"))
            + r")\s+)?(?P<num>"
            + self.f_num
            + "|"
            + self.f_vague
            + r")(?P<frac>\s+1/2|\s*½)?\s*(?:[-‐‑]\s*)?(?P<unit>"
            + alt(d("units"))
            + r")"
            + E
            + half,
            _duration,
            1,
            ("units",),
        )
        # "two to three weeks", "2-3 months", "between two and three hours", "de deux à trois ans": one
        # length, about the higher count
        if d("duration_range_links"):
            self._add(
                B
                + r"(?:(?P<between>"
                + alt(d("duration_range_opens"))
                + r")\s+)?(?P<lo>"
                + self.f_num
                + r")(?:\s+(?P<link>"
                + alt(d("duration_range_links"))
                + r")\s+|(?<=\d)\s*[-–]\s*(?=\d))(?P<num>"
                + self.f_num
                + r")(?P<approx>(?!))?\s*(?:[-‐‑]\s*)?(?P<unit>"
                + alt(d("units"))
                + r")"
                + E,
                _duration_range,
                2,
                ("units",),
            )
        # "les six derniers mois", "des dix dernières années": the adjective between number and unit
        self._add(
            B
            + r"(?P<dpre>"
            + alt(d("duration_mid_det"))
            + r")\s+(?:"
            + self.f_approx
            + r")?(?P<num>"
            + self.f_num
            + r")\s+(?:"
            + alt(d("duration_mid"))
            + r")\s+(?P<unit>"
            + alt(d("units"))
            + ")"
            + E,
            _duration,
            2,
            ("units",),
        )
        self._add(
            B
            + r"(?P<pre>"
            + alt(d("set_pre"))
            + r")\s+(?:(?P<num>"
            + self.f_num
            + r")\s+)?(?P<what>"
            + alt(d("units") + d("weekdays") + d("weekdays_plural") + d("set_day_parts"))
            + ")"
            + E,
            _set,
            3,
            ("units", "weekdays", "weekdays_plural", "set_day_parts"),
        )
        # "on Sundays", "les jeudis, le marché…": a weekday in the plural is every such day
        plural = d("weekdays_plural")
        self._add(B + r"(?P<what>" + alt(plural) + ")" + E, _weekdays_plural, 1, ("weekdays_plural",))
        # "every July", "each summer", "chaque été": a month or a season of every year ("par" is
        # no such word: "lancée par Mars"); not "every July 4th" nor "chaque juillet 2031"
        if d("set_year_pre"):
            self._add(
                B
                + r"(?P<pre>"
                + alt(d("set_year_pre"))
                + r")\s+(?P<what>"
                + alt(d("months") + d("seasons"))
                + ")"
                + E
                + r"(?!\s*(?:\d|['’]\d))",
                _set_of_year,
                3,
                ("months", "seasons"),
            )
        # "every other week", "un mercredi sur deux": one in n, its count before or after the noun
        nth = self.lex.data.get("set_nth", {})
        self.nth_counts = {norm(k): v for part in ("pre", "post") for k, v in nth.get(part, {}).items()}
        what = r"(?P<what>" + alt(d("units") + d("weekdays")) + r")" + E
        if nth.get("pre"):
            count = r"(?P<count>" + alt(nth["pre"]) + r")"
            self._add(B + count + r"\s+" + what, _set, 3, ("units", "weekdays"))
        if nth.get("post"):
            self._add(
                B + alt(nth.get("det", [])) + r"\s+" + what + r"\s+(?P<count>" + alt(nth["post"]) + r")" + E,
                _set,
                3,
                ("units", "weekdays"),
            )
        # "the (early) summer": with a determiner, the season nearest the creation time, by tense
        near = r"(?:(?P<det>" + alt(d("season_det_nearest")) + r")\s+(?=\S+\s+\S))?"
        self._add(
            near
            + r"(?:"
            + self.f_part
            + r")?(?:(?P<pre>"
            + alt(d("season_extent_pre") + d("rel_pre"))
            + r")\s*)?"
            + B
            + r"(?P<season>"
            + alt(d("seasons"))
            + r")"
            + E
            # a year after a comma ends its clause: "in autumn , 1995 , when …", not "In summer, 2009 saw"
            + r"(?:(?:\s+(?:de\s+|of\s+)?|\s?,\s+(?=\d{4}"
            + _CLAUSE_ENDS
            + r"))(?P<year>"
            + YEAR4
            + r"))?(?:\s+"
            + self.f_rel_post
            + ")?",
            _season,
            2,
            ("seasons",),
        )
        # "the late 1990s", "les années 80", "the Seventies", "les années soixante-dix"
        decade_head = (
            r"(?:"
            + self.f_part
            + r")?(?:(?P<det>"
            + alt(d("determiners"))
            + r")\s+)?(?:(?P<pre>"
            + alt(d("decade_pre"))
            + r")\s+)?"
        )
        self._add(decade_head + r"(?P<y>(?<!\d)\d{3}0|['’]?\d0)(?P<s>['’]?s)?" + E, _decade, 3, DIGITS)
        if d("decade_words"):
            self._add(
                decade_head + r"(?P<w>" + alt(d("decade_words")) + r")(?![-‐‑\w])",
                _decade_word,
                3,
                ("decade_words",),
            )
        self._add(
            B
            + r"(?:(?:"
            + alt(d("century_det") + d("determiners"))
            + r")\s+)?(?P<n>[IVX]{1,5}|\d{1,2})(?:"
            + alt(d("ordinal_suffixes"))
            + r")\s+"
            + alt(d("century_words"))
            + E,
            _century,
            3,
            ("century_words",),
        )
        self._add(
            B
            + r"(?:(?:"
            + alt(d("determiners"))
            + r")\s+)?(?:(?P<pre>"
            + alt(d("rel_pre"))
            + r")\s+)?(?:(?P<qy>"
            + YEAR4
            + "|"
            + alt(d("quarter_year_pre"))
            + r")[\s-]+)?(?P<ord>"
            + alt([*d("ordinals"), *d("half_ordinals"), *d("last_part_ordinals")])
            + r"|\d(?:"
            + alt(d("ordinal_suffixes"))
            + r"))[\s-]+(?P<pw>"
            + alt([*d("quarter_words"), *d("half_words")])
            + r")"
            + E
            + r"(?:\s+(?:(?:"
            + alt(d("quarter_of_year"))
            + r"\s+)?(?:"
            + alt(d("year_nouns"))
            + r"\s+)?(?P<year>"
            + YEAR4
            + r")|(?P<yof>"
            + alt(d("year_of_parts"))
            + r")"
            # not "de l'année précédente", "the year-earlier period", "the year's budget"
            + r"(?![\w'’‐‑-]|\s+"
            + alt(d("year_of_parts_not_before"))
            + E
            + ")))?",
            _year_part,
            3,
            ("quarter_words", "half_words"),
        )
        self._add(B + r"(?P<w>" + alt(d("report_periods")) + r")" + E, _report, 4, ("report_periods",))
        if d("report_year_nouns"):  # "the 1988 quarter": the reporting quarter, in that year
            self._add(
                B
                + r"(?:"
                + alt(d("determiners"))
                + r")\s+(?P<year>"
                + YEAR4
                + r")\s+(?:"
                + alt(d("report_year_nouns"))
                + ")"
                + E,
                _report,
                4,
                ("report_year_nouns",),
            )
        if d("spoken_year_centuries"):
            self._add(
                B + r"(?P<c>" + alt(d("spoken_year_centuries")) + r")[\s-]+(?P<rest>" + self.f_numw + ")",
                _spoken_year,
                3,
                ("spoken_year_centuries",),
            )
        # "the year two thousand": a year noun, then the year in words
        self._add(
            B + r"(?:" + alt(d("year_nouns")) + r")\s+(?P<rest>" + self.f_numw + ")",
            _year_in_words,
            3,
            ("year_nouns",),
        )
        if d("holidays"):
            self._add(
                B
                + r"(?:(?P<pre>"
                + alt(d("rel_pre"))
                + r")\s+|(?P<art>"
                + alt(d("holiday_articles"))  # "le " of "le Jeudi saint", said or not
                + r"))?(?P<h>"
                + alt(d("holidays"))
                + r")"
                + E
                # "Christmas 1987", "Christmas in 1987", "la Toussaint de 1954"; after a comma, a year
                # that ends its clause ("Christmas, 1987."; not "À Noël, 1987 personnes")
                + r"(?:(?:\s+(?:(?:"
                + alt(d("holiday_year_links"))
                + r")\s+)?|,\s+(?=\d{4}"
                + _CLAUSE_ENDS
                + r"))(?P<year>"
                + YEAR4
                + "))?",
                _holiday,
                3,
                ("holidays",),
            )
        if d("vague_plural_pre"):
            plural = [w for w in d("units") if norm(w).endswith("s") and norm(w)[:-1] in self.lex.units]
            self._add(
                B + r"(?:" + alt(d("vague_plural_pre")) + r")\s+(?P<unit>" + alt(plural) + ")" + E,
                _vague_plural,
                0,
                ("units",),
            )
        self._add_times()

    def _rel_after_part(self) -> str:
        """ "ce jeudi soir dernier", "ce jeudi soir-là": a relative word after a weekday's part of the day."""
        if not self.lex.words("rel_post"):
            return ""
        return r"(?:(?:\s+|(?=-))" + self.f_rel_post.replace("(?P<rel>", "(?P<rel_after_part>") + ")?"

    def _add_times(self) -> None:
        d = self.lex.words
        pre = r"(?:(?P<pre>" + alt(d("time_prefix")) + r")\s+)?"
        hour = r"(?<![\d.,:])(?P<h>[01]?\d|2[0-4])"
        # "5 p.m. EST", "12 h 30 locales": a time zone after the clock time is part of the expression
        zone = r"(?:,?\s+(?:" + alt(d("time_zones")) + r")" + E + ")?" if d("time_zones") else ""
        # "8 heures et demie", "midi et quart", "sept heures moins le quart"
        minutes = (
            r"(?:\s+(?P<mw>" + alt(list(self.minute_words)) + r")" + E + ")?" if self.minute_words else ""
        )
        if d("time_h"):
            self._add(
                B
                + pre
                + hour
                + r"\s*(?P<hw>"
                + alt(d("time_h"))
                + r")"
                + r"(?:(?=[0-5]\d(?!\d))|"  # "17h45" written as one word
                + E
                + r")(?:\s*(?P<mi>[0-5]\d)(?!\d)|"
                + minutes
                + ")"
                + zone,
                _time,
                2,
                DIGITS,
            )
            spelled = [w for w in d("time_h") if norm(w) not in self.hour_letters]
            if spelled:  # "vers huit heures", "à sept heures du matin": the hour in words
                self._add(
                    B + pre + r"(?P<h>" + self.f_numw + r")\s+(?P<hw>" + alt(spelled) + r")" + E + minutes,
                    _time,
                    2,
                    ("time_h",),
                )
        if d("hour_letters"):  # "une grève de 48h", "sous 72 h": more hours than a day has, a duration
            self._add(
                r"(?<![\d.,:])(?<!\d[ \u00a0\u202f])(?P<h>2[5-9]|[3-9]\d|[1-9]\d\d)\s*"
                + alt(d("hour_letters"))
                + r"(?:\s*(?P<mi>[0-5]\d)(?!\d))?"
                + E,
                _hours_past_a_day,
                2,
                DIGITS,
            )
        if d("ampm"):
            self._add(
                B + pre + hour + r"(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>" + alt(d("ampm")) + r")(?!\w)" + zone,
                _time,
                2,
                DIGITS,
            )
        if d("oclock"):  # "5 o'clock", "9:00 o'clock"
            self._add(
                B
                + pre
                + r"(?P<h>"
                + DIGITS_NUM
                + "|"
                + self.f_numw
                + r")(?::(?P<mi>[0-5]\d))?\s+"
                + alt(d("oclock")),
                _time,
                2,
                ("oclock",),
            )
        if d("bare_hour_pre"):
            # "at 9 in the evening": an hour without a clock's word, which the part of the day said after
            # it makes a time of day ("stood at 9 this morning" is a count)
            parts = d("clock_day_part_after")
            self._add(
                B
                + r"(?P<pre>"
                + alt(d("bare_hour_pre"))
                + r")\s+(?P<h>[1-9]|1[0-2]|"
                + self.f_numw
                + r")(?=\s+"
                + alt(parts)
                + E
                + ")",
                _time,
                1,
                ("bare_hour_pre",),
            )
        self._add(B + pre + hour + r":(?P<mi>[0-5]\d)(?![\d:])" + zone, _time, 1, DIGITS)
        # "16.47 BST": with a dot, only a time zone in capitals tells a clock from a number
        caps = "|".join(re.escape(z) for z in d("time_zones") if z.isupper())
        if caps:
            self._add(B + pre + hour + r"\.(?P<mi>[0-5]\d)\s+(?-i:" + caps + r")" + E, _time, 1, DIGITS)
            # "at 2153 GMT", "1430 UTC", "1653 local time": four digits of a 24-hour clock before a time
            # zone in capitals or one written in words
            words = [z for z in d("time_zones") if not z.isupper()]
            zone_words = "|" + alt(words) if words else ""
            four = (
                r"(?<![\d.,:])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?:(?-i:"
                + caps
                + r")"
                + zone_words
                + r")"
                + E
            )
            self._add(B + pre + four, _four_digit_clock, 1, DIGITS)
        self._add(B + pre + r"(?P<tw>" + alt(d("time_words")) + ")" + E + minutes, _time, 1, ("time_words",))


def _abbreviations(months: dict[str, int]) -> frozenset[str]:
    """Month keys that abbreviate a longer key of the same month (``janv`` of ``janvier``)."""
    return frozenset(
        k for k, v in months.items() if any(o != k and o.startswith(k) and months[o] == v for o in months)
    )


def _span(
    m: re.Match[str],
    g: Grammar,
    kind: str,
    info: dict[str, Any],
    start: int | None = None,
    end: int | None = None,
) -> Cand:
    """A candidate for the match (or part of it), with a full month name's sentence full stop left out."""
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    text = m.string
    if (
        e > s
        and text[e - 1] == "."
        and e == (m.end("mdot") if "mdot" in m.re.groupindex and m.group("mdot") else -1)
    ):
        month = norm(m.group("month") or "")
        if month not in g.abbrev_months:
            e -= 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Cand(s, e, kind, info)


def _month_no(g: Grammar, word: str | None) -> int | None:
    return g.lex.months.get(norm(word)) if word else None


def _day_no(g: Grammar, word: str | None) -> int | None:
    if not word:
        return None
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else g.lex.ordinals.get(norm(word))


def _year_no(word: str | None, strict_two: bool = False) -> int | None:
    """A year from ``2014``, ``'98`` or ``98`` (bare two digits only when above 31)."""
    if not word:
        return None
    digits = re.sub(r"\D", "", word)
    if len(digits) == 4:
        return int(digits)
    value = int(digits)
    if word[0] not in "'’" and (strict_two or value <= 31):
        return None
    return value + (1900 if value >= 30 else 2000)


def _rel(g: Grammar, word: str | None, table: str = "rel_post") -> dict[str, Any] | None:
    if not word:
        return None
    return getattr(g.lex, table).get(norm(word))


_DIGIT_NEXT = re.compile(r"\s*\d")
_PREV_WORD = re.compile(r"([\w'’-]+|[^\w\s])\s*$")


def _prev_word_at(text: str, pos: int) -> tuple[str, int]:
    """The word (or punctuation mark) just before ``pos``, and where it starts."""
    low = max(0, pos - 40)
    m = _PREV_WORD.search(text[low:pos])
    return (norm(m.group(1)), low + m.start(1)) if m else ("", pos)


def _prev_word(text: str, pos: int) -> str:
    """The word (or punctuation mark) just before ``pos``."""
    return _prev_word_at(text, pos)[0]


def _next_word(text: str, pos: int) -> str:
    return _next_word_at(text, pos)[0]


def _iso(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    info = {"y": int(m["y"]), "m": int(m["m"]), "d": int(m["d"])}
    if m["H"]:
        return [_span(m, g, "time", {**info, "h": int(m["H"]), "mi": int(m["M"])})]
    return [_span(m, g, "date", info)]


def _year_first(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    return [_span(m, g, "date", {"y": int(m["y"]), "m": month, "d": day})]


def _numeric(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    a, b = int(m["a"]), int(m["b"])
    order = g.lex.data.get("numeric_date_order")
    if m["sep"] == ".":  # "01.11.2023": dotted dates read day first even where slashes do not
        order = g.lex.data.get("numeric_dotted_order", order)
    day, month = (b, a) if order == "mdy" else (a, b)
    if not (1 <= month <= 12) and 1 <= day <= 12 and month <= 31:
        day, month = month, day  # "23/10/2020" in a month-first language: only one reading exists
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return []
    if not m.groupdict().get("y"):
        return [_span(m, g, "date", {"m": month, "d": day})]  # "03/10 09:59": the year is resolved
    year = int(m["y"])
    if len(m["y"]) == 2:
        year += 1900 if year >= 30 else 2000
    return [_span(m, g, "date", {"y": year, "m": month, "d": day})]


def _same(g: Grammar, m: re.Match[str]) -> int | None:
    return g.lex.same_year.get(norm(m["same"])) if m["same"] else None


def _year_rel(g: Grammar, m: re.Match[str]) -> int | None:
    """The year offset from the creation time of "last year", "l'an prochain" after a month or a date."""
    return g.lex.year_rel.get(norm(m["yrel"])) if m["yrel"] else None


def _dmy(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    month, day = _month_no(g, m["month"]), _day_no(g, m["day"])
    if month is None or day is None:
        return []
    if _ordinal_word_alone(g, m, text):
        return []
    year = _year_no(m["year"])
    if year is None and m["year"]:
        return [_cut_before_year(g, m)]
    rel = _rel(g, m.groupdict().get("rel")) or _rel(g, m.groupdict().get("wdpre"), "rel_pre")
    wd = g.lex.weekdays.get(norm(m["wd"])) if m["wd"] else None
    info = {
        "m": month,
        "d": day,
        "y": year,
        "rel": rel["offset"] if rel else None,
        "year_from_prev": _same(g, m),
        "wd": wd,
        "year_rel": _year_rel(g, m),
        "dateline": year is None and _dateline(text, m.start(), m.end()),
    }
    return [_span(m, g, "date", info)]


# a dateline: a place in capitals and a comma before the date, an agency or a dash after it ("OSLO, July 29
# (Reuters) -", "WILMINGTON, Delaware, Oct 5 -LRB- AP -RRB-", "PARIS, 5 octobre (AFP) -")
_DATELINE_PLACE = re.compile(r"\b[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+)*(?:\s*,\s*[A-Z][a-z.]+)?\s*,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|-LRB-|[-–—]{1,2}\s)")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is an agency's dateline, the day of writing or near it."""
    return bool(_DATELINE_AFTER.match(text, end) and _DATELINE_PLACE.search(text, max(0, start - 60), start))


def _ordinal_word_alone(g: Grammar, m: re.Match[str], text: str) -> bool:
    """ "the first June storm", "the second may be": in a language that names a day by an ordinal word
    only with a joiner ("the first of June"; ``ordinal_word_day_needs_joiner``), such a word right
    before a month with no year, and a word in lower case after it, counts something else."""
    if not g.ordinal_word_day_needs_joiner or m.end("day") > m.start("month") or m["year"]:
        return False
    if any(ch.isdigit() for ch in m["day"]) or text[m.end("day") : m.start("month")].strip():
        return False
    nxt = NEXT_WORD.match(text, m.end("month"))  # "the first June storm"; not "the third June."
    return nxt is not None and nxt[1].islower()


def _dmy_hyphenated(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A day, a month's name and a year joined by hyphens: two digits are a year here ("03-Jan-20")."""
    month, day = _month_no(g, m["month"]), int(m["day"])
    year = _year_no(m["year"] if len(m["year"]) == 4 else "'" + m["year"])
    if month is None or not 1 <= day <= 31:
        return []
    return [_span(m, g, "date", {"m": month, "d": day, "y": year, "rel": None, "year_from_prev": None})]


def _cut_before_year(g: Grammar, m: re.Match[str]) -> Cand:
    """The day-month candidate without a trailing number that turned out not to be a year."""
    info = {
        "m": _month_no(g, m["month"]),
        "d": _day_no(g, m["day"]),
        "y": None,
        "rel": None,
        "year_from_prev": None,
    }
    end = m.end("mdot") if m["mdot"] else m.end("month")
    return _span(m, g, "date", info, end=end)


def _month(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    month = _month_no(g, m["month"])
    if month is None:
        return []
    year = _year_no(m["year"], strict_two=False)
    end = None
    if m["year"] and year is None:
        end = m.end("mdot") if m["mdot"] else m.end("month")
    if (
        m["year"]
        and year is not None
        and m["year"][0].isdigit()
        and len(m["year"]) == 2
        and not _plain_next(g, m)
    ):
        return []
    explicit = bool(m["part"] or m["pre"] or m["noun"] or m["rel"] or (year and end is None))
    if not explicit and not _month_context_ok(g, m, text):
        return []
    if _modal_not_month(g, m):
        return []
    rel = _rel(g, m["pre"], "rel_pre") or _rel(g, m["rel"])
    anchor = rel.get("anchor") if rel else None
    if rel and rel.get("may_open_clause") and _that_clause(g, text, m.start(), m.end()):
        anchor = None  # "said that March would be the busiest month": "that" opens what was said
    info = {
        "m": month,
        "y": year if end is None else None,
        "rel": rel["offset"] if rel else None,
        "mod": part_mod(g, m["part"]),
        "anchor": anchor,
        "year_rel": _year_rel(g, m) if end is None else None,
    }
    return [_span(m, g, "month", info, end=end)]


def _plain_next(g: Grammar, m: re.Match[str]) -> bool:
    """Whether a number after a month is not followed by a quantity noun (``mars 98`` is a year)."""
    return _next_word(m.string, m.end()) not in g.lex.quantity_nouns


def _modal_not_month(g: Grammar, m: re.Match[str]) -> bool:
    """ "this may be", "that march": a word that is also no month ("may", "march"), in lower case in a
    language that capitalises months, after "this" or "that" (``ambiguous_month_not_after``), with
    no year ("may 2002" stays a month; "in early may" has no such word; "earlier that may have" is
    the modal)."""
    month, word = m["month"], m["pre"] or m["rel"]
    return (
        bool(g.lex.data.get("months_capitalised"))
        and month.islower()
        and norm(month) in g.lex.ambiguous_months
        and bool(word)
        and norm(word) in g.month_not_after
        and not m["year"]
    )


def _month_context_ok(g: Grammar, m: re.Match[str], text: str) -> bool:
    """A bare month name counts unless it is ambiguous (``mai``, ``May``) and has no date context."""
    word = norm(m["month"])
    if g.lex.data.get("months_capitalised") and not m["month"][0].isupper():
        return False
    if word in g.abbrev_months and not m["mdot"] and word not in g.lex.data.get("bare_abbrev_ok", []):
        return False
    if word not in g.lex.ambiguous_months:
        return True
    before, at = _prev_word_at(text, m.start())
    if before in g.month_name_after and _capitalised_inside(m["month"], text, m.start()):
        # "les images de Mars": the planet, where months are written in lower case; not "au mois de Mars"
        return _prev_word(text, at) in g.month_name_after_unless
    return before in g.lex.month_context


def _year(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    year = int(m["year"])
    if not _year_ok(g, m, text, year):
        return []
    mod = part_mod(g, m["part"])
    return [_span(m, g, "year", {"y": year, "mod": mod})]


def _year_ok(g: Grammar, m: re.Match[str], text: str, year: int) -> bool:
    """A bare four-digit number is a year only in a date context and not before a quantity noun."""
    if not 1000 <= year <= 2100:
        return False
    after = _next_word(text, m.end())
    if after in g.lex.quantity_nouns or re.match(r"\s*(?:[%€$£]|[.,]\d)", text[m.end() :]):
        return False
    if _counts_plural(g, text, m.end()) and _prev_word(text, m.start()) not in g.counted_years_after:
        return False
    if re.search(r"[$€£]\s*$", text[max(0, m.start() - 2) : m.start()]):
        return False
    if m["part"] or m["noun"]:
        return True
    if _LINE_HEAD.search(text, max(0, m.start() - 8), m.start()) and _CHRONICLE_MARK.match(text, m.end()):
        return True  # "1966 - Coup ends civilian rule": a chronology's line
    head = text[max(0, m.start() - 60) : m.start()]
    if g.count_bound is not None and g.count_bound.search(head):
        return False
    if g.numbered_before is not None and g.numbered_before.search(head):
        return False
    before = _prev_word(text, m.start())
    if before in g.lex.year_context or before.endswith(tuple(g.lex.words("year_context_suffixes"))):
        return True
    return before == "(" and after in (")", ",", ";")


_LOWER_WORD = re.compile(r"[^\W\d_A-Z]{4,}(?![\w'’-])")


def _counts_plural(g: Grammar, text: str, end: int) -> bool:
    """Whether a number ending at ``end`` counts the plural noun right after it ("1300 prisonniers",
    "près de 1900 manifestants"), where a language puts a year after its noun (French): a lower-case
    word with a plural ending, not a word of 'counted_plurals.not' ("en 1990 dans", "depuis 1998 des");
    the caller keeps a year after a word of its 'years_after' ("en 1968 étudiants et ouvriers")."""
    if not g.counted_endings:
        return False
    word = _LOWER_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if word is None or word[0] != word[0].lower():
        return False
    plural = word[0].endswith(g.counted_endings) and not word[0].endswith(g.counted_not_endings)
    return plural and norm(word[0]) not in g.counted_not


def _year_range(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    y1, y2_text = int(m["y1"]), m["y2"]
    y2 = int(y2_text) if len(y2_text) == 4 else y1 // 100 * 100 + int(y2_text)
    if not (1000 <= y1 < y2 <= 2100):
        return []
    if "from" not in m.re.groupindex and _next_word(text, m.end()) in g.lex.quantity_nouns:
        return []
    if "from" not in m.re.groupindex and not re.match(r"\s*[-–]", text[m.end("y1") :]) and len(y2_text) == 2:
        return []
    first = Cand(m.start("y1"), m.end("y1"), "year", {"y": y1, "mod": ""}, 4)
    second = Cand(m.start("y2"), m.end("y2"), "year", {"y": y2, "mod": ""}, 4)
    return [first, second]


def _day_range(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    month2, d2, d1 = _month_no(g, m["month"]), _day_no(g, m["day"]), _day_no(g, m["d1"])
    month1 = _month_no(g, m.groupdict().get("m1")) or month2
    year = _year_no(m["year"]) if m["year"] else None
    if None in (month2, d1, d2):
        return []
    first_end = m.end("m1") if m.groupdict().get("m1") else m.end("d1")
    first = Cand(m.start("d1"), first_end, "date", {"m": month1, "d": d1, "y": year, "rel": None}, 4)
    second = _span(m, g, "date", {"m": month2, "d": d2, "y": year, "rel": None}, start=m.start("day"))
    return [first, second]


def _mdd_range(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    month, d1, d2 = _month_no(g, m["month"]), _day_no(g, m["d1"]), _day_no(g, m["d2"])
    if None in (month, d1, d2) or d2 <= d1:  # type: ignore[operator]
        return []
    year = int(m["year"]) if m["year"] else None
    first = Cand(m.start(), m.end("d1"), "date", {"m": month, "d": d1, "y": year, "rel": None}, 4)
    second = Cand(m.start("d2"), m.end(), "date", {"m": month, "d": d2, "y": year, "rel": None}, 4)
    return [first, second]


def _month_range(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "de juillet à septembre 2020", "janvier-février 2011", "décembre-janvier 2011" (the first in
    the year before); not a word that is also no month in the other case ("you may - June 2020",
    "la sonde Mars/Juillet 2020")."""
    first_word = m["m1"]
    if norm(first_word) in g.lex.ambiguous_months and (
        first_word.islower() if g.lex.data.get("months_capitalised") else first_word[:1].isupper()
    ):
        return []
    m1, m2, year = _month_no(g, m["m1"]), _month_no(g, m["month"]), int(m["year"])
    year1 = year - 1 if m1 is not None and m2 is not None and m1 > m2 else year
    first = Cand(m.start("m1"), m.end("m1"), "month", {"m": m1, "y": year1, "rel": None, "mod": ""}, 4)
    second = _span(m, g, "month", {"m": m2, "y": year, "rel": None, "mod": ""}, start=m.start("month"))
    return [first, second]


def _weekday_day(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "le vendredi 4", "Friday the 4th": the month is the one, near the text's time, where that day
    falls on that weekday."""
    key = norm(m["wd"])
    if key in g.lex.ambiguous_weekdays:
        return []
    rel = _rel(g, m["rel"])  # "le mardi 7 prochain"
    info = {"wd": g.lex.weekdays[key], "d": int(m["day"]), "rel": rel["offset"] if rel else None}
    return [_span(m, g, "wdday", info, start=m.start() if m["pre"] else m.start("wd"))]


def _weekday(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    key = norm(m["wd"])
    if key in g.lex.ambiguous_weekdays:
        return []
    pre = _rel(g, m["pre"], "rel_pre")
    opens_clause = pre and pre.get("may_open_clause") and _POSSESSIVE.match(text, m.end())
    if opens_clause and _prev_word(text, m.start()) in g.that_clause_verbs:
        pre = None  # "said that Friday's vote was delayed": "that" opens what was said
    rel = _rel(g, m["rel"] or m.groupdict().get("rel_after_part"))
    start = m.start() if pre else m.start("wd")
    said = rel or pre or {}  # the relative word said with it, after or before
    info = {
        "wd": g.lex.weekdays[key],
        "rel": said.get("offset"),
        "anchor": said.get("anchor"),
        "not_yesterday": bool(said.get("not_yesterday")),
        # "Ce vendredi, les dockers ont bloqué le port": opening its clause, the tense decides its side
        "by_tense": bool(said.get("by_tense")) and not _prev_word(text, start)[-1:].isalnum(),
        "part": g.lex.day_parts.get(norm(m["dp"])) if m["dp"] else None,
        # "le vendredi 4": a day, whatever the tense
        "habitual": not (pre or rel or _DIGIT_NEXT.match(text, m.end()))
        and _after_habitual_det(g, text, start),
        "indefinite": not (pre or rel) and _indefinite_weekday(g, text, start, m.end()),
        "schedule": not (pre or rel or _DIGIT_NEXT.match(text, m.end()))
        and _schedule(g, text, start, m.end()),
    }
    return [_span(m, g, "weekday", info, start=start)]


_POSSESSIVE = re.compile(r"\s?['’]s\b")


def _indefinite_weekday(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` is one of many, after an indefinite article and before
    a mark or a word that does not make it a noun's modifier ("on a Saturday.", "un samedi où"; not
    "in a Friday statement", "a Monday deadline", "un vendredi de colère": that day's)."""
    if _prev_word(text, start) not in g.indefinite_weekday_articles:
        return False
    after = _next_word(text, end)
    return not after[:1].isalnum() or after in g.indefinite_weekday_next


def _schedule(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` is an end of a week's schedule, its days with the
    article ("du lundi au vendredi": every week; "de lundi à vendredi" is this week's)."""
    if g.schedule_before is None or g.schedule_after is None:
        return False
    if g.schedule_after.match(text, end):
        return True
    return bool(g.schedule_before.search(text, max(0, start - 40), start)) and not g.schedule_tail.match(
        text, end
    )


def _after_habitual_det(g: Grammar, text: str, start: int) -> bool:
    """Whether a weekday starting at ``start`` follows an article that, told in no tense, makes it a
    habit ("Le mardi, le marché s'installe", "vendent leur poisson le samedi"); not after a word that
    makes it one day ("depuis le mardi", "dès le lundi")."""
    det, at = _prev_word_at(text, start)
    return det in g.lex.habitual_det and _prev_word(text, at) not in g.lex.habitual_not_after


_LAST_WORD = re.compile(r"\s+\S+$")


def _schedule_patterns(data: dict[str, Any] | None, d: Callable[[str], list[str]]) -> tuple[Any, Any, Any]:
    """The first weekday of a schedule with its opening word and link, ending the text ("du lundi
    au "); the link and last weekday right after the first ("au vendredi"), with no day number nor
    a word of ``not_before`` after it ("du lundi au mercredi de la semaine dernière"); and that tail."""
    if not data:
        return None, None, None
    days, opens, links = alt(d("weekdays")), alt(data.get("opens", [])), alt(data.get("links", []))
    tail = rf"\s*(?:\d|{alt(data.get('not_before', []))})"
    before = re.compile(rf"(?<![\w'’]){opens}\s+{days}\s+{links}\s+$", re.IGNORECASE)
    after = re.compile(rf"\s+{links}\s+{days}\b(?!{tail})", re.IGNORECASE)
    return before, after, re.compile(tail, re.IGNORECASE)


_LINE_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LONG_WORDS = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more


def in_running_text(text: str, start: int, end: int, lex: Lexicon, *, long_words: bool = False) -> bool:
    """Whether ``text[start:end]`` stands in running text, not a headline: a lower-case word of four
    letters or more, not of ``lex.headline_lower``, among the four words on either side on its line
    (with ``long_words``, the four words of four letters or more)."""
    words = _LONG_WORDS if long_words else _LINE_WORDS
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    before = words.findall(text, max(line_start, start - 60), start)[-4:]
    after = words.findall(text, end, min(end + 60, line_end))[:4]
    return any(w.islower() and len(w) >= 4 and norm(w) not in lex.headline_lower for w in before + after)


def _named_count(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether a count in digits or capitalised words with its unit capitalised, in running text, is a
    name: a newspaper, a show, a war ("Selon 20 Minutes", "told 60 Minutes", "the Six Day War"); not a
    headline ("Talks Last 20 Minutes")."""
    unit, num = m["unit"], m["num"]
    if not ((num[:1].isdigit() or num[:1].isupper()) and unit[:1].isupper() and not unit.isupper()):
        return False
    return in_running_text(text, m.start(), m.end(), g.lex, long_words=True)


def _adjective(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands as an adjective: before a word that ends no
    phrase, and not capitalised inside a sentence ("the current government", "the current Syrian
    government"; not "the current of the river", "the loop current very closely", "the Loop
    Current", "Current TV")."""
    word = text[start:end]
    if _capitalised_inside(word, text, start) and not word.isupper():
        return False
    after = re.match(r"\s+(?:[$€£]|([^\W\d_][\w'’-]*)(?:\s+([^\W\d_]+))?)", text[end : end + 40])
    if after is None:
        return False
    if after[1] is None:  # "the current $75 million cap"
        return True
    # "current and former officials": a pair of adjectives
    return norm(after[1]) not in g.adjective_not_before or norm(after[2] or "") in g.adjective_pairs


def _publication_patterns(data: dict[str, Any] | None) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A determiner or possessive, then capitalised words only, ending the text ("the Velmora Star",
    "Ostrava's Morning Herald", "the pan-Norvasian"); and the words that may follow the publication."""
    if not data:
        return None, frozenset()
    names = r"(?:(?:[a-z]+-)?[A-Z][\w'’-]*\s+)+"
    before = re.compile(rf"(?:(?<!\w)(?i:{alt(data.get('dets', []))})\s+|\w['’]s\s+|\s['’]s\s+){names}$")
    return before, frozenset(norm(w) for w in data.get("next", []))


def _publication(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the set word at ``text[start:end]`` names a publication after its capitalised name
    or origin ("the Velmora Star daily predicts", "the Norvasian daily Il Corriere"), not how often
    ("the UN daily briefing"): a capitalised word, a punctuation mark or a word of
    ``publication_sets.next`` follows."""
    if g.publication_before is None or not g.publication_before.search(text, max(0, start - 80), start):
        return False
    after = re.match(r"\s*(\S)", text[end : end + 40])
    return (
        after is None
        or not after[1].isalnum()
        or after[1].isupper()
        or _next_word(text, end) in g.publication_next
    )


def _compound_cut(m: re.Match[str], text: str, table: dict[str, Any]) -> tuple[str, int]:
    """The key and end of the phrase of group ``w``, without its last word when a hyphen joins that
    word to what follows and the rest is a phrase of ``table`` too: "ce soir là-bas" is "ce soir"."""
    end = m.end("w")
    if text[end : end + 1] in HYPHENS and text[end + 1 : end + 2].isalpha():
        last = _LAST_WORD.search(m["w"])
        if last is not None and norm(m["w"][: last.start()]) in table:
            return norm(m["w"][: last.start()]), m.start("w") + last.start()
    return norm(m["w"]), m.end()


def _day_word(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    key, end = _compound_cut(m, text, g.lex.day_words) if not m["dp"] else (norm(m["w"]), m.end())
    spec = g.lex.day_words[key]
    link = g.lex.event_of.match(text, end) if g.lex.event_of is not None else None
    if spec.get("only_before_event") and link is None:
        return []  # "the day of the explosion" is its day; "the day" alone says none
    if spec.get("only_before_event") and spec.get("part") and _day_named_at(g, text, link.end()):
        return []  # "the night of Oct. 23": the date alone, as TimeBank tags it; "the night of the fire"
    generic = g.lex.generic_day
    if (
        "generic" in spec
        and not m["dp"]
        and (
            (generic is not None and generic.says_no_day(text, m.start(), end))
            or (spec.get("supposed") and _supposed(g, text, m.start(), end))
        )
    ):
        # "la ville de demain", "today's youth", "si demain la guerre éclatait"
        return [_span(m, g, "ref", {"value": spec["generic"]}, end=end)]
    part = g.lex.day_parts.get(norm(m["dp"])) if m["dp"] else spec.get("part")
    anchor = spec.get("anchor", "dct")
    # a day counted from another ("the next day", "ce jour-là") never counts from the day of writing,
    # unless the day word marks it ("dct_alone": "En cette journée de deuil" with no day told before)
    anaphoric = anchor == "previous" and not spec.get("dct_alone")
    info = {"offset": spec["offset"], "anchor": anchor, "part": part, "anaphoric": anaphoric}
    return [_span(m, g, "dayoff", info, end=end)]


def _day_named_at(g: Grammar, text: str, pos: int) -> bool:
    """Whether a date, a weekday or a day word opens the text at ``pos`` ("Oct. 23", "Tuesday",
    "25 June 2009", "yesterday")."""
    word = _next_word(text, pos).rstrip(".")
    named = word in g.lex.weekdays or word in g.lex.day_words or _month_no(g, word) is not None
    return named or word[:1].isdigit()


def _supposed(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether a word of supposition opening a clause comes right before ``start`` and an imperfect
    follows in the clause: "Si demain la digue cédait, …", "et si demain"; not "on ne sait pas si demain
    …", where it asks whether, nor "si demain il pleut", a real tomorrow."""
    word, at = _prev_word_at(text, start)
    if word not in g.supposition_words:
        return False
    before = _prev_word(text, at)
    if before and before[0].isalnum() and before not in g.supposition_after:
        return False
    infinitive = g.lex.infinitive
    clause = _CLAUSE_BREAK.split(text[end : end + 80], maxsplit=1)[0]
    return infinitive is not None and any(infinitive.imperfect(w) for w in _WORDS.findall(clause))


_WORDS = re.compile(r"[^\W\d_]+")


def _that_clause(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether "that" opens a clause right after a verb of saying, with a word in lower case after the
    phrase that does not open a clause of its own: "warned that morning traffic would be heavy"; not
    "said that night he would resign", "announced that evening at the rally"."""
    if _prev_word(text, start) not in g.that_clause_verbs:
        return False
    nxt = NEXT_WORD.match(text, end)
    return nxt is not None and nxt[1].islower() and nxt[1] not in g.that_clause_time_next


def _discourse_marker(text: str, m: re.Match[str]) -> bool:
    """ "Now, he says, …": a word opening its sentence and set off by a comma links ideas, names no time."""
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \"'“‘`")
    return (not before or before[-1] in ".!?\n") and text[m.end() : m.end() + 1] == ","


def _fixed(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    key, end = _compound_cut(m, text, g.lex.fixed)
    spec = g.lex.fixed[key]
    if key in g.lex.words("discourse_markers") and _discourse_marker(text, m):
        return []
    if spec.get("before_noun") and not _adjective(g, text, m.start(), end):
        return []  # "the loop current", "the current of the river": a stream, no time
    fillers = (spec.get("filler_after", ()), spec.get("filler_before", ()))
    if _prev_word(text, m.start()) in map(norm, fillers[0]) or _next_word(text, end) in map(norm, fillers[1]):
        return []  # "depuis maintenant trois semaines": a word of the length told, no time of its own
    if "ref" in spec:
        return [_span(m, g, "ref", {"value": spec["ref"]}, end=end)]
    if "set" in spec:
        if _prev_word(text, m.start()) in g.lex.set_noun_after or _publication(g, text, m.start(), end):
            return []  # "l'hebdomadaire Le Courrier", "the Velmora Star daily": a publication, no time
        return [_span(m, g, "set", {"value": spec["set"]}, end=end)]
    if "dur" in spec:
        return [_span(m, g, "durval", {"value": spec["dur"]}, end=end)]
    if "unit" in spec:  # "by year-end": a part of a unit counted from the creation time, after a preposition
        if _prev_word(text, m.start()) not in g.lex.words("unit_part_context"):
            return []  # "year-end results": a modifier
        info = {"unit": spec["unit"], "offset": spec.get("offset", 0), "anchor": "dct"}
        info["mod"] = spec.get("mod", "")
        return [_span(m, g, "unitrel", info, end=end)]
    figure = g.figurative.get(key)
    if figure is not None and _figurative(text, m.start(), figure):
        return []  # "it won't happen overnight", "virtually overnight"
    if (
        spec.get("rate_after_currency")
        and _prev_word(text, m.start()) in g.rate_currencies
        and _next_word(text, end) not in g.price_not_before
    ):
        return []  # "6000 euros la nuit": a price per night, no time; not "2000 euros la nuit du 3 mai"
    if spec.get("may_open_clause") and _that_clause(g, text, m.start(), end):
        return []  # "said that night would bring rain": "that" opens what was said
    if spec.get("part") and _prev_word(text, m.start()) in g.part_habit_adverbs:
        return [_span(m, g, "timeref", {"value": f"XXXX-XX-XXT{spec['part']}"}, end=end)]  # "souvent la nuit"
    info = {"offset": spec["offset"], "anchor": spec.get("anchor", "dct"), "part": spec.get("part")}
    if spec.get("anaphoric"):  # "le soir même", "that night": of a day the text named, never of the writing's
        info["anaphoric"] = True
    if spec.get("mod"):
        info["mod"] = spec["mod"]
    if "past_offset" in spec:  # "rockets hit the base overnight": the night just gone
        info["past_offset"] = spec["past_offset"]
    return [_span(m, g, "dayoff", info, end=end)]


_CLAUSE_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?|[.!?;:,()]")
FIGURATIVE_REACH = 8  # words before a time word, back to a punctuation mark, that may make it a figure
NEGATION_REACH = 3  # words from a negation to the verb it denies ("is not going to happen")


def _figurative(text: str, start: int, spec: dict[str, frozenset[str]]) -> bool:
    """Whether the time word at ``start`` speaks of speed, not of a night: right after a word of
    ``spec["before"]`` ("virtually overnight"), or after a verb of ``spec["verbs"]`` denied by a word of
    ``spec["negations"]`` at most a few words before it, with no word of ``spec["boundaries"]`` between
    ("revolutions do not happen overnight", "won't change the balance overnight"; not "clashes
    happened overnight", "did not know what happened overnight"). A negation written "n't" also
    ends a word ("haven't")."""
    words = _CLAUSE_WORDS.findall(text, max(0, start - 80), start)[-FIGURATIVE_REACH:]
    stretch = []  # the words back to a punctuation mark, nearest first
    for word in reversed(words):
        if not word[0].isalnum():
            break
        stretch.append(norm(word))
    if stretch and stretch[0] in spec.get("before", ()):
        return True
    verbs, negations, boundaries = (spec.get(k, frozenset()) for k in ("verbs", "negations", "boundaries"))
    endings = tuple(n for n in negations if n.startswith("n'"))
    for at, word in enumerate(stretch):
        if word not in verbs:
            continue
        for before in stretch[at + 1 : at + 1 + NEGATION_REACH]:
            if before in boundaries:
                break
            if before in negations or before.endswith(endings):
                return True
    return False


def _final_part_of(g: Grammar, text: str, unit_start: int, end: int) -> bool:
    """Whether the words before a unit say the final one of what is named after it ("the last week of
    the campaign", "the last year of his term"), not the one before the creation time ("the killing
    last month of the commander" is; "la dernière semaine de 5 %" is a rise over it; "the last week of
    2019" is that year's). Such a phrase is
    no time of its own; a time named after it keeps its tag ("the last week of March": "March")."""
    if not g.unit_final_pre or g.lex.event_of is None:
        return False
    of = g.lex.event_of.match(text, end)
    if of is None or _AMOUNT_NEXT.match(text, of.end()):
        return False
    return _final_words_before(g, text, unit_start)


def _final_words_before(g: Grammar, text: str, unit_start: int) -> bool:
    """Whether the words before a unit are one of ``unit_final_pre`` ("the last", "le dernier")."""
    words = TOKEN.findall(text, max(0, unit_start - FINAL_PRE_REACH), unit_start)
    return bool(g.unit_final_pre) and (" " + " ".join(norm(w) for w in words)).endswith(g.unit_final_pre)


def _unit_rel(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    pre, rel = _rel(g, m["pre"], "rel_pre"), _rel(g, m["rel"])
    spec = rel or pre
    told = _rel(g, f"{m['det']} {m['pre']}", "rel_pre") if m["det"] and pre else None
    # "left the next year": counted from the year told before when told in the past, unlike "next year"
    past_anchor = bool(told and not rel and told.get("anchor") == "previous" and "anchor" not in pre)
    unit = g.lex.units[norm(m["unit"])]
    word = norm(m["unit"])
    if spec and spec["offset"] and m["det"] and norm(m["det"]) in g.lex.words("plural_dets"):
        # "les mois à venir", "les semaines à venir": many of them, ahead or gone, no one of them
        return [_span(m, g, "ref", {"value": "FUTURE_REF" if spec["offset"] > 0 else "PAST_REF"})]
    if word.endswith("s") and word[:-1] in g.lex.units:
        return []
    if spec is None and m["det"] and unit in g.lex.words("det_rel_units"):
        # "the weekend", "the year": the one nearest, by tense; not "the year before", "the year-end"
        after = _next_word(text, m.end())
        if after in g.lex.det_unit_reject_next or (text[m.end() : m.end() + 1] or " ") in "-‐‑–":
            return []
        if after in g.lex.det_unit_duration_next:  # "the year ended June 30": a year-long period
            info = {"unit": unit, "amount": 1, "mod": ""}
            return [_span(m, g, "dur", info, start=m.start("det"))]
        # said with its article alone, no word of its own: maybe the year the text just told
        spec = {"offset": 0, "by_article": True, "article_only": True}
    if spec is None and m["part"] and unit in PART_OF_UNITS and not m["part"].endswith(("'", "’")):
        # "la fin de l'année", "le début du mois"; "fin d'année" alone is the language's fixed phrase
        spec = {"offset": 0, "by_tense": True, "article_only": True}
    if spec is None or unit in ("S", "MIN", "H"):
        return []
    if pre and _final_part_of(g, text, m.start("unit"), m.end()):
        return []
    start = m.start() if (m["part"] or m["det"] or m["pre"]) else m.start("unit")
    if unit == "D" and spec["offset"] == -1 and _final_words_before(g, text, m.start("unit")):
        # "on the last day, rain fell": the final day of something, not the day before the writing;
        # "over the last day": the past day, a duration
        if _prev_word(text, start) not in g.unit_final_duration_after:
            return []
        return [_span(m, g, "dur", {"unit": unit, "amount": 1, "mod": ""}, start=start)]
    if (
        spec["offset"]
        and norm(m[0].split()[0]) in g.determiner_words
        and not m["part"]
        and spec.get("anchor", "dct") == "dct"
        and unit in g.rel_units_as_durations
    ):
        # "over the past decade", "la prochaine décennie": the ten years up to or from the writing,
        # not the decade of the calendar before or after ("last decade", "la décennie suivante")
        return [_span(m, g, "dur", {"unit": unit, "amount": 1, "mod": ""}, start=start)]
    mod = part_mod(g, m["part"]) if m["part"] else spec.get("mod", "")
    info = {"unit": unit, "offset": spec["offset"], "anchor": spec.get("anchor", "dct"), "mod": mod}
    for flag in ("by_tense", "by_article", "article_only"):
        if spec.get(flag):
            info[flag] = True
    if past_anchor and _prev_word(text, start) not in g.unit_final_duration_after:
        info["past_anchor"] = True  # not "over the next week", a window from the writing
    return [_span(m, g, "unitrel", info, start=start)]


def _amount(g: Grammar, word: str) -> float | None:
    """The number of a quantity phrase; None for vague ones (``plusieurs``, ``several``)."""
    return None if norm(word) in g.lex.vague else g.lex.number(word)


def _shift(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    unit = g.lex.units[norm(m["unit"])]
    amount = _amount(g, m["num"])
    gd = m.groupdict()
    if amount is None and norm(m["num"]) not in g.lex.vague:
        return []
    ranged, start = False, None
    if gd.get("lo"):
        if 0 < (_amount(g, gd["lo"]) or 0) < (amount or 0):  # a range rises: "un ou deux ans"
            ranged = True
        elif gd.get("post"):  # "vers 1944 ou deux ans plus tard": the count alone, without "vers"
            start, gd["approx"] = m.start("num"), None
        else:
            return []
    if gd.get("post"):
        post = norm(gd["post"])
        if unit in ("H", "MIN", "S") and post in g.lex.later_post:
            return []  # "dix minutes plus tard": TimeML's duration, "later" its signal
        # "ago" counts back from the writing, "from now" on from it, "later" on from the time told
        ahead = post in g.ahead_post
        sign = 1 if ahead else g.lex.later_post.get(post, -1)
        anchor = "previous" if post in g.lex.later_post else "dct"
    else:
        sign, anchor = (1 if gd.get("fut") else -1), "dct"
    if gd.get("fut") and _followed_by(text, m.end(), g.lex.words("future_reject_next")):
        return []  # "dans vingt ans de carrière": a quantity of a noun, no time to come
    if gd.get("ago") and _followed_by(text, m.end(), g.lex.words("ago_lasting_next")):
        return []  # "voilà trois ans que le maire refuse": how long it has lasted, the count's length
    if gd.get("ago") and _what_there_is(g, text, m.end()):
        return []  # "il y a encore trois jours de marche": what there is, no time counted back
    if amount is not None and gd.get("half"):
        amount += 0.5  # "il y a un an et demi", "a year and a half ago"
    if start is None and _false_approx(g, m, text):
        return []
    info = {
        "unit": unit,
        "amount": amount,
        "sign": sign,
        "anchor": anchor,
        "mod": _mod(g, gd) or ("APPROX" if ranged else ""),  # a range: its higher count, about
    }
    if gd.get("this"):
        if anchor != "dct" or sign > 0:
            return []  # "two years later this week": no anniversary of the writing
        info["this"] = g.lex.data["ago_this"][norm(gd["this"])]
    return [_span(m, g, "shift", info, start=start)]


def _what_there_is(g: Grammar, text: str, pos: int) -> bool:
    """Whether a word of ``ago_existence_next`` follows ``pos``, not before one of its words ("de
    marche", "d'attente"; not "de cela", "de la montée", "d'avoir voté")."""
    table = g.lex.data.get("ago_existence_next") or {}
    for word, unless in table.items():
        if _followed_by(text, pos, [word]):
            after = text[pos : pos + 40].lstrip()[len(word) :]
            return not _followed_by(after, 0, [norm(w) for w in unless])
    return False


def _followed_by(text: str, pos: int, words: list[str]) -> bool:
    """Whether the word after ``pos`` is one of ``words`` (an elided one, "d'", opens a word)."""
    nxt = _next_word(text, pos)
    return any(nxt == w or (w.endswith("'") and nxt.startswith(w)) for w in words)


def _false_approx(g: Grammar, m: re.Match[str], text: str) -> bool:
    return bool(m.groupdict().get("approx")) and false_approx(g.lex, m["approx"], text, m.start("approx"))


def false_approx(lex: Lexicon, word: str, text: str, start: int) -> bool:
    """Whether the approximating ``word`` at ``start`` means something else after the word before
    it ("en plus d'un an de prison": in addition to, not more than) or before the word after it
    ("over the past three years": during, not more than); "-" stands for any word a hyphen ends
    ("the warm-up to a day of racing")."""
    key = norm(word)
    before, after = _prev_word(text, start), lex.data.get("approx_not_after", {}).get(key, ())
    if before in after or ("-" in after and before.endswith("-")):
        return True
    return _next_word(text, start + len(word)) in lex.data.get("approx_not_before", {}).get(key, ())


_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_MILITARY = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _four_digit_clock(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "at 2153 GMT", "by 0900 GMT": a 24-hour clock of four digits before its time zone; one that reads
    as a year of 1900–2099 ("in 1930 GMT") is a clock only after a word of 'bare_hour_pre' or a bracket."""
    bracket = re.search(r"(?:\(|-LRB-)\s*$", text[max(0, m.start() - 8) : m.start()])
    if (
        m["h"] in ("19", "20")
        and not (m["pre"] or bracket)
        and _prev_word(text, m.start()) not in g.bare_hour_pre
    ):
        return []  # "1930 GMT" alone may be a year; "at 1930 GMT", "(1925 GMT)" are clocks
    return [replace(c, info={**c.info, "loose": False}) for c in _time(g, m, text)]


def _military_clock(g: Grammar, m: re.Match[str], text: str) -> Cand | None:
    """A clock time of four digits before "hours" ("at 0600 hours", "until 2200 hours"): after a word
    of 'bare_hour_pre' or with its leading zero, not a count ("for 1000 hours")."""
    num = m["num"]
    if not (_MILITARY.fullmatch(num) and m["unit"].lower().endswith("s")):
        return None
    if not (num.startswith("0") or _prev_word(text, m.start("num")) in g.bare_hour_pre):
        return None
    info = {"h": int(num[:2]), "mi": int(num[2:]), "mod": "", "loose": False}
    return _span(m, g, "time", info, start=m.start("num"))


def _duration(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    unit = g.lex.units[norm(m["unit"])]
    amount = _amount(g, m["num"])
    gd = m.groupdict()
    if amount is None and norm(m["num"]) not in g.lex.vague:
        return []
    if amount is not None and (gd.get("half") or gd.get("frac")):
        amount += 0.5  # "two and a half years", "2 1/2 years"
    if m["num"][0].isdigit() and re.search(r"\d[.,]\d{3}$", m["num"]):
        return []
    if _is_age(g, m, text, unit) or _named_count(g, m, text):
        return []
    if unit == "H" and m["num"][:1].isdigit():
        if _CLOCK_BEFORE.search(text, max(0, m.start("num") - 3), m.start("num")):
            return []  # "at 21:38 hours": the minutes of a clock time, no count of hours
        military = _military_clock(g, m, text)
        if military is not None:
            return [military]
    if _qualified(g, text, m.start(), m.end()):
        return []  # "un jour historique", "une journée noire": what a day was like, no length
    if _ordinal_unit(g, text, m["unit"], m.end()):
        return []  # "une seconde mouture", "une seconde fois": "second", an ordinal
    compound = _inside_a_compound_verb(g, text, m.start(), m.end())
    if compound:  # "a un jour déclaré": once; "si celui-ci est un jour extradé": some day to come
        return [_span(m, g, "someday", {"ahead": compound == "ahead", "past": compound == "past"})]
    if _someday(g, m, text):  # after "si", "will", "hope": a day ahead unless told in the past
        idiom = g.someday_idiom_next.match(text, m.end()) if g.someday_idiom_next else None
        ahead = _prev_word(text, m.start()) in g.someday_pre or _opens_a_future_clause(
            g, text, m.start(), m.end()
        )
        info = {"ahead": ahead}
        return [_span(m, g, "someday", info, end=idiom.end() if idiom else None)]
    if unit == "Q" and amount is not None and _fraction_of(g, text, m.end()):
        return []
    if _rate(g, m, text):
        return [_span(m, g, "set", {"value": duration(1, unit)})]
    if gd.get("dpre") and not gd.get("approx") and _verb_before_count(g, m, text):
        return [
            _span(m, g, "dur", {"unit": unit, "amount": amount, "mod": _mod(g, gd)}, start=m.start("num"))
        ]
    if _false_approx(g, m, text):  # the quantity alone, exact, with its determiner ("the past")
        info = {"unit": unit, "amount": amount, "mod": ""}
        return [_span(m, g, "dur", info, start=m.start("dpre") if gd.get("dpre") else m.start("num"))]
    return [_span(m, g, "dur", {"unit": unit, "amount": amount, "mod": _mod(g, gd)})]


def _duration_range(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "two to three weeks", "between two and three hours": one length, about the higher count, when
    the counts rise and "between" comes with its own link ("and"); not an age ("between 18 and 40
    years old")."""
    lo, hi = _amount(g, m["lo"]), _amount(g, m["num"])
    if lo is None or hi is None or not 0 < lo < hi:
        return []
    link = m["link"].lower() if m["link"] else "-"
    if link != "-" and link not in g.lex.words("duration_range_links"):
        return []  # accents kept: "l'un a 30 jours" ("has") is no "à"
    if bool(m["between"]) != (link in g.lex.words("duration_range_between_links")):
        return []  # "between … to", "two and three weeks"
    unit = g.lex.units[norm(m["unit"])]
    opening = norm(m["between"]) if m["between"] else _prev_word(text, m.start())
    if unit == "H" and m["num"][:1].isdigit() and opening in g.clock_range_opens:
        return []  # "de 18 à 20 heures", "entre 15 et 16 heures": a span of clock times
    if _is_age(g, m, text, unit):
        return []
    every = g.set_pre_before.search(text, max(0, m.start() - 20), m.start())
    if every is not None:  # "every three to five years": how often, about
        return [_span(m, g, "set", {"value": duration(hi, unit), "mod": "APPROX"}, start=every.start())]
    return [_span(m, g, "dur", {"unit": unit, "amount": hi, "mod": "APPROX"})]


_CLAUSE_BREAK = re.compile(r"[;:!?()]|[,.](?!\d)")
# an aside ending right before a word: "(23,000 litres) ", "-LRB- 23,000 litres -RRB- ", "-- or 5,000
# barrels -- "
_ASIDE_END = re.compile(r"\s*(?:\([^()]{1,60}\)|-LRB-.{1,60}?-RRB-|(?:--|—|–)[^-—–]{1,60}(?:--|—|–))\s*$")


def _rate(g: Grammar, m: re.Match[str], text: str) -> bool:
    """ "$150,000 a month", "three times a week", "5,000 barrels a day": "a" unit right after a
    quantity, or after a quantity and the plural it counts, maybe "of" and what ("10 tonnes of grain
    a year", "hours of dialysis a day"), is a rate, a SET, as "per day" is; not "200 protesters spent
    a day", "for a day", "a day of rage"."""
    if m.start() != m.start("num") or norm(m["num"]) not in g.rate_articles:
        return False
    after = _next_word(text, m.end())
    # an aside between the quantity and its unit left out: "5,000 gallons (23,000 litres) a day"
    head = _ASIDE_END.sub(" ", text[max(0, m.start() - 96) : m.start()])
    # "a $3 billion-a-year business": the quantity joined to the unit by a hyphen
    words = _CLAUSE_BREAK.split(head[-64:].rstrip("-‐‑"))[-1].split()
    if words and norm(words[-1]) in g.lex.words("rate_more"):
        words = words[:-1]  # "90,000 gallons more a day": what is added, counted all the same

    def quantity(word: str) -> bool:
        # digits, a word of 'rate_quantities', or a number in words ("four trips a day")
        return bool(re.search(r"\d", word)) or norm(word) in g.rate_quantities or _number_word(g, word)

    def counts(words: list[str]) -> bool:
        if words and (quantity(words[-1]) or _time_count(g, words[-1])):
            return True
        if not (len(words) >= 2 and words[-1].isalpha() and words[-1][-1].islower()):  # "barrels", "CDs"
            return False
        plural = words[-1].endswith("s") or len(words[-1]) <= 2 or norm(words[-1]) in g.lex.quantity_nouns
        # "12 people a day"; "thousands of barrels": a plural counted by a plural of quantity
        chained = len(words) >= 3 and norm(words[-2]) in g.rate_of and quantity(words[-3])
        # "35 metric tons", "4.9 billion seasonal flu shots": one or two words that say what kind
        described = (words[-1].endswith("s") or norm(words[-1]) in g.lex.quantity_nouns) and any(
            len(words) > k
            and quantity(words[-k - 1])
            and all(w.isalpha() and w.islower() and not _past_verb(g, w) for w in words[-k:-1])
            for k in (2, 3)
        )
        return plural and (quantity(words[-2]) or chained or described)

    if after in g.rate_not_before:
        # "up from 40,000 a day before", "a day of rage", "a year high"; but "3,000 barrels a day of
        # crude": what a plural counted before it is made of
        if after not in g.rate_of or len(words) < 2 or quantity(words[-1]):
            return False
        noun = words[-1]  # a plural noun, no short word ("February 17 as a day of rage", "in a week of")
        short = len(noun) <= 3 and norm(noun) not in g.lex.quantity_nouns
        return not short and noun.islower() and counts(words) and quantity(words[-2])
    # "barrels *of fuel*": what the plural counts, one or two words after "of", no verb among them
    # ("Hundreds of villagers spent a day" is no rate)
    of = [i for i in (len(words) - 2, len(words) - 3) if i > 0 and norm(words[i]) in g.rate_of]
    verb = bool(of) and any(_past_verb(g, w) for w in words[of[0] + 1 :])
    return counts(words) or (bool(of) and not verb and counts(words[: of[0]]))


def _past_verb(g: Grammar, word: str) -> bool:
    """Whether ``word`` is a past its word list or a past ending tells ("spent", "poured")."""
    low = word.lower()
    ending = low.isalpha() and len(low) > g.lex.suffix_min_len and g.lex.past_ending(low) > 0
    return low in g.lex.past_words or ending


def _number_word(g: Grammar, word: str) -> bool:
    """Whether ``word`` is a number of two or more written in lower-case letters ("four", "twenty")."""
    return word.isalpha() and word.islower() and (g.lex.number(word) or 0) >= 2


def _time_count(g: Grammar, word: str) -> bool:
    """Whether ``word`` is a plural of units of time, a count of its own ("hours a day", "hours of
    dialysis a day"; not "two weeks to a month")."""
    return norm(word) in g.lex.units and word.endswith("s")


def _verb_before_count(g: Grammar, m: re.Match[str], text: str) -> bool:
    """ "which could last two days": the word before the count is a verb there ("last" after a
    modal or "to"), not part of the expression."""
    after = g.lex.data.get("duration_pre_ext_not_after", {}).get(norm(m["dpre"]), ())
    return _prev_word(text, m.start("dpre")) in after


def _mod(g: Grammar, gd: dict[str, str | None]) -> str:
    """The modifier of a quantity of units: its approximating word ("about", "près de"), else
    APPROX for an approximate number ("une quinzaine de")."""
    if gd.get("approx"):
        return g.lex.approx_pre.get(norm(gd["approx"]), "")
    return "APPROX" if gd.get("num") and norm(gd["num"]) in g.lex.approx_numbers else ""


def _fraction_of(g: Grammar, text: str, end: int) -> bool:
    """ "three-quarters *of the market*": a fraction, unless a year follows ("two quarters of 1990")."""
    if _next_word(text, end) not in g.lex.words("quarter_of_year"):
        return False
    return not re.match(r"\s*\w+\s+" + YEAR4, text[end:])


def _someday(g: Grammar, m: re.Match[str], text: str) -> bool:
    """ "si un jour ils gagnent", "will one day be", "One day, he left": an unknown day, not a day's length.
    The phrase is one of the language's (``someday.phrases``), after a word that looks ahead
    (``someday.pre``: "si", "will", "hope") or opening a sentence before a comma or a word that opens a
    clause (``someday.opening_next``: "One day I woke up", "Un jour viendra")."""
    if m.start() != m.start("num") or norm(m.group()) not in g.someday_phrases:
        return False  # "could last one day": another reading holds the phrase
    if g.someday_idiom_next and g.someday_idiom_next.match(text, m.end()):
        return True  # "un jour ou l'autre", "one day or another"
    if _next_word(text, m.end()) in g.someday_not_before:
        return False  # "un jour de grève", "one day or two": a day's length
    if norm(m.group()) in g.someday_always or _after_a_look_ahead(g, text, m.start()):
        return True
    if _set_off_before_a_future(g, text, m.start(), m.end()) or _opens_a_future_clause(
        g, text, m.start(), m.end()
    ):
        return True
    if _between_verb_and_object(g, text, m.start(), m.end()):
        return True
    return (
        bool(_OPENING_RE.search(text, max(0, m.start() - 4), m.start()))
        and _next_word(text, m.end()) in g.someday_opening_next
    )


def _ordinal_unit(g: Grammar, text: str, unit: str, end: int) -> bool:
    """Whether the unit word ``unit`` (ending at ``end``) is also an ordinal of ``ordinal_units`` and
    is one here: before a lower-case word none of its list ("une seconde mouture"; "une seconde plus
    tard", "une seconde de silence" are lengths)."""
    lengths_before = g.lex.data.get("ordinal_units", {}).get(norm(unit))
    if lengths_before is None:
        return False
    nxt = NEXT_WORD.match(text, end)
    if nxt is None or not nxt[1][:1].islower():
        return False
    word = norm(nxt[1])
    return not any(word == w or (w.endswith("'") and word.startswith(w)) for w in map(norm, lengths_before))


def _qualified(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a phrase of ``qualified_day`` before one of its adjectives: what a
    day or a moment was like ("un jour historique", "une heure tardive"), no length nor clock time."""
    return (
        norm(text[start:end]) in g.qualified_day_phrases
        and _next_word(text, end) in g.qualified_day_adjectives
    )


def _set_off_before_a_future(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``text[start:end]`` stands between commas before a verb in the future:
    "Les historiens, un jour, jugeront"."""
    comma = _COMMA_NEXT.match(text, end)
    if _prev_word(text, start) != "," or comma is None:
        return False
    after = _next_word(text, comma.end())
    return after in g.future_keys or bool(g.lex.future_ending(after))


_COMMA_NEXT = re.compile(r"\s*,")
_FUTURE_CLAUSE_WORDS = 4  # words after "one day" and its subject where the clause's future may stand
_WORD_AFTER = re.compile(r"\s*([\w'’%-]+|[^\w\s])")


def _opens_a_future_clause(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``text[start:end]`` opens a clause, after a word of ``someday.clause_pre``
    and before its subject (a word of ``someday.opening_next``), whose verb is a future or a modal:
    "dreams that one day his sons will run", "Maybe one day we will"; not "said one day will be enough"."""
    if (
        _prev_word(text, start) not in g.someday_clause_pre
        or _next_word(text, end) not in g.someday_opening_next
    ):
        return False
    pos = end
    for _ in range(_FUTURE_CLAUSE_WORDS):
        word, pos = _next_word_at(text, pos)
        if not word or not word[0].isalpha():
            return False
        if word in g.future_keys or word in g.someday_pre or g.lex.future_ending(word):
            return True
    return False


def _next_word_at(text: str, pos: int) -> tuple[str, int]:
    """The word (or punctuation mark) just after ``pos``, and where it ends."""
    m = _WORD_AFTER.match(text, pos, pos + 40)
    return (norm(m.group(1)), m.end()) if m else ("", pos)


def _inside_a_compound_verb(g: Grammar, text: str, start: int, end: int) -> str | None:
    """The side, "past" or "ahead", that ``someday.aux`` gives an auxiliary right before the phrase at
    ``text[start:end]`` when a past participle follows it: "a un jour déclaré" (once), "si celui-ci
    est un jour extradé" (some day); None after a word of ``someday.aux_not_after`` ("c'est un jour
    perdu": what a day was) or with no participle ("ont un jour pour répondre")."""
    if norm(text[start:end]) not in g.someday_phrases:
        return None
    aux, before = _prev_word_at(text, start)
    side = g.someday_aux.get(aux)
    if side is None or _prev_word(text, before) in g.someday_aux_not_after:
        return None
    nxt = _next_word(text, end)
    participle = nxt.endswith(g.someday_participles) and not (
        g.someday_participles_not and nxt.endswith(g.someday_participles_not)
    )
    return side if nxt.isalpha() and len(nxt) > 3 and participle else None


def _between_verb_and_object(g: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``text[start:end]`` stands between a verb and its object, before a word of
    ``someday.object_next`` (a determiner), after no word of ``someday.length_pre`` (a preposition) nor
    a verb of lasting: "que la Syldavie soit un jour un pays libre", "revoir un jour les côtes"; not
    "pendant un jour les", "a attendu un jour le verdict"."""
    if _next_word(text, end) not in g.someday_object_next:
        return False
    before = _prev_word(text, start)
    return bool(before) and before not in g.someday_length_pre and not before.startswith(g.someday_lasting)


def _after_a_look_ahead(g: Grammar, text: str, pos: int) -> bool:
    """Whether a word that looks ahead (``someday.pre``, a future word or ending) comes right before
    ``pos``, or before a passive of ``someday.between`` words and participles ("sera amené un jour à",
    "will be asked some day"; not "pourra rester un jour"), and no verb of lasting of
    ``someday.lasting`` ("la grève durera un jour")."""
    lex = g.lex
    word, before = _prev_word_at(text, pos)
    if word in g.someday_pre_links and _prev_word(text, before) in g.someday_pre:
        return True  # "espèrent qu'un jour", "peut-être qu'un jour"; not "n'a duré qu'un jour"
    for _ in range(3):
        word, pos = _prev_word_at(text, pos)
        if word.startswith(g.someday_lasting):
            return False  # "la grève durera un jour": how long it lasts
        if word in g.someday_pre or word in g.future_keys:
            return True
        if lex.future_ending(word):
            return True
        if word not in g.someday_between and not (
            g.someday_participles and word.endswith(tuple(g.someday_participles))
        ):
            return False
    return False


def _age_person(d: Callable[[str], list[str]]) -> re.Pattern[str] | None:
    """ "un menuisier (de Lorvel | ambrunois) de": a determiner, a noun with a suffix of persons (a trade,
    an agent, a follower), maybe where they come from, then "de" before a number of years."""
    suffixes, dets = d("age_person_suffixes"), d("age_person_determiners")
    if not suffixes or not dets:
        return None
    of_place = r"\s+" + alt(d("age_origin_links")) + r"\s*[^\W\d_][\w'’-]*"  # "de Lorvel"
    origin = r"(?:" + of_place + r"|\s+[^\W\d_]+" + alt(d("age_origin_suffixes")) + r")?"  # "ambrunois"
    noun = r"(?P<noun>[^\W\d_]+" + alt(suffixes) + r"s?)"
    link = r"\s+" + alt(d("age_nouns_link")) + r"\s*$"
    return re.compile(B + alt(dets) + r"\s+" + noun + origin + link, re.IGNORECASE)


def _is_age(g: Grammar, m: re.Match[str], text: str, unit: str) -> bool:
    """``38 ans`` in ``Jean, 38 ans,`` or ``âgé de 38 ans``, ``6-year-old``, ``une femme d'une
    trentaine d'années``: an age, not a duration."""
    after = text[m.end() : m.end() + 12]
    if any(
        re.match(r"\s*" + re.escape(w) + r"(?!\w)", after, re.IGNORECASE)
        for w in g.lex.words("duration_reject_next")
    ):
        return True
    num_start = m.start("num")
    before = text[max(0, num_start - 30) : num_start]
    # "âgés de 20 à 30 ans", "ont entre 20 et 30 ans": the words before the range's lower count
    whole = before
    lower = g.age_range_lower.search(before) if g.age_range_lower is not None else None
    if lower is not None:
        before = before[: lower.start()]
    if any(norm(before).endswith(norm(w)) for w in g.lex.words("age_pre")):
        return True
    opened = g.age_range_open.search(before) if lower is not None and g.age_range_open is not None else None
    said_of = before[: opened.start()] if opened else before
    if lower is not None and g.age_have is not None and g.age_have.search(said_of):
        return not g.age_link_after.match(after)  # not "ont entre 2 et 3 ans de retard"
    # "un chauffeur de 38 ans", "un garçon de dix ans", "une femme d'une trentaine d'années"
    if g.age_noun.search(before):
        return True
    if unit == "Y" and _age_in_years(g, m, text, before, after):
        return True
    if g.age_opening is not None and g.age_opening.search(before) and after.lstrip().startswith(","):
        return True  # "À 27 ans, il dirige le parti": a sentence opened by the age its subject has
    approximate = norm(m["num"]) in g.lex.approx_numbers
    if not m["num"][0].isdigit() and not approximate:
        return False
    if g.age_group.search(whole) or (g.age_apposed is not None and g.age_apposed.search(before)):
        return True  # "les 6-16 ans", "des 0-6 ans", ", un Syldave de 40 ans"
    # "Jean, 38 ans,", "le cadet – 28 ans –"
    return bool(
        not m["approx"]
        and (
            (re.search(r"[,(]\s*$", before) and re.match(r"\s*[,)]", after))
            or (re.search(r"[–—]\s*$", before) and re.match(r"\s*[–—]", after))
        )
    )


def _age_in_years(g: Grammar, m: re.Match[str], text: str, before: str, after: str) -> bool:
    """A number of years said of a person noun or what someone has: "un menuisier de Lorvel de 43 ans",
    "le photographe ambrunois de 38 ans", "le président a 84 ans", "fête ses 90 ans"; not "a 30 ans
    d'expérience", "il y a 84 ans"."""
    person = g.age_person.search(before) if g.age_person is not None else None
    if person and norm(person["noun"]) not in g.age_not_nouns:
        return True
    said_of = text[max(0, m.start() - 30) : m.start()]
    return bool(g.age_have and g.age_have.search(said_of) and not g.age_link_after.match(after))


def _set(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """Every unit or weekday ("every week", "chaque mardi"), or one in n ("every other week",
    "une semaine sur deux": P2W). A weekday's value cannot hold the count ("every other
    Wednesday" is, like "every Wednesday", ``XXXX-WXX-3``)."""
    what = norm(m["what"])
    weekday = g.lex.weekdays.get(what) or g.lex.weekdays_plural.get(what)
    if weekday:
        return [_span(m, g, "set", {"value": f"XXXX-WXX-{weekday}"})]
    groups = m.groupdict()
    by_unit = norm(text[m.start() : m.start("what")].strip()) in g.lex.words("unit_by_unit_links")
    if (by_unit and _prev_word(text, m.start()) == what) or _ordinal_unit(g, text, m["what"], m.end()):
        return []  # "minute par minute": in detail; "par une seconde décision": an ordinal
    part = g.set_day_parts.get(what)
    if part:  # "chaque matin", "tous les soirs", "every night": that part of every day
        return [] if groups.get("num") else [_span(m, g, "set", {"value": f"XXXX-XX-XXT{part}"})]
    if groups.get("count"):
        amount = g.nth_counts[norm(groups["count"])]
    else:
        amount = g.lex.number(groups["num"]) if groups.get("num") else 1
    return [_span(m, g, "set", {"value": duration(amount, g.lex.units[what])})]


_OPENERS = ("", ".", "!", "?", ":", "«", '"', "“")  # what may come before a sentence's first word


def _capitalised_inside(word: str, text: str, start: int) -> bool:
    """Whether ``word``, at ``start``, is capitalised where no sentence opens: a name, in a language
    that writes the word in lower case."""
    return word[:1].isupper() and _prev_word(text, start) not in _OPENERS


def _weekdays_plural(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A weekday in the plural, every such day (``XXXX-WXX-7`` for "Sundays"); not before the
    numbers of the days it names ("les samedis 5 et 12 mars"), nor, where the language writes weekdays in
    lower case, in capitals inside a sentence: a name ("les Mardis des Bernardins")."""
    if re.match(r"\s*\d", text[m.end() :]):
        return []
    if g.lex.data.get("weekdays_plural_capitalised_names") and _capitalised_inside(m[0], text, m.start()):
        return []
    return [_span(m, g, "set", {"value": f"XXXX-WXX-{g.lex.weekdays_plural[norm(m['what'])]}"})]


def _set_of_year(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A month or a season of every year: "every July" (``XXXX-07``), "chaque été" (``XXXX-SU``)."""
    what = norm(m["what"])
    after = _next_word(text, m.end())
    if after in g.lex.data.get("set_year_ambiguous", {}).get(what, ()):
        return []  # "every fall in prices": the noun
    month = g.lex.months.get(what)
    if month:
        if g.lex.data.get("months_capitalised") and not m["what"][0].isupper():
            return []  # "each may": the verb
        return [_span(m, g, "set", {"value": f"XXXX-{month:02d}"})]
    return [_span(m, g, "set", {"value": f"XXXX-{g.lex.seasons[what]}"})]


def _season_name(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether a season in capitals inside a sentence, without its year, names a movement where the
    language writes seasons in lower case ("le Printemps arabe", "du Printemps français")."""
    return (
        bool(g.lex.data.get("season_capitalised_names"))
        and not m["year"]
        and _capitalised_inside(m["season"], text, m.start("season"))
    )


def _season(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    season = g.lex.seasons[norm(m["season"])]
    if _season_name(g, m, text):
        return []
    pre = _rel(g, m["pre"], "rel_pre")
    rel = pre or _rel(g, m["rel"])
    explicit = m["part"] or m["pre"] or m["year"] or m["rel"] or m["det"]
    if not explicit and _prev_word(text, m.start()) not in g.lex.season_context:
        return []
    if _next_word(text, m.end()) in g.lex.data.get("season_reject_next", []) and not m["year"]:
        return []
    if _season_verb(g, m, text):
        return []  # "firms that fall into trouble": the verb
    if re.match(r"[-‐‑][a-zà-ÿ]", text[m.end("season") : m.end("season") + 2]):
        return []  # "the fall-out", "spring-loaded": the first half of a compound word
    year = int(m["year"]) if m["year"] else None
    mod = part_mod(g, m["part"])
    nearest = g.lex.words("season_det_nearest")
    near = m["det"] or (m["pre"] and norm(m["pre"]) in nearest)
    if not near and not m["part"] and not m["pre"] and nearest:
        # "over the summer", "au printemps": the word just before, maybe not part of the expression
        near = _prev_word(text, m.start()) in nearest + g.lex.words("season_prev_nearest")
    info = {
        "season": season,
        "y": year,
        "rel": rel["offset"] if rel else ("near" if near and year is None else None),
        "anchor": rel.get("anchor", "dct") if rel else "dct",
        "mod": mod,
        # "L'été, la ville double sa population": told in no tense, any summer
        "near_needs_tense": bool(g.lex.data.get("season_nearest_needs_tense")),
    }
    return [_span(m, g, "season", info)]


def _season_verb(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether a season that is also a verb (``season_verbs``: "fall") is that verb after a relative
    pronoun of its ``after`` in lower case, itself after a word that is none of ``not_before_after`` (a
    preposition): "buildings that fall down"; not "That fall, he left", "in that fall"."""
    spec = g.lex.data.get("season_verbs", {}).get(norm(m["season"]))
    if not spec or m["year"] or m["det"] or m["part"]:
        return False
    relative, at = _prev_word_at(text, m.start("season"))
    if relative not in spec.get("after", ()):
        return False
    before = _prev_word(text, at)
    return text[at].islower() and before.isalpha() and before not in spec.get("not_before_after", ())


def _decade(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    digits = re.sub(r"\D", "", m["y"])
    if not (m["pre"] or m["s"]):
        return []
    if m["s"] and not m["pre"] and not g.lex.data.get("decade_suffix"):
        return []
    if len(digits) == 2:
        if _prev_word(text, m.start()) in g.decade_not_after:
            return []  # "a man in his 30s", "in her early 20s": an age
        value = "19" + digits[0]
    else:
        value = digits[:3]
        if not 100 <= int(value) <= 210:
            return []
    mod = part_mod(g, m["part"])
    start = m.start() if (m["part"] or m["det"] or m["pre"]) else m.start("y")
    return [_span(m, g, "decade", {"value": value, "mod": mod}, start=start)]


def _decade_word(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A decade said in words ("the sixties", "les années soixante-dix"), of the twentieth century as
    TimeML reads it: after the language's decade word, a part word or, where the language allows it,
    a determiner ("les soixante députés" is a number); not an age ("in her early thirties") nor a
    measure ("temperatures in the twenties")."""
    if not (m["pre"] or m["part"] or (m["det"] and g.lex.data.get("decade_words_after_det"))):
        return []
    if _prev_word(text, m.start()) in g.decade_not_after:
        return []
    near = {norm(w) for w in TOKEN.findall(text[max(0, m.start() - 60) : m.start()])[-6:]}
    if near & g.decade_not_near:
        return []
    digit = g.decade_words[norm(m["w"])]
    return [_span(m, g, "decade", {"value": f"19{digit}", "mod": part_mod(g, m["part"])})]


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    chars = text.upper()
    for i, ch in enumerate(chars):
        v = values.get(ch)
        if v is None:
            return None
        total += -v if i + 1 < len(chars) and values.get(chars[i + 1], 0) > v else v
    return total


def _century(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    n = int(m["n"]) if m["n"].isdigit() else _roman(m["n"])
    if not n or n > 21:
        return []
    return [_span(m, g, "decade", {"value": f"{n - 1:02d}", "mod": ""})]


def _year_part(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A quarter or a half of a year: "the third quarter of 1989", "le premier semestre 2019", "the
    second half of last year", "the last quarter of 2019" (a last part only with its year). A half
    named with no year is one only where the language's word for it says so ("au second semestre"),
    or before a word of results ("first-half profit"): "the first half" alone is a match's."""
    half = norm(m["pw"]) in g.half_words
    parts = 2 if half else 4
    key = norm(m["ord"])
    if key in g.last_part_ordinals:
        # "the last quarter of 2019", "le dernier trimestre 2019"; "last quarter" alone is the quarter
        # before (another rule's), "au cours du dernier semestre" the six months before, no half
        if not (m["year"] or m["qy"] or m["yof"]):
            return []
        n = parts
    elif key in g.half_ordinals and not half:  # "latter quarter"
        return []
    else:
        n = g.half_ordinals.get(key) or _day_no(g, m["ord"])
    if not n or n > parts:
        return []
    pre = _rel(g, m["pre"], "rel_pre")
    year, years = int(m["year"]) if m["year"] else None, 0
    if m["qy"] and m["qy"][0].isdigit():
        year = int(m["qy"])
    elif m["qy"]:
        years = g.lex.quarter_year_pre.get(norm(m["qy"]), 0)
    alone = half and not (m["year"] or m["qy"] or m["yof"] or pre)
    # "au second semestre", not "le premier semestre de licence", "de sa présidence"
    if alone and g.half_alone and g.lex.event_of is not None and g.lex.event_of.match(text, m.end()):
        return []
    # "first-half profit", not a match's "first half"
    if alone and not g.half_alone and _next_word(text, m.end()) not in g.half_alone_before:
        return []
    # "of last year": years from the creation time's, as "this"/"last" before it; "of the year": the
    # text's year
    of_year = g.year_of_parts[norm(m["yof"])] if m["yof"] else None
    info = {
        "q": n,
        "parts": parts,
        "y": year,
        "rel": pre["offset"] if pre else of_year,
        "years": years,
        "text_year": bool(m["yof"]) and of_year is None,
    }
    return [_span(m, g, "quarter", info)]


def _report(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "The quarter", "the year-ago period": the reporting quarter of a financial story, or years off it."""
    if text[m.end() : m.end() + 1] in HYPHENS:  # "the quarter-to-quarter comparison"
        return []
    if "year" in m.re.groupindex:
        return [_span(m, g, "report", {"years": 0, "y": int(m["year"])})]
    return [_span(m, g, "report", {"years": g.lex.report_periods[norm(m["w"])]})]


def _spoken_year(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A year said in words, as transcripts write it: "nineteen ninety-six"."""
    rest = g.lex.number(m["rest"])
    if rest is None or not 10 <= rest <= 99 or rest != int(rest):
        return []
    year = g.lex.data["spoken_year_centuries"][norm(m["c"])] * 100 + int(rest)
    return [_span(m, g, "year", {"y": year, "mod": ""})]


def _year_in_words(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "the year two thousand", "l'an deux mille": a year noun and a year in words."""
    year = g.lex.number(m["rest"])
    if year is None or not 1000 <= year <= 2100 or year != int(year):
        return []
    return [_span(m, g, "year", {"y": int(year), "mod": ""})]


def _holiday(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """A named holiday ("Thanksgiving", "Noël", "le lundi de Pâques"), a day of some year, or a time
    known by its month only ("la rentrée"), that month."""
    name = norm(m["h"])
    lower_ok = name in g.lex.holidays_lower_case
    if g.lex.data.get("holidays_capitalised") and m["h"] == m["h"].lower() and not lower_ok:
        return []
    # "*": words after any holiday that make it a name ("Easter Island")
    table = g.lex.holiday_reject_next
    reject = table.get(name, frozenset()) | table.get("*", frozenset())
    after = _next_word(text, m.end("h"))
    if reject and not m["year"] and (after in reject or after.partition("'")[0] + "'" in reject):
        return []  # "la rentrée d'argent", "la rentrée en jeu": no time
    pre = _rel(g, m["pre"], "rel_pre")
    info = {
        "rule": g.lex.holidays[norm(m["h"])],
        "y": int(m["year"]) if m["year"] else None,
        "rel": pre["offset"] if pre else None,
    }
    return [_span(m, g, "holiday", info, start=m.start() if pre or m["art"] else m.start("h"))]


def _vague_plural(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "for years", "within weeks": a duration of an unknown number of units (the unit is the extent)."""
    return [_span(m, g, "dur", {"unit": g.lex.units[norm(m["unit"])], "amount": None}, start=m.start("unit"))]


def _time(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    gd = m.groupdict()
    pre = norm(gd["pre"]) if gd.get("pre") else ""
    said = g.clock_part_after.match(text, m.end()) if g.clock_part_after else None  # "du soir"
    loose = False  # an hour a 12-hour clock reads, which the part of the day said with it places
    if gd.get("tw"):
        at = m.start("tw")
        if g.time_word_inside and g.time_word_inside.search(text, max(0, at - TIME_WORD_LOOKBACK), at):
            return []
        hh, mm = (int(x) for x in g.lex.time_words[norm(gd["tw"])].split(":"))
    else:
        raw = g.lex.number(gd["h"])
        if raw is None:
            return []
        hh, mm = int(raw), int(gd["mi"]) if gd.get("mi") else 0
        if gd.get("ampm"):
            if hh > 12:
                return []
            hh = hh % 12 + g.lex.ampm[norm(gd["ampm"])]
        else:
            loose = 1 <= hh <= 12 and not gd["h"].startswith("0")
        # "3 heures" alone counts hours; a time of day after "à", as a stamp, or said with its part of
        # the day ("Il était 2 heures du matin"), not after a word that counts ("pendant 3 heures de la nuit")
        of_day = bool(said) and not _after_counting_word(g, m, text)
        show = not pre and _show_hour(g, m, text)
        counted = gd.get("hw") and norm(gd["hw"]) not in g.hour_letters and not pre and not of_day
        counted = counted and not _in_clock_range(g, m, text)
        if counted and not show and not _stamp_hour(m, hh, text):
            return []
        if not said and not gd.get("mi") and not show and _hours_of_something(g, m, text):
            return []  # "après 8 heures de négociations": a count ("parti à 2h15 de Lorvel" is a time)
        if pre in g.spelled_hours_counted_after and not said and not gd["h"][:1].isdigit():
            return []  # "depuis trois heures": for three hours, as one says it in words
        if pre in g.spelled_hours_counted_after and not said and hh == 24 and not gd.get("mi"):
            # "depuis 24h": for a day; since midnight is "depuis minuit"
            return [_span(m, g, "clockdur", {"value": _clock_duration(hh, 0)}, start=m.start("h"))]
        if hh == 24 and g.round_the_clock is not None and g.round_the_clock.match(text, m.end()):
            return []  # "ouvert 24h/24", "24 h sur 24": round the clock, no time of day
    if gd.get("mw"):  # "et demie", "moins le quart"; "minuit moins le quart" is 23:45
        if mm or hh > 24 or (hh == 24 and not gd.get("tw")):
            return []
        hh, mm = divmod((hh * 60 + g.minute_words[norm(gd["mw"])]) % (24 * 60), 60)
    if hh > 24 or mm > 59:
        return []
    if _qualified(g, text, m.start("h") if gd.get("h") else m.start(), m.end()):
        return []  # "à une heure tardive": a moment said of the day, no one o'clock
    if not pre and _lasting(g, m, text):
        return [_span(m, g, "clockdur", {"value": _clock_duration(hh, mm)}, start=m.start("h"))]
    end = None
    if said:
        if loose:
            hh = hour_in_part(hh, g.clock_parts[norm(said["dp"])])
        loose, end = False, said.end()
    approx = g.lex.approx_pre.get(pre, "")
    start = m.start() if approx else (m.start("h") if gd.get("h") else m.start("tw"))
    # midnight is the end of its day ("midnight Friday", "à 24 heures"), as TimeML writes it
    info = {"h": 24 if hh == 24 and not mm else hh % 24, "mi": mm, "mod": approx, "loose": loose}
    return [_span(m, g, "time", info, start=start, end=end)]


_LINE_HEAD = re.compile(r"(?:^|\n)[ \t\u00a0\u202f*•>-]*$")
# the mark after a chronology line's date: "1966 - Coup …", "1966 : coup"
_CHRONICLE_MARK = re.compile(r"[ \t\u00a0\u202f]*[:–—-][ \t\u00a0\u202f]+\S")
# what follows a live blog's entry stamp: a colon or dash, a full stop then the entry, the entry's
# first capital ("2h30 Le président …"), or nothing on the line
_STAMP_TAIL = re.compile(
    r"[ \t\u00a0\u202f]*(?:[:–—-]|\.[ \t\u00a0\u202f]|\n|$)|[ \t\u00a0\u202f]+(?=[A-ZÀ-Ý«\"“])"
)


_SENTENCE_HEAD = re.compile(r"[.!?][ \t\u00a0\u202f]+$")
_COLON_AFTER_HOUR = re.compile(r"[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]+\S")


def _heads_sentence_before_colon(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a sentence inside a paragraph, a colon after it ("… vendredi.
    16 heures : le préfet …"), as an entry of a live blog run on one line."""
    return bool(_SENTENCE_HEAD.search(text, max(0, start - 12), start) and _COLON_AFTER_HOUR.match(text, end))


def entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``text[start:end]`` heads its line as a live blog stamps its entries
    ("21h01 : …", "14h30. Selon …"), or its sentence before a colon ("… vendredi. 16 heures : le
    préfet …")."""
    if _heads_sentence_before_colon(text, start, end):
        return True
    return bool(_LINE_HEAD.search(text, max(0, start - 8), start) and _STAMP_TAIL.match(text, end))


# a paragraph's opening, or a line's after one that ends a sentence (a live page's entries, one a line)
_PARAGRAPH_HEAD = re.compile(
    r"(?:^|\n[ \t\u00a0\u202f]*\n|[.!?»”][ \t\u00a0\u202f]*\n)[ \t\u00a0\u202f*•>-]*$"
)
# "7 heures. Le chef …", "23 heures La ministre …": set off by a mark, or by a capital alone
_ENTRY_AFTER_HOUR = re.compile(r"[ \t\u00a0\u202f]*(?:[.:–—-][ \t\u00a0\u202f]+)?[A-ZÀ-Ý«\"“]")


def _stamp_hour(m: re.Match[str], hour: int, text: str) -> bool:
    """ "7 heures. Le chef …" opening a paragraph of a live blog, or "16 heures : le préfet …" opening
    a sentence: the entry's time, not so many hours; not a line wrapped after "pendant"."""
    if hour >= 24 or m.groupdict().get("mi"):
        return False
    start = m.start("h")
    if _heads_sentence_before_colon(text, start, m.end()):
        return True
    return bool(_PARAGRAPH_HEAD.search(text, max(0, start - 12), start)) and bool(
        _ENTRY_AFTER_HOUR.match(text, m.end())
    )


def _show_hour(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether the hours name a news show by the time it airs ("au journal de 20 heures", "dans le 13
    heures de France 2"): a time of day, not a count of hours."""
    if g.clock_show_before is None:
        return False
    before = g.clock_show_before.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    # after an article alone, only an hour in digits: "au dix-huit heures au bout desquelles" counts
    return m["h"][:1].isdigit() or norm(before[0].split()[0]) not in g.clock_show_articles


def _hours_of_something(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether the hours are followed by what they count or how far ("8 heures de négociations", "à 3
    heures de Paris"): no time of day."""
    return g.clock_count_after is not None and bool(g.clock_count_after.match(text, m.end()))


_Pattern = re.Pattern[str] | None


def _clock_range_patterns(d: Callable[[str], list[str]]) -> tuple[_Pattern, _Pattern]:
    """What ends the text before the second clock of a range whose first is written as a clock ("entre
    15h30 et", "de 14 heures à"), and what follows the first clock of one ("à 16 heures")."""
    links = d("clock_range_links")
    if not links or not d("time_h"):
        return None, None
    hour = r"(?:[01]?\d|2[0-4])\s*" + alt(d("time_h")) + r"(?:\s*[0-5]\d)?"
    before = re.compile(
        r"\b" + alt(d("clock_range_opens")) + r"\s+" + hour + r"\s+" + alt(links) + r"\s+$", re.IGNORECASE
    )
    after = re.compile(r"\s+" + alt(links) + r"\s+" + hour + r"\b", re.IGNORECASE)
    return before, after


def _in_clock_range(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether the hours ``m`` are one end of a range of clock times, the other written as a clock ("entre
    15h30 et 16 heures", "de 14 heures à 16 heures"): a time of day, as the other is."""
    if g.clock_range_before is None or g.clock_range_after is None:
        return False
    start = m.start("h")
    if g.clock_range_before.search(text[max(0, start - 40) : start]):
        return True
    opens = _prev_word(text, start) in g.clock_range_opens
    return opens and bool(g.clock_range_after.match(text, m.end()))


def _hours_past_a_day(g: Grammar, m: re.Match[str], text: str) -> list[Cand]:
    """ "48h", "36 h 30": no clock reads so, a count of hours."""
    return [_span(m, g, "clockdur", {"value": _clock_duration(int(m["h"]), int(m["mi"] or 0))})]


def _clock_duration(hours: int, minutes: int) -> str:
    """The ISO duration of hours and minutes written as a clock: "2h15" PT2H15M, "0h45" PT45M."""
    return "PT" + (f"{hours}H" if hours or not minutes else "") + (f"{minutes}M" if minutes else "")


def _lasting(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether a clock written with the hour's letter ("2h15", "3 h") follows, on its line, a word
    that counts time ("en", "pendant", "a duré"): a duration, not a time of day. Not with a time zone
    ("en 20h GMT") nor a part of the day after it ("en 2h du matin")."""
    if g.clock_duration_pre is None or not m.groupdict().get("hw") or norm(m["hw"]) not in g.hour_letters:
        return False
    if text[m.end("mi") if m["mi"] else m.end("hw") : m.end()].strip():  # a time zone
        return False
    if g.clock_part_after and g.clock_part_after.match(text, m.end()):
        return False
    return _after_counting_word(g, m, text)


def _after_counting_word(g: Grammar, m: re.Match[str], text: str) -> bool:
    """Whether a word that counts time ("pendant", "a duré") comes shortly before the clock ``m``."""
    pre = g.clock_duration_pre
    return pre is not None and bool(pre.search(text, max(0, m.start() - 40), m.start()))


@cache
def grammar(lang: str) -> Grammar:
    """The cached compiled grammar of ``lang``."""
    return Grammar(lexicon(lang))


def _matches(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]] | None
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives (empty ones aside), looked for only within ``spans``:
    a start found there is matched again on the whole text, so that a match is never cut at a span's end."""
    if spans is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    for lo, hi in spans:
        pos = max(pos, lo)
        while pos < hi:
            m = pattern.search(text, pos, hi)
            if m is None:
                break
            full = pattern.match(text, m.start())
            if full is None or full.end() == full.start():
                pos = m.start() + 1
                continue
            yield full
            pos = full.end()


def candidates(text: str, lang: str) -> list[Cand]:
    """Every candidate expression any rule finds (overlapping)."""
    g = grammar(lang)
    found: list[Cand] = []
    windows = g.windows(text)
    for (pattern, handler, priority), spans in zip(g.rules, windows, strict=True):
        for m in _matches(pattern, text, spans):
            if m.end() == m.start():
                continue
            for cand in handler(g, m, text):
                if cand.end > cand.start:
                    cand.priority = max(cand.priority, priority)
                    found.append(cand)
    return found
