"""Entity mentions cleaned: titles split off as roles, furniture and model errors dropped.

spaCy's spans are taken as proposals. A span is trimmed of punctuation and lower-case
articles (``l'Égypte`` → ``Égypte``); a person's leading honorifics and titles (``M.``,
``général``, ``Premier ministre``) are split off and kept as the mention's role; spans with
furniture marks (``©``, ``|``, URLs), without a capital letter, too long, or made of a weekday or
month name are dropped, as are names on credit and byline lines. Miscellaneous mentions (events,
works, nationalities) are out of scope. Then names the model missed are added: other
occurrences, in the same article, of a name it found (and of a person's surname; also after an
elided article, in capitals, and in lower case in social-media posts, for a name the text
capitalises inside a sentence), and well-known aliases of the language data. A nationality word
after a determiner is cut off a person's span (``l'Égyptien X``); a long line that merely
mentions ``photos :`` is not a credit line. Language knowledge comes from ``lang/<code>/titles.json``,
``timex.json``, ``furniture.json`` and ``aliases.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from storyline.corpus.aliases import alias_forms
from storyline.corpus.names import name_particles
from storyline.corpus.terms import fold, stopwords, unaccented
from storyline.extract.vocab import vocab
from storyline.lang import load
from storyline.model import Mention, NameMention
from storyline.nlp.acronyms import acronym_mentions
from storyline.nlp.roles import Titles, complement_ok, role_after, role_before, titles

KEPT_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "",
}
MAX_WORDS = 8
MIN_REPEAT_CHARS = 3
MIN_CAPITALS_CHARS = 4  # a shorter name in capitals may be an acronym
CREDIT_LINE_WORDS = 30  # a longer line with a credit mark is running text
CREDITED_CHARS = 40  # in it, a name this close after the mark is still a credit
_FURNITURE = re.compile(r"[©|@#]|https?:|www\.|\.(?:com|fr|org|net)\b", re.IGNORECASE)
_EDGE = "\"'«»“”‘’()[]{},;:!?*-–—/\\` \t"
# The brackets of tokenised text ("-LRB- Bob Dudley -RRB-"), which the model reads as names.
_BRACKET = re.compile(r"-[LR]RB-")
_SOCIAL = re.compile(r"(?<![\w@#])[#@][^\W_]\w*")  # a hashtag or a handle
_ACRONYM_DOTS = re.compile(r"(?:[A-Z]\.){2,}$")
_WORD_WITH_DIGIT = re.compile(r"(?<!\S)\S*\d\S*")  # John Smith 1806-1870, Jackson 5
_LISTED = re.compile(r"(?:,\s*[A-ZÀ-Þ][^,]*){2}")  # George, Edward, Margaret


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Folded weekday and month names of ``lang`` (from its time-expression lexicon)."""
    try:
        data = load(lang, "timex")
    except FileNotFoundError:
        return frozenset()
    return frozenset(fold(w) for key in ("weekdays", "months") for w in data.get(key, {}))


@dataclass(frozen=True)
class _CreditRules:
    marks: tuple[re.Pattern[str], ...]  # each credit mark
    # All of them in one pattern (most lines have none, found in one scan). The patterns of the
    # data files must hold no global inline flag and no numbered back-reference to be joined.
    any_mark: re.Pattern[str]
    bylines: tuple[str, ...]  # byline openings, folded as lines are, each with its space


@cache
def _credit_rules(lang: str) -> _CreditRules:
    try:
        data = load(lang, "furniture")
    except FileNotFoundError:
        data = {}
    marks = data.get("credit_regex", ())
    return _CreditRules(
        tuple(re.compile(r) for r in marks),
        re.compile("|".join(f"(?:{r})" for r in marks) or "(?!)"),
        tuple(fold(p) + " " for p in data.get("byline_prefixes", ())),
    )


def clean_mentions(text: str, mentions: Iterable[Mention], lang: str) -> list[NameMention]:
    """The model's mentions of an article cleaned, then completed with the names it missed."""
    t = titles(lang)
    out = [m for x in mentions for part in _split_places(text, x, t) if (m := clean_one(text, part, lang, t))]
    out = _without_overlaps(out)
    out += acronym_mentions(text, out)
    out = add_missed(text, out, lang)
    out = _names_after_nouns(text, out)
    out = [_agency_as_organisation(m, lang) for m in out if not _portfolio(text, m, lang)]
    return sorted(out, key=lambda m: (m.start, m.end))


def clean_one(text: str, mention: Mention, lang: str, t: Titles | None = None) -> NameMention | None:
    """One mention trimmed and checked, its title split off as a role; None when rejected."""
    t = t or titles(lang)
    label = KEPT_LABELS.get(mention.label, "")
    if not label or "\n" in mention.text:
        return None
    end = mention.end
    if text[end : end + 1] in (")", "]") and _closes(text, mention.start, end + 1):  # Frères [Musulmans
        end += 1
    end = _before_open_bracket(text, mention.start, end)
    end = _before_title(text, mention.start, end, t)
    start, end = _trim(text, mention.start, end, t)
    if label == "PER" and _after_place_preposition(text, start, t):  # en Valdoria
        label = "LOC"
    if label == "PER":  # le syrien X → X (a name starts with a capital or a particle)
        while (word := re.match(r"([^\W\d_]+)\s+(?=\S)", text[start:end])) and word.group(1).islower():
            if word.group(1) in name_particles():
                break
            start += word.end()
        start = _after_nationality(text, start, end, t)
    if label == "LOC":  # base d'Aïn Morra → Aïn Morra
        first_cap = re.search(r"(?<![\w\-])[^\W\d_](?<=[A-ZÀ-Þ])", text[start:end])
        if first_cap and first_cap.start() > 0:
            start += first_cap.start()
    elif label != "PER" and text[start : start + 1].islower() and t.leading(text[start:end]):
        return None  # a bare title (le ministre de la Défense) names no one
    role = ""
    role_span = (-1, -1)
    former = False
    if label == "PER":
        start, role, role_span, former = _split_title(text, start, end, t)
    start, end = _trim(text, start, end, t)
    if label == "PER":
        end = _before_numbers(text, start, end)
        if end <= start or _LISTED.search(text, start, end):
            return None
        start, end = _trim(text, start, end, t)
    if not _acceptable(text, start, end, lang):
        return None
    if label == "PER" and not role:
        found = role_before(text, start, lang) or role_after(text, end, lang)
        if found:
            role, role_span, former = found.text, (found.start, found.end), found.former
    return NameMention(start, end, text[start:end], label, role, role_span[0], role_span[1], former)


def _before_numbers(text: str, start: int, end: int) -> int:
    """Where a person's span ends once a date, an age or a number run into it is cut off ("John
    Smith 1806-1870", "Jean Dupont 12 mars 2024", "John Smith, 45"); ``start`` (nothing left)
    for one word and a short number, a band's or a product's name ("Jackson 5", "Apollo 11")."""
    found = _WORD_WITH_DIGIT.search(text, start, end)
    if found is None:
        return end
    head = text[start : found.start()].rstrip(" ,(-–\t")
    number = found.group()
    if not head or (" " not in head and number.isdigit() and len(number) <= 3 and "," not in text[start:end]):
        return start
    return start + len(head)


def _before_title(text: str, start: int, end: int, t: Titles) -> int:
    """Where a name's span ends once an abbreviated title of the person named next is cut off
    ("NATO Brig." of "NATO Brig. Gen. Marc van Oort" → "NATO"); nothing is left of a span that
    was the title alone ("Maj.")."""
    span = text[start:end].rstrip()
    last = span.rsplit(maxsplit=1)[-1] if span else ""
    return start + len(span) - len(last) if fold(last) in t.abbreviations else end


def _after_nationality(text: str, start: int, end: int, t: Titles) -> int:
    """Where a person's name starts when its span opens with a nationality word after a
    determiner (``l'Égyptien Karim Ferhat`` → ``Karim Ferhat``)."""
    for m in t.nationality.finditer(text, max(0, start - 4), end):
        if start in (m.start(), m.start("word")):
            return m.end()
    return start


def _trim(text: str, start: int, end: int, t: Titles) -> tuple[int, int]:
    """Punctuation and lower-case articles off both ends (``l'Égypte`` → ``Égypte``)."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in _EDGE:
            start, changed = start + 1, True
        for bracket in _BRACKET.finditer(text, max(0, start - 1), min(len(text), end + 1)):
            if bracket.start() <= start < bracket.end():
                start, changed = bracket.end(), True
            elif start < bracket.start() < end:
                end, changed = bracket.start(), True
        while end > start and text[end - 1] in _EDGE and not _closes(text, start, end):
            end, changed = end - 1, True
        if end > start and text[end - 1] == "." and not _ACRONYM_DOTS.search(text[start:end]):
            end, changed = end - 1, True
        head = text[start:end]
        for art in t.articles:
            if head.startswith(art) and (art.endswith("'") or head[len(art) : len(art) + 1] == " "):
                start, changed = start + len(art), True
                break
        if head.endswith(("'s", "’s")):
            end, changed = end - 2, True
        words = text[start:end].split()
        if len(words) > 1 and len(words[0]) == 1 and words[0] in "AÀ" and words[1][:1].isupper():
            start, changed = start + 2, True  # "A Taiz" at a sentence's start
            continue
        if len(words) > 1 and words[-1] in t.articles:  # a span cut after "des"
            end, changed = start + len(text[start:end].rstrip()) - len(words[-1]), True
    return start, end


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """Where a span ends once an aside the page glued to the name is cut off ("Kadhafi[détruite
    par…]", "Tripoli(AFP)"): at a bracket after its first character that is glued to the word
    before it or not closed in the span ("Frères [Musulmans]" stays whole)."""
    for opener, closer in (("[", "]"), ("(", ")")):
        at = text.find(opener, start + 1, end)
        if at > start and (text[at - 1].isalnum() or closer not in text[at:end]):
            end = at
    return end


def _closes(text: str, start: int, end: int) -> bool:
    """Whether the span ends with the bracket closing one it opens (``Frères [Musulmans]``)."""
    opener = {")": "(", "]": "["}.get(text[end - 1])
    if opener is None:
        return False
    inside = text.rfind(opener, start, end)
    closer = text.find(text[end - 1], inside)
    return inside > start and text[inside + 1 : inside + 2].isupper() and closer == end - 1


def _split_title(text: str, start: int, end: int, t: Titles) -> tuple[int, str, tuple[int, int], bool]:
    """Leading honorifics and titles of a person's span split off: (new start, role, span, former)."""
    role_start = start
    role = ""
    former = False
    while True:
        found = t.leading(text[start:end])
        if found is None:
            break
        kind, length = found
        if kind == "former":
            former = True
        elif kind == "title":
            role = text[role_start : start + length].strip()
        start += length
        while start < end and text[start] in " \t'’-":
            start += 1
    if role:
        return start, _role_text(role, t), (role_start, role_start + len(role)), former
    return start, "", (-1, -1), former


def _role_text(role: str, t: Titles) -> str:
    words = role.split()
    while words and (fold(words[0]) in t.honorifics or fold(words[0]) in t.former):
        words = words[1:]
    return " ".join(words)


def _acceptable(text: str, start: int, end: int, lang: str, lower_ok: bool = False) -> bool:
    span = text[start:end]
    if len(span) < 2 or not any(c.isalpha() for c in span) or sum(c.isalnum() for c in span) < 2:
        return False  # "G20" and "M23" are names; a lone letter or a number is not
    if not lower_ok and not any(c.isupper() for c in span):
        return False
    if len(span.split()) > MAX_WORDS or _FURNITURE.search(span):
        return False
    t = titles(lang)
    if " " not in span and span.lower().endswith(t.demonyms):  # les Libyens
        return False
    if fold(span) in t.not_names:  # l'État
        return False
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", span)]
    cal = _calendar_words(lang)
    if words and (words[0] in cal or all(w in cal for w in words)):  # a weekday or month as a name
        return False
    return not _on_credit_line(text, start, end, lang)


def _on_credit_line(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the mention stands on a photo credit line or a short byline; in a long line
    (running text that merely says ``photos : …``), only the words just after a credit mark."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    marks = _credit_marks(text[line_start : line_end if line_end >= 0 else len(text)], lang)
    if marks is None:
        return True
    return any(0 <= start - line_start - e <= CREDITED_CHARS for e in marks)


@lru_cache(maxsize=20_000)
def _credit_marks(line: str, lang: str) -> tuple[int, ...] | None:
    """None for a credit or byline line; else where the credit marks of a long line end."""
    low = fold(line).replace("’", "'")
    rules = _credit_rules(lang)
    words = low.split()
    lowered = line.lower().replace("’", "'")
    ends: tuple[int, ...] = ()
    if rules.any_mark.search(lowered):
        ends = tuple(m.end() for r in rules.marks for m in r.finditer(lowered))
    if len(words) <= CREDIT_LINE_WORDS and (ends or rules.any_mark.search(low)):
        return None
    if len(words) <= 8 and low.startswith(rules.bylines):
        return None
    return ends


def add_missed(text: str, found: Sequence[NameMention], lang: str) -> list[NameMention]:
    """``found`` plus the names the model missed: repeats of found names and of persons'
    surnames, and well-known aliases, wherever they stand free (capitalised, whole words, not
    inside another mention, not on a credit line)."""
    taken = _Taken(len(text))
    for m in found:
        taken.add(m.start, m.end)
    out = list(found)
    wanted: dict[str, tuple[str, str]] = {}
    for m in found:
        if len(m.text) >= MIN_REPEAT_CHARS:
            wanted.setdefault(m.text, (m.label, "repeat"))
        if m.label == "PER" and " " in m.text:
            last = re.split(r"[\s\-]", m.text)[-1]
            if len(last) >= 4 and last[0].isupper():
                wanted.setdefault(last, ("PER", "repeat"))
    for form, label in alias_forms(lang).items():
        if form in text:
            wanted.setdefault(form, (label, "alias"))
    capitals = _in_capitals(wanted, text)  # ÉGYPTE, EGYPTE for Égypte in a shouted line
    lowered = _in_lower_case(wanted, text, lang)  # égypte in a post with a hashtag
    for form, value in (capitals | lowered).items():
        wanted.setdefault(form, value)
    present = sorted((f for f in wanted if f in text), key=len, reverse=True)
    if not present:
        return out
    pattern = re.compile(rf"(?<![\w\-])(?:{'|'.join(re.escape(f) for f in present)})(?![\w\-])")
    elided = _elided_articles(lang)
    for hit in pattern.finditer(text):  # one pass, longest form first at each place
        form = hit.group(0)
        label, source = wanted[form]
        s, e = hit.span()
        if taken.overlaps(s, e) or not _acceptable(text, s, e, lang, form in lowered):
            continue
        if form in lowered and (text[s - 1 : s] in "@#/." or not _social_line(text, s)):
            continue
        if text[s - 1 : s] in "'’" and s and not elided.fullmatch(text[max(0, s - 3) : s]):
            continue  # inside a word (Mosa'ab), not after an elided article (l'Égypte)
        if form.isupper() and form not in capitals and _shouted(text, s):
            continue  # an acronym-like word in a capitalised heading
        found_role = role_before(text, s, lang) if label == "PER" else None
        if found_role:
            m = NameMention(
                s,
                e,
                form,
                label,
                found_role.text,
                found_role.start,
                found_role.end,
                found_role.former,
                source,
            )
        else:
            m = NameMention(s, e, form, label, source=source)
        out.append(m)
        taken.add(s, e)
    return out


def _in_capitals(wanted: dict[str, tuple[str, str]], text: str) -> dict[str, tuple[str, str]]:
    """Found names as the text writes them in capitals, accents or not (``ÉGYPTE``, ``EGYPTE``
    for ``Egypte``)."""
    plain = unaccented(text)
    if len(plain) != len(text):
        plain = text
    out: dict[str, tuple[str, str]] = {}
    for form, value in wanted.items():
        if form.isupper() or sum(c.isalpha() for c in form) < MIN_CAPITALS_CHARS:
            continue
        if not _capitalised_mid_sentence(text, form):
            continue
        key = unaccented(form.upper())
        start = plain.find(key)
        while start >= 0:
            variant = text[start : start + len(key)]
            if variant.isupper():
                out.setdefault(variant, value)
            start = plain.find(key, start + 1)
    return out


def _in_lower_case(wanted: dict[str, tuple[str, str]], text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Found names written in lower case only in social-media posts, where case is loose (a line
    with a hashtag or a handle: ``le régime de ferhat #jan25``); never a stop word, nor a form
    the text also writes in lower case elsewhere (a common word)."""
    out: dict[str, tuple[str, str]] = {}
    for form, value in wanted.items():
        low = form.lower()
        if low == form or low not in text or sum(c.isalpha() for c in form) < MIN_CAPITALS_CHARS:
            continue
        if fold(low) in stopwords(lang) or not _capitalised_mid_sentence(text, form):
            continue
        if all(_social_line(text, start) for start in _free_starts(text, low, "-@#/.")):
            out[low] = value
    return out


def _free_starts(text: str, word: str, joined_before: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word, not after any character of
    ``joined_before``, not before a hyphen; each next one after the last.

    Found with ``str.find``: a pattern per name would be compiled again for every article."""
    start = text.find(word)
    while start >= 0:
        before, after = text[start - 1 : start], text[start + len(word) : start + len(word) + 1]
        if not _joined(before, joined_before) and not _joined(after, "-"):
            yield start
            start = text.find(word, start + len(word))
        else:
            start = text.find(word, start + 1)


def _joined(char: str, extra: str) -> bool:
    """Whether ``char`` (one character or none) joins a word: a word character or one of ``extra``."""
    return bool(char) and (char.isalnum() or char == "_" or char in extra)


def _capitalised_mid_sentence(text: str, form: str) -> bool:
    """Whether the text writes ``form`` with its capital inside a sentence, where a capital
    means a name (at a sentence's or a line's start it may be a common word: ``Milliers de…``)."""
    start = text.find(form)
    while start >= 0:
        j = start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        if j >= 0 and (text[j].isalnum() or text[j] in ",;'’(-–"):
            return True
        start = text.find(form, start + 1)
    return False


def _social_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a social-media post: it has a hashtag or a handle."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return _SOCIAL.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


@cache
def _elided_articles(lang: str) -> re.Pattern[str]:
    """What stands before a name after an elided article: ``l'``, `` d’``."""
    elided = [a[:-1] for a in titles(lang).articles if a.endswith("'")]
    if not elided:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|.(?<![\w\-]))(?i:{'|'.join(map(re.escape, elided))})['’]", re.DOTALL)


def _shouted(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    letters = [c for c in text[line_start : line_end if line_end >= 0 else len(text)] if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _without_overlaps(mentions: list[NameMention]) -> list[NameMention]:
    """Overlapping mentions (after trimming) reduced to the longest of each overlap."""
    out: list[NameMention] = []
    taken = _Taken(max((m.end for m in mentions), default=0))
    for m in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        if not taken.overlaps(m.start, m.end):
            out.append(m)
            taken.add(m.start, m.end)
    return out


class _Taken:
    """The characters of a text that mentions already cover: an overlap test in one scan of the
    span, not against every mention kept so far (an article has hundreds). Spans are non-empty
    and within the text (mentions have two characters at least)."""

    def __init__(self, size: int):
        self._mask = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


def _split_places(text: str, mention: Mention, t: Titles) -> list[Mention]:
    """A span joining two names with a place preposition (``Dar el-Mina à Castelmar``, a
    person's name ``à Tripoli``) split in two; the second is a place."""
    if KEPT_LABELS.get(mention.label) not in ("LOC", "PER") or not t.joiners:
        return [mention]
    span = mention.text
    joiner = "|".join(re.escape(j) for j in t.joiners)
    m = re.search(rf" (?:{joiner}) (?=[A-ZÀ-Þ])", span)
    if m is None or not span[:1].isupper():
        return [mention]
    a = Mention(mention.start, mention.start + m.start(), span[: m.start()], mention.label)
    b = Mention(mention.start + m.end(), mention.end, span[m.end() :], "LOC")
    return [a, b]


def _after_place_preposition(text: str, start: int, t: Titles) -> bool:
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].lower() in t.place_preps and text[start - 1] == " "


def _agency_as_organisation(m: NameMention, lang: str) -> NameMention:
    """A news agency the model took for a person ("a confié à Xinhua") is an organisation."""
    if m.label == "PER" and fold(m.text) in _agency_names(lang):
        return replace(m, label="ORG")
    return m


@cache
def _agency_names(lang: str) -> frozenset[str]:
    """The folded names of the news agencies the furniture vocabulary knows."""
    return frozenset(fold(name) for name in vocab(lang).agencies)


PORTFOLIO_REACH = 60  # characters back from a portfolio to the ministry or title that holds it


def _portfolio(text: str, m: NameMention, lang: str) -> bool:
    """Whether the mention is the portfolio of an office ("ministre américain de la *Défense*",
    "ministères de la Défense et de l'Energie, du *Trésor*", "département d'*État américain*"),
    part of a title, not an entity."""
    words, heads, demonyms = _portfolio_words(lang)
    name = fold(m.text).replace("’", "'")
    for article in titles(lang).articles:
        if name.startswith(fold(article)) and name[len(article) : len(article) + 1] in ("", " ", "'"):
            name = name[len(article) :].strip()
    office, _, country = m.text.rpartition(" ")  # "département d'État américain": the office's country
    of_country = bool(office) and country[:1].islower() and fold(country).endswith(demonyms)
    if of_country:
        name = name.rpartition(" ")[0]
    if name not in words:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[max(line_start, m.start - PORTFOLIO_REACH) : m.start]
    before = re.split(r"[.;:!?()«»]", before)[-1]
    words_before = before.split()
    keys = [re.split(r"['’-]", fold(w.strip(",")))[-1] for w in words_before]  # "d'État", "vice-ministre"
    if not any(k in heads for k in keys):
        return False
    # only the title's complement may stand between the office (or the portfolio before) and this
    # one: "ministre russe de la Défense et de l'Energie, du Trésor", not "le ministre a évoqué l'État"
    last = max(i for i, k in enumerate(keys) if k in heads or k in words)
    t = titles(lang)
    if of_country:  # right after its office: "département d'État américain", not "visite l'État palestinien"
        between = words_before[last:]
        return not any("," in w for w in between) and all(
            w.lower().replace("’", "'") in t.complement for w in between[1:]
        )
    between = words_before[last + 1 :]
    if keys[last] not in heads and _object_of_verb(between, t):
        return False  # "le ministre de l'Intérieur saisit la Justice"
    return complement_ok(between, t)


def _object_of_verb(between: list[str], t) -> bool:
    """Whether the words after a portfolio end with an article after a word that is no joining
    one ("saisit la"), not as the next portfolio of the title does ("et de la Santé", "du Travail,
    de l'Emploi et de la")."""
    words = [w.strip(",").lower().replace("’", "'") for w in between]
    return len(words) >= 2 and words[-1] in t.articles and words[-2] not in t.complement


@cache
def _portfolio_words(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The portfolios, the words of offices that hold them, and the endings of nationality words."""
    data = load(lang, "titles")
    return (
        frozenset(fold(w) for w in data.get("portfolios", ())),
        frozenset(fold(w) for w in data.get("portfolio_heads", ())),
        tuple(fold(e) for k in ("demonym_suffixes", "demonym_singular_suffixes") for e in data.get(k, ())),
    )


def _names_after_nouns(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """An organisation or place span made of a lower-case noun and a person's name of the
    article (``administration Obama``, ``régime X``) becomes a mention of the person."""
    people = {m.text for m in mentions if m.label == "PER"}
    people |= {p.split()[-1] for p in people if " " in p}
    out = []
    for m in mentions:
        head, _, tail = m.text.partition(" ")
        if m.label != "PER" and head.islower() and tail in people:
            s = m.start + len(head) + 1
            m = NameMention(s, m.end, tail, "PER", source=m.source)
        out.append(m)
    return out
