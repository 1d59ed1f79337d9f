"""Language data for the time-expression tagger: word tables and regex fragments built from JSON.

Everything language-specific comes from ``lang/<lang>/timex.json``; this module only turns word
lists into lookup tables (keyed by a normalised form) and regex alternations.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from storyline.lang import FALLBACK, has, load

APOS = "'’‘`"
HYPHENS = "-‐‑–"
TOKEN = re.compile(r"\w+")  # a run of word characters: the tokens the tense and rule readers count
NEXT_WORD = re.compile(r"[ \t]+([^\W_][\w'’-]*)")  # the word right after a position, on its line, as written


def strip_accents(word: str) -> str:
    """``word`` without combining marks (``é`` → ``e``)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def norm(phrase: str) -> str:
    """The lookup key of a phrase: lower case, no accents, one kind of apostrophe, hyphen and space,
    none around an apostrophe or a hyphen (the patterns of :func:`_word_regex` allow them: "ce week -
    end", "the year -ago quarter")."""
    key = strip_accents(phrase.lower())
    key = re.sub(f"[{APOS}]", "'", key)
    key = re.sub(rf"\s*[{HYPHENS}]\s*", "-", key)
    key = re.sub(r"\s*'\s*", "'", key)
    return re.sub(r"\s+", " ", key).strip()


def _word_regex(phrase: str) -> str:
    """A regex for one phrase, tolerant of accents, apostrophe kind, hyphen kind and spacing."""
    out = []
    for ch in phrase.lower():
        if ch in APOS:
            out.append(rf"[{APOS}]\s*")
        elif ch in HYPHENS:
            out.append(rf"\s*[{HYPHENS}]\s*")
        elif ch.isspace():
            out.append(r"\s+")
        else:
            base = strip_accents(ch)
            out.append(f"[{re.escape(ch)}{re.escape(base)}]" if base != ch else re.escape(ch))
    return "".join(out)


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, longest first; never matches when empty."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not uniq:
        return r"(?!x)x"
    return "(?:" + "|".join(_word_regex(w) for w in uniq) + ")"


def _table(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {norm(k): v for k, v in mapping.items()}


@dataclass(frozen=True)
class DateNames:
    """Names that hold a date: ``before`` finds a head, its link and the day and month, a name when
    the head or the month has a capital, a hyphen joins day and month, or the head is one of
    ``lower_heads`` ("la rue du 6 octobre"; not "à la place du 6 mars prévu"); a head of
    ``holiday_heads`` in lower case before a day of ``holiday_days`` is none ("le pont du 15 août" is
    the holiday's long weekend, "le pont du 6 octobre" a bridge); ``after`` finds a day and month
    followed by a capitalised head ("the April 6 Youth Movement"; one word between after "the");
    ``hyphenated``, where the language writes the names of days that mark history so ("le
    11-Septembre", "l'appel du 18-Juin"), a day joined to a capitalised month by a hyphen, unless it
    is a holiday's day, written so too ("le 14-Juillet", "les cérémonies du 11-Novembre"): that day of
    some year, which the language's holidays read."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    hyphenated: re.Pattern[str] | None = None  # "le 11-Septembre": a day, a hyphen, a capital month
    fixed: re.Pattern[str] | None = None  # "the Sunday Times", "le printemps arabe", "du jour au lendemain"
    lower_heads: frozenset[str] = frozenset()  # "rue": a name in lower case too
    holiday_heads: frozenset[str] = frozenset()  # "pont": the long weekend of a holiday, in lower case
    holiday_days: frozenset[tuple[int, int]] = frozenset()  # (month, day) of the holidays on a fixed day
    months: Mapping[str, int] = field(default_factory=dict)

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        if self.fixed is not None:
            found.extend(m.span() for m in self.fixed.finditer(text))
        if self.hyphenated is not None:  # not a holiday's day: "le 14-Juillet" is that day of some year
            found.extend(
                m.span()
                for m in self.hyphenated.finditer(text)
                if m["month"][:1].isupper() and self._day(m) not in self.holiday_days
            )
        if self.before is not None:
            for m in self.before.finditer(text):
                head = norm(m["head"])
                if m["head"][:1].isupper():
                    found.append(m.span())
                elif head in self.holiday_heads and self._day(m) in self.holiday_days:
                    continue  # "le pont du 15 août", "du 15-Août": the holiday's long weekend
                elif m["month"][:1].isupper() or not m["sep"].isspace() or head in self.lower_heads:
                    found.append(m.span())
        if self.after is not None:
            found.extend(m.span() for m in self.after.finditer(text))
        return found

    def _day(self, m: re.Match[str]) -> tuple[int, int]:
        """(month, day) of a match with a ``day`` and a ``month`` ("1er" is 1)."""
        return self.months[norm(m["month"])], int(re.match(r"\d+", m["day"]).group())


@dataclass(frozen=True)
class Deferral:
    """How a language tells a thing put off to a time ("postponed until Tuesday", "reporté à lundi");
    read by ``timex_deferral``."""

    to_re: re.Pattern[str] | None  # "until", "à" ending the text before the expression
    only_after: dict[str, frozenset[str]]  # "for" only after "rescheduled": not "extended family for"
    clock_to: frozenset[str]  # "à" before a clock time is "at" ("suspendue à 18 h")
    words: frozenset[str]  # "postponed", "reporté": words of putting off
    past_perfect: frozenset[str]  # "had postponed": a putting off told from a later past
    not_perfect_before: frozenset[str]  # "had to postpone": no past perfect
    after_re: re.Pattern[str] | None  # "until Tuesday, when …": a time told as since come
    reach: int  # words at most between the word of putting off and "until"


@dataclass(frozen=True)
class GenericDay:
    """How a language uses "today" and "tomorrow" for the present or future of a kind of thing ("la
    ville de demain", "les jeunes d'aujourd'hui", "today's youth"): no day. The day words that can are
    marked ``generic`` in ``day_words``, with the value they then take."""

    nouns: frozenset[str]  # kinds of things and people: "ville", "jeunes", "youth"
    # a determiner, a noun and a link ("la ville de", "the world of") ending the text before the day word
    before: re.Pattern[str]
    possessive: re.Pattern[str] | None  # "'s" right after the day word
    phrase_end: frozenset[str]  # words after a noun that end its phrase: "are", "in", "that"
    # a determiner in lower case, a name and a link ("la Valcourt de"): a place as it will be
    name_before: re.Pattern[str] | None = None

    def says_no_day(self, text: str, start: int, end: int) -> bool:
        """Whether the day word at ``text[start:end]`` speaks of a kind of thing, not of a day: after
        one of ``nouns`` with its determiner ("les jeunes d'aujourd'hui", not "la conférence de presse
        de demain"), or before one, in lower case, that ends its phrase, maybe after one word ("today's
        personal computers are", not "today's jobs report" nor "tomorrow's World Cup match")."""
        m = self.before.search(text, max(0, start - 48), start)
        # a noun in lower case: not "Le Monde d'aujourd'hui", a newspaper's issue of the day
        if m is not None and m["noun"].islower() and norm(m["noun"]) in self.nouns:
            return True
        if self.name_before is not None and self.name_before.search(text, max(0, start - 48), start):
            return True  # "la Valcourt de demain", "l'Europe d'aujourd'hui"
        p = self.possessive.match(text, end) if self.possessive is not None else None
        if p is None:
            return False
        tokens = _TOKENS.findall(text, p.end(), p.end() + 60)[:3]

        def ends(k: int) -> bool:  # the phrase ends before ``tokens[k]``
            return k >= len(tokens) or not tokens[k][0].isalnum() or norm(tokens[k]) in self.phrase_end

        def noun(k: int) -> bool:
            return k < len(tokens) and tokens[k].islower() and norm(tokens[k]) in self.nouns

        first_lower = bool(tokens) and tokens[0].islower()
        return (noun(0) and ends(1)) or (first_lower and noun(1) and ends(2))


_TOKENS = re.compile(rf"[\w{APOS}-]+|[^\w\s]")  # words and punctuation marks


@dataclass(frozen=True)
class Infinitive:
    """How a language marks a verb in the infinitive after a preposition ("appelle à manifester
    samedi", "prêts à partir lundi"), whose act is still to be done; read by ``timex_infinitive``."""

    after: frozenset[str]  # the words just before it ("à", "de", "d" of "d'", "pour")
    clitics: frozenset[str]  # pronouns between them ("à se rassembler", "de les rencontrer")
    suffixes: tuple[str, ...]  # how an infinitive ends ("er", "ir", "endre"…)
    min_len: int
    # words ending so that are no verb ("janvier", "premier", "soir"), and the auxiliaries: "pour
    # avoir tué samedi" tells a past
    not_verbs: frozenset[str]
    not_after: frozenset[tuple[str, ...]]  # ("à", "partir", "de"): "à partir de samedi" is no act
    day_complement: frozenset[str]  # "de" of "les événements de samedi": the day is the noun's
    clause_openers: frozenset[str]  # "que", "qui": the day is in another clause than the infinitive
    participles: tuple[str, ...]  # "diffusées lundi": the day is the participle's, not the infinitive's
    determiners: frozenset[str]  # "la précarité": a noun, no participle; "a l'intention": a present
    recent_past: frozenset[str]  # "vient" of "vient de signer lundi": a past just gone
    imperfect_endings: tuple[str, ...]  # "continuait": how a verb telling a past ends
    not_imperfect: frozenset[str]  # "retrait", "satisfait"
    have_present: frozenset[str]  # "a", "ont": a present before a determiner ("a l'intention de")
    be_present: frozenset[str]  # "est", "sont": a present before a participle of no verb of motion
    be_participles: frozenset[str]  # "arrivé", "parti", "venu": "est arrivé à" is a past
    reflexive: frozenset[str]  # "s", "se": "s'est engagé à" is a past
    reach: int  # words read back from the preposition for the governing verb

    def imperfect(self, word: str) -> bool:
        key = word.lower()
        return (
            len(key) > self.min_len and key.endswith(self.imperfect_endings) and key not in self.not_imperfect
        )


@dataclass(frozen=True)
class Lexicon:
    """The word tables of one language, keyed by :func:`norm`."""

    lang: str
    data: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekdays_plural: dict[str, int]
    numbers: dict[str, float]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    rel_pre: dict[str, dict[str, Any]]
    rel_post: dict[str, dict[str, Any]]
    day_words: dict[str, dict[str, Any]]
    day_parts: dict[str, str]
    fixed: dict[str, dict[str, Any]]
    part_pre: dict[str, str]
    approx_pre: dict[str, str]
    seasons: dict[str, str]
    later_post: dict[str, int]
    holidays: dict[str, dict[str, int]]  # name -> {"m", "d"} | {"m", "wd", "n"} | {"easter": offset}
    report_periods: dict[str, int]  # "the quarter", "the year-ago period": years from the reporting quarter
    quarter_year_pre: dict[str, int]  # "year-earlier" before "third quarter"
    same_year: dict[str, int]
    year_rel: dict[str, int]  # "last year" after a month: years from the creation time's
    time_words: dict[str, str]
    ampm: dict[str, int]
    vague: frozenset[str]
    approx_numbers: frozenset[str]  # numbers that are approximate ("une quinzaine de"), in ``numbers`` too
    quantity_nouns: frozenset[str]
    year_context: frozenset[str]
    month_context: frozenset[str]
    season_context: frozenset[str]
    ambiguous_months: frozenset[str]
    ambiguous_weekdays: frozenset[str]
    past_words: frozenset[str]  # lower case, accents kept
    future_words: frozenset[str]
    past_suffixes: tuple[str, ...]  # matched with accents kept; the longer of a past and a future wins
    future_suffixes: tuple[str, ...]
    suffix_min_len: int
    suffix_exceptions: frozenset[str]
    participle_aux: frozenset[str]  # "be": a past participle after it is no past-tense cue
    possessive_past: tuple[str, ...]  # "'s" after a day name: a day that is past
    # "(Updated at 10:18 a.m.)", "mis à jour à 14 h 05": a clock time of the page's own day
    update_stamp_re: re.Pattern[str] | None
    event_of: re.Pattern[str] | None  # "de", "du", "of" after "le lendemain": anchored on an event
    day_link: re.Pattern[str] | None  # "and", "ou": what joins two days of one span ("Saturday or Sunday")
    # "to", "à": the second day follows the first ("de mercredi à jeudi")
    day_range: re.Pattern[str] | None = None
    # what joins the two clocks of a span: a dash or a word of either kind of range ("à", "to")
    clock_range: re.Pattern[str] | None = None
    # "avancé du", "moved up from" before "15 mars au 20 février": a date moved earlier, no span
    span_move_re: re.Pattern[str] | None = None
    det_unit_reject_next: frozenset[str] = frozenset()  # "the year *before*": no "the year" of its own
    det_unit_duration_next: frozenset[str] = frozenset()  # "the year *ended* June 30": a duration
    future_after_aux: frozenset[str] = frozenset()  # "sont": past alone, future before "prévues"
    # "is set to", "are due": words that together tell a plan, none of them alone; not before these
    future_phrases: frozenset[tuple[str, ...]] = frozenset()
    future_phrase_not_before: frozenset[str] = frozenset()  # "is to *blame*"
    future_phrase_len: int = 0  # words in the longest of ``future_phrases``
    past_before_future: frozenset[str] = frozenset()  # "avait": a future word after it is a past plan
    # "was expected to", "were scheduled to": a plan of either side of the writing
    either_before_future: dict[str, frozenset[str]] = field(default_factory=dict)
    # a present that tells a plan when a weekday is its time: "le procès s'ouvre jeudi"
    present_plan_words: frozenset[str] = frozenset()
    # endings of a conditional, a future seen from the past ("le maire démissionnerait vendredi"),
    # matched with accents kept ("espérait" is a past), and the words with them that are none
    conditional_suffixes: tuple[str, ...] = ()
    conditional_not: frozenset[str] = frozenset()
    # a tense word read as a noun after these words: "his will", "the political will"
    noun_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # a verb ending that tells a future after its subject ("nous" + "-erons"), clitics allowed between
    future_person: dict[str, tuple[str, ...]] = field(default_factory=dict)
    person_clitics: frozenset[str] = frozenset()  # "nous ne le *verrons*": words between subject and verb
    future_person_not: tuple[str, ...] = ()  # presents with those endings: "nous tirons", "vous admirez"
    set_noun_after: frozenset[str] = frozenset()  # "l'hebdomadaire Le Courrier": a publication, no set
    tense_pre: dict[str, int] = field(default_factory=dict)  # "since", "by", "payable" just before: the tense
    tense_pre_re: re.Pattern[str] | None = None  # those words at the end of the text before an expression
    # "ahead of" just before a day of a week: its tense, over the sentence's ("cut the internet ahead
    # of Tuesday's protests") and over a possessive ("Friday's vote")
    tense_pre_strong: dict[str, int] = field(default_factory=dict)
    tense_pre_strong_re: re.Pattern[str] | None = None
    # a present or a modal after a time opening its sentence: the verb that tells its tense is not further
    tense_reach_stops: frozenset[str] = frozenset()
    condition_openers: frozenset[str] = frozenset()  # "Samedi, si …, la police interviendra": skipped
    # after a comma, words that open another clause, whose verb tells not the time before the comma
    clause_coordinators: frozenset[str] = frozenset()
    # verbs of saying: a time right after one is the saying's, not the reported clause's after it
    saying_verbs: frozenset[str] = frozenset()
    # auxiliaries that tell a time's tense from further back in its clause than any other cue
    far_past: frozenset[str] = frozenset()
    far_future: frozenset[str] = frozenset()
    far_past_before_participle: frozenset[str] = frozenset()  # "a nommé" is a past, "a besoin" none
    far_not_after: frozenset[str] = frozenset()  # "the April 20 explosion": a noun's, no far cue's
    background_aux: frozenset[str] = frozenset()  # "had warned … in 1997": a pluperfect, background
    # "prévues", "scheduled": a plan whose time lies on no known side of the writing when the sentence
    # goes on to tell it undone in the past, by a word of ``plan_undone`` ("les législatives prévues en
    # avril ont été reportées"), or when a word of ``plan_former`` comes before it ("initialement
    # prévu en mars")
    plan_participles: frozenset[str] = frozenset()
    plan_former: frozenset[str] = frozenset()
    plan_undone: frozenset[str] = frozenset()
    # "would (not) have (been) held": what did not happen, on either side of the writing; the "modals",
    # the words "between" it and "have", the forms of "have", and the "participles" -ed does not tell
    conditional_perfect: dict[str, frozenset[str]] = field(default_factory=dict)
    refusal: dict[str, frozenset[str]] = field(default_factory=dict)
    possibility: dict[str, frozenset[str]] = field(default_factory=dict)
    comparison_re: re.Pattern[str] | None = None  # "up from 250,000 on": a figure of the past compared
    base_form_pasts: frozenset[str] = frozenset()  # "hit": a past written as its base form
    base_form_before: frozenset[str] = frozenset()  # "will", "to": the base form after it
    suffix_past_not_after: frozenset[str] = frozenset()  # "la": "la sécurité" is no past participle
    # a past ending after one of these determiners makes an adjective ("the besieged capital"), which
    # tells a past only when nothing else near does
    adjective_past_after: frozenset[str] = frozenset()
    past_suffixes_not: tuple[str, ...] = ()  # "partirait": a conditional, though it ends as an imperfect
    adverb_suffixes: tuple[str, ...] = ()  # "-ly": "to be completely sealed" is a passive, no past
    # a weekday told in no tense this many days ahead at most is the coming one ("talks resume
    # Monday" written on a Saturday), not last week's
    untensed_ahead: int = 0
    # "jusqu'à" before a weekday: decides its tense when nothing else does
    tense_pre_weak: dict[str, int] = field(default_factory=dict)
    tense_pre_weak_re: re.Pattern[str] | None = None
    infinitive: Infinitive | None = None  # "appelle à manifester samedi": a day still to come
    deferral: Deferral | None = None  # "postponed until Tuesday": a time still to come
    date_names: DateNames | None = None  # a date inside a name: "rue du 4-Septembre"
    generic_day: GenericDay | None = None  # "la ville de demain": no day
    # "today": capitalised inside running text, a name ("USA Today"), unless beside only the words of
    # ``headline_lower``, which a headline leaves in lower case ("Talks Resume Today in Lorvel")
    day_word_names: frozenset[str] = frozenset()
    headline_lower: frozenset[str] = frozenset()
    habitual_det: frozenset[str] = frozenset()  # "*le* mardi, le marché s'installe": a habit when untensed
    habitual_not_after: frozenset[str] = frozenset()  # "depuis le mardi": one day
    holidays_lower_case: frozenset[str] = frozenset()  # "la rentrée": a holiday in lower case
    # per holiday, the words after it that make it no time ("la rentrée d'argent")
    holiday_reject_next: dict[str, frozenset[str]] = field(default_factory=dict)
    # after "the day after" (a day word marked ``event_follows``), words that open no event ("anyway")
    event_not_openers: frozenset[str] = frozenset()

    def future_ending(self, key: str) -> int:
        """The length of the longest future ending of ``key`` (a word as :func:`norm` keys it), 0 when
        none or when the word is too short or an exception to the endings ("sera" is listed itself)."""
        if len(key) < self.suffix_min_len or key in self.suffix_exceptions:
            return 0
        return max((len(e) for e in self.future_suffixes if key.endswith(e)), default=0)

    def past_ending(self, lower: str) -> int:
        """The length of the longest past ending of ``lower`` (a word in lower case, accents kept), 0
        when none."""
        return max((len(e) for e in self.past_suffixes if lower.endswith(e)), default=0)

    def words(self, key: str) -> list[str]:
        """The raw phrases of a list- or dict-valued entry of the JSON file."""
        value = self.data.get(key) or []
        return list(value.keys()) if isinstance(value, dict) else list(value)

    def number(self, text: str) -> float | None:
        """The value of a number written in digits or in words (``vingt-quatre``, ``2 500``, ``30,4``)."""
        raw = re.sub(r"[\s\u00a0\u202f]", "", text)
        if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
            return float(raw.replace(",", "."))
        key = norm(text)
        if key in self.numbers:
            return self.numbers[key]
        total = current = 0.0
        below = math.inf  # words add up only falling ("vingt-deux"); "deux-trois" is a range, not 5
        for part in self.number_groups(key):
            if part in self.multipliers:
                current = max(current, 1) * self.multipliers[part]
                below = self.multipliers[part]
                if self.multipliers[part] >= 1000:
                    total, current = total + current, 0.0
            elif part in self.numbers:
                if self.numbers[part] >= below:
                    return None
                current += self.numbers[part]
                below = self.numbers[part]
            elif part not in ("et", "and"):
                return None
        return total + current or None

    def number_groups(self, text: str) -> list[str]:
        """The words of a number written in words, a number of several words kept whole
        ("quatre-vingt-dix": "quatre-vingt" and "dix", so 90, not 4 + 20 + 10)."""
        return list(self._grouped(re.split(r"[\s-]+", norm(text))))

    def _grouped(self, parts: list[str]) -> Iterator[str]:
        i = 0
        while i < len(parts):
            for n in (3, 2, 1):
                group = parts[i : i + n]
                whole = next((w for w in ("-".join(group), " ".join(group)) if w in self.numbers), None)
                if len(group) == n and (whole or n == 1):
                    yield whole or group[0]
                    i += n
                    break


def _reject_next(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Per phrase, folded, the folded words after it that undo it."""
    return {norm(phrase): frozenset(norm(w) for w in words) for phrase, words in table.items()}


def _lowered(data: dict[str, Any], key: str) -> frozenset[str]:
    """The words of a list in lower case, accents kept (tense cues are matched so)."""
    return frozenset(w.lower() for w in data.get(key, []))


def _frozen(data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key) or []
    return frozenset(norm(w) for w in (value.keys() if isinstance(value, dict) else value))


@cache
def lexicon(lang: str) -> Lexicon:
    """The cached :class:`Lexicon` of ``lang`` (falls back to English data, but reading numeric
    dates day first: month-first "04/11/2021" is the United States' habit, not other languages')."""
    data: dict[str, Any] = load(lang, "timex")
    if not has(lang, "timex") and lang != FALLBACK:
        data = {**data, "numeric_date_order": "dmy"}
    if data.get("months_also"):  # another language's month names, read too: "November 9, 2020"
        other = load(data["months_also"], "timex")  # in a site template on an Arabic page
        data = {
            **data,
            "months": {**other["months"], **data["months"]},
            "ambiguous_months": [*data.get("ambiguous_months", []), *other.get("ambiguous_months", [])],
        }
    tense = data.get("tense", {})
    far = tense.get("far_cues", {})  # auxiliaries that tell a tense from far back in a clause
    return Lexicon(
        lang=lang,
        data=data,
        months=_table(data["months"]),
        weekdays=_table(data["weekdays"]),
        weekdays_plural=_table(data.get("weekdays_plural", {})),
        numbers=_table({**data["numbers"], **data.get("approx_numbers", {})}),
        multipliers=_table(data.get("number_multipliers", {})),
        ordinals=_table(data.get("ordinals", {})),
        units=_table(data["units"]),
        rel_pre=_table(data.get("rel_pre", {})),
        rel_post=_table(data.get("rel_post", {})),
        day_words=_table(data.get("day_words", {})),
        day_parts=_table(data.get("day_parts", {})),
        fixed=_table(data.get("fixed", {})),
        part_pre=_table(data.get("part_pre", {})),
        approx_pre=_table(data.get("approx_pre", {})),
        seasons=_table(data.get("seasons", {})),
        later_post=_table({**data.get("later_post", {}), **data.get("later_post_alone", {})}),
        holidays=_table(data.get("holidays", {})),
        report_periods=_table(data.get("report_periods", {})),
        quarter_year_pre=_table(data.get("quarter_year_pre", {})),
        same_year=_table(data.get("same_year_offsets", {})),
        year_rel=_table(data.get("year_rel", {})),
        time_words=_table(data.get("time_words", {})),
        ampm=_table(data.get("ampm", {})),
        vague=_frozen(data, "vague_quantities"),
        approx_numbers=_frozen(data, "approx_numbers"),
        quantity_nouns=_frozen(data, "quantity_nouns"),
        year_context=_frozen(data, "year_context"),
        month_context=_frozen(data, "month_context"),
        season_context=_frozen(data, "season_context"),
        ambiguous_months=_frozen(data, "ambiguous_months"),
        ambiguous_weekdays=_frozen(data, "ambiguous_weekdays"),
        past_words=frozenset(w.lower() for w in tense.get("past_words", [])),
        future_words=frozenset(w.lower() for w in tense.get("future_words", [])),
        present_plan_words=frozenset(w.lower() for w in tense.get("present_plan_words", [])),
        conditional_suffixes=tuple(w.lower() for w in tense.get("conditional_suffixes", [])),
        conditional_not=frozenset(w.lower() for w in tense.get("conditional_not", [])),
        past_suffixes=tuple(w.lower() for w in tense.get("past_suffixes", [])),
        adjective_past_after=frozenset(map(norm, tense.get("adjective_past_after", []))),
        past_suffixes_not=tuple(w.lower() for w in tense.get("past_suffixes_not", [])),
        future_suffixes=tuple(tense.get("future_suffixes", [])),
        suffix_min_len=int(tense.get("suffix_min_len", 5)),
        suffix_exceptions=_frozen(tense, "suffix_exceptions"),
        participle_aux=_frozen(tense, "participle_aux"),
        future_after_aux=_frozen(tense, "future_after_aux"),
        future_phrases=frozenset(tuple(norm(w) for w in p.split()) for p in tense.get("future_phrases", [])),
        future_phrase_len=max((len(p.split()) for p in tense.get("future_phrases", [])), default=0),
        future_phrase_not_before=_frozen(tense, "future_phrase_not_before"),
        past_before_future=_frozen(tense, "past_before_future"),
        either_before_future=_word_sets(tense, "either_before_future"),
        noun_after={norm(w): frozenset(map(norm, pre)) for w, pre in tense.get("noun_after", {}).items()},
        future_person={norm(p): tuple(ends) for p, ends in tense.get("future_person", {}).items()},
        person_clitics=_frozen(tense, "person_clitics"),
        future_person_not=tuple(tense.get("future_person_not", [])),
        set_noun_after=_frozen(data, "set_noun_after"),
        possessive_past=tuple(data.get("possessive_past", [])),
        update_stamp_re=_stamp_words(data.get("update_stamp", [])),
        event_of=_event_of(data.get("event_of", [])),
        event_not_openers=_frozen(data, "event_not_openers"),
        day_link=_between(data.get("day_links", [])),
        day_range=_between(data.get("day_range_links", [])),
        clock_range=_between(data.get("clock_range_links", []) + data.get("day_range_links", [])),
        span_move_re=_span_move(data.get("span_moves", []), data.get("span_move_from", [])),
        det_unit_reject_next=_frozen(data, "det_unit_reject_next"),
        det_unit_duration_next=_frozen(data, "det_unit_duration_next"),
        tense_pre=_table(tense.get("tense_pre", {})),
        tense_pre_re=_ending_with(
            list(tense.get("tense_pre", {})),
            tense.get("tense_pre_gaps", []),
            tense.get("tense_pre_gap_articles", []),
        ),
        tense_pre_strong=_table(tense.get("tense_pre_strong", {})),
        tense_pre_strong_re=_ending_with(list(tense.get("tense_pre_strong", {}))),
        tense_reach_stops=_lowered(tense, "reach_stops"),
        condition_openers=_lowered(tense, "condition_openers"),
        clause_coordinators=_lowered(tense, "clause_coordinators"),
        saying_verbs=_lowered(data, "that_clause_verbs"),
        far_past=_lowered(far, "past"),
        far_future=_lowered(far, "future"),
        far_not_after=_lowered(far, "not_after"),
        background_aux=_lowered(tense, "background_aux"),
        far_past_before_participle=_lowered(far, "past_before_participle"),
        plan_participles=_frozen(tense, "plan_participles"),
        plan_former=_frozen(tense, "plan_former"),
        plan_undone=_frozen(tense, "plan_undone"),
        conditional_perfect=_word_sets(tense, "conditional_perfect"),
        refusal=_word_sets(tense, "refusal"),
        possibility=_word_sets(tense, "possibility"),
        adverb_suffixes=tuple(tense.get("adverb_suffixes", [])),
        suffix_past_not_after=frozenset(map(norm, tense.get("suffix_past_not_after", []))),
        base_form_pasts=frozenset(w.lower() for w in tense.get("base_form_pasts", [])),
        comparison_re=_comparison(tense.get("comparison")),
        base_form_before=frozenset(map(norm, tense.get("base_form_before", []))),
        untensed_ahead=int(tense.get("untensed_weekday_ahead_days", 0)),
        tense_pre_weak=_table(tense.get("tense_pre_weak", {})),
        tense_pre_weak_re=_ending_with(list(tense.get("tense_pre_weak", {}))),
        infinitive=_infinitive(tense.get("infinitive")),
        deferral=_deferral(tense.get("deferral")),
        generic_day=_generic_day(data.get("generic_day")),
        day_word_names=_frozen(data, "day_word_names"),
        headline_lower=_frozen(data, "headline_lower"),
        habitual_det=_frozen(data, "habitual_det"),
        habitual_not_after=_frozen(data, "habitual_not_after"),
        holidays_lower_case=_frozen(data, "holidays_lower_case"),
        holiday_reject_next=_reject_next(data.get("holiday_reject_next", {})),
        date_names=_date_names(data.get("date_names", {}), data["months"]),
    )


def _deferral(data: dict[str, Any] | None) -> Deferral | None:
    if not data:
        return None
    to = data["to"]
    not_before = data.get("not_before", [])
    return Deferral(
        to_re=_ending_with(list(to)),
        only_after={w.lower(): frozenset(norm(v) for v in after) for w, after in to.items() if after},
        clock_to=frozenset(w.lower() for w in data.get("clock_to", [])),
        words=_frozen(data, "words"),
        past_perfect=_frozen(data, "past_perfect"),
        not_perfect_before=_frozen(data, "not_perfect_before"),
        after_re=re.compile(r"\s*,?\s*(?:" + alt(not_before) + r")\b", re.IGNORECASE) if not_before else None,
        reach=int(data.get("reach", 6)),
    )


def _generic_day(data: dict[str, Any] | None) -> GenericDay | None:
    if not data:
        return None
    dets, possessive = data.get("dets", []), data.get("possessive", [])
    elided, whole = [d for d in dets if d[-1] in APOS], [d for d in dets if d[-1] not in APOS]
    det = rf"(?:{alt(elided)}\s*|{alt(whole)}\s+)"
    return GenericDay(
        nouns=_frozen(data, "nouns"),
        before=re.compile(
            rf"(?<![\w{APOS}]){det}(?P<noun>[^\W\d_][\w-]*)\s+{alt(data.get('links', []))}\s*$", re.IGNORECASE
        ),
        possessive=re.compile(rf"\s?{alt(possessive)}", re.IGNORECASE) if possessive else None,
        phrase_end=_frozen(data, "phrase_end"),
        name_before=_name_before(data.get("name_dets", []), data.get("links", [])),
    )


def _name_before(dets: list[str], links: list[str]) -> re.Pattern[str] | None:
    """A determiner of ``dets`` in lower case, a capitalised name and a link, ending the text."""
    if not dets:
        return None
    elided, whole = [d for d in dets if d[-1] in APOS], [d for d in dets if d[-1] not in APOS]
    det = rf"(?:{alt(elided)}\s*|{alt(whole)}\s+)"
    # a name, not an acronym ("la réunion de l'OTAN de demain" is a day)
    return re.compile(rf"(?<![\w{APOS}]){det}[A-ZÀ-Ý][a-zà-ÿ][\w-]*\s+(?i:{alt(links)})\s*$")


def _infinitive(data: dict[str, Any] | None) -> Infinitive | None:
    if not data:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))

    return Infinitive(
        after=words("after"),
        clitics=words("clitics"),
        suffixes=tuple(data["suffixes"]),
        min_len=int(data.get("min_len", 4)),
        not_verbs=words("not_verbs"),
        not_after=frozenset(tuple(p.lower().split()) for p in data.get("not_after", [])),
        day_complement=words("day_complement"),
        clause_openers=words("clause_openers"),
        participles=tuple(data.get("participles", [])),
        determiners=words("determiners"),
        recent_past=words("recent_past"),
        imperfect_endings=tuple(data.get("imperfect", [])),
        not_imperfect=words("not_imperfect"),
        have_present=words("have_present"),
        be_present=words("be_present"),
        be_participles=words("be_participles"),
        reflexive=words("reflexive"),
        reach=int(data.get("reach", 8)),
    )


def _word_sets(tense: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """A tense entry made of named word lists ("modals", "between", …), each as a set of keys."""
    return {name: frozenset(map(norm, words)) for name, words in tense.get(key, {}).items()}


def _ending_with(
    words: list[str], gaps: Iterable[str] = (), articles: Iterable[str] = ()
) -> re.Pattern[str] | None:
    """A pattern for one of ``words`` ending a text (before white space), as a whole word, maybe followed
    by one of ``gaps``, then maybe one of ``articles`` ("since *shortly after the* Oct. 23 attack",
    "depuis *la* fin février")."""
    if not words:
        return None
    art = rf"(?:\s+(?P<art>{alt(articles)}))?" if articles else ""
    gap = rf"(?:\s+(?P<gap>{alt(gaps)}))?" if gaps else ""
    return re.compile(r"(?<!\w)(" + alt(words) + r")" + gap + art + r"\s*$", re.IGNORECASE)


def _comparison(spec: dict[str, list[str]] | None) -> re.Pattern[str] | None:
    """A pattern for a figure compared with an earlier one ending a text: a word of ``pre``, a number
    maybe with a unit of ``units``, maybe a word of ``links`` ("up from 250,000 on", "contre 2,5 %")."""
    if not spec:
        return None
    number = r"[$€£]?\s?\d[\d.,\u00a0\u202f ]*"
    unit = rf"(?:\s*{alt(spec['units'])}(?!\w))?"
    link = rf"(?:\s+{alt(spec['links'])})?"
    return re.compile(rf"(?<!\w){alt(spec['pre'])}\s+{number}{unit}{link}\s*$", re.IGNORECASE)


def _stamp_words(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for one of ``words`` (maybe with a colon) ending a text, opening a stamp: at the
    start of the text or of a line, or after a bracket, a bar, a dash or a sentence's end ("(Updated
    at", "| Mis à jour :"); not in a sentence ("the list was updated at")."""
    if not words:
        return None
    return re.compile(r"(?:^|[\n(\[|•·–—-]|[.!?]\s)\s*(" + alt(words) + r")\s*:?\s*$", re.IGNORECASE)


SPAN_MOVE_REACH = 3  # words at most between a word of moving and the "from" that opens the span
SPAN_MOVE_OPENING = 40  # characters at most from that "from" to the day that ends the span


def _span_move(moves: list[str], froms: list[str]) -> re.Pattern[str] | None:
    """A pattern for a word of moving a date, then, a few words on, the word opening the days it is
    moved between ("avancé du", "moved up by a week from"), ending a text."""
    if not moves or not froms:
        return None
    gap = rf"(?:\s+[\w'’-]+){{0,{SPAN_MOVE_REACH}}}?"
    opening = rf"[^.!?;,]{{1,{SPAN_MOVE_OPENING}}}"  # the opening day or month and the link after it
    return re.compile(rf"(?<!\w){alt(moves)}{gap}\s+{alt(froms)}\s+{opening}$", re.IGNORECASE)


def _between(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for the whole stretch between two expressions being one of ``words`` (or a dash)."""
    if not words:
        return None
    return re.compile(r"\s*(?:" + alt(words) + r"|[-‐‑–])\s*", re.IGNORECASE)


_DAY_OF_NAME = r"\d{1,2}(?:er)?"


def _date_names(entry: dict[str, Any], month_numbers: dict[str, int]) -> DateNames:
    """The patterns of the names that hold a day and month without its year (see
    :class:`DateNames`). With its year ("avenue du 8 mai 1945") the date is the day the name
    recalls, and stays a date; without it, it would be read as a day of the year of writing.
    ``fixed`` lists names and idioms whose time word says no time ("the Daily Mail")."""
    months = list(month_numbers)
    dash = rf"[\s{re.escape(HYPHENS)}]+"
    before = after = None
    if entry.get("before"):
        before = re.compile(
            rf"(?<!\w)(?P<head>{alt(entry['before'])})\s+{alt(entry.get('link', []))}"
            rf"\s+(?P<day>{_DAY_OF_NAME})"
            rf"(?P<sep>{dash})(?P<month>{alt(months)})(?!\w)(?!{dash}\d{{4}})",
            re.IGNORECASE,
        )
    if entry.get("after"):
        day = r"\d{1,2}(?:st|nd|rd|th)?"
        date = rf"(?:{day}\s+(?i:of\s+)?(?i:{alt(months)})|(?i:{alt(months)})\.?\s+{day})"
        heads = "|".join(re.escape(h) for h in entry["after"])
        capital_heads = "|".join(re.escape(h) for h in entry["after"] if h[:1].isupper()) or r"(?!x)x"
        # a head in lower case ("the March 14 coalition") only after "the": "On March 20 coalition
        # aircraft struck" is a date
        after = re.compile(
            rf"(?<!\w)(?:(?i:the)\s+{date}(?:\s+[A-Z]\w*)?\s+(?:{heads})|{date}\s+(?:{capital_heads}))(?!\w)"
        )
    hyphenated = None
    if entry.get("hyphenated_capital"):
        hyphenated = re.compile(
            rf"(?<![\w.])(?P<day>{_DAY_OF_NAME})[{re.escape(HYPHENS)}](?P<month>{alt(months)})(?!\w)"
            rf"(?![{re.escape(HYPHENS)}\s]+\d)",
            re.IGNORECASE,
        )
    fixed = None
    if entry.get("fixed"):
        names = "|".join(_as_written(n) for n in sorted(entry["fixed"], key=len, reverse=True))
        fixed = re.compile(rf"(?<!\w)(?:{names})(?![\w{re.escape(HYPHENS)}])")
    return DateNames(
        before,
        after,
        hyphenated,
        fixed,
        lower_heads=frozenset(norm(h) for h in entry.get("lower_case_heads", [])),
        holiday_heads=frozenset(norm(h) for h in entry.get("holiday_heads", [])),
        holiday_days=frozenset(
            (int(month), int(day)) for month, day in (d.split("-") for d in entry.get("holiday_days", []))
        ),
        months=_table(month_numbers),
    )


def _as_written(name: str) -> str:
    """A pattern for ``name`` whose capitalised words keep their capital ("the Mail on Sunday", not "by
    mail on Sunday"); its words in lower case may take either ("Du jour au lendemain")."""
    parts = [re.escape(w) if w[:1].isupper() else "(?i:" + re.escape(w) + ")" for w in name.split()]
    return r"\s+".join(parts).replace("'", f"[{APOS}]")


def _event_of(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for the words that tie a relative day to an event ("au lendemain *d'un* vote")."""
    if not words:
        return None
    parts = [
        _word_regex(w) + ("" if w[-1] in APOS else r"(?!\w)") for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile(rf"\s*(?:{'|'.join(parts)})", re.IGNORECASE)
