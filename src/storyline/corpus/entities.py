"""Entities across articles: each article's entities placed against the known ones, incrementally.

An ``EntityIndex`` holds the entities a batch may touch, found by blocking keys (a person's last
name word and its consonant skeleton; an organisation's or place's whole name key, its skeleton
when one word, its alias group), never by comparing all pairs. An article's entity joins:

* the entity of the same alias group (``Daech`` → the Islamic State), score 1;
* the organisation or place of the same name key, or of a one-word name spelt nearly alike;
* the person whose fullest name agrees with it word by word from the right (every word equal
  once transliteration is folded, or close with the same consonants): same length, score the
  words' mean agreement (≥ ``SAME_PERSON``); shorter (``Mahdi`` for ``Adel Abdel Mahdi``),
  only when that person is the one such name known, or holds ``UNIQUE_SHARE`` of the
  mentions of all of them — given names never disagree, with any name the person goes by
  (``Joseph Jackson`` stays apart from the ``Michael Joseph Jackson`` called ``Michael Jackson``
  once that name is known; a full name first met with the relative's name keeps it);

else it opens a new entity. A person known only by a short name is absorbed by the full name that
arrives later when that name is the only one it fits. Every placement keeps its score and
evidence; every absorption is recorded as an ``EntityMerge``. Persons are resolved before
organisations and places, full names before short ones, so short names meet the full names of
the same batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.corpus.aliases import group_name
from storyline.corpus.coref import mention_tokens
from storyline.corpus.names import (
    align,
    bare_variant,
    cut_short,
    fits,
    has_number,
    name_parts,
    skeleton,
    words_match,
)
from storyline.corpus.terms import fold
from storyline.model import EntityMention, EntityMerge, EntityRole, LocalEntity

SAME_PERSON = 0.85  # mean word agreement for two full names of the same length
SAME_THING = 0.85  # agreement of two one-word names of organisations or places
UNIQUE_SHARE = 0.9  # a short name goes to a person holding this share of the names it fits
SHORT_NAME = 0.8  # score factor of a short name placed by uniqueness
MIN_FUZZY_CHARS = 5
SOUND_KEY_CHARS = 3  # a shorter skeleton is keyed with its word's first letter and with its last
# how ``blocking_keys`` files entities and names are keyed; a store keyed otherwise is keyed anew
KEY_LAYOUT = "4"
# how ``Entity.name`` chooses a display name; a store named otherwise is named anew
NAMING = "2"
FULLER_SHARE = 0.5  # a fuller form of a person's most written name, written this share as often, is shown
ACROSS_LABELS = 0.9  # same name key, but the model labelled one a person and the other not


@dataclass
class Entity:
    """One entity's state: names with their counts, type votes, alias group, roles."""

    id: int
    lang: str = ""
    types: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    variants: Counter[tuple[str, ...]] = field(default_factory=Counter)
    group: str | None = None
    roles: dict[str, EntityRole] = field(default_factory=dict)
    # the display name and the state it was chosen from: counts only grow, so the same state
    # means the same forms (a name is asked for at every placement's evidence)
    _named: tuple[tuple, str] | None = field(default=None, repr=False, compare=False)

    @property
    def type(self) -> str:
        return max(self.types, key=self.types.__getitem__) if self.types else "MISC"  # as most_common

    @property
    def person(self) -> bool:
        return self.type == "PER"

    @property
    def mentions(self) -> int:
        return sum(self.forms.values())

    @property
    def longest(self) -> tuple[str, ...]:
        """The fullest name key (most words, then most mentions)."""
        return max(self.variants.items(), key=lambda kv: (len(kv[0]), kv[1]))[0] if self.variants else ()

    @property
    def name(self) -> str:
        """The display name: the alias group's; for a person, the most used of the forms written
        with a given name and a surname ("Tobias Marten", not a stray "Earlier Tobias Marten" nor
        "Tobias W. Marten" written far less), none cut short after a particle, else of the fullest;
        among those, a form in capitals only when all are."""
        state = (self.group, self.type, len(self.forms), self.mentions, len(self.variants))
        if self._named is None or self._named[0] != state:
            self._named = (state, self._choose_name())
        return self._named[1]

    def _choose_name(self) -> str:
        if self.group:
            return group_name(self.group, self.lang)
        if not self.forms:
            return ""
        forms = list(self.forms)
        if self.person:
            full = [f for f in forms if name_parts(f) >= 2]
            short_cut = cut_short(full)
            full = [f for f in full if f not in short_cut] or full
            if not full:
                longest = len(self.longest)
                full = [f for f in forms if len(mention_tokens(f, "PER", self.lang)) == longest]
            forms = full or forms
        spelled = [f for f in forms if not f.replace(".", "").isupper()] or forms
        best = max(spelled, key=lambda f: (self.forms[f], len(f)))
        if not self.person:
            return best
        # a fuller form of it, with its first given name, written nearly as often says more
        # ("George W. Bush", not "George Bush"; not "Earlier George Bush")
        short = mention_tokens(best, "PER", self.lang)
        fuller = [
            f
            for f in spelled
            if self.forms[f] >= FULLER_SHARE * self.forms[best]
            and len(long := mention_tokens(f, "PER", self.lang)) > len(short)
            and _same_first(short, long)
            and fits(short, long) >= SAME_PERSON
        ]
        return max(fuller, key=lambda f: (self.forms[f], len(f))) if fuller else best

    def block_keys(self) -> set[str]:
        return blocking_keys(self.variants, self.group, self.person)

    def add_roles(self, roles: Iterable[tuple[str, bool, str]], day: date | None) -> None:
        """Count roles said of the entity (title, former, period the text states) on ``day``."""
        for title, former, period in roles:
            key = fold(title)
            old = self.roles.get(key)
            days = [d for d in (day, old.first if old else None, old.last if old else None) if d]
            self.roles[key] = EntityRole(
                old.title if old else title,
                min(days) if days else None,
                max(days) if days else None,
                (old.mentions if old else 0) + 1,
                (old.former if old else True) and former,
                period or (old.period if old else ""),
            )

    def date_role(self, title: str, day: date) -> bool:
        """Widen a known role's dates to ``day`` (its article was dated later); whether it changed."""
        role = self.roles.get(fold(title))
        if role is None:
            return False
        days = [d for d in (role.first, role.last, day) if d]
        first, last = min(days), max(days)
        if (first, last) == (role.first, role.last):
            return False
        self.roles[fold(title)] = EntityRole(role.title, first, last, role.mentions, role.former, role.period)
        return True

    def absorb(self, other: Entity) -> None:
        self.types.update(other.types)
        self.forms.update(other.forms)
        self.variants.update(other.variants)
        self.group = self.group or other.group
        for key, role in other.roles.items():
            mine = self.roles.get(key)
            if mine is None:
                self.roles[key] = role
                continue
            days = [d for d in (mine.first, mine.last, role.first, role.last) if d]
            self.roles[key] = EntityRole(
                mine.title,
                min(days, default=None),
                max(days, default=None),
                mine.mentions + role.mentions,
                mine.former and role.former,
                mine.period or role.period,
            )


def sound_keys(word: str) -> tuple[str, ...]:
    """A word's consonant skeleton, as blocking keys. A skeleton of one or two consonants is
    shared by too many names to find candidates by: it is keyed twice, with the word's first
    letter and with its last (a consonant as the skeleton spells it, ``a`` for any letter it
    drops), so two spellings meet when one end holds: ``Sisi``, ``Sissi`` (``s<s``, ``s>a``),
    ``Assis``, ``Assisi`` (``s<a``), ``Gallal``, ``Igallal`` (``kl>l``), ``Ajdabiya``,
    ``Ajdabiyah`` (``db>a``); ``Hayes`` (``s<a``, ``s>s``) shares none of Sisi's."""
    key = skeleton(word)
    if len(key) >= SOUND_KEY_CHARS:
        return (key,)
    folded = fold(word)
    ends = (("<", folded[:1]), (">", folded[-1:]))
    return tuple(f"{key}{side}{skeleton(letter) or 'a'}" for side, letter in ends)


def blocking_keys(
    variants: Iterable[tuple[str, ...]], group: str | None = None, person: bool = True
) -> set[str]:
    """The keys under which an entity (or an article's entity) is found: a person's last name
    word and that word's sound key, its whole name key and a one-word name's sound key, its alias
    group. Organisations and places are only ever matched by the last three, so they are not
    filed by their last word (the many councils and committees would all come up together)."""
    out: set[str] = set()
    for v in variants:
        if not v:
            continue
        if person:
            out.add("p:" + v[-1])
            out.update("ps:" + k for k in sound_keys(v[-1]))
            bare = bare_variant(v)
            if bare:
                out.add("p:" + bare[-1])
        out.add("t:" + " ".join(v))
        if len(v) == 1 and len(v[0]) >= MIN_FUZZY_CHARS:
            out.update("ts:" + k for k in sound_keys(v[0]))
    if group:
        out.add("g:" + group)
    return out


@dataclass(frozen=True, slots=True)
class Placement:
    entity: int
    score: float
    evidence: str


@dataclass
class EntityIndex:
    """The entities a batch may touch, by blocking key; what changed is kept for the store."""

    entities: dict[int, Entity] = field(default_factory=dict)
    by_key: dict[str, set[int]] = field(default_factory=dict)
    next_id: int = 1
    dirty: set[int] = field(default_factory=set)
    merges: list[EntityMerge] = field(default_factory=list)

    def restore(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self.next_id = max(self.next_id, entity.id + 1)
        for k in entity.block_keys():
            self.by_key.setdefault(k, set()).add(entity.id)

    def candidates(self, keys: Iterable[str]) -> list[Entity]:
        ids = set().union(*(self.by_key.get(k, ()) for k in keys))
        return [self.entities[i] for i in sorted(ids) if i in self.entities]

    def new(self, lang: str) -> Entity:
        e = Entity(self.next_id, lang)
        self.next_id += 1
        self.entities[e.id] = e
        return e

    def add(
        self, entity: Entity, local: LocalEntity, variants: Sequence[tuple[str, ...]], day: date | None
    ) -> None:
        entity.types.update(m.label for m in local.mentions)
        entity.forms.update(m.text for m in local.mentions)
        entity.variants.update(variants)
        entity.group = entity.group or local.group
        entity.add_roles(((m.role, m.former, m.role_period) for m in local.mentions if m.role), day)
        for k in entity.block_keys():
            self.by_key.setdefault(k, set()).add(entity.id)
        self.dirty.add(entity.id)

    def merge(self, gone: Entity, kept: Entity, score: float, evidence: str) -> None:
        kept.absorb(gone)
        for k in gone.block_keys():
            self.by_key.get(k, set()).discard(gone.id)
        for k in kept.block_keys():
            self.by_key.setdefault(k, set()).add(kept.id)
        del self.entities[gone.id]
        self.dirty.add(kept.id)
        self.dirty.discard(gone.id)
        self.merges.append(EntityMerge(gone.id, kept.id, round(score, 3), evidence))


def local_variants(local: LocalEntity, lang: str, label: str | None = None) -> list[tuple[str, ...]]:
    """The name key of each of a local entity's mentions (read as ``label``, else its own)."""
    return [mention_tokens(m.text, label or local.label, lang) for m in local.mentions]


def local_keys(local: LocalEntity, lang: str) -> set[str]:
    """The keys to look a local entity up by, read both as a person's and as a thing's name
    (the model's labels disagree across articles)."""
    both = set(local_variants(local, lang, "PER")) | set(local_variants(local, lang, "ORG"))
    return blocking_keys(both, local.group)


def resolve(index: EntityIndex, batch: Sequence[tuple[LocalEntity, str, date | None]]) -> list[EntityMention]:
    """Place each ``(local entity, language, publication day)`` of a batch; the mentions placed."""
    out: list[EntityMention] = []
    for local, lang, day in sorted(batch, key=_order):
        variants = local_variants(local, lang)
        fullest = max(variants, key=lambda v: (len(v), variants.count(v)), default=())
        keys = local_keys(local, lang)
        cands = index.candidates(keys)
        things = set(local_variants(local, lang, "ORG"))
        if local.label == "PER":
            found = _place_person(fullest, cands) or _place_thing(local, things, cands, across=True)
        else:
            people = [  # a name with a number is no person's (The Jackson 5)
                v
                for v, m in zip(local_variants(local, lang, "PER"), local.mentions, strict=True)
                if not has_number(m.text)
            ]
            longest = max(people, key=len, default=())
            found = _place_thing(local, things, cands) or _place_person(longest, cands, across=True)
            if found is None and len(longest) == 1:  # a person's surname the model took for a place
                found = _place_person(longest, cands, exact=True)
        if found is None:
            entity = index.new(lang)
            found = Placement(entity.id, 1.0, "new entity")
        entity = index.entities[found.entity]
        index.add(entity, local, variants, day)
        if local.label == "PER" and len(fullest) >= 2:
            _absorb_short_names(index, entity, index.candidates(keys))
        for m, link, s in zip(
            local.mentions, local.links, local.scores or [1.0] * len(local.mentions), strict=True
        ):
            evidence = f"{link}; {found.evidence}" if link else found.evidence
            out.append(
                EntityMention(
                    local.article,
                    m.start,
                    m.end,
                    m.text,
                    m.label,
                    entity.id,
                    round(min(s, found.score), 3),
                    evidence,
                    m.role,
                    m.role_start,
                    m.role_end,
                    m.former,
                    m.source,
                )
            )
    return out


def _order(item: tuple[LocalEntity, str, date | None]) -> tuple[int, int]:
    """Full names of persons first, then organisations and places, then short names of persons."""
    local, lang, _ = item
    if local.label != "PER":
        return (1, 0)
    longest = max((len(v) for v in local_variants(local, lang)), default=0)
    return (0, -longest) if longest >= 2 else (2, 0)


def _place_person(
    tokens: tuple[str, ...], cands: Sequence[Entity], across: bool = False, exact: bool = False
) -> Placement | None:
    """The person a name belongs to; ``across``: the name was labelled otherwise, only an
    exact name key counts; ``exact``: only names that agree word for word (a place's name
    spelt nearly like a surname, 'Wales' and 'Wells', is another name)."""
    floor = 1.0 if exact else SAME_PERSON
    same: list[tuple[float, int, Entity]] = []
    shorter: list[tuple[float, Entity]] = []
    for e in cands:
        if not e.person or _given_names_clash(tokens, e):
            continue
        full = e.longest
        if len(full) == len(tokens):
            s = align(tokens, full)
            if s >= floor:
                same.append((s, e.mentions, e))
        elif len(full) > len(tokens):
            s = fits(tokens, full)
            if s >= floor:
                shorter.append((s, e))
    if across:
        same = [x for x in same if x[0] == 1.0]
        if not same:
            return None
        _, _, e = max(same, key=lambda x: x[1])
        return Placement(e.id, ACROSS_LABELS, f"same name key as person #{e.id} '{e.name}' (labels disagree)")
    if same:
        s, _, e = max(same, key=lambda x: (x[0], x[1]))
        what = "same name key" if s == 1.0 else f"similar name ({s:.2f})"
        return Placement(e.id, s, f"{what} as entity #{e.id} '{e.name}'")
    if shorter:
        total = sum(e.mentions for _, e in shorter)
        s, e = max(shorter, key=lambda x: (x[1].mentions, x[0]))
        if len(shorter) == 1:
            return Placement(
                e.id, s * SHORT_NAME, f"short name; '{e.name}' (#{e.id}) is the one full name it fits"
            )
        if e.mentions >= UNIQUE_SHARE * total:
            return Placement(
                e.id,
                s * SHORT_NAME * e.mentions / total,
                f"short name; '{e.name}' (#{e.id}) holds {e.mentions} of the {total} mentions "
                "of the names it fits",
            )
    return None


def _place_thing(
    local: LocalEntity, variants: set[tuple[str, ...]], cands: Sequence[Entity], across: bool = False
) -> Placement | None:
    """The organisation or place a name belongs to; ``across``: the name was labelled a person,
    only an exact name key counts."""
    best: tuple[float, int, Entity, str] | None = None
    for e in cands:
        if e.person:
            continue
        if across:
            if variants & set(e.variants):
                found = (ACROSS_LABELS, "same name key (labels disagree)")
                if best is None or (found[0], e.mentions) > (best[0], best[1]):
                    best = (found[0], e.mentions, e, found[1])
            continue
        if local.group and e.group == local.group:
            found = (1.0, f"well-known alias ({local.group})")
        elif variants & set(e.variants):
            found = (1.0, "same name key")
        else:
            found = (0.0, "")
            for v in variants:
                for w in e.variants:
                    if len(v) == len(w) == 1 and min(len(v[0]), len(w[0])) >= MIN_FUZZY_CHARS:
                        s = words_match(v[0], w[0])
                        if s >= SAME_THING and s > found[0]:
                            found = (s, f"similar name ({s:.2f})")
        if found[0] and (best is None or (found[0], e.mentions) > (best[0], best[1])):
            best = (found[0], e.mentions, e, found[1])
    if best is None:
        return None
    s, _, e, what = best
    return Placement(e.id, s, f"{what} as entity #{e.id} '{e.name}'")


def _absorb_short_names(index: EntityIndex, full: Entity, cands: Sequence[Entity]) -> None:
    """Persons known only by a short name that fits ``full`` and no other full name join it."""
    mine = full.longest
    # Names that keep the first given name go first: once 'Michael Joseph Jackson' holds
    # 'Michael Jackson', 'Joseph Jackson' clashes with it and stays apart.
    for short in sorted(cands, key=lambda e: (not _same_first(e.longest, mine), -e.mentions, e.id)):
        if short.id == full.id or not short.person or short.id not in index.entities:
            continue
        sv = short.longest
        if len(sv) >= len(mine) or fits(sv, mine) < SAME_PERSON:
            continue
        if any(_given_names_clash(v, full) for v in short.variants):
            continue
        rivals = [
            e
            for e in cands
            if e.person
            and e.id not in (short.id, full.id)
            and e.id in index.entities
            and len(e.longest) > len(sv)
            and align(sv, e.longest) >= SAME_PERSON
        ]
        if rivals:
            continue
        score = fits(sv, mine) * SHORT_NAME
        index.merge(
            short, full, score, f"short name '{short.name}' fits '{full.name}' and no other full name"
        )


def _same_first(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a name of two words or more keeps the longer name's first given name."""
    return len(short) >= 2 and bool(long) and words_match(short[0], long[0]) > 0


def _given_names_clash(name: tuple[str, ...], entity: Entity) -> bool:
    """Whether ``name`` skips the entity's first given name while the entity goes by a name as
    long, with that first name and the same last word: 'Joseph Jackson' fits 'Michael Joseph
    Jackson' by its end, but not the person also called 'Michael Jackson'."""
    full = entity.longest
    if len(name) < 2 or _same_first(name, full):
        return False
    return any(
        len(v) == len(name) and _same_first(v, full) and words_match(v[-1], name[-1]) for v in entity.variants
    )
