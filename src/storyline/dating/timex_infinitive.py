"""Whether a weekday is the day of an act an infinitive names ("appelle à manifester samedi",
"sont appelés à voter dimanche"), and whether the verb governing that infinitive tells a past
("a appelé à manifester samedi", "continuait de brûler jeudi", "vient de signer lundi").

The words come run backwards from the expression, as the tense reader reads them; the language's
word lists are in :class:`~storyline.dating.timex_lex.Infinitive`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from storyline.dating.timex_lex import Infinitive


def governing_marker(words: Sequence[str], i: int, inf: Infinitive) -> int | None:
    """The place of the preposition marking ``words[i]`` as an infinitive that governs the
    expression ("à" of "appelle à se rassembler samedi", pronouns skipped), or None."""
    word = words[i]
    key = word.lower()
    if (
        word[:1].isupper()
        or len(key) < inf.min_len
        or not key.endswith(inf.suffixes)
        or key in inf.not_verbs
        or (i > 0 and words[0].lower() in inf.day_complement)  # "les événements de samedi"
    ):
        return None
    j = i + 1
    while j < len(words) and words[j].lower() in inf.clitics:
        j += 1
    if j >= len(words) or words[j].lower() not in inf.after:
        return None
    if i > 0 and (words[j].lower(), key, words[i - 1].lower()) in inf.not_after:
        return None  # "à partir de samedi"
    if any(_participle(words, k, inf) or words[k].lower() in inf.clause_openers for k in range(i)):
        return None  # "les informations diffusées lundi", "c'est pour réclamer X que, dimanche, …"
    return j


def _participle(words: Sequence[str], k: int, inf: Infinitive) -> bool:
    """Whether ``words[k]`` reads as a past participle: its ending, and no determiner before it
    ("la précarité", "le musée" are nouns)."""
    if not words[k].lower().endswith(inf.participles):
        return False
    return not (k + 1 < len(words) and words[k + 1].lower() in inf.determiners)


def governing_past(
    words: Sequence[str], breaks: Sequence[bool], at: int, inf: Infinitive, cue: Callable[[int], int]
) -> bool:
    """Whether the verb governing an infinitive tells a past, read from ``words[at]`` (the word
    before its preposition) backwards up to a comma (``breaks[k]``: one between ``words[k]`` and the
    word after it): a past cue that is no present ("sont appelés à", "a l'intention de"), an
    imperfect, or a past just gone ("vient de signer"). ``cue(k)`` is the tense ``words[k]`` signals."""
    if at < len(words) and words[at].lower() in inf.recent_past:
        return True
    for k in range(at, min(at + inf.reach, len(words))):
        if breaks[k]:
            return False  # "Le collectif, qui avait manifesté en décembre, appelle à recommencer samedi"
        tense = cue(k)
        if tense < 0 and present_aux(words, k, inf):
            return False
        if tense:
            return tense < 0
        if inf.imperfect(words[k]):
            return True
    return False


def present_aux(words: Sequence[str], k: int, inf: Infinitive) -> bool:
    """Whether the past cue ``words[k]`` is a present here: "sont appelés à voter", "est prêt à"
    (être before a participle that is no verb of motion or state: "est arrivé à" is a past), "a
    l'intention de" (avoir before a noun); not after "s'" ("s'est engagé à")."""
    aux, after = words[k].lower(), words[k - 1].lower()
    if k + 1 < len(words) and words[k + 1].lower() in inf.reflexive:
        return False
    if aux in inf.have_present:
        return after in inf.determiners
    if aux in inf.be_present:
        stem = after.rstrip("s")
        stem = stem[:-1] if stem.endswith("e") and len(stem) > 2 else stem
        return stem not in inf.be_participles
    return False
