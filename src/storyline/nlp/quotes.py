"""Who said what: the quotations of an article and who each is attributed to.

A quotation is the text between a language's quotation marks, within one paragraph, of at
least ``min_words`` words (a shorter one is a term, «retrait des troupes»). Its speaker is
looked for in the sentences it stands in, in this order:

1. a speech verb and its subject just before the opening mark ("La missive disait “…”",
   "X a insisté sur «…»");
2. after the closing mark, a speech verb and the phrase after it (French inversion, "», a
   déclaré à la presse le ministre", "," said Smith') or before it ('," Smith said'); a
   pronoun ("a-t-il ajouté", "he said") stands for the last person quoted, else the last
   person named;
3. "selon X", "according to X"; a sentence opening with "Pour X,";
4. a quotation with no cue right after an attributed one continues it.

A pronoun, or a phrase opening with a demonstrative ("ce dernier", "cet ancien ministre"), stands
for whoever spoke last, quoted or named as the subject of a speech verb, or for the person heading
the sentence before ("Anton Weller a parlé …. Il a promis de « … »"). The subject of a passive
speech verb ("est accusée d'avoir « … »") and the writer's own words ("comme je l'ai écrit") have
no speaker.

Every quotation keeps its span, its speaker's span and, when the speaker's phrase holds a
person or organisation the entity stage placed, that entity's name; a confidence and how the
speaker was found come with it. Language knowledge is in ``lang/<code>/speech.json``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal, NamedTuple

from storyline import lang as langdata
from storyline.model import AnnotatedArticle, Mention, Quote
from storyline.nlp.roles import bare_office, office_of, same_office
from storyline.nlp.roles import titles as title_words

_WORD = re.compile(r"\b[^\W\d_]\.|\w[\w’'-]*|``|''|[^\w\s]")  # "M." and "J." keep their full stop
_PARAGRAPH = re.compile(r"\n\s*\n")
_MAX_QUOTE = 3000  # characters: an opening mark left unclosed longer than that was no quotation
_MAX_PARAGRAPHS = 5  # paragraph breaks a quotation may run over between two of its marks
_MAX_GAP = 40  # words between a closing mark and its speech verb ("», envoyé à … , a expliqué")
_MAX_SPEAKER = 10  # words in a speaker's phrase
_SUBJECT_AT = 14  # tokens from a sentence's start within which a name heading it stands
_CONTINUES = 400  # characters between a quotation and the attributed one it continues
_BARE_REACH = 600  # characters back from a title alone ("le procureur") to the person it stands for
_SPEAKER_LABELS = ("PER", "PERSON", "ORG")
_PERSON_LABELS = ("PER", "PERSON")
UNNAMED = "UNNAMED"  # the label of a speaker's phrase that names no one ("un responsable libyen")
_HEAD_WORDS = 4  # words of a phrase after its verb within which a speaker noun or title stands
_RECENT = 8  # the speakers told last, among whom a pronoun's is looked for (in text order)

# confidence by how the speaker was found
NAMED = 0.9  # a phrase holding a person's or organisation's name
ROLE = 0.7  # a phrase naming none ("le ministre américain de la Défense")
ROLE_HOLDER = 0.6  # such a phrase, for the one person named before whom the corpus gives that role
BARE_TITLE_HOLDER = 0.5  # the same for a title alone ("le ministre"), which more could hold
ACCORDING = 0.75  # "selon X"
PRONOUN = 0.6  # "a-t-il ajouté": the last person quoted or named
HEADING = 0.54  # a pronoun for the person heading the sentence before ("X a parlé …. Il a dit «…»")
COLON_LEAD = 0.65  # the person heading a clause that ends with a colon before the quotation, no speech verb
CONTINUATION = 0.4  # no cue: continues the attributed quotation before it
CONTINUES_HOW = "continues the quotation before"
PRONOUN_HOW = "pronoun"  # how every speaker read through a pronoun begins ("pronoun 'il': …")


@dataclass(frozen=True)
class SpeechLex:
    lang: str
    marks: tuple[tuple[str, str], ...]
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    inverted: frozenset[str]
    pronouns: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    source_lead: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    determiners: frozenset[str]
    ends: frozenset[str]
    gender: dict[str, str]
    of_words: frozenset[str]
    reflexive: frozenset[str]
    passive: frozenset[str]
    present_endings: tuple[str, ...]
    first_person: frozenset[str]
    demonstratives: dict[str, str]  # with their gender
    person_heads: frozenset[str]  # a demonstrative phrase holding one stands for a person
    subordinators: frozenset[str]
    reflexive_pronouns: frozenset[str]
    gerund_prepositions: frozenset[str]
    indefinite: frozenset[str]
    possessives: frozenset[str]
    conjunctions: frozenset[str]
    abbreviations: frozenset[str]  # titles and honorifics written with a full stop ("sen.", "dr.")
    speaker_nouns: frozenset[str]  # "responsable", "witness": someone who may speak
    plural: frozenset[str]  # determiners of several ("ces", "several"): no one speaker
    verb_phrases: dict[str, tuple[tuple[str, ...], ...]]  # by last word: ("mis", "en", "garde")
    person_pronouns: frozenset[str]  # "he", "she": never an organisation (French "elle" may be one)
    objects: frozenset[str]  # object pronouns before a verb ("lui", "l'"): "Il lui a dit"
    as_words: frozenset[str]  # "comme": "comme l'a dit X", a clause naming the source
    after_verbs: frozenset[str]  # speech verbs only right after a quotation ("», glisse X")
    colon_predicates: frozenset[str]  # "catégorique", "blunt": a clause before a colon that speaks
    listener_verbs: frozenset[str]  # "told": the phrase after it is who heard, not who spoke
    impersonal_after: frozenset[str]  # "y", "faut": "Il y a", "Il faut" stand for no one
    negation: frozenset[str]  # "ne", "n'": passed over before those ("Il n'y a")
    stressed: frozenset[str]  # pronouns after a preposition ("selon eux", "according to him")
    titles: frozenset[str]  # the titles of titles.json, whole and lower case
    min_words: int


@cache
def speech_lexicon(lang: str) -> SpeechLex:
    data = langdata.load(lang, "speech")
    titles = langdata.load(lang, "titles").get("titles", ())
    return SpeechLex(
        lang=lang,
        marks=tuple((a, b) for a, b in data["marks"]),
        verbs=frozenset(data["verbs"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        inverted=frozenset(data["inverted_pronouns"]),
        pronouns=frozenset(data["pronouns"]),
        according=tuple(tuple(p.split()) for p in data["according_to"]),
        source_lead=frozenset(data["source_lead"]),
        prepositions=frozenset(data["skip_prepositions"]),
        adverbs=frozenset(data["skip_adverbs"]),
        determiners=frozenset(data["determiners"]),
        ends=frozenset(data["speaker_ends"]),
        gender=dict(data["gender"]),
        of_words=frozenset(data["of_words"]),
        reflexive=frozenset(data.get("reflexive", ())),
        passive=frozenset(data.get("passive_auxiliaries", ())),
        present_endings=tuple(data.get("present_participle_endings", ())),
        first_person=frozenset(data.get("first_person", ())),
        demonstratives=dict(data.get("demonstratives", {})),
        person_heads=frozenset(data.get("anaphoric_heads", ())) | {t.split()[0] for t in titles},
        subordinators=frozenset(data.get("subordinators", ())),
        reflexive_pronouns=frozenset(data.get("reflexive_pronouns", ())),
        gerund_prepositions=frozenset(data.get("gerund_prepositions", ())),
        indefinite=frozenset(data.get("indefinite_determiners", ())),
        possessives=frozenset(data.get("possessive_determiners", ())),
        conjunctions=frozenset(data.get("conjunctions", ())),
        abbreviations=title_words(lang).abbreviations,
        speaker_nouns=frozenset(data.get("speaker_nouns", ())),
        plural=frozenset(data.get("plural_determiners", ())),
        verb_phrases=_by_last_word(data.get("verb_phrases", ())),
        person_pronouns=frozenset(data.get("person_pronouns", ())),
        objects=frozenset(data.get("object_pronouns", ())),
        as_words=frozenset(data.get("as_words", ())),
        after_verbs=frozenset(data.get("after_verbs", ())),
        colon_predicates=frozenset(data.get("colon_predicates", ())),
        listener_verbs=frozenset(data.get("listener_verbs", ())),
        impersonal_after=frozenset(data.get("impersonal_after", ())),
        negation=frozenset(data.get("negation_particles", ())),
        stressed=frozenset(data.get("stressed_pronouns", ())),
        titles=frozenset(t.lower() for t in titles),
        min_words=int(data["min_words"]),
    )


def _by_last_word(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        out.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in out.items()}


@dataclass(frozen=True)
class KnownRoles:
    """What the corpus knows of persons, by entity name: the roles the whole corpus gives them,
    those the article at hand gives them, and which of the article's names are persons'."""

    corpus: Mapping[str, Sequence[str]] = field(default_factory=dict)
    here: Mapping[str, Sequence[str]] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    low: str  # lower-cased, one apostrophe


@dataclass(frozen=True)
class _Speaker:
    start: int
    end: int
    cue: str
    how: str
    pronoun: bool = False
    cap: float = 1.0  # the most confidence the cue allows (a colon says less than a speech verb)


def quotes_of(
    annotated: AnnotatedArticle,
    placed: Sequence[Mention] | None = None,
    roles: KnownRoles | None = None,
) -> list[Quote]:
    """The quotations of one article with their speakers.

    ``placed`` are the article's mentions as the entity stage placed them, each named as its
    entity; without them the raw mentions of the annotation are used. With ``roles``, a speaker
    named by a role only ("le ministre américain de la Défense") is the one person named before
    whom the corpus gives a role it may be; a title alone ("le procureur"), whom the article does.
    """
    art = annotated.article
    text = art.text
    lex = speech_lexicon(art.lang or "fr")
    mentions = sorted(placed if placed is not None else annotated.mentions, key=lambda m: m.start)
    people = [m for m in mentions if m.label in _SPEAKER_LABELS]
    known = roles or KnownRoles()
    # a name the article or the corpus tags as a person's is one ("Cordova", once taken for a place)
    known = replace(known, persons=known.persons | {m.text for m in people if m.label in _PERSON_LABELS})
    bounds = [(s.start, s.end) for s in annotated.sentences] or [(0, len(text))]
    spoken = _named_speakers(text, bounds, people, lex)
    person_starts = {m.start for m in people if m.label in _PERSON_LABELS}
    starts = [a for a, _ in bounds]
    times = [(t.start, t.end) for t in annotated.timexes]
    out: list[Quote] = []
    for open_at, start, end, close_end in _quotations(text, lex):
        if len(re.findall(r"\w+", text[start:end])) < lex.min_words:
            continue
        first, last = _sentence_span(bounds, open_at, close_end, text, lex, person_starts)
        found = (
            _verb_before(text, first, open_at, lex, people)
            or _verb_after(
                text, close_end, last, lex, people, text[start:end].endswith((",", "?", "!")), times
            )
            or _verb_earlier(text, first, open_at, spoken, lex, people)
            or _according(text, first, last, (open_at, close_end), lex, people)
            or _as_said(text, first, last, (open_at, close_end), lex, people, times)
            or _lead_source(text, first, open_at, lex, mentions)
            or _colon_lead(text, _lead_clause(text, bounds, starts, first, open_at), lex, people)
        )
        quote = Quote(art.id, start, end, text[start:end])
        if found is not None:
            here = bisect_right(starts, open_at) - 1  # the quotation's sentence
            named = [
                s
                for s in spoken
                if s.start < open_at
                and (s.who.label in _PERSON_LABELS or s.who.label == UNNAMED)
                and (s.kind != "subject" or here - 1 <= s.sentence <= here)
            ]
            attributed = _attributed(quote, found, text, people, out, named, lex, known, here)
            out.append(replace(attributed, confidence=min(attributed.confidence, found.cap)))
        elif (
            out and out[-1].speaker and _continues(out[-1], open_at, people) and _opens(text, first, open_at)
        ):
            prev = out[-1]
            how = CONTINUES_HOW
            confidence = min(prev.confidence, CONTINUATION)
            out.append(
                _with(
                    quote,
                    prev.speaker,
                    prev.speaker_start,
                    prev.speaker_end,
                    prev.entity,
                    "",
                    how,
                    confidence,
                )
            )
        else:
            out.append(quote)
    return out


def _opens(text: str, first: int, open_at: int) -> bool:
    """Whether the quotation opens its sentence (a statement of its own, not words set in another's)."""
    return not any(c.isalnum() for c in text[first:open_at])


def _continues(prev: Quote, open_at: int, people: Sequence[Mention]) -> bool:
    """Whether a quotation with no cue goes on with the attributed one before it: close after it,
    and nobody else named in between."""
    if not 0 <= open_at - prev.end <= _CONTINUES:
        return False
    return not any(
        prev.end < m.start < open_at and m.label in _PERSON_LABELS and m.text != prev.entity for m in people
    )


# --- quotations ---------------------------------------------------------------------------


def _quotations(text: str, lex: SpeechLex) -> list[tuple[int, int, int, int]]:
    """(opening mark, first quoted character, end of the quoted words, end of the closing mark).

    A quotation may run over paragraphs when its marks tell opening from closing ("“", "«") and it
    opens a statement (``_leads``): its closing mark comes a few paragraphs on with no mark between
    (text set one sentence a paragraph) and the words before it end a sentence or a clause, or
    the paragraph right after opens with its mark again (English typography) or with the closing
    one (French "»" of a quotation going on). With marks that open and close alike ('"'), a
    paragraph ends it."""
    closers = {a: b for a, b in lex.marks}
    pattern = re.compile(
        "|".join(re.escape(m) for m in sorted({*closers, *closers.values()}, key=len, reverse=True))
    )
    out = []
    opened: tuple[str, int, int] | None = None  # mark, its start, its end
    last = 0  # the end of the last mark of the open quotation (a reopening one included)
    for m in pattern.finditer(text):
        mark = m.group()
        if opened is not None and m.start() - opened[1] <= _MAX_QUOTE:
            breaks = len(_PARAGRAPH.findall(text, last, m.start()))
            sided = closers[opened[0]] != opened[0]
            spans = sided and breaks <= _MAX_PARAGRAPHS and _leads(text, opened[1])
            if not breaks or spans:
                if breaks == 1 and mark in (opened[0], closers[opened[0]]) and _heads_line(text, m.start()):
                    last = m.end()  # the quotation goes on in a paragraph opened with a mark ("“", "»")
                    continue
                if mark == closers[opened[0]] and (not breaks or _ends_statement(text, m.start())):
                    inner_start, inner_end = _strip(text, opened[2], m.start())
                    if inner_end > inner_start:
                        out.append((opened[1], inner_start, inner_end, m.end()))
                    opened = None
                    continue
                if not breaks:
                    continue  # a mark of another kind inside the quotation
        # an opening mark left unclosed too long or across paragraphs was no quotation: start again
        opened = (mark, m.start(), m.end()) if mark in closers else None
        last = m.end()
    return out


def _heads_line(text: str, at: int) -> bool:
    """Whether only blanks stand before ``at`` on its line."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _ends_statement(text: str, at: int) -> bool:
    """Whether the words before the closing mark at ``at`` end a sentence or a clause ("…sleep .
    ''", "…a day,”"), as a quotation run over paragraphs must: a stray mark does not."""
    return text[:at].rstrip()[-1:] in (".", "!", "?", "…", ",")


def _leads(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a statement: its paragraph's start, or after a colon or a
    comma ("He said: “…", "recalls Gula, “…"), not within a phrase ("d'un « accord")."""
    before = text[max(0, at - 3) : at].rstrip(" \t\u00a0")
    return not before or before.endswith(("\n", ":", ","))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_span(
    bounds: list[tuple[int, int]], start: int, end: int, text: str, lex: SpeechLex, starts: set[int]
) -> tuple[int, int]:
    """From the start of the sentence holding ``start`` to the end of the one holding ``end``, and
    on past a sentence the splitter ended at a title's full stop before a name ("said Lt." | "Gen.
    Ann Roe"; ``starts``: where the article's people are named)."""
    first, last = start, end
    for k, (s, e) in enumerate(bounds):
        if s <= start < e:
            first = s
        if s < end <= e or (s <= end - 1 < e):
            last = max(last, e)
            while k + 1 < len(bounds) and _ends_abbreviated(text, last, lex, starts):
                k += 1
                last = bounds[k][1]
            break
    return first, max(last, end)


def _ends_abbreviated(text: str, at: int, lex: SpeechLex, starts: set[int]) -> bool:
    """Whether the text before ``at`` ends with a title's full stop and a name comes next."""
    word = re.search(r"(\w+)\.\s*$", text[max(0, at - 12) : at])
    return (
        word is not None
        and word.group(1).lower() + "." in lex.abbreviations
        and _name_next(_tokens(text, at, min(len(text), at + 40)), 0, starts)
    )


def _name_next(toks: list[_Tok], k: int, starts: set[int]) -> bool:
    """Whether a name starts (at one of ``starts``) within the next words from ``toks[k]``, titles
    passed over ("Gen. Ann Roe"): "analyst Amrita Sen. Crude Oil Futures rallied" names no one."""
    return any(t.start in starts for t in toks[k : k + 3])


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks = []
    for m in _WORD.finditer(text[start:end]):
        word = m.group()
        toks.append(_Tok(word, start + m.start(), start + m.end(), word.lower().replace("’", "'")))
    return toks


# --- cues ---------------------------------------------------------------------------------


def _verb_before(
    text: str, first: int, open_at: int, lex: SpeechLex, people: Sequence[Mention]
) -> _Speaker | None:
    """A speech verb just before the opening mark ("X a déclaré : «", "disait “"), with its subject."""
    toks = _tokens(text, first, open_at)

    def cue(i: int) -> bool:  # "», glisse-t-il" verbs cue a quotation before it only with a colon
        colon_next = i + 1 < len(toks) and toks[i + 1].text == ":"
        return _is_verb(toks, i, lex, right_after=colon_next)

    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 3 and not cue(i):
        if toks[i].text.isalpha() and len(toks[i].text) > 4:
            return None  # a content word between: the verb is not this quotation's
        i -= 1
        skipped += 1
    if i < 0 or not cue(i):
        return None
    verb = i
    _, pronoun = _split_inverted(toks[verb], lex)
    if _passive(toks, verb, lex):
        return None
    i = _aux_start(toks, verb, lex)
    cue = text[toks[i].start : toks[verb].end]
    if pronoun:
        return _Speaker(toks[verb].end - len(pronoun), toks[verb].end, cue, "pronoun after the verb", True)
    subject = toks[:i]
    if not subject:
        return None
    if subject[-1].low in lex.pronouns:
        s = subject[-1]
        return _Speaker(s.start, s.end, cue, "subject of the verb before the quotation", True)
    j = len(subject)
    while j > 0 and subject[j - 1].text not in ",;:" and len(subject) - j < _MAX_SPEAKER:
        j -= 1
    named = _subject(toks, i, people, lex)
    if named is not None:
        return _Speaker(named.start, named.end, cue, "subject of the verb before the quotation")
    words = [t for t in subject[j:] if t.low not in lex.adverbs or t.text[:1].isupper()]
    while words and (words[0].low in lex.adverbs or words[0].text in ",;:"):
        words = words[1:]
    if _first_person(words, lex) or any(_subordinator(t, lex) for t in words):
        return None  # the writer's own words; a clause ("ce qu'il appelle «…»"), not a speaker
    cut = next(
        (k for k, t in enumerate(words) if k and t.text.islower() and t.low in lex.auxiliaries), len(words)
    )
    words = words[:cut]  # "La présidence a réagi en affirmant": the clause's subject
    if not words or len(words) > 6 or any(not t.text[:1].isalnum() for t in words):
        return None  # no short phrase of its own: a named subject earlier in the sentence, if any
    if not (words[0].low in lex.determiners or words[0].text[:1].isupper()):
        return None
    return _Speaker(words[0].start, words[-1].end, cue, "subject of the verb before the quotation")


def _verb_after(
    text: str,
    close_end: int,
    last: int,
    lex: SpeechLex,
    people: Sequence[Mention],
    ends_open: bool,
    times: Sequence[tuple[int, int]] = (),
) -> _Speaker | None:
    """After the closing mark: ", a déclaré X", ", a-t-il ajouté", ', said X', and, when the
    quotation ends with its own comma, ', X said' ('"…," Smith said')."""
    toks = _tokens(text, close_end, last)
    for i, tok in enumerate(toks[:_MAX_GAP]):
        if any(tok.text == b for _, b in lex.marks) or any(tok.text == a for a, _ in lex.marks):
            return None  # another quotation starts: this one's cue is not here
        if not _is_verb(toks, i, lex, right_after=True):
            continue
        if _passive(toks, i, lex):
            return None  # '," Anton Weller was told': he did not say it
        _, pronoun = _split_inverted(tok, lex)
        j = _aux_start(toks, i, lex)
        aux_pronoun = next((p for t in toks[j:i] for p in [_split_inverted(t, lex)[1]] if p), "")
        before = toks[:j]
        if before and before[-1].text not in ",;—–-" and not before[-1].text.isalpha():
            return None
        cue = text[toks[j].start : tok.end]
        if pronoun or aux_pronoun:
            where = tok if pronoun else next(t for t in toks[j:i] if _split_inverted(t, lex)[1])
            size = len(pronoun or aux_pronoun)
            return _Speaker(where.end - size, where.end, cue, "pronoun after the verb", True)
        lead = [t for t in before if t.text not in ",;"]
        if (
            before
            and before[-1].text.isalpha()
            and 0 < len(lead) <= 5
            and len(lead) == len(before)
            and ends_open
        ):
            # '," Smith said' / '," the official said': the speaker stands between
            if lead[0].low in lex.conjunctions:
                return None  # '," but cautioned': the sentence's subject said it
            if lead[-1].low in lex.pronouns and len(lead) == 1:
                return _Speaker(
                    lead[0].start, lead[0].end, cue, "subject of the verb after the quotation", True
                )
            return _Speaker(lead[0].start, lead[-1].end, cue, "subject of the verb after the quotation")
        named = _named_subject(before, people, lex) if ends_open else None
        if named is not None:  # '," Col. Ahmed Bani, an opposition spokesman, told CNN'
            return _Speaker(before[0].start, named.end, cue, "subject of the verb after the quotation")
        if before and before[-1].text.isalpha():
            return None  # the verb belongs to a clause of its own ("» et dit …")
        if tok.low in lex.listener_verbs:
            return None  # '," the woman's husband told the Associated Press': not the agency
        phrase = _phrase_after(toks, i + 1, lex, people, times=times)
        if phrase is None:
            return None
        return _Speaker(phrase[0], phrase[1], cue, "after the verb after the quotation")
    return None


def _named_subject(before: list[_Tok], people: Sequence[Mention], lex: SpeechLex) -> Mention | None:
    """A person named within the first words between a quotation and its speech verb, the verb's
    subject whatever apposition follows ('," Col. Ahmed Bani, an opposition spokesman, told …');
    not a possessor ('," John Kerry's spokeswoman, Jen Psaki, told': her) nor one of several
    ('," Ann Roe and Bob Hale, two senators, told')."""
    if not before or not (before[0].text[:1].isupper() or before[0].low in lex.determiners):
        return None  # '," Col. Ahmed Bani', '," the woman's husband, Reinhard Riedl, told'
    described = not before[0].text[:1].isupper()  # a phrase, then the name in apposition
    if described and before[0].low in lex.plural:
        return None  # '," the two sons of X told'
    reach = before[min(len(before), _SUBJECT_AT // 2) - 1].end
    for m in people:
        if not before[0].start <= m.start < reach or m.label not in _PERSON_LABELS:
            continue
        comma = next((t for t in reversed(before) if t.end <= m.start), None)
        if described and (comma is None or comma.text != ","):
            continue  # '," the elderly mother of X told', '," the doctor who treated X told'
        k = next((k for k, t in enumerate(before) if t.end > m.end), len(before))
        after = [t.low[max(0, m.end - t.start) :] for t in before[k : k + 2]]
        if after[:1] == ["'s"] or after[:2] == ["'", "s"] or (after and after[0] in lex.conjunctions):
            return None
        return m
    return None


def _verb_earlier(
    text: str, first: int, open_at: int, spoken: Sequence[_Spoken], lex: SpeechLex, people: Sequence[Mention]
) -> _Speaker | None:
    """The subject of a speech verb earlier in the sentence: the closest named one ("Mohammed
    Shia al-Sudani, Premier ministre irakien, a déclaré lors du Forum … qu'il était nécessaire
    « … »"), else a pronoun opening the sentence ("But she said there was “no sign of it”")."""
    found = [s for s in spoken if s.kind == "verb" and first <= s.start and s.end <= open_at]
    if found:
        s = found[-1]
        how = "subject of a speech verb earlier in the sentence"
        return _Speaker(s.who.start, s.who.end, text[s.start : s.end], how)
    return _pronoun_opening(text, first, open_at, lex, people)


def _pronoun_opening(
    text: str, first: int, open_at: int, lex: SpeechLex, people: Sequence[Mention]
) -> _Speaker | None:
    """A pronoun opening the sentence, after a conjunction or adverbs at most, as the subject of
    its speech verb, with no one named between it and the quotation ("But she said there was
    “…”"; not "Although she said little, the firm called it “…”", "She said Tom Reyes was “…”",
    "Il se dit que « … »")."""
    toks = _tokens(text, first, open_at)
    k = 0
    while k < len(toks) and (toks[k].low in lex.conjunctions or toks[k].low in lex.adverbs):
        k += 1
    if k + 1 >= len(toks) or toks[k].low not in lex.pronouns:
        return None
    pronoun = toks[k]
    if any(pronoun.end <= m.start < open_at and m.label in _PERSON_LABELS for m in people):
        return None  # "She said Tom Reyes was “…”": the pronoun may stand for him
    for i in range(k + 1, len(toks)):
        if toks[i].text in ",;":
            return None  # the pronoun's clause ends before any speech verb
        if _is_verb(toks, i, lex):
            j = _aux_start(toks, i, lex)
            between = toks[k + 1 : j]
            if (
                not all(_adverb_or_object(t, lex) for t in between)
                or _passive(toks, i, lex)
                or toks[j].low in lex.reflexive_pronouns
            ):
                return None
            how = "pronoun subject of a speech verb earlier in the sentence"
            objects = [t for t in between if t.low in lex.objects or _after_elided_object(t, lex)]
            cue_at = objects[0].start if objects else toks[j].start  # "lui a dit", "m'a ensuite confié"
            return _Speaker(pronoun.start, pronoun.end, text[cue_at : toks[i].end], how, True)
    return None


def _adverb_or_object(t: _Tok, lex: SpeechLex) -> bool:
    """Whether ``t`` may stand between a subject pronoun and its verb: an adverb ("She also
    said"), an object pronoun ("Il lui a dit"), or one elided onto its auxiliary ("Il m'a dit")."""
    if not t.text.islower():
        return False
    rest = _after_elided_object(t, lex)
    elided = rest in lex.auxiliaries and rest not in lex.passive
    return t.low in lex.adverbs or t.low in lex.objects or elided


def _after_elided_object(t: _Tok, lex: SpeechLex) -> str:
    """What follows an object pronoun elided onto a word ("a" of "m'a", "affirmait" of
    "l'affirmait"); "" when the token opens with none."""
    head, sep, rest = t.low.partition("'")
    return rest if sep and head + sep in lex.objects else ""


def _speech_subjects(
    text: str, toks: list[_Tok], lex: SpeechLex, people: Sequence[Mention]
) -> Iterator[tuple[int, _Tok, Mention, Literal["verb", "inverted"]]]:
    """Each speech verb with a speaker: (where its auxiliaries start, the verb, the speaker, and
    "verb" for a named subject before it or "inverted" for a speaker told after it)."""
    for i, tok in enumerate(toks):
        if _is_verb(toks, i, lex) and not _passive(toks, i, lex):
            j = _aux_start(toks, i, lex)
            subject = _subject(toks, j, people, lex)
            if subject is not None and not _after_of_word(text, toks[0].start, subject.start, lex):
                yield j, tok, subject, "verb"
            elif (inverted := _inverted_speaker(text, toks, i, j, lex, people)) is not None:
                yield j, tok, inverted, "inverted"  # "du bureau de Kadhafi, a indiqué un responsable"
            elif subject is not None:
                yield j, tok, subject, "verb"


def _aux_start(toks: list[_Tok], i: int, lex: SpeechLex) -> int:
    """Where the verb at ``i`` starts with its auxiliaries ("a déclaré", "has said"), adverbs
    between them included ("a ensuite récemment admis")."""
    i -= _phrase_words(toks, i, lex) - 1
    while True:
        k = i
        while k > 0 and toks[k - 1].low in lex.adverbs and toks[k - 1].text.islower():
            k -= 1
        if k == 0 or toks[k - 1].low not in lex.auxiliaries or not toks[k - 1].text.islower():
            return i  # "la région Est a affirmé": a name, not "est"
        i = k - 1


def _passive(toks: list[_Tok], verb: int, lex: SpeechLex) -> bool:
    """Whether the verb at ``verb`` is passive ("sera confiée à", "est accusée de", "a été cité",
    "was told"): its subject is not the speaker. Reflexive forms ("s'est dit") and present
    participles ("en affirmant") are not."""
    verb -= _phrase_words(toks, verb, lex) - 1
    if toks[verb].low.endswith(lex.present_endings):
        return False
    k, run = verb, []
    while (
        k > 0
        and toks[k - 1].text.islower()
        and (
            toks[k - 1].low in lex.auxiliaries
            or toks[k - 1].low in lex.passive
            or toks[k - 1].low in lex.adverbs
        )
    ):
        k -= 1
        run.append(toks[k].low)
    if k > 0 and toks[k - 1].low in lex.reflexive_pronouns:
        return False  # "se serait dit"
    reflexive = any(w in lex.reflexive_pronouns or w[:2] in lex.reflexive for w in run)
    return not reflexive and any(w in lex.passive for w in run)


def _subordinator(t: _Tok, lex: SpeechLex) -> bool:
    return t.low in lex.subordinators or t.low.split("'")[0] + "'" in lex.subordinators


def _first_person(words: Sequence[_Tok], lex: SpeechLex) -> bool:
    """Whether a subject phrase is the writer's own ("Comme je l'ai écrit", "as I wrote"): a first
    person opening it or right after a subordinator, not an object ("Un diplomate nous a dit")."""
    return any(
        (t.low in lex.first_person or t.low.split("'")[0] + "'" in lex.first_person)
        and (k == 0 or _subordinator(words[k - 1], lex))
        for k, t in enumerate(words)
    )


def _subject(toks: list[_Tok], j: int, people: Sequence[Mention], lex: SpeechLex) -> Mention | None:
    """The named person or organisation just before ``toks[j]``; after an apposition, the name
    closing it ("Le porte-parole du Pentagone, Jonathan Hoffman, a déclaré") or the head before it
    ("Mohammed Shia al-Sudani, Premier ministre irakien, a déclaré"; "Le général Saïd Abbas,
    membre du CSFA au pouvoir, a déclaré"), a person before an organisation."""
    if j < 1 or toks[j - 1].text != ",":
        return _mention_ending_near(toks, j - 1, people)
    k = j - 2
    closing = _mention_ending_near(toks, k, people, reach=0)  # the name right before the comma
    back = k
    while back >= 0 and k - back <= 8 and toks[back].text != ",":
        back -= 1
    if any(_subordinator(t, lex) for t in toks[max(back, 0) : k]):
        closing = None  # "Tamar, qui a appelé à arrêter Anton Osman, a affirmé": not its subject
    head = _mention_ending_near(toks, back - 1, people) if back >= 0 and toks[back].text == "," else None
    persons = [m for m in (closing, head) if m is not None and m.label in _PERSON_LABELS]
    return persons[0] if persons else closing or head


def _mention_ending_near(
    toks: list[_Tok], k: int, people: Sequence[Mention], reach: int = 3
) -> Mention | None:
    """A mention holding one of the ``reach`` + 1 tokens ending at ``toks[k]``, the last first."""
    if k < 0:
        return None
    for t in reversed(toks[max(0, k - reach) : k + 1]):
        found = next((m for m in people if m.start <= t.start and t.end <= m.end), None)
        if found is not None:
            return found
        if t.text in ",;:":
            break
    return None


@dataclass(frozen=True)
class _Spoken:
    """A person or organisation a later pronoun may stand for: the named subject of a speech verb
    ("Mike Pompeo a confirmé", ``kind`` "verb"), a sentence's "Pour X," source ("lead"), or a
    person named as the subject of another verb ("Anton Weller a parlé devant les députés",
    "subject")."""

    start: int  # where the cue starts (its auxiliaries, or "Pour", or the name)
    end: int  # where the cue ends
    who: Mention
    kind: Literal["verb", "inverted", "lead", "subject"]
    sentence: int  # its sentence's index


def _named_speakers(
    text: str, bounds: list[tuple[int, int]], people: Sequence[Mention], lex: SpeechLex
) -> list[_Spoken]:
    """Every named subject of a speech verb, every "Pour X," source and every person named as
    the subject of an auxiliary ("X a parlé"), in text order: who a quotation later in the
    sentence, or a later "a-t-il ajouté", may stand for."""
    out = []
    at = [m.start for m in people]  # people come sorted by start
    for n, (first, last) in enumerate(bounds):
        toks = _tokens(text, first, last)
        lead = _lead_name(toks, lex, people)
        if lead is not None:
            out.append(_Spoken(toks[0].start, toks[0].end, lead, "lead", n))
        for j, verb, who, kind in _speech_subjects(text, toks, lex, people):
            out.append(_Spoken(toks[j].start, verb.end, who, kind, n))
        source = _according(text, first, last, (first, first), lex, people)
        if source is not None and not source.pronoun:
            who = _speaker_in(text, source.start, source.end, toks, lex, people)
            if who is not None:  # "selon sa porte-parole, Maren Tholvik": a later "a-t-elle ajouté"
                out.append(_Spoken(source.start, source.end, who, "inverted", n))
        head = _heading_person(toks, people, at, lex)
        if head is not None:
            out.append(_Spoken(head.start, head.end, head, "subject", n))
    out.sort(key=lambda s: s.start)
    return out


def _inverted_speaker(
    text: str, toks: list[_Tok], i: int, j: int, lex: SpeechLex, people: Sequence[Mention]
) -> Mention | None:
    """The speaker told after the speech verb ``toks[i]`` (its auxiliaries from ``j``) when a comma
    comes before it outside quotation marks ("… sous les décombres, a indiqué un responsable
    libyen", "…, said Ann Roe"): the person named in the phrase, else the phrase as an ``UNNAMED``
    mention. The phrase must open with a name or hold a speaker noun or a title within its first
    words: "Navi Pillay, a exigé l'ouverture d'une enquête", "X, a déclaré que …" tell what was
    said. A later "a-t-il affirmé" stands for this speaker, not for whoever was quoted before."""
    closing = {b for _, b in lex.marks}
    before = [t.text for t in toks[max(0, j - 2) : j]]
    if "," not in before or any(_split_inverted(t, lex)[1] for t in toks[j : i + 1]):
        return None
    if before[-1] != "," and not (before[0] == "," and before[-1] in closing):
        return None
    if toks[i].low.endswith(lex.present_endings):
        return None  # ", saying Gadhafi's end is near", ", ajoutant que": what was said follows
    # after a quotation ('," said Hiscox', "», a assuré cet ancien ministre"), only a name: an
    # unnamed phrase there is the quotation's own speaker, read with it when it was found
    after_quote = any(t in closing for t in before)
    phrase = _phrase_after(toks, i + 1, lex, people)
    if phrase is None:
        return None
    who = _speaker_in(text, *phrase, toks, lex, people)
    return None if who is not None and who.label == UNNAMED and after_quote else who


def _speaker_in(
    text: str, start: int, end: int, toks: list[_Tok], lex: SpeechLex, people: Sequence[Mention]
) -> Mention | None:
    """Who the phrase ``start``–``end`` after a speech verb or "selon" names: the person in it, when
    it opens with them or holds a speaker noun or a title within its first words before any
    complement ("la mère de X" is the mother), else the phrase as an ``UNNAMED`` mention; None for
    what was said ("qu'une intervention …", "l'ouverture d'une enquête", "an officer had died")
    and for several people ("selon ces derniers"). A name not opening the phrase must close an
    apposition ("selon un témoin, X a fui" is the witness), and a possessor names the one after
    ("Amlin's chief executive X")."""
    words = [t for t in toks if start <= t.start < end]
    if not words or {words[0].low, words[0].low.split("'")[0] + "'"} & lex.subordinators:
        return None
    if words[0].low in lex.plural:
        return None  # "selon ces derniers", "said several officials": no one speaker
    comma = next((t.start for t in words[1:] if t.text == ","), end)
    if any(t.low in lex.auxiliaries and t.text.islower() for t in words[1:] if t.start < comma):
        return None  # ", announced an officer had died": a clause, what was said
    k = next((k for k, t in enumerate(words) if t.low in lex.of_words), len(words))
    head = words[: min(k, _HEAD_WORDS)]
    inside = people[bisect_left(people, start, key=_start) : bisect_left(people, end + 4, key=_start)]
    persons = [
        m
        for m in inside
        if start <= m.start < end
        and m.label in _PERSON_LABELS
        and not text[m.end : m.end + 3].lstrip().startswith(("'s", "’s"))
        and not _after_of_word(text, start, m.start, lex)
        and (m.start < comma or m.end >= end or text[m.end : m.end + 2].strip()[:1] in (",", ""))
    ]
    opens = bool(persons) and persons[0].start in {t.start for t in words[:2]}
    heads = lex.speaker_nouns | lex.person_heads
    if not opens and not any(t.low in heads for t in head):
        return None
    if persons:
        return persons[0]
    apposed = next((m for m in inside if m.label in _PERSON_LABELS and _apposed(text, end, m)), None)
    return apposed or Mention(start, min(end, comma), text[start : min(end, comma)].rstrip(), UNNAMED)


def _start(m: Mention) -> int:
    return m.start


def _apposed(text: str, end: int, m: Mention) -> bool:
    """Whether ``m`` is named in apposition right after a phrase ending at ``end`` ("selon un
    commandant du Conseil militaire de Misrata, Salem Jeha, qui …")."""
    return end <= m.start <= end + 3 and text[end : m.start].strip() == ","


def _heading_person(
    toks: list[_Tok], people: Sequence[Mention], at: Sequence[int], lex: SpeechLex
) -> Mention | None:
    """The person heading a sentence as the subject of a verb with an auxiliary of having or of
    the future ("Anton Weller a parlé", "Smith has left"): the first person named within its first
    words, before any subordinate clause ("par lequel X a"), and followed by that auxiliary ("X
    est", "X was" describe more often than they act)."""
    opening = []
    for t in toks[:_SUBJECT_AT]:
        if _subordinator(t, lex):
            break
        opening.append(t)
    if not opening:
        return None
    starts = {t.start for t in opening}
    near = people[bisect_left(at, opening[0].start) : bisect_right(at, opening[-1].start)]
    first = next((m for m in near if m.start in starts and m.label in _PERSON_LABELS), None)
    if first is None:
        return None
    k = next((k for k, t in enumerate(toks) if t.start >= first.end), len(toks))
    if k == len(toks) or toks[k].low not in lex.auxiliaries or toks[k].low in lex.passive:
        return None
    while k < len(toks) and (toks[k].low in lex.auxiliaries or toks[k].low in lex.adverbs):
        k += 1
    if k < len(toks) and toks[k].low in lex.passive:
        return None  # "Anton Weller a été limogé"
    return first


def _lead_name(toks: list[_Tok], lex: SpeechLex, mentions: Sequence[Mention]) -> Mention | None:
    """The name a sentence opening with "Pour X," gives as its source."""
    if len(toks) < 3 or toks[0].low not in lex.source_lead:
        return None
    comma = next((k for k, t in enumerate(toks[:_MAX_SPEAKER]) if t.text == ","), 0)
    return _mention_ending_near(toks, comma - 1, mentions) if comma > 1 else None


def _according(
    text: str, first: int, last: int, quote: tuple[int, int], lex: SpeechLex, people: Sequence[Mention]
) -> _Speaker | None:
    toks = [t for t in _tokens(text, first, last) if not quote[0] <= t.start < quote[1]]
    lows = tuple(t.low for t in toks)
    for i, low in enumerate(lows):
        for phrase in lex.according:
            n = len(phrase)
            if low == phrase[0] and lows[i : i + n] == phrase:
                if (
                    i + n < len(toks)
                    and toks[i + n].low in lex.gender
                    and toks[i + n].low not in lex.determiners
                ):
                    t = toks[i + n]  # "selon lui": whoever spoke last
                    cue = text[toks[i].start : toks[i + n - 1].end]
                    return _Speaker(t.start, t.end, cue, "source named by '" + " ".join(phrase) + "'", True)
                span = _phrase_after(toks, i + n, lex, people, skip=False)
                if span:
                    cue = text[toks[i].start : toks[i + n - 1].end]
                    return _Speaker(span[0], span[1], cue, "source named by '" + " ".join(phrase) + "'")
    return None


def _as_said(
    text: str,
    first: int,
    last: int,
    quote: tuple[int, int],
    lex: SpeechLex,
    people: Sequence[Mention],
    times: Sequence[tuple[int, int]],
) -> _Speaker | None:
    """A clause of the sentence naming its source: "comme l'a dit X", "comme le rappelait X"."""
    toks = [t for t in _tokens(text, first, last) if not quote[0] <= t.start < quote[1]]
    for i, t in enumerate(toks):
        if t.low not in lex.as_words or not (t.text.islower() or i == 0):
            continue  # "comme …", or "Comme …" opening the sentence
        gap = text[quote[1] : t.start] if t.start >= quote[1] else ""
        if t.start >= quote[1] and gap.strip(" ,;\u00a0\n"):
            continue  # a clause of another verb ("« … », ajoute-t-il, comme …")
        k = i + 1
        while k < len(toks) and not _said(toks, k, lex) and _adverb_or_object(toks[k], lex):
            k += 1
        while k < len(toks) and toks[k].low in lex.auxiliaries and toks[k].text.islower():
            k += 1
        if k >= len(toks) or not _said(toks, k, lex) or _passive(toks, k, lex):
            continue
        span = _phrase_after(toks, k + 1, lex, people, times=times)
        head = next((x for x in toks if x.start == span[0]), None) if span else None
        if t.start < quote[0] and span and not _leads_to(toks, span[1], quote[0]):
            continue  # a clause of another verb ("Le texte, adopté comme l'a annoncé X, stipule :")
        if head is not None and (head.text[:1].isupper() or head.low in lex.determiners):
            cue = text[t.start : toks[k].end]
            return _Speaker(span[0], span[1], cue, f"source named by '{t.text} …'", cap=ROLE)
    return None


def _leads_to(toks: list[_Tok], end: int, mark: int) -> bool:
    """Whether a clause ending at ``end`` ends right before the quotation's mark: punctuation and
    at most one short word between ("comme l'a dit X, à « … »")."""
    between = [t for t in toks if end <= t.start < mark]
    words = [t for t in between if t.text[:1].isalnum()]
    return len(words) <= 1 and all(len(t.text) <= 3 for t in words)


def _said(toks: list[_Tok], i: int, lex: SpeechLex) -> bool:
    """A speech verb, its object elided onto it or not ("dit", "l'affirmait")."""
    return _is_verb(toks, i, lex) or _after_elided_object(toks[i], lex) in lex.verbs


def _lead_clause(
    text: str, bounds: Sequence[tuple[int, int]], starts: Sequence[int], first: int, open_at: int
) -> tuple[int, int]:
    """The words before a quotation's opening mark in its sentence, or, when it opens its sentence,
    the sentence before it within the next paragraph ("X est catégorique :" ¶ "« … »")."""
    if text[first:open_at].strip():
        return first, open_at
    here = bisect_right(starts, first) - 1
    if here <= 0 or len(_PARAGRAPH.findall(text, bounds[here - 1][1], first)) > 1:
        return first, open_at
    return bounds[here - 1]


def _colon_lead(
    text: str, clause: tuple[int, int], lex: SpeechLex, people: Sequence[Mention]
) -> _Speaker | None:
    """A quotation after a colon ending a short clause headed by a named person ("Karim Osman est
    tout aussi catégorique : « … »", "Lena Park was blunt: “…”"): that person's words, though no
    speech verb says so; no one when another person is named before the colon."""
    start, end = clause
    before = text[start:end].rstrip()
    if not before.endswith(":"):
        return None
    toks = _tokens(text, start, start + len(before) - 1)
    opening = list(itertools.takewhile(lambda t: not _subordinator(t, lex), toks[:_SUBJECT_AT]))
    starts = {t.start for t in opening}
    inside = people[bisect_left(people, start, key=_start) : bisect_left(people, end, key=_start)]
    named = [m for m in inside if m.label in _PERSON_LABELS]
    if len(named) != 1 or named[0].start not in starts or _first_person(toks, lex):
        return None
    m = named[0]
    at = next(k for k, t in enumerate(toks) if t.start == m.start)
    lead = toks[next((k + 1 for k in range(at - 1, -1, -1) if toks[k].text in ",;:"), 0) : at]
    if not all(_opens_subject(t, lex) for t in lead):
        return None  # "Le journal souhaite un Pinochet :": the name is no subject
    k = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    rest = toks[k:]
    if not rest or len(rest) > _MAX_SPEAKER or not (rest[0].text.islower() or rest[0].text == ","):
        return None  # the name ends the clause, or a long clause of its own follows it
    if rest[0].low in lex.prepositions or rest[0].low in lex.conjunctions or toks[k - 1].end > m.end:
        return None  # "Lu dans la presse :", "X et son équipe :", "X's plan:": X is no subject that speaks
    if not _speaks_before_colon(rest, lex):
        return None  # "X a reçu la lettre suivante :": what is quoted is not theirs
    cue = text[rest[0].start : rest[-1].end].lstrip(", ")
    return _Speaker(m.start, m.end, cue, "person heading the clause before a colon", cap=COLON_LEAD)


def _speaks_before_colon(rest: list[_Tok], lex: SpeechLex) -> bool:
    """Whether the words after a name and before a colon make it speak: an active speech verb ("X
    prévient :"), a word of ``lex.colon_predicates`` ("X est catégorique :", "X was blunt:"), or
    an apposition of a role alone ("X, ancien ministre :"); not "X a reçu la lettre suivante :"."""
    if any(_subordinator(t, lex) or t.low in lex.conjunctions for t in rest):
        return False
    for i in range(len(rest)):
        if _is_verb(rest, i, lex):
            return not _passive(rest, i, lex)
    if any(t.low in lex.colon_predicates for t in rest):
        return True
    return rest[0].text == "," and not any(t.low in lex.auxiliaries for t in rest)


def _opens_subject(t: _Tok, lex: SpeechLex) -> bool:
    """Whether ``t`` may stand before a name heading its clause: "Et", "le", "le général", "M."."""
    return (
        t.text[:1].isupper()
        or t.low in lex.determiners
        or t.low in lex.conjunctions
        or t.low in lex.person_heads
    )


def _lead_source(
    text: str, first: int, open_at: int, lex: SpeechLex, mentions: Sequence[Mention]
) -> _Speaker | None:
    """'Pour Bagdad, les massacres … sont un « exemple … »': the sentence's own source, when a name
    stands there ("Pour autant," names none)."""
    toks = _tokens(text, first, open_at)
    name = _lead_name(toks, lex, mentions)
    if name is None:
        return None
    return _Speaker(toks[1].start, name.end, toks[0].text, "source opening the sentence")


def _phrase_after(
    toks: list[_Tok],
    i: int,
    lex: SpeechLex,
    people: Sequence[Mention],
    skip: bool = True,
    times: Sequence[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The speaker's phrase starting at ``toks[i]``, adverbials passed over when ``skip``: adverbs,
    prepositional phrases and time expressions ("a affirmé le 6 septembre … le secrétaire général")."""
    starts = {m.start for m in people}
    if skip:
        while i < len(toks):
            low = toks[i].low
            if low in lex.adverbs or any(a <= toks[i].start < b for a, b in times):
                i += 1
            elif low in lex.demonstratives and i + 2 < len(toks) and toks[i + 2].low in lex.determiners:
                i += 2  # "ce matin le porte-parole": a time the tagger did not mark
            elif low in lex.prepositions or low.split("'")[0] + "'" in lex.prepositions:
                i += 1  # its own noun phrase runs to the next determiner or name
                i = _next_phrase_start(toks, i, lex, starts, gerund=low in lex.gerund_prepositions)
            else:
                break
    if i >= len(toks) or not (toks[i].text[:1].isalpha()):
        return None
    j = i
    while j < len(toks) and j - i < _MAX_SPEAKER:
        t = toks[j]
        if (
            t.text == "."
            and j > i
            and toks[j - 1].low + "." in lex.abbreviations
            and _name_next(toks, j + 1, starts)
        ):
            j += 1  # "said Sen. John Barrasso": its full stop ends nothing ("analyst Amrita Sen." does)
            continue
        if t.text in '.;:!?()«»“”"' or (t.low in lex.ends and j > i):
            break
        if t.low in lex.prepositions and _names_in(toks[i:j], people):
            break  # "Nadia Morel à la tribune": the name ends the phrase
        if t.text == ",":
            # "le porte-parole du Pentagone, Jonathan Hoffman": a name in apposition joins
            if j + 1 < len(toks) and toks[j + 1].start in starts and not _names_in(toks[i:j], people):
                j += 1
                continue
            break
        j += 1
    if j == i:
        return None
    return toks[i].start, toks[j - 1].end


def _next_phrase_start(toks: list[_Tok], i: int, lex: SpeechLex, starts: set[int], gerund: bool) -> int:
    """Past the noun phrase of a preposition starting at ``toks[i]`` ("la presse", "cours d'une
    conférence de presse", "téléphone", "Paris", "volant de sa voiture", a gerund's object:
    "ouvrant la séance"): where the next determiner or name starts."""
    own = False  # the preposition's own phrase has started
    while i < len(toks):
        t = toks[i]
        det = t.low in lex.determiners or any(
            t.low.startswith(d) and d.endswith("'") for d in lex.determiners
        )
        of = i > 0 and (
            toks[i - 1].low in lex.of_words or toks[i - 1].low.split("'")[0] + "'" in lex.of_words
        )
        if (det or t.start in starts) and own and not of:  # "au volant de sa voiture": still its own
            return i
        if t.text in ",.;:":
            return i
        if (
            det
            or t.start in starts
            or (t.text[:1].isalpha() and not (gerund and t.low.endswith(lex.present_endings)))
        ):
            own = True
        gerund = False
        i += 1
    return i


def _names_in(toks: list[_Tok], people: Sequence[Mention]) -> bool:
    if not toks:
        return False
    a, b = toks[0].start, toks[-1].end
    return any(a <= m.start and m.end <= b for m in people)


def _is_verb(toks: list[_Tok], i: int, lex: SpeechLex, right_after: bool = False) -> bool:
    """Whether ``toks[i]`` is a speech verb, or ends one of several words ("a mis en garde"); with
    ``right_after`` (the verb right after the quotation, or right before its colon) also one of
    ``lex.after_verbs`` ("», glisse un diplomate")."""
    head, _ = _split_inverted(toks[i], lex)
    return (
        head in lex.verbs
        or (right_after and head in lex.after_verbs)
        or (head[:2] in lex.reflexive and head[2:] in lex.verbs)
        or _phrase_words(toks, i, lex) > 1
    )


def _phrase_words(toks: list[_Tok], i: int, lex: SpeechLex) -> int:
    """How many words the speech verb of several words ending at ``toks[i]`` has ("mis en garde":
    3), 1 when it is none."""
    for phrase in lex.verb_phrases.get(toks[i].low, ()):
        n = len(phrase)
        if i + 1 >= n and tuple(_split_inverted(t, lex)[0] for t in toks[i + 1 - n : i + 1]) == phrase:
            # "mis en garde à vue", "went on to win": another phrase, not speech
            return 1 if i + 1 < len(toks) and toks[i + 1].low in lex.prepositions else n
    return 1


def _split_inverted(tok: _Tok, lex: SpeechLex) -> tuple[str, str]:
    """("ajoute", "il") for "ajoute-t-il"; ("a", "elle") for "a-t-elle"; (word, "") otherwise."""
    low = tok.low
    for sep in ("-t-", "-"):
        if sep in low:
            head, _, tail = low.rpartition(sep)
            if tail in lex.inverted:
                return head, tail
    return low, ""


# --- speakers -----------------------------------------------------------------------------


def _attributed(
    quote: Quote,
    found: _Speaker,
    text: str,
    people: Sequence[Mention],
    earlier: list[Quote],
    named: Sequence[_Spoken],
    lex: SpeechLex,
    roles: KnownRoles,
    here: int = -1,
) -> Quote:
    speaker = text[found.start : found.end]
    if found.pronoun:
        label = f"{PRONOUN_HOW} '{speaker}'"
        gender = lex.gender.get(speaker.lower(), "")
        return _resolve_pronoun(quote, found, label, gender, people, earlier, named, text, lex, roles, here)
    inside = [
        m
        for m in people
        if found.start <= m.start and m.end <= found.end and not _complement(text, found.start, m, lex)
    ]
    persons = [m for m in inside if m.label in _PERSON_LABELS] or inside
    if len(persons) > 1:  # "the lawyer for X, Jane Roe": the one set off by a comma is the speaker
        persons = [
            m for m in persons if text[max(0, m.start - 3) : m.start].rstrip().endswith(",")
        ] or persons
    if persons:
        entity = persons[0].text
        confidence = ACCORDING if found.how.startswith("source named") else NAMED
        return _with(quote, speaker, found.start, found.end, entity, found.cue, found.how, confidence)
    words = _tokens(text, found.start, found.end)
    if words and words[0].low in lex.demonstratives and any(t.low in lex.person_heads for t in words[1:4]):
        # "a encore assuré cet ancien ministre", "a déclaré ce dernier": whoever spoke last
        label = f"'{speaker}'"
        gender = lex.demonstratives[words[0].low]
        resolved = _resolve_pronoun(quote, found, label, gender, people, earlier, named, text, lex, roles)
        if resolved.entity:
            return resolved
    holder = _role_holder(speaker, found.start, quote, people, roles, text, lex)
    if holder is not None:
        m, title, bare = holder
        how = f"{found.how}; a role the {'article' if bare else 'corpus'} gives {m.text} ({title})"
        confidence = BARE_TITLE_HOLDER if bare else ROLE_HOLDER
        return _with(quote, speaker, found.start, found.end, m.text, found.cue, how, confidence)
    return _with(
        quote,
        speaker,
        found.start,
        found.end,
        "",
        found.cue,
        found.how,
        ROLE * (ACCORDING / NAMED if found.how.startswith("source named") else 1),
    )


def _role_holder(
    phrase: str,
    at: int,
    quote: Quote,
    people: Sequence[Mention],
    roles: KnownRoles,
    text: str,
    lex: SpeechLex,
) -> tuple[Mention, str, bool] | None:
    """The one person named in the article before the role ``phrase`` (at ``at``), outside the
    quotation, with a role the phrase may be, that role, and whether the phrase is a title alone:
    a role the corpus gives them ("le ministre américain de la Défense" for "le secrétaire
    américain à la Défense Mark Esper"), or for a title alone ("le procureur"), one this article
    gives them, named within the last ``_BARE_REACH`` characters. None when no one or several are,
    when the phrase is indefinite or possessive ("un général", "sa secrétaire": someone else), or
    when someone unnamed with that title came in since the person was named ("a Foreign Office
    spokesman … the spokesman said")."""
    words = _tokens(text, max(0, at - 12), at + len(phrase))
    opening = [t for t in words if t.start >= at][:1] + [t for t in words if t.start < at][-1:]
    if not opening or any(t.low in lex.indefinite or t.low in lex.possessives for t in opening):
        return None  # "un général", "sa secrétaire": someone else
    words = [t for t in words if t.start >= at]
    bare = bare_office(phrase, lex.lang)
    known = roles.here if bare else roles.corpus
    if not known:
        return None
    gender = next((g for t in words if (g := lex.gender.get(t.low))), "")
    heads = {t.low for t in words if t.low in lex.person_heads}
    last: dict[str, tuple[Mention, str]] = {}  # each matching person's last mention before the phrase
    for m in people:
        if m.start >= at:
            break
        if m.label not in _PERSON_LABELS or quote.start <= m.start < quote.end:
            continue
        title = next((t for t in known.get(m.text, ()) if same_office(phrase, t, lex.lang)), None)
        if title is not None and _agrees(gender, m.start, text, lex):
            last[m.text] = (m, title)
    if len(last) != 1:
        return None
    m, title = next(iter(last.values()))
    if bare and at - m.end > _BARE_REACH:
        return None
    between = _tokens(text, m.end, at)
    for k, t in enumerate(between):
        if t.low in lex.indefinite and any(u.low in heads for u in between[k + 1 : k + 6]):
            return None
    return m, title, bare


def _resolve_pronoun(
    quote: Quote,
    found: _Speaker,
    label: str,
    gender: str,
    people: Sequence[Mention],
    earlier: list[Quote],
    named: Sequence[_Spoken],
    text: str,
    lex: SpeechLex,
    roles: KnownRoles,
    here: int = -1,
) -> Quote:
    """A pronoun speaker: whoever spoke last before it, quoted or as the named subject of a speech
    verb ("Mike Pompeo a confirmé …"), told after one (", a indiqué un responsable", the holder of
    a role so told when the corpus knows them), or heading the sentence before as the subject of
    another verb ("Anton Weller a parlé …"), agreeing with the pronoun; else the last person named.
    A subject heading the quotation's own sentence (``here``) need only not disagree with it ("Le
    cheikh X a émis une fatwa : « … », a-t-il déclaré") unless the last speaker quoted is told to
    agree; one of the sentence before must agree."""
    pronoun = text[found.start : found.end]
    if gender == "plural":  # "ont-ils déclaré", "they said": not one person
        how = f"{label}, several speakers"
        return _with(quote, pronoun, found.start, found.end, "", found.cue, how, 0.2)
    person = pronoun.lower() in lex.person_pronouns
    last = next(
        (
            q
            for q in reversed(earlier)
            if q.speaker
            and q.speaker_start >= 0
            and _agrees(gender, q.speaker_start, text, lex, q.speaker_end)
            and not (
                person and _names_no_person(q.speaker_start, q.speaker_end, people, roles.persons, text, lex)
            )
        ),
        None,
    )
    spoke, holder = None, None
    for s in reversed(named[-_RECENT:]):  # a person heading a sentence only when their gender is told
        if last is not None and s.who.start < max(last.speaker_end, last.speaker_start + 1):
            break  # no earlier one can come after the last speaker quoted
        own = s.sentence == here and _own_subject(s, quote, gender, last, named, people, text, lex)
        if not _agrees_spoken(gender, s, text, lex, own=own):
            continue
        if s.who.label == UNNAMED:  # "…, a ajouté le secrétaire d'Etat": the one who holds the role
            holder = _role_holder(s.who.text, s.who.start, quote, people, roles, text, lex)
            if holder is None and not _introduces(s.who.text, lex):
                continue  # "Selon le journaliste": someone named before, whom this does not tell
        spoke = s
        break
    if spoke is not None and (
        last is None or spoke.who.start >= max(last.speaker_end, last.speaker_start + 1)
    ):
        m = spoke.who
        if spoke.kind == "subject":
            how, confidence = f"{label}: the subject of a sentence before", HEADING
        else:
            how, confidence = f"{label}: the last person who spoke", PRONOUN
        entity = m.text if m.label != UNNAMED else holder[0].text if holder is not None else ""
        if m.label == UNNAMED and holder is not None:
            how += f"; a role the {'article' if holder[2] else 'corpus'} gives {entity} ({holder[1]})"
            confidence = min(confidence, BARE_TITLE_HOLDER if holder[2] else ROLE_HOLDER)
        return _with(quote, m.text, m.start, m.end, entity, found.cue, how, confidence)
    if last is not None:
        how = f"{label}: the last speaker quoted"
        return _with(
            quote, last.speaker, last.speaker_start, last.speaker_end, last.entity, found.cue, how, PRONOUN
        )
    before = [
        m
        for m in people
        if m.end <= quote.start and m.label in _PERSON_LABELS and _agrees(gender, m.start, text, lex)
    ]
    if before:
        m = before[-1]
        how = f"{label}: the last person named"
        return _with(quote, m.text, m.start, m.end, m.text, found.cue, how, PRONOUN * 0.8)
    return _with(quote, pronoun, found.start, found.end, "", found.cue, f"{label}, unresolved", 0.2)


def _own_subject(
    s: _Spoken,
    quote: Quote,
    gender: str,
    last: Quote | None,
    named: Sequence[_Spoken],
    people: Sequence[Mention],
    text: str,
    lex: SpeechLex,
) -> bool:
    """Whether the subject heading the quotation's own sentence may stand for its pronoun though
    its gender is not told: when no other person is named between it and the quotation ("X a
    reçu une lettre de Y : « … », a-t-elle écrit" may be Y's), and no speaker before it, quoted
    or named, is told to agree with the pronoun ("la ministre Petra Lind a affirmé …")."""
    if any(
        s.who.end <= m.start < quote.start and m.label in _PERSON_LABELS and m.text != s.who.text
        for m in people
    ):
        return False
    if last is not None and _agrees(gender, last.speaker_start, text, lex, last.speaker_end, strict=True):
        return False
    return not any(
        x.who.start < s.who.start
        and x.kind != "subject"
        and _agrees(gender, x.who.start, text, lex, x.who.end if x.who.label == UNNAMED else -1, strict=True)
        for x in named[-_RECENT:]
    )


def _names_no_person(
    start: int, end: int, people: Sequence[Mention], persons: Collection[str], text: str, lex: SpeechLex
) -> bool:
    """Whether the speaker's phrase ``start``–``end`` names an organisation or a place and no
    person ("The American Red Cross"; neither "the spokesman" nor "a spokeswoman for the UN").
    A title ("the head of the Relief Fund") or a person noun names a person. ``persons``: names
    known as persons' (the model's label of one mention may be wrong)."""
    inside = [m for m in people if start <= m.start and m.end <= end]
    if not inside or any(m.label in _PERSON_LABELS or m.text in persons for m in inside):
        return False
    words = _tokens(text, start, end)
    return not any(
        t.low in lex.gender or t.low in lex.speaker_nouns or t.low in lex.person_heads for t in words
    )


def _introduces(phrase: str, lex: SpeechLex) -> bool:
    """Whether an unnamed speaker's phrase brings in someone new ("un témoin", "le nouveau
    ministre") or tells who they are ("la mère de Karl Meyer", "le porte-parole du ministère")
    rather than recalling someone named before ("le journaliste")."""
    words = phrase.lower().replace("’", "'").split()
    if not words:
        return False
    elided = any(w.split("'")[0] + "'" in lex.of_words for w in words[1:] if "'" in w)
    return (
        words[0] in lex.indefinite
        or any(w in lex.of_words for w in words[1:])
        or elided
        or office_of(phrase, lex.lang).other_holder
    )


def _agrees_spoken(gender: str, s: _Spoken, text: str, lex: SpeechLex, own: bool = False) -> bool:
    """Whether a pronoun of ``gender`` may stand for ``s``: an unnamed speaker by the words of
    its phrase ("un responsable"), a named one by what is said of the name (told, for the subject
    of another sentence than the pronoun's, ``own`` being its own)."""
    if s.who.label == UNNAMED:
        return _agrees(gender, s.who.start, text, lex, s.who.end)
    return _agrees(gender, s.who.start, text, lex, strict=s.kind == "subject" and not own)


def _agrees(gender: str, start: int, text: str, lex: SpeechLex, end: int = -1, strict: bool = False) -> bool:
    """Whether the phrase ``start``–``end`` (a quoted speaker's), or the name at ``start`` (within a
    phrase: "la porte-parole … Morgan Ortagus", "M. Esper"), may be a ``gender`` pronoun's
    antecedent: the first determiner or title of the phrase must not say otherwise (``strict``:
    must say so)."""
    if not gender:
        return True
    own = [lex.gender.get(t.low, "") for t in _tokens(text, start, end)] if end > start else []
    own = [g for g in own if g]
    if own:
        return own[0] == gender
    words = _tokens(text, max(0, start - 60), start + 3)
    cut = max((k for k, t in enumerate(words) if not t.text[:1].isalnum()), default=-1)
    said = [lex.gender[t.low] for t in words[cut + 1 :] if lex.gender.get(t.low)]
    return said[0] == gender if said else not strict


def _complement(text: str, start: int, m: Mention, lex: SpeechLex) -> bool:
    """Whether an organisation is the complement of the phrase's head ("le président de
    l'Assemblée"): the speaker is the head, not the organisation."""
    return m.label not in _PERSON_LABELS and _after_of_word(text, start, m.start, lex)


def _after_of_word(text: str, start: int, at: int, lex: SpeechLex) -> bool:
    """Whether what stands at ``at`` opens a complement, reading back to ``start``: a word such
    as "de", "du", "of" comes right before it, determiners aside ("de l'Assemblée", "of the
    Senate", "du bureau de Kadhafi", "d'Oskar Brandt")."""
    words = re.findall(r"\w+'?|'", text[start:at].lower().replace("’", "'"))
    while words:
        if words[-1] in lex.of_words or words[-1].rstrip("'") + "'" in lex.of_words:
            return True  # "du", "de l'", "of the"
        if words[-1] not in lex.determiners and words[-1] != "'":
            return False
        words.pop()
    return False


def _with(
    quote: Quote, speaker: str, s: int, e: int, entity: str, cue: str, how: str, confidence: float
) -> Quote:
    return Quote(
        quote.article,
        quote.start,
        quote.end,
        quote.text,
        speaker,
        s,
        e,
        entity,
        cue,
        how,
        round(confidence, 2),
    )


def guessed(q: Quote) -> bool:
    """Whether a quotation's speaker is no one's or stands for someone told elsewhere (a pronoun, a
    quotation it continues), rather than named next to it."""
    return not q.speaker or q.how.startswith((PRONOUN_HOW, CONTINUES_HOW, "'"))  # "'ce dernier': …"
