"""Spelling-blind keys of names, shared by the stories' cross-language links and the entities.

Two levels: ``skeleton`` keeps consonants only (``Moubarak`` → ``mbrk``), coarse enough to link
stories; ``word_key`` folds one word's transliteration variants (ou/u, e/a, o/u, doubled letters,
kh/k, ch/sh…) and keeps its vowels' places, fine enough to tell ``Adel`` from ``Ali``. A name's
``name_tokens`` are its word keys without articles and particles (``al-``, ``el-``), so
``Abou Mehdi al-Mouhandis`` and ``Abu Mahdi al-Muhandis`` give the same tokens. The spelling
rules are data (``lang/_names/names.json``), shared by every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from storyline.corpus.terms import fold
from storyline.lang import load

# Spelling variation across languages and transliterations: vowels, h, w, y drop out;
# consonants that trade places (c/k/q/g, ph/f/v, s/z) meet; doubled letters fold.
_PAIRS = (("ph", "f"), ("ck", "k"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("dh", "d"), ("th", "t"))
_SINGLE = str.maketrans({"c": "k", "q": "k", "g": "k", "v": "f", "z": "s", "j": "y"})
_DROP = re.compile(r"[aeiouyhw\W_\d]+")
_DOUBLE = re.compile(r"(.)\1+")
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_]{2})'(?=[a-z])")
_GLUED_ARTICLE = re.compile(r"\b(Al|El)([A-Z][a-z])")
_WORD_AND_GAP = re.compile(r"([^\W\d_]+)[\s-]+")  # a word and the spaces or hyphen after it
_WORDS = re.compile(r"[^\W\d_]+(?:\.(?=\s|$))?", re.UNICODE)
_THING_WORDS = re.compile(r"[^\W_]+(?:\.(?=\s|$))?", re.UNICODE)  # numbers kept: G20 is not G7
_DIGIT = re.compile(r"\d")
#: Two words whose keys differ are still the same word when their skeletons agree and
#: their keys are this close (normalised Levenshtein similarity).
WORD_SIMILARITY = 0.8


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """A spelling-blind key of a name (``Moubarak`` → ``mbrk``, ``Gaddafi`` → ``kdf``)."""
    key = fold(name)
    for a, b in _PAIRS:
        key = key.replace(a, b)
    key = _DROP.sub("", key.translate(_SINGLE))
    return _DOUBLE.sub(r"\1", key)


@cache
def _rules() -> dict:
    data = load("_names", "names")
    vowels = data["vowel_classes"]
    return {
        "particles": frozenset(data["particles"]),
        "attached": tuple(data["attached_articles"]),
        "subs": tuple(tuple(p) for p in data["substitutions"]),
        "final": frozenset(data["final_silent"]),
        "vowels": str.maketrans(vowels),
        "vowel_set": frozenset(vowels),
        "heads": data["heads"],
        "joined": frozenset(data["joined_heads"]),
        "thing_heads": frozenset(data.get("thing_heads", ())),
        "suffixes": frozenset(data.get("suffixes", ())),
    }


def name_particles() -> frozenset[str]:
    """Small words that may open a person's name (``al``, ``el``, ``ben``, ``de``…)."""
    rules = _rules()
    return rules["particles"] | frozenset(rules["heads"])


@cache
def word_key(word: str) -> str:
    """One word's transliteration-blind key (``Mouhandis`` → ``muhandis``, ``Mehdi`` → ``mahdi``)."""
    rules = _rules()
    w = fold(word).strip(".'’")
    if w in rules["heads"]:
        return rules["heads"][w]
    for head in rules["joined"]:  # Abdel, Abdul, Abdal → abdal
        m = re.fullmatch(rf"{head}[aeiou]?l", w)
        if m:
            return f"{head}al"
    if len(w) > 3 and w[-1] in rules["final"] and w[-2] not in rules["vowel_set"]:
        w = w[:-1]
    for a, b in rules["subs"]:
        w = w.replace(a, b)
    w = w.translate(rules["vowels"])
    return _DOUBLE.sub(r"\1", w)


def name_words(name: str, numbers: bool = False) -> list[str]:
    """The words of a name, split at spaces, hyphens and elisions (``M.`` keeps its dot);
    ``numbers``: words with digits are kept (``G20``, ``Apollo 11``), else digits are dropped.

    An apostrophe inside a transliterated word is dropped (``Ta'izz`` → ``Taizz``), a capital
    after a glued article splits it (``ElBaradei`` → ``El Baradei``).
    """
    name = _INNER_APOSTROPHE.sub("", name.replace("’", "'"))
    return (_THING_WORDS if numbers else _WORDS).findall(_GLUED_ARTICLE.sub(r"\1 \2", name))


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """The word keys of a name without its particles (``Abd el-Fattah al-Sissi`` → abdal fatah sisi)."""
    rules = _rules()
    words = [fold(w) for w in name_words(name)]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in rules["joined"] and nxt in rules["particles"]:  # Abd el-Aziz → abdal aziz
            out.append(f"{w}al")
            i += 2
            continue
        if w not in rules["particles"] or len(words) == 1:
            out.append(word_key(w))
        i += 1
    return tuple(t for t in out if t)


@lru_cache(maxsize=200_000)
def name_parts(name: str) -> int:
    """How many given names and surnames a person's name is written with, a hyphened word counting
    once (``Jean-Yves``, ``Williams-Bolar``): particles and heads (``al``, ``bin``: ``bin Laden`` is
    one surname), initials (``R.``, the ``O`` of ``O'Keefe``) and suffixes (``Jr``, ``III``) not
    counted."""
    rules = _rules()
    skip = rules["particles"] | rules["suffixes"] | frozenset(rules["heads"])
    return sum(
        1
        for word in name.split()
        if any(len(w.rstrip(".")) > 1 and fold(w.rstrip(".")) not in skip for w in name_words(word))
    )


def cut_short(names: Iterable[str]) -> set[str]:
    """The persons' names that read as another's cut after a particle: opening with one (``El
    Abidine Ben Ali``), or what another runs on to after one (``Abidine Ben Ali`` when ``Zine
    al-Abidine Ben Ali`` is written)."""
    particles = _rules()["particles"]
    names = list(names)
    tails: set[str] = set()  # what follows each particle of each name
    for name in names:
        for m in _WORD_AND_GAP.finditer(name):
            if fold(m.group(1)) in particles and m.end() < len(name):
                tails.add(name[m.end() :])
    out = set()
    for name in names:
        first = name.split()[0] if name.split() else ""
        if fold(first).split("-")[0] in particles or name in tails:
            out.add(name)
    return out


def has_number(name: str) -> bool:
    """Whether a name holds a number (``Jackson 5``, ``G20``): a thing's, never a person's."""
    return bool(_DIGIT.search(name))


def bare_variant(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens with an article glued to the last word taken off (``elbaradei`` → ``baradai``)."""
    if not tokens:
        return None
    last = tokens[-1]
    for art in _rules()["attached"]:
        key = word_key(art)
        if last.startswith(key) and len(last) - len(key) >= 4:
            return (*tokens[:-1], last[len(key) :])
    return None


def words_match(a: str, b: str) -> float:
    """How well two word keys agree: 1.0 when equal, their similarity when their skeletons
    agree and they are close (``kadafi``/``gadafi``), else 0; words with digits only when equal."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 3 or skeleton(a) != skeleton(b) or _DIGIT.search(a + b):
        return 0.0
    sim = Levenshtein.normalized_similarity(a, b)
    return sim if sim >= WORD_SIMILARITY else 0.0


def thing_tokens(name: str, stop: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The word keys of an organisation's or a place's name, articles and stop words left out
    (``la Ligue arabe`` → ``liga arab``); a lone stop word is kept. A word with digits is kept as
    written, folded (``G20``, ``Boeing 737``): its spelling does not vary, and doubled digits are
    no spelling variant (``G77`` is not ``G7``)."""
    words = [fold(w) for w in name_words(name, numbers=True)]
    rules = _rules()
    kept = [
        w for w in words if w not in stop and w not in rules["particles"] and w not in rules["thing_heads"]
    ]
    kept = kept or words
    out: list[str] = []
    for w in kept:
        if w.isdigit() and out and len(out[-1]) == 1 and out[-1].isalpha():
            out[-1] += w  # G-20, G 20 → g20
        elif len(w) <= 2:  # too short for a spelling variant: UE is not UA, EU not AU
            out.append(w)
        else:
            out.append(w if _DIGIT.search(w) else word_key(w))
    return tuple(out)


def fits(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """How well a shorter name fits a longer one: as its end (``align``), or as its first and
    last words with middle names left out (``ali salih`` in ``ali abdulah salih``)."""
    found = align(short, long)
    if found or len(short) != 2 or len(long) < 3:
        return found
    first, last = words_match(short[0], long[0]), words_match(short[-1], long[-1])
    return (first + last) / 2 if first and last else 0.0


def align(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """How well ``short`` matches the end of ``long``, word by word from the right: the mean of
    the words' agreement, or 0 when any pair disagrees (``mahdi`` fits ``adal abdal mahdi``;
    ``adal abdal mahdi`` does not fit ``ali abdal mahdi``)."""
    if not short or len(short) > len(long):
        return 0.0
    total = 0.0
    for a, b in zip(reversed(short), reversed(long), strict=False):
        s = words_match(a, b)
        if s == 0.0:
            return 0.0
        total += s
    return total / len(short)
