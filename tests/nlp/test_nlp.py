"""Language identification, sentence spans and annotation of dated articles."""

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.model import Article, PubDate, Sentence
from storyline.nlp import spacy_pipeline
from storyline.nlp.annotate import _closing_quotes_back, annotate, split_sentences
from storyline.nlp.langid import identify
from storyline.nlp.spacy_pipeline import has_ner

FR = (
    "Le conseil municipal de Port-Vallon a voté jeudi la fermeture du vieux pont. "
    "« Nous n'avions pas le choix », a déclaré le maire, Hélène Dufresne, devant la presse."
    "\n\nLes travaux commenceront le 3 avril."
)
EN = (
    "The city council of Port Vallon voted on Thursday to close the old bridge. "
    '"We had no choice," the mayor, Helen Dufresne, told reporters.\n\nWork will start on April 3.'
)


def test_language_of_french_and_english_texts():
    assert identify(FR)[0] == "fr" and identify(EN)[0] == "en"
    assert identify("Oui.", hint="fr") == ("fr", 0.5)  # too short to tell: the hint stands
    assert identify("Oui.") == ("und", 0.0)


# a French page quoting Arabic posts with their translation (invented)
FR_QUOTING_AR = (
    "Les blogueurs de Miravel ont relayé mardi l'appel des étudiants, qui réclament la libération "
    "de leurs camarades.\n"
    "نطالب بالإفراج الفوري عن جميع الطلاب المعتقلين منذ بداية الاحتجاجات في الجامعة\n"
    "« Nous demandons la libération immédiate de tous les étudiants arrêtés depuis le début des "
    "manifestations », écrit l'un d'eux.\n"
    "لن نتوقف عن التظاهر حتى تستجيب الحكومة لمطالبنا العادلة والمشروعة\n"
    "Un autre ajoute qu'ils ne cesseront pas de manifester tant que le gouvernement n'aura pas "
    "répondu à leurs demandes.\n"
)


def test_a_page_quoting_another_script_keeps_the_language_most_of_it_is_in():
    # read whole, the other script outweighs its share of the text
    for hint in ("fr", None):
        lang, share = identify(FR_QUOTING_AR, hint)
        assert lang == "fr" and 0.5 < share < 1
    arabic = "\n".join(line for line in FR_QUOTING_AR.splitlines() if "ال" in line)
    assert identify(arabic, "fr")[0] != "fr"  # a text not in the stated language at all keeps its own


def test_sentences_never_cross_a_paragraph_break_and_are_trimmed():
    text = "Titre du jour\nPremière phrase.  \n\n Deuxième phrase."
    spans = split_sentences(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["Titre du jour", "Première phrase.", "Deuxième phrase."]


def test_a_split_after_a_word_or_a_comma_inside_a_line_is_undone() -> None:
    text = "Deux jours après la mort du chef Karim Sela, le maire a parlé.\nTitre sans point\nSuite."
    cut = text.index("Karim")
    spans = split_sentences(text, [(0, cut - 1), (cut, text.index("\n")), (text.index("\n") + 1, len(text))])
    assert [text[s.start : s.end] for s in spans] == [
        "Deux jours après la mort du chef Karim Sela, le maire a parlé.",
        "Titre sans point",  # a line break still ends a sentence
        "Suite.",
    ]
    after_comma = text.index("le maire")
    spans = split_sentences(text[:62], [(0, after_comma - 1), (after_comma, 62)])
    assert len(spans) == 1
    done = "Il a parlé. Puis il est parti."
    spans = split_sentences(done, [(0, 11), (12, len(done))])
    assert len(spans) == 2  # a finished sentence stays apart


def test_a_span_going_on_in_lower_case_joins_the_one_before_on_its_line() -> None:
    text = (
        "«Comment allez-vous tenir?», a-t-il demandé. Une salle se vide.\n"
        '"Why now?" he asked. It was 11,000 sq. kilometers wide.\nNo.\nit ends here. Next one.'
    )
    cuts = [0, *(m.end() for m in re.finditer(r"[?.]»?\"? |\n", text)), len(text)]
    spans = split_sentences(text, list(zip(cuts, cuts[1:], strict=False)))
    assert [text[s.start : s.end] for s in spans] == [
        "«Comment allez-vous tenir?», a-t-il demandé.",
        "Une salle se vide.",
        '"Why now?" he asked.',
        "It was 11,000 sq. kilometers wide.",
        "No.",
        "it ends here.",  # not across a line break
        "Next one.",
    ]


def test_an_opening_quote_split_off_goes_to_the_sentence_it_opens() -> None:
    text = "Le maire a parlé. «\u202fNous partirons\u202f», a-t-il dit. Il a ajouté : « Demain. »"
    quote = text.index("«")
    second = text.index("Nous")
    spans = split_sentences(text, [(0, quote - 1), (quote, quote + 1), (second, len(text))])
    assert [text[s.start : s.end] for s in spans][:2] == ["Le maire a parlé.", text[quote:]]
    dangling = "Il a dit. « Non. »"
    spans = split_sentences(dangling, [(0, 11), (12, len(dangling))])
    assert [dangling[s.start : s.end] for s in spans] == ["Il a dit.", "« Non. »"]


def test_a_closing_quote_split_off_goes_back_to_the_sentence_it_closes() -> None:
    text = 'Elle poursuit : "Au moins, nous étions protégées." Sally Zohney parle ensuite.'
    cut = text.index('" Sally')
    spans = split_sentences(text, [(0, cut), (cut, len(text))])
    assert [text[s.start : s.end] for s in spans] == [text[: cut + 1], "Sally Zohney parle ensuite."]
    opened = 'Il a dit non. " Nous refusons " a-t-il ajouté.'  # quotes spaced inside: this one opens
    cut = opened.index('"')
    spans = split_sentences(opened, [(0, cut - 1), (cut, len(opened))])
    assert [opened[s.start : s.end] for s in spans] == ["Il a dit non.", opened[cut:]]


def test_an_opening_bracket_split_off_goes_to_the_sentence_it_opens() -> None:
    text = "Fin du texte. [Liens en anglais] Selon des blogueurs, tout va bien."
    bracket = text.index("[")
    spans = split_sentences(text, [(0, bracket + 1), (bracket + 1, len(text))])
    assert [text[s.start : s.end] for s in spans] == ["Fin du texte.", text[bracket:]]


def test_a_semicolon_does_not_end_a_sentence() -> None:
    text = "Le texte interdit les frappes ; il limite les effectifs."
    cut = text.index("il limite")
    assert len(split_sentences(text, [(0, cut - 1), (cut, len(text))])) == 1


def _article(text: str, lang: str) -> Article:
    return Article("a1", "a1.txt", "h1", text, lang, PubDate(date(2031, 3, 7), "day", 0.9))


def test_french_annotation_has_sentences_entities_and_resolved_dates():
    [item] = annotate([_article(FR, "fr")])
    texts = [FR[s.start : s.end] for s in item.sentences]
    assert texts[-1] == "Les travaux commenceront le 3 avril."
    assert any(m.text == "Hélène Dufresne" and m.label == "PER" for m in item.mentions)
    values = {t.text: t.value for t in item.timexes}
    assert values["jeudi"] == "2031-03-06" and values["le 3 avril"] == "2031-04-03"
    assert all(FR[t.start : t.end] == t.text for t in item.timexes)


@pytest.mark.skipif(not has_ner("en"), reason="no English model: requirements-en-model.txt")
def test_english_annotation_has_sentences_entities_and_resolved_dates():
    [item] = annotate([_article(EN, "en")])
    assert any(m.text == "Helen Dufresne" and m.label == "PERSON" for m in item.mentions)
    assert len(item.sentences) >= 3 and Sentence(0, EN.index(".") + 1) == item.sentences[0]
    assert {t.value for t in item.timexes} >= {"2031-03-06", "2031-04-03"}


@pytest.mark.parametrize("model", [True, False])
def test_an_abbreviated_title_does_not_end_an_english_sentence(model, monkeypatch):
    text = (
        "The rebels advanced on Tuesday, said Lt. Col. Omar Hadek, a spokesman for the command. "
        "NATO Brig. Gen. Marc van Oort said the alliance would wait. Pressure on Pres. Dalton "
        "Reeve grew. Sgt. Faraj Ramdani said the city would hold."
    )
    if not model:
        monkeypatch.setitem(spacy_pipeline.MODELS, "en", ("no_such_package_here", "_model"))
    spacy_pipeline._model.cache_clear()
    spacy_pipeline.pipeline.cache_clear()
    try:
        [item] = annotate([_article(text, "en")])
    finally:
        monkeypatch.undo()
        spacy_pipeline._model.cache_clear()
        spacy_pipeline.pipeline.cache_clear()
    assert [text[s.start : s.end].split()[0] for s in item.sentences] == ["The", "NATO", "Pressure", "Sgt."]


def test_english_without_its_model_gets_sentences_from_a_blank_pipeline(monkeypatch):
    monkeypatch.setitem(spacy_pipeline.MODELS, "en", ("no_such_package_here", "_model"))
    spacy_pipeline._model.cache_clear()
    spacy_pipeline.pipeline.cache_clear()
    try:
        assert not has_ner("en")
        [item] = annotate([_article(EN, "en")])
        assert item.mentions == ()
        assert len(item.sentences) >= 3 and Sentence(0, EN.index(".") + 1) == item.sentences[0]
    finally:
        monkeypatch.undo()
        spacy_pipeline._model.cache_clear()
        spacy_pipeline.pipeline.cache_clear()


def test_other_languages_get_sentences_from_a_blank_pipeline():
    text = (
        "Der Stadtrat von Talbrunn hat am Donnerstag beschlossen, die alte Brücke zu schließen. "
        "Die Arbeiten beginnen im April."
    )
    assert not has_ner("de")
    [item] = annotate([_article(text, "de")])
    assert item.mentions == ()  # no trained German model is installed
    assert [text[s.start : s.end] for s in item.sentences][1] == "Die Arbeiten beginnen im April."


def _closing_quotes_back_by_rescanning(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rule read literally: count the line's straight quotes before each span afresh."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        between = text[out[-1][1] : start] if out else "\n"
        line = text.rfind("\n", 0, start) + 1
        mark = text[start : start + 1]
        closing = mark in "»”" or (mark == '"' and text[line:start].count('"') % 2 == 1)
        if out and closing and not between.strip() and "\n" not in between:
            out[-1] = (out[-1][0], start + 1)
            start += 1
            if not text[start:end].strip():
                continue
        out.append((start, end))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab "»”\n.', min_size=1, max_size=60), st.lists(st.integers(0, 60), max_size=8))
def test_closing_quotes_are_counted_once_over_the_text_as_by_rescanning(text, cuts):
    bounds = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    spans = list(zip(bounds, bounds[1:], strict=False))
    assert _closing_quotes_back(text, spans) == _closing_quotes_back_by_rescanning(text, spans)
