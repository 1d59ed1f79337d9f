"""Within one article, the mentions of one entity grouped: short forms, acronyms, aliases.

Mentions with the same name key form a group; a name's label is the one most of its mentions
carry (a person's surname tagged as a place once is still the person). Then groups join:

* a person's short form with the one full name it ends (``M. Esper``, ``Esper`` → ``Mark
  Esper``); when several full names end with it, the one mentioned at least twice as often as
  any other, else none;
* an acronym with the name the text defines it for (``État islamique (EI)``), or a name
  whose initials it spells;
* two names of the same well-known alias group (``Otan`` and ``Alliance atlantique``).

Every join keeps its reason, which becomes the mention's evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.corpus.aliases import alias_group, spells_alias
from storyline.corpus.names import align, has_number, name_tokens, thing_tokens, words_match
from storyline.corpus.terms import stopwords
from storyline.model import AnnotatedArticle, LocalEntity, NameMention
from storyline.nlp.acronyms import definitions, initials_match
from storyline.nlp.mentions import clean_mentions
from storyline.nlp.role_dates import role_period

DOMINANCE = 2.0  # a full name wins a short form over others mentioned this many times less
# How sure each kind of join is (the score a mention's evidence carries).
SHORT_FORM = 0.9
DEFINED = 0.95
INITIALS = 0.8
ALIAS = 1.0
GIVEN_NAME = 0.7


@dataclass
class _Group:
    label: str
    tokens: tuple[str, ...]
    members: list[int] = field(default_factory=list)
    reasons: dict[int, tuple[str, float]] = field(default_factory=dict)  # member → why it joined, score
    parent: int = -1
    group: str | None = None


def person_or_thing(label: str) -> str:
    return "PER" if label == "PER" else "THING"


@lru_cache(maxsize=100_000)  # called for every pair of a name's mentions and stored variants
def mention_tokens(text: str, label: str, lang: str) -> tuple[str, ...]:
    """The name key of a mention: a person's tokens, or an organisation's or place's."""
    return name_tokens(text) if label == "PER" else thing_tokens(text, stopwords(lang))


def local_entities(item: AnnotatedArticle) -> list[LocalEntity]:
    """An annotated article's entities: its mentions cleaned and completed, then linked."""
    art = item.article
    mentions = [
        replace(m, role_period=role_period(art.text, item.timexes, max(m.end, m.role_end), art.lang))
        if m.role
        else m
        for m in clean_mentions(art.text, item.mentions, art.lang)
    ]
    return link_article(art.id, art.text, mentions, art.lang)


def link_article(article: str, text: str, mentions: Sequence[NameMention], lang: str) -> list[LocalEntity]:
    """The entities of one article, each with its mentions and why each joined."""
    labels = _voted_labels(mentions, lang)
    groups: list[_Group] = []
    by_key: dict[tuple[str, tuple[str, ...]], int] = {}
    of_mention: list[int] = []
    for i, m in enumerate(mentions):
        label = labels[i]
        tokens = mention_tokens(m.text, label, lang)
        key = (person_or_thing(label), tokens)
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(_Group(label, tokens, group=alias_group(m.text) if label != "PER" else None))
        g = by_key[key]
        if groups[g].members:
            groups[g].reasons[i] = ("same name in the article", 1.0)
        groups[g].members.append(i)
        of_mention.append(g)
    _join_short_forms(groups, mentions)
    _join_given_names(groups, mentions)
    _join_acronyms(groups, of_mention, text, mentions)
    _join_alias_groups(groups)
    return _entities(article, groups, mentions, labels, lang)


def _voted_labels(mentions: Sequence[NameMention], lang: str) -> list[str]:
    """Each mention's label, as most mentions of its name carry it; a name ending a person's
    full name in the article is a person."""
    votes: dict[tuple[str, ...], Counter[str]] = {}
    keys = []
    for m in mentions:
        k = thing_tokens(m.text, stopwords(lang))
        keys.append(k)
        votes.setdefault(k, Counter())[m.label] += 1 if m.source == "ner" else 0.5
    ends_of_people = {  # every ending of a person's full name in the article
        full[i:]
        for full in {name_tokens(m.text) for m in mentions if m.label == "PER"}
        if len(full) >= 2
        for i in range(len(full))
    }
    out = []
    for m, k in zip(mentions, keys, strict=True):
        label = max(votes[k].items(), key=lambda kv: (kv[1], kv[0] == "PER"))[0]
        if label != "PER" and name_tokens(m.text) in ends_of_people and not has_number(m.text):
            label = "PER"
        out.append(label)
    return out


def _root(groups: list[_Group], g: int) -> int:
    while groups[g].parent >= 0:
        g = groups[g].parent
    return g


def _join(groups: list[_Group], child: int, parent: int, reason: str, score: float) -> None:
    child, parent = _root(groups, child), _root(groups, parent)
    if child == parent:
        return
    groups[child].parent = parent
    for i in groups[child].members:
        groups[child].reasons.setdefault(i, (reason, score))
    groups[parent].members.extend(groups[child].members)
    groups[parent].reasons.update(groups[child].reasons)
    groups[parent].group = groups[parent].group or groups[child].group


def _join_short_forms(groups: list[_Group], mentions: Sequence[NameMention]) -> None:
    people = [g for g, x in enumerate(groups) if x.label == "PER" and x.tokens]
    for g in sorted(people, key=lambda g: len(groups[g].tokens)):
        short = groups[g].tokens
        fits = [
            h for h in people if len(groups[h].tokens) > len(short) and align(short, groups[h].tokens) > 0
        ]
        if not fits:
            continue
        roots = Counter()
        for h in fits:
            roots[_root(groups, h)] += len(groups[h].members)
        ranked = roots.most_common()
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        target = ranked[0][0]
        full = mentions[groups[max(fits, key=lambda h: len(groups[h].tokens))].members[0]].text
        _join(groups, g, target, f"short form of '{full}' in the article", SHORT_FORM)


def _join_given_names(groups: list[_Group], mentions: Sequence[NameMention]) -> None:
    """A lone word that is the given name of exactly one full name of the article, and no one's
    surname, joins it (``Bachar`` → ``Bachar al-Assad``)."""
    people = [g for g, x in enumerate(groups) if x.label == "PER" and x.tokens]
    full = [h for h in people if len(groups[h].tokens) >= 2]
    for g in people:
        word = groups[g].tokens
        if len(word) != 1 or _root(groups, g) != g or groups[g].parent >= 0:
            continue
        if any(words_match(word[0], groups[h].tokens[-1]) for h in full):
            continue
        owners = {_root(groups, h) for h in full if words_match(word[0], groups[h].tokens[0])}
        if len(owners) == 1:
            target = owners.pop()
            if target != g:
                name = mentions[groups[target].members[0]].text
                _join(groups, g, target, f"given name of '{name}' in the article", GIVEN_NAME)


def _join_acronyms(
    groups: list[_Group], of_mention: list[int], text: str, mentions: Sequence[NameMention]
) -> None:
    index = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for long, acronym, s, e in definitions(text, mentions):
        i, j = index.get((long.start, long.end)), index.get((s, e))
        if i is not None and j is not None:
            reason = f"acronym {acronym} defined in the article for '{long.text}'"
            _join(groups, of_mention[j], of_mention[i], reason, DEFINED)
    things = [g for g, x in enumerate(groups) if x.label != "PER"]
    for g in things:
        acronym = mentions[groups[g].members[0]].text
        if not acronym.replace(".", "").isupper() or _root(groups, g) != g:
            continue
        known = groups[g].group  # a well-known acronym ("UN") joins only a spelling of its alias
        fits = {
            _root(groups, h)
            for h in things
            if h != g
            and initials_match(acronym, name := mentions[groups[h].members[0]].text)
            and (known is None or spells_alias(name, known))
        }
        fits.discard(g)
        if len(fits) == 1:
            target = fits.pop()
            name = mentions[groups[target].members[0]].text
            _join(
                groups,
                g,
                target,
                f"acronym {acronym} spells the initials of '{name}' in the article",
                INITIALS,
            )


def _join_alias_groups(groups: list[_Group]) -> None:
    first: dict[str, int] = {}
    for g, x in enumerate(groups):
        r = _root(groups, g)
        name = groups[r].group
        if name is None or x.label == "PER":
            continue
        if name in first and _root(groups, first[name]) != r:
            _join(groups, r, first[name], f"well-known alias ({name})", ALIAS)
        first.setdefault(name, r)


def _entities(
    article: str, groups: list[_Group], mentions: Sequence[NameMention], labels: list[str], lang: str
) -> list[LocalEntity]:
    out = []
    for x in groups:
        if x.parent >= 0:
            continue
        members = sorted(x.members, key=lambda i: mentions[i].start)
        forms = Counter(mentions[i].text for i in members)
        best = max(
            members,
            key=lambda i: (
                len(mention_tokens(mentions[i].text, labels[i], lang)),
                not mentions[i].text.isupper(),
                forms[mentions[i].text],
            ),
        )
        label_votes = Counter(labels[i] for i in members)
        out.append(
            LocalEntity(
                article=article,
                name=mentions[best].text,
                label=label_votes.most_common(1)[0][0],
                mentions=tuple(replace(mentions[i], label=labels[i]) for i in members),
                links=tuple(x.reasons.get(i, ("", 1.0))[0] for i in members),
                scores=tuple(x.reasons.get(i, ("", 1.0))[1] for i in members),
                forms=tuple(f for f, _ in forms.most_common()),
                group=x.group,
            )
        )
    return out
