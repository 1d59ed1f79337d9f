"""Who the corpus says spoke the same words: a guessed speaker settled by other articles."""

from __future__ import annotations

from storyline.corpus.quote_consensus import agree
from storyline.model import Quote

WORDS = "Nos soldats resteront à Lorvel tant que la région le demandera, et pas un jour de moins"


def said(article: str, text: str, entity: str = "", confidence: float = 0.9, how: str = "") -> Quote:
    speaker = entity and f"le ministre {entity}"
    how = how or ("subject of the verb after the quotation" if confidence >= 0.7 else "pronoun 'il'")
    return Quote(
        article, 10, 10 + len(text), text, speaker, 200, 200 + len(speaker), entity, "a dit", how, confidence
    )


def test_a_pronoun_s_guess_takes_the_speaker_another_article_names():
    direct = said("a", WORDS, "Tomas Verhelst")
    guess = said("b", WORDS + " ! ", "Nadia Morel", 0.6)
    settled = agree([direct, guess])
    assert settled[0] == direct
    got = settled[1]
    assert (got.entity, got.speaker, got.speaker_article) == (
        "Tomas Verhelst",
        "le ministre Tomas Verhelst",
        "a",
    )
    assert (got.speaker_start, got.speaker_end) == (direct.speaker_start, direct.speaker_end)
    assert (got.article, got.start, got.end, got.text) == (guess.article, guess.start, guess.end, guess.text)
    assert got.confidence == 0.72
    assert "[a 200:226]" in got.how and "read here as 'le ministre Nadia Morel'" in got.how


def test_an_unattributed_quotation_gains_its_speaker():
    got = agree([said("a", WORDS, "Tomas Verhelst"), said("b", WORDS, confidence=0.0)])[1]
    assert got.entity == "Tomas Verhelst" and got.speaker_article == "a"


def test_a_part_and_the_whole_find_each_other_both_ways():
    part = "resteront à Lorvel tant que la région le demandera"
    assert agree([said("a", WORDS, "Tomas Verhelst"), said("b", part, "Nadia Morel", 0.4)])[1].entity == (
        "Tomas Verhelst"
    )
    assert agree([said("a", part, "Tomas Verhelst"), said("b", WORDS, "Nadia Morel", 0.4)])[1].entity == (
        "Tomas Verhelst"
    )


def test_the_same_speaker_gains_confidence_and_keeps_its_own_span():
    got = agree([said("a", WORDS, "Tomas Verhelst"), said("b", WORDS, "Tomas Verhelst", 0.4)])[1]
    assert got.confidence == 0.72 and got.speaker_article == ""
    assert got.how.startswith("pronoun 'il'; the same words attributed to")


def test_direct_attributions_stand_and_a_split_vote_changes_nothing():
    quotes = [said("a", WORDS, "Tomas Verhelst"), said("b", WORDS, "Nadia Morel")]
    assert agree(quotes) == quotes
    split = [*quotes, said("c", WORDS, "Ilan Sorel", 0.6)]
    assert agree(split) == split


def test_other_words_and_short_phrases_are_left_alone():
    other = said(
        "b", "Les premiers chantiers commenceront avant l'été, dans toute la région de Lorvel", "X", 0.6
    )
    short = said("c", "tant que la région le demandera", "Y", 0.6)  # 6 words: a phrase, not a statement
    quotes = [said("a", WORDS, "Tomas Verhelst"), other, short]
    assert agree(quotes) == quotes
    assert agree([]) == []


def test_the_same_words_named_elsewhere_in_the_article_keep_the_span_in_it():
    direct = said("a", WORDS, "Tomas Verhelst")
    got = agree([said("a", WORDS, confidence=0.0), direct])[0]
    assert got.entity == "Tomas Verhelst" and got.speaker_article == ""  # the span is in "a" itself
    assert "elsewhere in this article 200:226" in got.how


def test_a_speaker_named_next_to_its_quotation_is_never_overruled():
    role = said(
        "b", WORDS, "Nadia Morel", 0.6, how="subject of the verb after the quotation; a role the corpus gives"
    )
    selon = said("c", WORDS, "Ilan Sorel", 0.58, how="source named by 'selon'")
    quotes = [said("a", WORDS, "Tomas Verhelst"), said("d", WORDS, "Tomas Verhelst"), role, selon]
    assert agree(quotes) == quotes


def test_the_articles_vote_not_their_quotations():
    twice = [said("a", WORDS, "Tomas Verhelst"), said("a", WORDS + " encore", "Tomas Verhelst")]
    others = [said("b", WORDS, "Nadia Morel"), said("c", WORDS, "Nadia Morel")]
    got = agree([*twice, *others, said("d", WORDS, confidence=0.0)])[-1]
    assert got.entity == "Nadia Morel" and got.speaker_article == "b"  # two articles against one


def test_settled_quotations_neither_vote_nor_settle_again():
    once = agree([said("a", WORDS, "Tomas Verhelst"), said("b", WORDS, confidence=0.0)])
    assert agree([*once, said("c", WORDS, confidence=0.0)])[2].speaker_article == "a"
    assert agree(once) == once


def test_a_stock_phrase_many_share_does_not_hide_the_statement():
    stock = "Nous suivons la situation de très près avec nos partenaires"
    crowd = [said(f"x{n}", f"{stock}, a-t-on dit à Lorvel le {n}", f"Porte-parole {n}") for n in range(60)]
    statement = f"{stock} et nos soldats resteront à Lorvel tant que la région le demandera"
    quotes = [*crowd, said("a", statement, "Tomas Verhelst"), said("b", statement, confidence=0.0)]
    assert agree(quotes)[-1].entity == "Tomas Verhelst"
