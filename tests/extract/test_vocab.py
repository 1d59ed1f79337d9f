"""The quick tests in front of the furniture regexes answer as the regexes themselves would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.lines import Line, clean, line_reason
from storyline.extract.vocab import (
    _LEADING,
    _TRAILING,
    _any_of,
    _splits,
    bare,
    found,
    normalise,
    starts_rule,
    tokens,
    vocab,
    word_keys,
)

#: Text made of what the furniture vocabulary looks at: letters, digits, bullets, punctuation.
LINES = st.text(alphabet=st.sampled_from("ab é-–|•·:.,;… «»'\u00a0©()/0123456789"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_bare_skips_the_regexes_only_when_they_would_change_nothing(text: str) -> None:
    norm = normalise(text)
    assert bare(norm) == _TRAILING.sub("", _LEADING.sub("", norm))


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_clean_is_the_same_with_or_without_its_quick_test(text: str) -> None:
    slow = re.sub(r"[ \t\r\f\v]{2,}|[\t\r\f\v]", " ", text).strip()
    assert clean(text) == slow


def test_a_top_level_alternation_is_told_from_one_inside_a_group_or_class() -> None:
    assert _splits(r"^a|b")
    assert not _splits(r"^(?:a|b)")
    assert not _splits(r"^[|]x")
    assert not _splits(r"^a\|b")


def test_grouped_patterns_find_what_one_union_finds() -> None:
    patterns = [r"^follow\b", r"\bphotos?\s*:", r"\((?:l|r)\)", r"^a|b$", r"/\s*afp\b"]
    union = re.compile("|".join(f"(?:{p})" for p in patterns))
    grouped = _any_of(patterns)
    for text in ["follow us", "la photo : x", "x (l) y", "ab", "zzb", "ba", "image / afp", "afp", "x follow"]:
        assert found(grouped, text) == bool(union.search(text)), text


def test_a_phrase_found_leaves_its_key_among_the_line_tokens() -> None:
    phrases = ["mis à jour le", "publié", "agence france-presse"]
    keys = word_keys(phrases)
    assert keys == frozenset({"jour", "publié", "agence"})
    for line in ["Mis à jour le 3 mars", "— publié : hier", "(Agence France-Presse)"]:
        assert not keys.isdisjoint(tokens(normalise(line)))
    assert word_keys(["©"]) is None  # no letters: no quick test


def test_rule_beginnings_are_found_by_their_first_character() -> None:
    v = vocab("fr")
    some = next(iter(v.starts.values()))[0]
    assert starts_rule(v, some + " la suite")
    assert not starts_rule(v, "zzz " + some)


def test_reading_time_and_posting_lines_are_named_in_each_language() -> None:
    cases = [
        ("fr", "Temps de lecture : 3 min.", "reading time"),
        ("fr", "5 min de lecture", "reading time"),
        ("en", "4 min read", "reading time"),
        ("de", "Lesezeit: ca. 3 Minuten", "reading time"),
        ("fr", "Mis en ligne le 12 mars 2031 à 10h", "date line"),
        ("fr", "Article mis à jour le 6 et le 7 juillet 2031", "date line"),
        ("fr", "La lecture du rapport a pris 3 minutes au ministre devant les députés.", None),
    ]
    for lang, text, reason in cases:
        assert line_reason(Line.make(1, text, 0), vocab(lang)) == reason, text


def test_a_stamp_with_its_update_and_outlet_is_a_date_line_and_a_sentence_is_not() -> None:
    v = vocab("fr")
    stamp = (
        "Le Courrier de Merle avec AFP Publié le 25 mars 2031 à 17h33 - Mis à jour le 25 mars 2031 à 17h34"
    )
    assert line_reason(Line.make(1, stamp, 0), v) == "date line"
    sentence = (
        "Le rapport du port de Merle, mis à jour le 25 mars 2031 par la préfecture, "
        "fait état de quarante navires bloqués depuis le début de la grève des dockers"
    )
    assert line_reason(Line.make(1, sentence, 0), v) is None


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("fr", "© 2005-2031 editions du quai. tous droits réservés.", "editions du quai"),
        ("fr", "© 2031 gazette du quai all rights reserved", "gazette du quai"),  # the fallback's phrase
        ("it", "copyright 2031 gazzetta di miravel riproduzione riservata", "gazzetta di miravel"),
        ("pt", "copyright © 2031 jornal do cais | todos os direitos reservados", "jornal do cais"),
        ("de", "(c) 2031 talbrunner anzeiger alle rechte vorbehalten", "talbrunner anzeiger"),
        ("pl", "copyright 2031 gazeta portowa wszelkie prawa zastrzeżone", "gazeta portowa"),
        ("en", "copyright © 2031 the harbour times", "the harbour times"),  # not "copyright", before ©
    ],
)
def test_a_copyright_line_names_its_site_in_every_language_with_data(lang: str, line: str, name: str) -> None:
    found = [m for pattern in vocab(lang).outlets if (m := pattern.match(line))]
    assert found and found[0].group("outlet").strip() == name
