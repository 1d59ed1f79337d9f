"""Figures (``storyline.nlp.figures``) on short invented sentences, French and English.

Time expressions come from the real tagger (a figure never overlaps one); places are given by
hand, as the entity stage would place them.
"""

from __future__ import annotations

import math
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.dating.timex import tag
from storyline.model import AnnotatedArticle, Article, Mention, PubDate, Sentence
from storyline.nlp.figures import ELLIPSIS, NEXT, figures_of, value_span


def annotated(
    text: str, lang: str = "fr", places: tuple[str, ...] = (), published: PubDate | None = None
) -> AnnotatedArticle:
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s)|$)", text, re.M)]
    mentions = [
        Mention(m.start(), m.end(), p, "LOC") for p in places for m in re.finditer(re.escape(p), text)
    ]
    art = Article("a1", "a1.txt", "h1", text, lang, published or PubDate.unknown())
    timexes = tuple(tag(text, lang=lang, dct=date(2023, 2, 22)))
    return AnnotatedArticle(art, tuple(sentences), tuple(sorted(mentions, key=lambda m: m.start)), timexes)


def figs(text: str, lang: str = "fr", places: tuple[str, ...] = (), published: PubDate | None = None):
    found = figures_of(annotated(text, lang, places, published))
    for f in found:
        assert text[f.start : f.end] == f.text
    return found


def one(text: str, lang: str = "fr"):
    found = figs(text, lang)
    assert len(found) == 1, found
    return found[0]


def test_french_thousands_with_a_no_break_space_and_the_noun_after() -> None:
    f = one("La Norvasie compte 4\u00a0200 soldats norvasiens en Valdoria.")
    assert (f.value, f.unit, f.modifier, f.kind) == (4200, "soldat", "norvasien", "count")
    assert f.text == "4\u00a0200 soldats"
    assert f.low == 4150 and f.high == 4250  # rounded to the hundred
    assert f.confidence == NEXT


def test_qualifiers_bound_the_interval() -> None:
    assert one("Il y a environ 2 500 soldats.").qualifier == "about"
    over = one("Plus de 5 000 soldats ont été déployés.")
    assert over.qualifier == "over" and math.isinf(over.high) and over.text.startswith("Plus de")
    most = one("Jusqu'à 170.000 soldats étaient postés dans le pays.")
    assert (most.value, most.low, most.qualifier) == (170000, 0.0, "at_most")


def test_a_range_a_change_and_a_target() -> None:
    r = one("Le déploiement de 3000 à 3500 soldats supplémentaires est annoncé.")
    assert (r.low, r.high, r.qualifier, r.kind) == (3000, 3500, "range", "increment")
    c = one("Les effectifs passeraient de 4 200 à 3 000 soldats d'ici l'automne.")
    assert (c.previous, c.value, c.kind) == (4200, 3000, "target")
    down = one("Les effectifs iront de 4 200 à 3 000 soldats.")  # a range only goes up
    assert (down.previous, down.value) == (4200, 3000)
    assert figs("Lorvel a gagné 3-1 face à Castelmar, puis 3 à 1 contre Sarvane.") == []  # scores


def test_a_number_without_noun_takes_the_unit_of_the_figure_before() -> None:
    found = figs("La résolution a été adoptée par 164 voix contre 38, avec 9 abstentions.")
    assert [(f.value, f.unit) for f in found] == [(164, "voix"), (38, "voix"), (9, "abstention")]
    assert found[1].confidence == ELLIPSIS
    target = figs("Le contingent, qui comptait 4 200 hommes, sera ramené à 3 000 d'ici à la fin avril.")
    assert [(f.value, f.kind) for f in target] == [(4200, "count"), (3000, "target")]


def test_scales_percentages_currencies_and_rates() -> None:
    found = figs(
        "Le plan coûtera 4,5 milliards d'euros pour 1,5 million de barils par jour, soit 30 % des voix."
    )
    assert [(f.value, f.unit, f.modifier) for f in found] == [
        (4.5e9, "euro", ""),
        (1.5e6, "baril/jour", ""),
        (30, "%", "voix"),
    ]
    assert one("Le billet coûte 4 000 € cette année.").unit == "euro"


def test_numbers_in_words_and_approximate_nouns() -> None:
    found = figs("Trois soldats ont été tués et une quarantaine de civils blessés.")
    assert [(f.value, f.unit) for f in found] == [(3, "soldat"), (40, "civil")]
    assert found[1].qualifier == "about" and found[1].text == "une quarantaine de civils"
    assert found[1].modifier == "blesse"  # what befell them narrows the figure
    assert figs("Les deux pays ont signé.") == []  # a reference to things counted already


def test_a_distance_telling_where_a_place_is_is_no_figure() -> None:
    assert figs("Le drone a frappé à une quarantaine de kilomètres de Castelmar.") == []
    assert figs("The town lies 60 miles east of Lorvel.", "en") == []
    zone = one("Une zone d'exclusion de 20 km a été décrétée.")
    assert (zone.value, zone.unit) == (20, "kilometre")


def test_what_is_not_a_figure() -> None:
    text = (
        "Le drone a frappé vers 4 h 30 le 13 janvier 2023. Leur chef, âgé de 52 ans, était visé. "
        "La résolution 2334 reste en vigueur. Le Covid-19 a frappé le pays. Il est arrivé 1er. "
        "Le Boeing 737 a décollé. Le vote a eu lieu en 2019."
    )
    assert figs(text) == []


def test_the_sentence_date_and_its_places_come_with_the_figure() -> None:
    text = "En 2019, quelque 1 000 soldats se sont retirés de Syrie."
    f = figs(text, places=("Syrie",))[0]
    assert f.when == "2019" and f.places == ("Syrie",)
    assert text[f.sentence_start : f.sentence_end] == text


PUBLISHED = PubDate(date(2023, 2, 22), "day", 0.9)


def test_a_date_opening_a_time_that_runs_to_now_or_the_present_nearest_is_not_the_figure_s() -> None:
    assert one("La Norvasie maintient depuis 2017 quelque 4 200 militaires en Valdoria.").when == ""
    assert one("Since 2014, Norvasia has kept 4,200 troops in Valdoria.", "en").when == ""
    present = one("La Norvasie a jusqu'à présent maintenu 4 200 soldats, arrivés en 2017.")
    assert present.when == ""
    assert one("En 2017, la Norvasie a envoyé 4 200 soldats.").when == "2017"  # no "depuis": then
    clause = one("L'Alliance a mené 2 000 missions depuis qu'elle a pris le commandement le 31 janvier.")
    assert clause.when == ""
    assert one("Rescuers have saved 132 people since the earthquake 11 days ago.", "en").when == ""
    assert one("Depuis, la Norvasie a envoyé 3 000 soldats en 2017.").when == "2017"  # "depuis" alone


def test_a_figure_told_in_the_past_after_a_sentence_of_an_earlier_time_is_of_that_time() -> None:
    text = (
        "La Norvasie a occupé la Valdoria de 2003 à 2011. Au plus fort de cette occupation, "
        "jusqu'à 90 000 soldats étaient postés dans le pays.\n"
        "Aujourd'hui, la Norvasie y maintient 4 200 soldats."
    )
    old, now = figs(text, published=PUBLISHED)
    assert old.when == "2011" and old.when_evidence == "told in the past right after a sentence of 2003, 2011"
    assert now.when == "2023-02-22" and now.when_evidence == ""


def test_what_keeps_a_figure_of_its_article_s_time() -> None:
    earlier = "La Norvasie a envoyé ses premiers soldats en 2003."
    # told in the present: the frame of the sentence before does not hold
    assert figs(earlier + " La Norvasie compte 4 200 soldats en Valdoria.", published=PUBLISHED)[0].when == ""
    # another paragraph
    assert figs(earlier + "\nQuelque 4 200 soldats ont été déployés.", published=PUBLISHED)[0].when == ""
    # the sentence before tells of the article's time too
    both = "La Norvasie a envoyé des soldats en 2003, et de nouveau hier. Quelque 4 200 soldats sont arrivés."
    assert figs(both, published=PUBLISHED)[0].when == ""
    # an article of unknown date: nothing is earlier
    assert figs(earlier + " Quelque 4 200 soldats ont été déployés.")[0].when == ""
    assert figs(earlier + " Quelque 4 200 soldats ont été déployés.", published=PUBLISHED)[0].when == "2003"


def whens(text: str, lang: str = "fr") -> list[str]:
    return [f.when for f in figs(text, lang, published=PUBLISHED)]


def test_since_ends_at_a_number_a_name_or_punctuation() -> None:
    # the nearest date is a "depuis" one: of now, not the comparison's year
    assert whens("La Norvasie compte 2 500 soldats en Valdoria depuis janvier, contre 4 200 en 2019.") == [
        "",
        "2019",
    ]
    assert whens("Norvasia has kept 2,500 troops there since January, down from 5,000 in 2019.", "en") == [
        "",
        "2019",
    ]
    # "depuis" of a place, "since" of a cause
    assert whens("Les 3 000 soldats arrivés depuis Paris en 2019 sont repartis.") == ["2019"]
    assert whens("Le vol depuis Kigali le 3 février transportait 200 passagers.") == ["2023-02-03"]
    assert whens("Since 9,000 troops were withdrawn in 2019, the base has stood empty.", "en") == ["2019"]
    # a name that owns what follows opens a time, not a place
    assert whens("Since Norvasia's independence in 1991, 3,000 troops have guarded the border.", "en") == [""]
    assert whens("Since Paris' decision in 2019, 300 soldiers have stayed.", "en") == [""]


def test_what_the_sentence_before_does_not_date() -> None:
    occupied = "La Norvasie a occupé la Valdoria de 2003 à 2011. "
    # a figure of a sentence with a time of its own, a "depuis" one or a clock time among them
    assert whens(occupied + "Depuis 2012, 4 000 soldats ont été rapatriés.") == [""]
    assert whens(occupied + "Ce matin, 300 personnes ont été évacuées.") == ["2023-02-22"]
    assert whens(occupied + "À 10 h 30, 300 personnes ont été évacuées.") == ["2023-02-22"]
    # a sentence before with a time running to now, or the present
    assert whens("La Norvasie est présente en Valdoria depuis 2003. Elle y a déployé 2 500 soldats.") == [""]
    assert whens("Norvasia has been in Valdoria since 2003. It has deployed 2,500 troops.", "en") == [""]
    assert whens(
        "Occupée de 2003 à 2011, la Valdoria est à présent souveraine. Elle a accueilli 3 000 réfugiés."
    ) == [""]
    # the past of a speech verb is not the figure's: its clause is in the present
    assert whens(occupied + "Le ministre a indiqué que 2 500 soldats restent en Valdoria.") == [""]
    assert whens("Norvasia left Valdoria in 2011. The minister said 2,500 troops remain there.", "en") == [""]
    assert whens("Il a été élu en 2019. Il a annoncé que 4 200 soldats seraient rapatriés.") == [""]
    # a date with its clock time before: the day, not the time
    assert whens("Le 3 janvier à 10 heures, la crue a commencé. Quelque 300 maisons ont été détruites.") == [
        "2023-01-03"
    ]


def test_a_figure_keeps_the_past_of_its_own_verb_across_commas_and_relative_clauses() -> None:
    occupied = "La Norvasie a occupé la Valdoria de 2003 à 2011. "
    assert whens(occupied + "Quelque 90 000 soldats, selon l'armée, étaient postés dans le pays.") == ["2011"]
    assert whens(occupied + "Quelque 90 000 soldats (selon l'armée) étaient postés dans le pays.") == ["2011"]
    assert whens(occupied + "Les 90 000 soldats qui y étaient postés ont été rapatriés.") == ["2011"]
    assert whens(occupied + "Autrefois, 90 000 soldats étaient postés.") == [
        "2011"
    ]  # a time that places nothing
    english = (
        "Norvasia occupied Valdoria from 2003 to 2011. The 90,000 troops who were stationed there came home."
    )
    assert whens(english, "en") == ["2011"]
    # a "depuis" clause holding a name or a number is still one
    assert whens("Depuis le début du conflit en Syrie en 2011, plus de 500 000 personnes ont été tuées.") == [
        ""
    ]
    assert whens("Depuis les deux attentats de janvier, 3 000 soldats patrouillent dans les rues.") == [""]


def test_value_span_reads_the_calendar_values() -> None:
    assert value_span("2011") == (date(2011, 1, 1), date(2011, 12, 31))
    assert value_span("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert value_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert value_span("2023-12") == (date(2023, 12, 1), date(2023, 12, 31))
    assert value_span("2020-W01") == (date(2019, 12, 30), date(2020, 1, 5))
    assert value_span("2011-02-24TNI") == (date(2011, 2, 24), date(2011, 2, 24))
    assert value_span("2019-Q3") == (date(2019, 1, 1), date(2019, 12, 31))
    assert value_span("PRESENT_REF") is None and value_span("XXXX-01-25") is None
    assert value_span("2011-02-30") is None and value_span("10000") is None


def test_english_modifiers_come_before_the_noun() -> None:
    found = figs(
        "The Pentagon said 5,200 American troops remain, while 300 more troops and some 500 police "
        "officers arrived; 12 people killed.",
        "en",
    )
    assert [(f.value, f.unit, f.modifier, f.kind) for f in found] == [
        (5200, "soldier", "american", "count"),
        (300, "soldier", "", "increment"),
        (500, "officer", "police", "count"),
        (12, "people", "killed", "count"),
    ]
    assert found[2].qualifier == "about"


def test_english_currency_signs_ranges_and_rates() -> None:
    found = figs(
        "BP set aside $4.5 billion as up to 5,000 barrels a day, between 35,000 and 60,000 barrels, leaked.",
        "en",
    )
    assert [(f.value, f.unit, f.qualifier) for f in found] == [
        (4.5e9, "dollar", ""),
        (5000, "barrel/day", "at_most"),
        (47500, "barrel", "range"),
    ]
    assert found[0].text == "$4.5 billion"
    change = one("The force was cut from 5,200 to 2,500 troops.", "en")
    assert (change.previous, change.value, change.kind) == (5200, 2500, "target")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "2 500",
                "4\u00a0200",
                "170.000",
                "1,5",
                "million",
                "de",
                "soldats",
                "troops",
                "%",
                "€",
                "$",
                "à",
                "entre",
                "et",
                "plus de",
                "environ",
                "deux",
                "une quarantaine",
                "contre",
                "passer",
                ",",
                ".",
                "2019",
                "Irak",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["fr", "en"]),
)
def test_never_raises_and_spans_slice_the_text(words: list[str], lang: str) -> None:
    text = " ".join(words)
    for f in figures_of(annotated(text, lang)):
        assert text[f.start : f.end] == f.text
        assert f.low <= f.value <= f.high
        assert f.unit


def test_a_clock_time_heading_a_live_report_entry_is_no_figure() -> None:
    text = (
        "1522 President Ana Lind says the aid will arrive.\n23.24 BST Flood waters rise in Corvel.\n"
        "1602 The Red Cross sends 40 tents.\n1615 Rescue teams reach Corvel."
    )
    assert [f.text for f in figs(text, "en")] == ["40 tents"]
    # one sentence opening with such a number is a count: no live report around it
    assert [f.value for f in figs("2000 US troops will stay in the country.", "en")] == [2000]
    assert [f.value for f in figs("1500 Syriens ont franchi la frontière lundi.")] == [1500]


def test_a_distance_still_lends_its_unit_to_the_number_after_it() -> None:
    found = figs("Le convoi a parcouru 40 km vers le nord et 25 vers le sud.")
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (40, "kilometre", "measure"),
        (25, "kilometre", "measure"),
    ]


def test_a_magnitude_is_what_its_number_measures() -> None:
    for text, lang, written in (
        ("A 6.8 magnitude quake struck Corvel, killing 40 people.", "en", "6.8 magnitude"),
        ("It was a magnitude 6.8 earthquake that killed 40 people.", "en", "magnitude 6.8"),
        ("Un séisme de magnitude 6,8 a frappé Corvel, tuant 40 personnes.", "fr", "magnitude 6,8"),
        ("A 6.8-magnitude quake struck Corvel, killing 40 people.", "en", "6.8-magnitude"),
        ("A magnitude-6.8 quake struck Corvel, killing 40 people.", "en", "magnitude-6.8"),
        ("The quake, of magnitude of 6.8, struck Corvel, killing 40 people.", "en", "magnitude of 6.8"),
        ("Un séisme d'une magnitude de 6,8 a frappé Corvel, tuant 40 personnes.", "fr", "magnitude de 6,8"),
    ):
        quake, dead = figs(text, lang)
        assert (quake.text, quake.value, quake.unit, quake.kind) == (written, 6.8, "magnitude", "measure")
        assert dead.value == 40 and dead.kind == "count"


def test_a_number_hyphenated_to_a_word_is_no_count_unless_it_measures() -> None:
    found = figs("A 10-year-old boy and 3 women were rescued from the F-16 crash site.", "en")
    assert [(f.value, f.unit) for f in found] == [(3, "woman")]


def test_a_count_after_the_magnitude_of_stays_a_count() -> None:
    for text, lang, unit in (
        ("The magnitude of 10,000 job cuts stunned Corvel.", "en", "cut"),
        ("The magnitude of 40% cuts stunned Corvel.", "en", "%"),
        ("La magnitude de 300 victimes a surpris Corvel.", "fr", "victime"),
        ("The magnitude of 3 million job losses stunned Corvel.", "en", "loss"),
    ):
        (found,) = figs(text, lang)
        assert found.unit == unit and found.kind == "count"


def test_scales_glued_to_the_digits() -> None:
    aid = one("Norvasia pledged $100m to Valdoria.", "en")
    assert (aid.value, aid.unit, aid.text) == (100_000_000, "dollar", "$100m")
    assert one("Norvasia pledged $ 4.5bn .", "en").value == 4_500_000_000  # tokenised text
    assert (one("Reserves hold 4bn barrels.", "en").value, one("Donors gave £20m.", "en").unit) == (
        4_000_000_000,
        "pound",
    )
    # "m" is a million after a currency sign only: "100m" alone is a distance
    assert figs("She won the 100m race in Vessa.", "en") == []
    assert [f.value for f in figs("Le 1er mars, 300 soldats sont partis.")] == [300]


def test_as_many_as_bounds_from_above() -> None:
    f = one("As many as 200,000 people died in the quake.", "en")
    assert (f.value, f.qualifier, f.low) == (200_000, "at_most", 0.0)
    assert f.text.startswith("As many as")


def test_and_inside_a_number_in_words_or_between_two() -> None:
    assert [(f.value, f.low, f.high) for f in figs("Il y a eu entre trois cents et quatre cents morts.")] == [
        (350, 300, 400)
    ]
    assert [f.value for f in figs("Vingt et un soldats et vingt-deux marins sont morts.")] == [21, 22]
    assert [f.value for f in figs("Three hundred and four people died.", "en")] == [304]
    assert [(f.low, f.high) for f in figs("Between twenty and thirty soldiers left.", "en")] == [(20, 30)]
    assert [f.value for f in figs("Trente et une personnes sont mortes.")] == [31]
    quake = "The gap between a magnitude five and a magnitude six earthquake is wide."
    assert [f.value for f in figs(quake, "en")] == [5, 6]  # "five and a" is no "vingt et un"


def test_a_range_that_leaves_its_first_thousands_unsaid() -> None:
    assert [(f.low, f.high) for f in figs("Il y a eu entre 10 et 20.000 morts.")] == [(10_000, 20_000)]
    assert [(f.low, f.high) for f in figs("Between 10 and 20,000 people fled.", "en")] == [(10_000, 20_000)]
    assert [(f.low, f.high) for f in figs("Il y a eu entre 10 et 15 morts.")] == [(10, 15)]
    assert [(f.low, f.high) for f in figs("Entre 30 et 2 000 soldats sont restés.")] == [(30, 2000)]


def test_what_the_review_found_in_numbers() -> None:
    # a sign one space away, with its scale apart (tokenised text), but not the sign of a number before
    assert [
        (f.value, f.unit) for f in figs("Norvasia pledged $ 4.37 m -LRB- # 2.7 m -RRB- in aid .", "en")
    ] == [(4_370_000, "dollar")]
    assert [f.text for f in figs("Le ticket coûte 1 € 90 pour 300 voyageurs.")] == ["1 €", "300 voyageurs"]
    # hyphenated words read only when plainly a sum; "et" and an article only in French
    assert [f.value for f in figs("Soixante-dix personnes sont mortes.")] == [70]
    assert [f.value for f in figs("Quatre-vingt-dix personnes sont mortes.")] == [90]  # not 34
    assert [f.value for f in figs("Soixante-dix-sept soldats ont été blessés.")] == [77]
    assert figs("Deux-trois blessés sont arrivés.") == []
    assert figs("Police arrested twenty and a court charged them.", "en") == []
    # the thousands left unsaid by a bound in words
    assert [(f.low, f.high) for f in figs("Entre deux et trois mille personnes ont fui.")] == [(2000, 3000)]
