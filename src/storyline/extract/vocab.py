"""The furniture vocabulary of a language, compiled once into regexes.

The data lives in ``lang/<lang>/furniture.json``; a language's vocabulary is merged with the
fallback language's, because page furniture is often in English whatever the article's language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from storyline.clock import HOURS_MINUTES
from storyline.lang import FALLBACK, available, has, load

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s:!.,;…»›>|\-–—*•·]+$")
_LEADING = re.compile(r"^[\s«‹<|\-–—*•·#]+")
_TOKEN = re.compile(r"[^\W\d_]+")


def normalise(line: str) -> str:
    """A matching key for ``line``: lower case, straight apostrophes, single plain spaces."""
    return _SPACES.sub(" ", line.translate(_APOSTROPHES)).strip().lower()


def bare(norm: str) -> str:
    """``norm`` without leading bullets and trailing punctuation, for whole-line matches."""
    first, last = norm[:1], norm[-1:]
    if (first in _LEADING_CHARS or first.isspace()) or (last in _TRAILING_CHARS or last.isspace()):
        return _TRAILING.sub("", _LEADING.sub("", norm))
    return norm  # most lines: nothing to strip, no regex run


_LEADING_CHARS = frozenset("«‹<|-–—*•·#")  # what _LEADING strips besides spaces
_TRAILING_CHARS = frozenset(":!.,;…»›>|-–—*•·")  # … and _TRAILING


def tokens(norm: str) -> list[str]:
    """Letter-only tokens of a normalised line (elisions split: ``l'armée`` gives ``l``, ``armée``)."""
    return _TOKEN.findall(norm)


@dataclass(frozen=True, slots=True)
class Rule:
    """A vocabulary rule: the reason it gives and its compiled matchers."""

    reason: str
    max_words: int
    exact: frozenset[str]
    pattern: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Vocab:
    """Compiled furniture vocabulary of one language (merged with the fallback's)."""

    lang: str
    rules: tuple[Rule, ...]
    starts: dict[str, tuple[str, ...]]  # every rule's beginnings by first character …
    any_rule: tuple[re.Pattern[str], ...]  # … and regexes (see :func:`starts_rule`)
    any_phrase: re.Pattern[str]  # any rule's phrase ("contains"), looked for only …
    phrase_keys: frozenset[str]  # … when the line has one of these words
    any_exact: frozenset[str]
    date: re.Pattern[str]
    date_prefix: re.Pattern[str]
    date_prefix_keys: frozenset[str] | None  # see :func:`word_keys`
    date_prefix_words: frozenset[str]  # every word of the date prefixes
    weekdays: frozenset[str]
    byline: re.Pattern[str]
    source: tuple[re.Pattern[str], ...]
    signature: tuple[re.Pattern[str], ...]
    agency_prefix: re.Pattern[str]
    agencies: dict[str, str]
    any_agency: re.Pattern[str]
    agency_keys: frozenset[str] | None  # see :func:`word_keys`
    credit: re.Pattern[str]
    caption: re.Pattern[str]
    outlets: tuple[re.Pattern[str], ...]
    rule_words: int = 0  # the longest line any rule applies to: longer lines skip the rules
    exact_words: int = 0  # the longest whole-line phrase: longer lines skip the exact lookup
    picture: tuple[re.Pattern[str], ...] = ()  # credit or caption (see :func:`found`): a quick test
    author_roles: frozenset[str] = frozenset()  # what an author's note says the author is
    comment_header: re.Pattern[str] | None = None  # see :func:`_comment_header`
    comment_reply: re.Pattern[str] | None = None  # a comment's reply link, as a field of its stamp line
    stopwords: frozenset[str] = frozenset()  # the language's and the fallback's (see :func:`stopwords`)


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One regex searching for any of ``patterns``.

    Patterns that start with ``\\b`` share one leading ``\\b``: the engine then gives up at once
    at every position inside a word instead of trying each pattern there (much faster).
    """
    bounded = [p[2:] for p in patterns if p.startswith("\\b")]
    others = [p for p in patterns if not p.startswith("\\b")]
    alts = [rf"\b(?:{'|'.join(f'(?:{p})' for p in bounded)})"] if bounded else []
    alts.extend(f"(?:{p})" for p in others)
    return re.compile("|".join(alts) or "(?!)")


def _any_of(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """Regexes that together search for any of ``patterns``, grouped for speed.

    One union of them all tries every alternative at every position of the line. Grouped, the
    patterns that open with ``\\b`` share one boundary test (see :func:`_union`), the anchored
    ones are tried at the start only, and the rest on their own.
    """
    anchored = [p for p in patterns if p.startswith("^") and not _splits(p)]
    bounded = [p for p in patterns if p.startswith("\\b") and not _splits(p)]
    others = [p for p in patterns if p not in anchored and p not in bounded]
    groups = [_union(bounded)] if bounded else []
    if anchored:
        groups.append(re.compile(f"^(?:{'|'.join(f'(?:{p})' for p in anchored)})"))
    if others:
        groups.append(re.compile("|".join(f"(?:{p})" for p in others)))
    return tuple(groups)


def _splits(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group (so its first item does not bind it all)."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def found(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether any of ``patterns`` (see :func:`_any_of`) is found in ``text``."""
    for pattern in patterns:  # noqa: SIM110 - a plain loop: no generator made on this hot path
        if pattern.search(text):
            return True
    return False


def _by_first_char(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """``phrases`` grouped by their first character, for ``str.startswith`` (no regex: a long
    alternation of literals is tried one by one)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {char: tuple(group) for char, group in groups.items()}


def starts_rule(v: Vocab, norm: str) -> bool:
    """Whether ``norm`` opens with a rule's beginning or matches a rule's regex (a quick test)."""
    return norm.startswith(v.starts.get(norm[:1], ())) or found(v.any_rule, norm)


def _alt(phrases: list[str]) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def _merged(lang: str) -> list[dict[str, Any]]:
    """The furniture data of ``lang`` then of the fallback language (once)."""
    langs = [lang] if lang == FALLBACK or not has(lang, "furniture") else [lang, FALLBACK]
    if not has(langs[0], "furniture"):
        langs = [FALLBACK]
    return [load(code, "furniture") for code in langs]


def _compile_rule(reason: str, parts: list[dict[str, Any]]) -> Rule:
    """One rule from the entries of the same reason in every merged data file."""
    exact: set[str] = set()
    alts: list[str] = []
    max_words = 0
    for part in parts:
        max_words = max(max_words, int(part.get("max_words", 8)))
        exact.update(part.get("exact", ()))
        if part.get("starts"):
            alts.append(rf"^(?:{_alt(part['starts'])})")
        if part.get("contains"):
            alts.append(rf"(?<!\w)(?:{_alt(part['contains'])})(?!\w)")
        alts.extend(part.get("regex", ()))
    pattern = re.compile("|".join(f"(?:{a})" for a in alts)) if alts else None
    return Rule(reason, max_words, frozenset(exact), pattern)


def _any_rule(
    parts: list[dict[str, Any]],
) -> tuple[dict[str, tuple[str, ...]], tuple[re.Pattern[str], ...], re.Pattern[str], frozenset[str]]:
    """Regexes telling whether a line may match any rule (most lines match none).

    Every rule's beginnings grouped by first character, every rule's regexes (see
    :func:`_any_of`), and every rule's phrases in one alternation with, for a cheap test first,
    one word of each phrase (its longest): a phrase is only looked for in a line holding one of
    these words as a token.
    """
    starts = [s for part in parts for s in part.get("starts", ())]
    contains = [c for part in parts for c in part.get("contains", ())]
    alts = [r for part in parts for r in part.get("regex", ())]
    phrases = []
    worded = [c for c in contains if c[:1].isalnum()]  # there \b is the same as (?<!\w), and faster
    if worded:
        phrases.append(rf"\b(?:{_alt(worded)})(?!\w)")
    if len(worded) < len(contains):
        phrases.append(rf"(?<!\w)(?:{_alt([c for c in contains if not c[:1].isalnum()])})(?!\w)")
    keys = word_keys(contains)
    if keys is None:  # a phrase without letters: no word to test first, always look
        alts.extend(phrases)
        phrases, keys = [], frozenset()
    return (
        _by_first_char(starts),
        _any_of(alts),
        re.compile("|".join(phrases) or "(?!)"),
        keys,
    )


def word_keys(phrases: list[str]) -> frozenset[str] | None:
    """One word of each phrase (its longest), or None when a phrase has no letters.

    A line where a phrase is found between non-word characters holds that word as one of its
    :func:`tokens`, so a line holding none of the keys needs no regex search.
    """
    keys = [max(tokens(normalise(p)), key=len, default="") for p in phrases]
    return None if "" in keys else frozenset(keys)


def _date_regex(months: list[str], ordinals: list[str], joiners: list[str]) -> re.Pattern[str]:
    """Dates written with a month name or with numbers ("27 de agosto de 2019": with the words
    some languages put before the month or the year)."""
    month = rf"(?:{_alt(months)})\.?"
    ordinal = rf"(?:{_alt(ordinals)})?" if ordinals else ""
    joiner = rf"(?:(?:{_alt(joiners)})\s+)?" if joiners else ""
    forms = [
        rf"\b\d{{1,2}}{ordinal}\s+{joiner}{month},?\s+{joiner}\d{{4}}\b",
        rf"\b{month}\s+\d{{1,2}}{ordinal},?\s+\d{{4}}\b",
        rf"\b{month}\s+{joiner}\d{{4}}\b",
        r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
        r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b",
        r"\b\d{1,2}\s*[h:]\s*\d{2}\b",
    ]
    return _union(forms)


def _comment_header(verbs: list[str]) -> re.Pattern[str] | None:
    """The opening of a reader's comment: a stamp with a clock time, a comma, a name and a verb of
    writing before a colon ("at 10:14 am on 28 may 2010, pzero wrote:"); ``head`` is the stamp."""
    if not verbs:
        return None
    return re.compile(
        rf"^(?P<head>.{{0,80}}?(?:{HOURS_MINUTES}).{{0,60}}?)\s?,\s*(?P<name>[^,.;!?]{{1,40}}?)\s+(?:{_alt(verbs)})\s?:(?!\d)"
    )


def _comment_reply(replies: list[str]) -> re.Pattern[str] | None:
    """A reply link closing a comment's stamp line, as its own field ("pzero | 28 may 2010 10:14 | reply")."""
    if not replies:
        return None
    return re.compile(rf"[|•·]\s*(?:{_alt(replies)})\s*$")


# A copyright line names its site after the mark and its years: "© 2024 Le Veilleur. Tous droits
# réservés", "Copyright (c) 2006-2020 X", "(c) X | all rights reserved".
_COPYRIGHT_MARKS = (r"^(?:©|\(c\))\s*(?:copyright\s*)?", r"^copyright\s*(?:(?:©|\(c\))\s*)?")
_COPYRIGHT_NAME = r"(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?P<outlet>[^.|,©]{2,40}?)\s*"


def _copyright_outlets(rights: list[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns reading a site's name from a copyright line, the name ending at a stop or
    at the languages' "all rights reserved" (``rights``: "tous droits", "alle rechte")."""
    end = rf"(?:[.|,-]|{_alt(rights)}|$)" if rights else r"(?:[.|,-]|$)"
    return tuple(re.compile(mark + _COPYRIGHT_NAME + end, re.IGNORECASE) for mark in _COPYRIGHT_MARKS)


@cache
def vocab(lang: str) -> Vocab:
    """The compiled vocabulary of ``lang`` (cached)."""
    data = _merged(lang)

    def gather(key: str) -> list[Any]:
        return [item for d in data for item in d.get(key, ())]

    by_reason: dict[str, list[dict[str, Any]]] = {}
    for d in data:
        for rule in d.get("rules", ()):
            by_reason.setdefault(rule["reason"], []).append(rule)
    agencies = {
        alias: canon for d in data for canon, aliases in d.get("agencies", {}).items() for alias in aliases
    }
    for d in data:
        agencies.update({canon.lower(): canon for canon in d.get("agencies", {})})
    rules = tuple(_compile_rule(r, parts) for r, parts in by_reason.items())
    every = [rule for parts in by_reason.values() for rule in parts]
    starts, any_rule, any_phrase, phrase_keys = _any_rule(every)
    return Vocab(
        lang=lang,
        rule_words=max((r.max_words for r in rules), default=0),
        exact_words=max((len(p.split()) for r in rules for p in r.exact), default=0),
        picture=_any_of(gather("credit_regex") + gather("caption_regex")),
        rules=rules,
        starts=starts,
        any_rule=any_rule,
        any_phrase=any_phrase,
        phrase_keys=phrase_keys,
        any_exact=frozenset().union(*(r.exact for r in rules)),
        date=_date_regex(gather("months"), gather("ordinal_suffixes"), gather("date_joiners")),
        date_prefix=re.compile(rf"(?:^|[|•·,;\-–—]\s*)(?:{_alt(gather('date_prefixes'))})\b"),
        date_prefix_keys=word_keys(gather("date_prefixes")),
        date_prefix_words=frozenset(t for p in gather("date_prefixes") for t in tokens(normalise(p))),
        weekdays=frozenset(gather("weekdays")),
        byline=re.compile(rf"^(?:{_alt(gather('byline_prefixes'))})\s*(?::\s*)?(?=\w)"),
        source=tuple(re.compile(p) for p in gather("source_regex")),
        signature=tuple(re.compile(p) for p in gather("signature_regex")),
        agency_prefix=re.compile(rf"^(?:{_alt(gather('agency_prefixes'))})\s*"),
        agencies=agencies,
        any_agency=re.compile(rf"(?<!\w)(?:{_alt(list(agencies))})(?!\w)"),
        agency_keys=word_keys(list(agencies)),
        credit=_union(gather("credit_regex")),
        caption=_union(gather("caption_regex")),
        outlets=(  # a line opening on "©" or "Copyright" is read as one before any other form
            *_copyright_outlets(gather("rights_reserved")),
            *(re.compile(p, re.IGNORECASE) for p in gather("outlet_regex")),
        ),
        author_roles=frozenset(gather("author_roles")),
        comment_header=_comment_header(gather("comment_verbs")),
        comment_reply=_comment_reply(gather("comment_replies")),
        stopwords=frozenset(gather("stopwords")),
    )


@cache
def stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ``lang`` alone (no fallback merge), or an empty set."""
    if not has(lang, "furniture"):
        return frozenset()
    return frozenset(load(lang, "furniture").get("stopwords", ()))


@cache
def wrap_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``lang`` after which a hard-wrapped line goes on whatever the next line starts
    with (articles, prepositions, conjunctions, titles before a name), and its month names."""
    if not has(lang, "furniture"):
        return frozenset(), frozenset()
    data = load(lang, "furniture")
    return frozenset(data.get("line_continues", ())), frozenset(data.get("months", ()))


@cache
def any_wrap_word() -> frozenset[str]:
    """The words of :func:`wrap_words` in every language, to pass over most lines unguessed."""
    return frozenset(w for code in languages() for words in wrap_words(code) for w in words)


@cache
def languages() -> tuple[str, ...]:
    """The languages that have their own furniture data (and so stopwords)."""
    return tuple(code for code in available() if has(code, "furniture"))


@cache
def exclusive_stopwords() -> dict[str, frozenset[str]]:
    """For each language, its stopwords that no other language lists (for language guessing)."""
    sets = {code: stopwords(code) for code in languages()}
    return {
        code: words.difference(*(other for o, other in sets.items() if o != code))
        for code, words in sets.items()
    }


@cache
def _exclusive_index() -> dict[str, str]:
    """Each exclusive stopword with its language."""
    return {word: code for code, words in exclusive_stopwords().items() for word in words}


def guess_language(toks: Sequence[str]) -> tuple[str | None, dict[str, int]]:
    """The language whose exclusive stopwords are most frequent in ``toks``, with the counts."""
    counts = Counter(filter(None, map(_exclusive_index().get, toks)))  # the other words give None
    if not counts:
        return None, counts
    return max(_codes(), key=counts.__getitem__), counts  # ties: the first language in order


@cache
def _codes() -> tuple[str, ...]:
    """The languages guessed among, in order."""
    return tuple(exclusive_stopwords())
