"""Roles of persons from the words around their names: titles, offices, honorifics.

``le secrétaire américain à la Défense Mark Esper`` gives Mark Esper the role ``secrétaire
américain à la Défense``; ``Hana Morel, porte-parole du ministère, …`` gives ``porte-parole du
ministère``; ``l'ancien président`` marks the role as past. The words come from
``lang/<code>/titles.json``; the code only knows their kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from storyline.corpus.terms import fold, stopwords
from storyline.lang import load
from storyline.nlp.role_dates import period_start

MAX_BEFORE = 90  # characters searched before a name for its title
MAX_COMPLEMENT_WORDS = 6
MAX_AFTER = 70


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    start: int
    end: int
    former: bool = False


@dataclass(frozen=True)
class Titles:
    """The title words of one language, folded, with the patterns built from them."""

    honorifics: frozenset[str]
    titles: frozenset[str]
    complement: frozenset[str]
    former: frozenset[str]
    articles: tuple[str, ...]
    demonyms: tuple[str, ...]
    nationality: re.Pattern[str]  # determiner, then a nationality word before a name: l'Égyptien
    joiners: tuple[str, ...]
    place_preps: tuple[str, ...]
    not_names: frozenset[str]
    complement_breakers: frozenset[str]  # words that end a title's complement: a clause's verbs
    stop: frozenset[str]
    head: re.Pattern[str]  # a leading honorific, title or former marker
    title_re: re.Pattern[str]  # any title, anywhere
    appos: re.Pattern[str]  # determiner? former? title — a title in apposition

    def leading(self, span: str) -> tuple[str, int] | None:
        """The kind (honorific, title, former) and length of what opens ``span``, if any."""
        m = self.head.match(_folded(span))
        if m is None:
            return None
        word = m.group(1)
        kind = "former" if word in self.former else "title" if word in self.titles else "honorific"
        return kind, len(m.group(0))

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        """Honorifics and titles written with a full stop ("dr.", "lt."), single letters left out."""
        words = (w.split()[0] for w in self.honorifics | self.titles)
        return frozenset(w for w in words if w.endswith(".") and len(w) > 2)


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def titles(lang: str) -> Titles:
    data = load(lang, "titles")
    complement = frozenset(w.lower() for w in data.get("complement_words", ()))
    fw = {
        k: frozenset(fold(w) for w in data.get(k, ()))
        for k in ("honorifics", "titles", "complement_words", "former")
    }
    every = fw["honorifics"] | fw["titles"] | fw["former"]
    head = re.compile(rf"({_alternation(set(every))})(?=[\s'’\-]|$)[\s\-]*")
    title_re = re.compile(rf"(?<![\w\-])({_alternation(set(fw['titles']))})(?![\w\-])")
    dets = _alternation({fold(w) for w in data.get("determiners", ())})
    appos = re.compile(
        rf"(?:({dets})(?:\s+|(?<=')))?(?:({_alternation(set(fw['former']))})[\s\-]*)?"
        rf"({_alternation(set(fw['titles']))})(?![\w\-])"
    )
    return Titles(
        fw["honorifics"],
        fw["titles"],
        complement,
        fw["former"],
        tuple(sorted(data.get("articles", ()), key=len, reverse=True)),
        tuple(data.get("demonym_suffixes", ())),
        _nationality(data),
        tuple(data.get("place_joiners", ())),
        tuple(data.get("place_prepositions", ())),
        frozenset(fold(w) for w in data.get("not_names", ())),
        frozenset(fold(w) for w in data.get("complement_breakers", ())),
        stopwords(lang),
        head,
        title_re,
        appos,
    )


def _nationality(data: dict) -> re.Pattern[str]:
    """``le Syrien ``, ``l'Égyptien `` before a name: a determiner, then a capitalised word with a
    singular demonym ending (the determiner may sit before the span or in it)."""
    dets = data.get("nationality_determiners", ())
    ends = {e for x in data.get("demonym_singular_suffixes", ()) for e in (x, fold(x))}
    if not dets or not ends:
        return re.compile(r"(?!)")
    det = "|".join(re.escape(d[:-1]) + "['’]" if d.endswith("'") else re.escape(d) + r"\s+" for d in dets)
    return re.compile(
        rf"(?:^|(?<=[^\w\-]))(?i:{det})(?P<word>[A-ZÀ-Þ][^\W\d_]*(?:{_alternation(ends)}))\s+(?=[A-ZÀ-Þ])"
    )


def complement_ok(words: list[str], t: Titles) -> bool:
    """Words between a title and a name must read as its complement: small joining words,
    capitalised words (``Défense``) or adjectives, never stop words such as verbs' auxiliaries,
    nor a verb of the language's breakers (``the judge told Dr``). A lower-case word after two
    capitalised ones ends a clause whose subject, a name, held the title (``Judge Ada Bell to
    sell``), and an honorific after a joining word opens the complement's own person (``a
    spokeswoman for Dr``: the name after it is not the spokeswoman)."""
    if len(words) > MAX_COMPLEMENT_WORDS:
        return False
    if len(words) >= 2 and fold(words[-1]) in t.honorifics and fold(words[-2]) in t.stop:
        return False  # "for Dr", "de M.": a preposition, not an adjective ("déléguée Mme")
    named = 0  # capitalised words in a row not after a joining word: two make a name (Ada Bell)
    after_joining = False  # "du Haut Conseil d'Etat", "for Middle East affairs": a complement's noun
    for raw in words:
        w = fold(raw).strip("'’")
        joining = raw.lower().replace("’", "'") in t.complement
        if w in t.complement_breakers:
            return False
        if raw[:1].isupper() and not joining:
            named = 0 if after_joining else named + 1
            continue
        after_joining = joining
        if not w or joining:
            continue
        participle = w.endswith(("e", "es")) and fold(raw).endswith(("é", "ée", "és", "ées"))
        if named >= 2 or w in t.stop or participle:
            return False
        named = 0
    return True


def role_before(text: str, start: int, lang: str) -> Role | None:
    """The title standing right before a name (``le ministre de l'Intérieur X``), if any."""
    t = titles(lang)
    lo = max(text.rfind("\n", 0, start) + 1, start - MAX_BEFORE)
    window = text[lo:start]
    if not window.endswith((" ", "\u00a0")):
        return None
    folded = _folded(window)
    best: Role | None = None
    for m in t.title_re.finditer(folded):
        between = window[m.end() :]
        core = between.rstrip()
        if core.endswith(",") and _opens_apposition(folded, m.start(), lang):
            between = core = core[:-1]  # "le porte-parole du gouvernement, Moussa Ibrahim, …"
            own = between.split()[:1]
            if (own and own[0][:1].isupper()) or not _name_closed(text, start):
                continue  # "le ministre Tomas Verhelst, Élias …"; "Devant le ministre, X a défendu"
        words = between.split()
        if words and fold(words[-1]) in t.honorifics:  # its own dot ends no clause (le maire M. Dupont)
            core = core[: len(core) - len(words[-1])]
        if re.search(r"[,.;:!?()«»\"“”]", core):
            continue
        if words and words[-1].lower().replace("’", "'") in t.complement:  # ambassadeur de X: a place
            continue
        if complement_ok(words, t):
            s, e = lo + m.start(), start
            while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
                e -= 1
            honorific = re.search(r"\S+$", text[s:e])  # the mayor Mr X: the role is "mayor"
            if honorific and honorific.start() > 0 and fold(honorific.group()) in t.honorifics:
                e = s + honorific.start()
                while e > s and text[e - 1].isspace():
                    e -= 1
            before = fold(text[max(lo, s - 12) : s]).split()
            former = bool(before) and (before[-1] in t.former or before[-1].rstrip("-") in t.former)
            best = Role(" ".join(text[s:e].split()), s, e, former)
            break
    return best


_NAME_WORD = re.compile(r"[A-ZÀ-Þ]|[a-z]{1,3}-[A-ZÀ-Þ]")  # "Marandi", "al-Mouhandis"


def _name_closed(text: str, start: int) -> bool:
    """Whether the name at ``start`` is closed by punctuation or the line's end, as a name in
    apposition is ("…, Élias Marandi, qui"), not followed by its own verb ("…, Tomas Verhelst a
    défendu")."""
    for word in text[start : start + 80].split("\n")[0].split():
        bare = word.rstrip(",.;:()")
        named = bool(_NAME_WORD.match(bare))
        if bare != word or not named:
            return named and bare != word
    return True


def _opens_apposition(folded: str, at: int, lang: str) -> bool:
    """Whether the title at ``at`` of the folded text opens a phrase a name follows in apposition,
    after a comma: an article or possessive stands right before it ("a déclaré le porte-parole du
    gouvernement, X", "a spokesman for the ministry, X"); not a preposition's ("le fils du
    colonel Kadhafi, Seif"), nor after a source ("selon le ministre, X a …")."""
    prefix = folded[max(0, at - 40) : at].replace("’", "'").rstrip()
    openers, sources = _apposition_words(lang)
    word = re.search(r"\w+'?$", prefix)
    if word is None or word.group() not in openers:
        return False
    rest = prefix[: word.start()].rstrip()
    return not any(rest == src or rest.endswith((" " + src, "'" + src)) for src in sources)


@cache
def _apposition_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may open such a title, and those giving a source before it ("d'après le
    ministre de l'Information, Kadhafi a été tué": the comma closes the source, no apposition)."""
    speech = load(lang, "speech")
    sources = {fold(w) for w in (*speech.get("according_to", ()), *speech.get("source_lead", ()))}
    openers = frozenset(fold(w) for w in load(lang, "titles").get("apposition_openers", ()))
    return openers, frozenset(sources)


def role_after(text: str, end: int, lang: str) -> Role | None:
    """The title in apposition right after a name (``X, porte-parole du ministère,``), if any."""
    t = titles(lang)
    comma = re.match(r",\s*", text[end : end + 3])
    if comma is None:
        return None
    s0 = end + comma.end()
    tail = text[s0 : s0 + MAX_AFTER]
    stop = re.search(r"[,.;:()\n«»]", tail)
    if stop is None:
        return None
    phrase = tail[: stop.start()].rstrip()
    cut = period_start(phrase, lang)  # "ministre depuis 2019": the period is read apart
    phrase = phrase[:cut] if cut is not None else phrase
    m = t.appos.match(_folded(phrase))
    if m is None:
        return None
    s = s0 + m.start(3)
    if not complement_ok(phrase[m.end() :].split(), t):
        return None
    e = s0 + len(phrase)
    return Role(" ".join(text[s:e].split()), s, e, bool(m.group(2)))


def _folded(text: str) -> str:
    """``fold`` when it keeps every offset, else plain lower case (offsets must not move)."""
    folded = fold(text)
    return folded if len(folded) == len(text) else text.lower()


_OFFICE = "§office"  # what a portfolio's head word stands for: "ministre" and "secrétaire" alike
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})")  # "U.S.", "U.N."


@dataclass(frozen=True)
class _OfficeWords:
    skip: frozenset[str]  # stop words, former markers, honorifics, determiners; no title's head ("premier")
    persons: frozenset[str]  # portfolio heads naming a person ("ministre", "secretary"; not "ministère")
    heads: frozenset[str]  # the head word of every title
    titles: tuple[str, ...]  # folded, longest first
    changes: frozenset[str]  # words telling another holder: "ancien", "former", "nouveau", "new"
    articles: frozenset[str]
    aliases: tuple[tuple[re.Pattern[str], str], ...]  # another name of an office → its usual one


@dataclass(frozen=True)
class Office:
    """What a role phrase says of an office: its head ("president", ``_OFFICE`` for a minister or
    secretary) and that head as written, its content words (folded), the words of the title it
    opens with ("opposition leader"), those capitalised after the head ("Sénat"), whether it was
    named by another name ("le chef du gouvernement") and whether it tells of another holder than
    the present one ("l'ancien ministre", "the new prosecutor")."""

    head: str | None
    head_word: str  # as written, folded: "ministre" and "secretaire" are one head, two words
    words: frozenset[str]
    title_words: frozenset[str]
    capitalised: frozenset[str]
    aliased: bool
    other_holder: bool


@cache
def _office_words(lang: str) -> _OfficeWords:
    data = load(lang, "titles")
    t = titles(lang)
    heads = frozenset(title.split()[0] for title in t.titles)
    aliases = sorted(data.get("office_aliases", {}).items(), key=lambda kv: -len(kv[0]))
    changes = t.former | frozenset(fold(w) for w in data.get("new_holder", ()))
    skip = (t.stop | changes | t.honorifics | frozenset(fold(w) for w in data.get("determiners", ()))) - heads
    persons = heads & frozenset(fold(w) for w in data.get("portfolio_heads", ()))
    return _OfficeWords(
        skip,
        persons,
        heads,
        tuple(sorted(t.titles, key=len, reverse=True)),
        changes,
        frozenset(fold(a) for a in t.articles),
        tuple((re.compile(rf"(?<![\w-]){re.escape(fold(a))}(?![\w-])"), fold(b)) for a, b in aliases),
    )


_OFFICE_WORD = re.compile(r"[^\W\d_][\w-]+")  # a word of a role phrase, hyphens kept ("vice-président")


@lru_cache(maxsize=8192)
def office_of(phrase: str, lang: str) -> Office:
    """The office a role phrase names ("le ministre américain de la Défense" → head office, words
    {office, americain, defense}; "le chef du gouvernement" → head premier, words {premier,
    office}). An acronym stays even when it spells a stop word ("US", "U.S.")."""
    w = _office_words(lang)
    phrase = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), phrase.replace("’", "'"))
    text = fold(phrase)
    aliased = False
    for alias, usual in w.aliases:
        text, n = alias.subn(usual, text)
        aliased = aliased or n > 0
    found = list(_OFFICE_WORD.finditer(text))
    raw = _OFFICE_WORD.findall(phrase)
    acronyms = {fold(r) for r in raw if r.isupper() and fold(r) in w.skip and fold(r) not in w.articles}
    kept = [m for m in found if m.group() not in w.skip or m.group() in acronyms]
    words = frozenset(_OFFICE if m.group() in w.persons else m.group() for m in kept)
    at = next((m for m in kept if m.group() in w.heads), None)
    head = None if at is None else _OFFICE if at.group() in w.persons else at.group()
    title = "" if at is None else next((x for x in w.titles if _starts(text, at.start(), x)), at.group())
    title_words = {_OFFICE if x in w.persons else x for x in _OFFICE_WORD.findall(title)}
    return Office(
        head,
        "" if at is None else at.group(),
        words,
        frozenset(title_words - w.skip),
        frozenset(fold(r) for r in raw[1:] if r[:1].isupper()) - {title.split()[0] if title else ""},
        aliased,
        any(m.group() in w.changes for m in found),
    )


def _starts(text: str, at: int, title: str) -> bool:
    return text.startswith(title, at) and not text[at + len(title) : at + len(title) + 1].isalnum()


def same_office(phrase: str, title: str, lang: str) -> bool:
    """Whether a role phrase said without a name ("le ministre américain de la Défense", "le chef
    du gouvernement") may be a role the corpus gives someone ("secrétaire américain à la
    Défense", "Premier ministre"): the phrase names an office of the present holder (not "le
    ministère italien", "l'ancien ministre"), with the role's head ("the president" is no "Vice
    President"), every content word of it in the role and the role's title in it ("the
    opposition" is not its leader); an office named by another name takes no role with a name of
    its own more ("le chef de l'État" is no "président du Sénat")."""
    own, role = office_of(phrase, lang), office_of(title, lang)
    if own.head is None or own.other_holder or own.head != role.head:
        return False
    if not own.words <= role.words or not role.title_words <= own.words:  # "the opposition" ≠ its leader
        return False
    if bare_office(phrase, lang) and own.head_word != role.head_word:
        return False  # "la secrétaire" alone is no minister
    return not (own.aliased and (role.words - own.words) & role.capitalised)


def bare_office(phrase: str, lang: str) -> bool:
    """Whether a role phrase is a title alone ("le ministre", "le président"), which many could hold."""
    own = office_of(phrase, lang).words
    return own <= _office_words(lang).heads | {_OFFICE}
