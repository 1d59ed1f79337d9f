"""Mention cleaning and roles, on sentences written for these tests (invented people and places)."""

from __future__ import annotations

import pytest

from storyline.corpus.coref import link_article
from storyline.model import Mention, NameMention
from storyline.nlp.acronyms import definitions, initials_match
from storyline.nlp.mentions import clean_mentions, clean_one
from storyline.nlp.roles import role_after, role_before


def mention(text: str, span: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label)


def test_honorific_split_off_without_a_role():
    text = "Hier, M. Verhelst a quitté Lorvel."
    m = clean_one(text, mention(text, "M. Verhelst", "PER"), "fr")
    assert m is not None and m.text == "Verhelst" and m.role == ""


def test_title_in_the_span_becomes_the_role():
    text = "Le Premier ministre Élias Marandi a parlé."
    m = clean_one(text, mention(text, "Premier ministre Élias Marandi", "PER"), "fr")
    assert m is not None and m.text == "Élias Marandi"
    assert m.role == "Premier ministre"
    assert text[m.role_start : m.role_end] == "Premier ministre"


def test_role_before_the_name_with_its_complement():
    text = "Selon le secrétaire valdorien à la Défense Tomas Verhelst, rien ne change."
    start = text.index("Tomas")
    role = role_before(text, start, "fr")
    assert role is not None and role.text == "secrétaire valdorien à la Défense"
    assert text[role.start : role.end] == role.text


@pytest.mark.parametrize(
    ("text", "name", "lang", "role"),
    [
        (
            "La crise ouverte par le Premier ministre valdorien, Élias Marandi, dure.",
            "Élias",
            "fr",
            "Premier ministre valdorien",
        ),
        (
            "« Rien n'est décidé », a déclaré le porte-parole du gouvernement, Rami Achour, lundi.",
            "Rami",
            "fr",
            "porte-parole du gouvernement",
        ),
        (
            "A spokesman for the ministry, Ada Bell, said on Monday that talks went on.",
            "Ada",
            "en",
            "spokesman for the ministry",
        ),
        # the comma closes a source, or the title's own holder came first: no apposition
        ("D'après le ministre de l'Information, Rami Achour a quitté la ville.", "Rami", "fr", None),
        ("According to the spokesman for the ministry, Ada Bell left the city.", "Ada", "en", None),
        ("Le fils du colonel Osman, Karim, a parlé.", "Karim", "fr", None),
        ("Le ministre Tomas Verhelst, Élias Marandi et les élus ont parlé.", "Élias", "fr", None),
        ("Devant le ministre de la Défense, Tomas Verhelst a défendu le budget.", "Tomas", "fr", None),
        (
            "Le porte-parole de la Maison Blanche, Jen Psaki, a répondu.",
            "Jen",
            "fr",
            "porte-parole de la Maison Blanche",
        ),
    ],
)
def test_a_title_then_a_comma_then_a_name_is_an_apposition(text, name, lang, role):
    found = role_before(text, text.index(name), lang)
    assert (found.text if found else None) == role
    if found:
        assert text[found.start : found.end] == found.text


def test_no_role_across_a_verb_or_for_a_place():
    text = "Le ministre a rencontré Tomas Verhelst. L'ambassadeur de Norvasie est parti."
    assert role_before(text, text.index("Tomas"), "fr") is None
    assert role_before(text, text.index("Norvasie"), "fr") is None


def test_former_role_in_apposition():
    text = "Anouar Belkessa, l'ancien ministre de la Défense, a démenti."
    role = role_after(text, len("Anouar Belkessa"), "fr")
    assert role is not None and role.former and role.text.startswith("ministre de la Défense")


def test_model_errors_are_dropped():
    text = "Mardi, les Valdoriens ont voté.\nPhoto : Claire Anselmet\nLe ministre de la Défense a signé."
    dropped = [
        mention(text, "Mardi", "PER"),
        mention(text, "Valdoriens", "LOC"),
        mention(text, "Claire Anselmet", "PER"),
        mention(text, "ministre de la Défense", "ORG"),
    ]
    assert clean_mentions(text, dropped, "fr") == []


def test_place_after_en_is_not_a_person_and_joined_places_split():
    text = "La mission en Valdoria part de Dar el-Mina à Castelmar."
    found = clean_mentions(
        text, [mention(text, "Valdoria", "PER"), mention(text, "Dar el-Mina à Castelmar", "LOC")], "fr"
    )
    expected = [("Valdoria", "LOC"), ("Dar el-Mina", "LOC"), ("Castelmar", "LOC")]
    assert [(m.text, m.label) for m in found] == expected


def test_missed_repeats_and_surnames_are_added():
    text = "Rami Achour est arrivé. Plus tard, Achour a parlé avec Rami Achour."
    found = clean_mentions(text, [mention(text, "Rami Achour", "PER")], "fr")
    assert [m.text for m in found] == ["Rami Achour", "Achour", "Rami Achour"]
    assert [m.source for m in found] == ["ner", "repeat", "repeat"]


def test_acronym_definitions():
    assert initials_match("FUS", "Front uni de Sarvane")
    assert initials_match("EI", "État islamique")
    assert not initials_match("FUS", "Parti de la Renaissance")
    text = "Le Front uni de Sarvane (FUS) a gagné. Le FUS gouverne."
    found = clean_mentions(text, [mention(text, "Front uni de Sarvane", "ORG")], "fr")
    assert [m.text for m in found] == ["Front uni de Sarvane", "FUS", "FUS"]
    assert [(d[0].text, d[1]) for d in definitions(text, found)] == [("Front uni de Sarvane", "FUS")]


def test_person_span_swallowing_a_place_or_an_adjective_is_cut():
    text = "Le syrien Karim Ferhat a fui Mourad Senni à Castelmar, dit-on."
    found = clean_mentions(
        text,
        [mention(text, "syrien Karim Ferhat", "PER"), mention(text, "Mourad Senni à Castelmar", "PER")],
        "fr",
    )
    assert [(m.text, m.label) for m in found] == [
        ("Karim Ferhat", "PER"),
        ("Mourad Senni", "PER"),
        ("Castelmar", "LOC"),
    ]


def test_a_long_line_saying_photos_is_running_text_not_a_credit():
    text = (
        "Le blogueur écrit : « Karim Ferhat est tombé, il ne reste de Ferhat que deux photos : "
        "une photo de sa fuite et une de son palais ; Ferhat ne voyait pas son peuple, il le "
        "méprisait, et les habitants de Castelmar s'en souviennent chaque jour depuis longtemps. »\n"
        "Photo : Claire Anselmet"
    )
    found = clean_mentions(
        text,
        [mention(text, "Karim Ferhat", "PER"), mention(text, "Ferhat", "PER", 2)]
        + [mention(text, "Castelmar", "LOC"), mention(text, "Claire Anselmet", "PER")],
        "fr",
    )
    assert [m.text for m in found] == ["Karim Ferhat", "Ferhat", "Ferhat", "Castelmar"]


def test_found_names_in_capitals_and_after_an_elided_article_are_added():
    text = (
        "Les élections en Évrania ont lieu demain ; les Frères libres de l'Évrania votent.\n"
        "@tomas: L'ÉVRANIA SE LÈVE CONTRE LES FRÈRES LIBRES ! EVRANIA LIBRE\n"
        "Mosa'Évrania n'est pas un nom."
    )
    found = clean_mentions(
        text, [mention(text, "Évrania", "LOC"), mention(text, "Frères libres", "ORG")], "fr"
    )
    assert [(m.text, m.source) for m in found] == [
        ("Évrania", "ner"),
        ("Frères libres", "ner"),
        ("Évrania", "repeat"),
        ("ÉVRANIA", "repeat"),
        ("FRÈRES LIBRES", "repeat"),
        ("EVRANIA", "repeat"),
    ]


def test_nationality_word_after_a_determiner_leaves_the_name():
    text = (
        "Ni le Valdorien Tomas Verhelst ni l'Évranien Ferhat ne viendront. La femme de Julien Morel dit non."
    )
    found = clean_mentions(
        text,
        [
            mention(text, "Valdorien Tomas Verhelst", "PER"),
            mention(text, "l'Évranien Ferhat", "PER"),
            mention(text, "Julien Morel", "PER"),
        ],
        "fr",
    )
    assert [m.text for m in found] == ["Tomas Verhelst", "Ferhat", "Julien Morel"]


def test_a_bracketed_insertion_inside_a_name_is_kept_whole():
    text = "Il n'y aura plus de Frères [Libres] ici, lui [Ferhat] non plus."
    found = clean_mentions(
        text, [mention(text, "Frères [Libres", "ORG"), mention(text, "[Ferhat]", "PER")], "fr"
    )
    assert [m.text for m in found] == ["Frères [Libres]", "Ferhat"]
    locals_ = link_article(
        "a",
        text + " Les Frères libres votent.",
        found + [NameMention(len(text) + 5, len(text) + 18, "Frères libres", "ORG")],
        "fr",
    )
    assert sorted(len(e.mentions) for e in locals_) == [1, 2]


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [
        # an aside the page glued to the name, its bracket closed far on or in the span
        (
            "Près de la maison de Hadidi[détruite par un drone en 2019] se tenait la foule.",
            "Hadidi[détruite",
            "LOC",
            "Hadidi",
        ),
        ("À Castelmar(ACP) la foule s'est dispersée dans la soirée.", "Castelmar(ACP)", "LOC", "Castelmar"),
        # an unclosed bracket after a space; an aside set apart and closed stays
        ("Le Front (uni de Sarvane a parlé hier soir.", "Front (uni de", "ORG", "Front"),
        ("L'Organisation (ONU) a parlé hier soir.", "Organisation (ONU)", "ORG", "Organisation (ONU)"),
    ],
)
def test_an_aside_glued_to_a_name_is_cut_off(text: str, span: str, label: str, name: str) -> None:
    found = clean_one(text, mention(text, span, label), "fr")
    assert found is not None and found.text == name


def test_found_names_in_lower_case_only_in_social_media_posts():
    text = (
        "Le président Karim Ferhat a parlé à Castelmar. Milliers de gens.\n"
        "@lina: le régime de ferhat bloque internet à castelmar #valdorie\n"
        "@tomas: des milliers dans la rue #valdorie\n"
        "La castelmar est une danse, dit-on."
    )
    found = clean_mentions(
        text,
        [mention(text, "Karim Ferhat", "PER"), mention(text, "Castelmar", "LOC")]
        + [mention(text, "Milliers", "PER")],
        "fr",
    )
    assert [(m.text, m.label) for m in found] == [
        ("Karim Ferhat", "PER"),
        ("Castelmar", "LOC"),
        ("Milliers", "PER"),
        ("ferhat", "PER"),
    ]


def test_a_ministry_portfolio_is_part_of_a_title_not_an_entity():
    from storyline.model import Mention
    from storyline.nlp.mentions import clean_mentions

    text = (
        "Le ministre valdorien de la Défense, Tomas Verhelst, a reçu des représentants des ministères "
        "de l'Energie et du Trésor. Il partira ensuite pour Défense-sur-Lac, puis pour la Norvalie."
    )

    def mention(word: str, label: str, occurrence: int = 0) -> Mention:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        return Mention(start, start + len(word), word, label)

    found = clean_mentions(
        text,
        [
            mention("la Défense", "LOC"),
            mention("Tomas Verhelst", "PER"),
            mention("Energie", "ORG"),
            mention("Trésor", "LOC"),
            mention("Défense-sur-Lac", "LOC"),
            mention("Norvalie", "LOC"),
        ],
        "fr",
    )
    names = {m.text for m in found}
    assert {"Tomas Verhelst", "Défense-sur-Lac", "Norvalie"} <= names
    assert not names & {"Défense", "la Défense", "Energie", "Trésor"}
    # after a portfolio, only joining words carry the title on: a verb ends it, and what it
    # acts on is an entity of its own
    for text, kept in (
        ("Le ministre valdorien de l'Intérieur saisit la Justice.", ["Justice"]),
        ("Les ministres de l'Intérieur et de la Justice sont arrivés.", []),
        ("Le ministère de l'Intérieur, de la Justice et des Cultes a parlé.", []),
        ("Le ministre du Travail, de l'Emploi et de la Justice, Jon Berg, a parlé.", []),
    ):
        at = text.index("Justice")
        found = clean_mentions(text, [Mention(at, at + 7, "Justice", "ORG")], "fr")
        assert [m.text for m in found] == kept, text


def test_the_state_of_a_state_department_or_secretary_is_part_of_the_title():
    from storyline.model import Mention
    from storyline.nlp.mentions import clean_mentions

    text = (
        "Le département d’État norvasien a reçu le secrétaire d'État valdorien Jon Berg. "
        "Selon le département d'État, l'État hébreu et l'État islamique en parlent. "
        "Le ministre a évoqué l'État norvasien. L'ex-ministre valdorien de la Justice et le "
        "secrétaire norvasien à la Défense sont arrivés."
    )
    spans = [
        (text.index("État norvasien"), "État norvasien"),
        (text.index("État valdorien"), "État valdorien"),
        (text.index("État hébreu"), "État hébreu"),
        (text.index("État islamique"), "État islamique"),
        (text.rindex("État norvasien"), "État norvasien"),
        (text.index("Justice"), "Justice"),
        (text.index("Défense"), "Défense"),
    ]
    found = clean_mentions(text, [Mention(at, at + len(w), w, "LOC") for at, w in spans], "fr")
    # the offices' "État" and portfolios go (after an adjective, "à", "ex-"); a name of its own
    # stays, as does a state after a clause's verb ("a évoqué")
    assert [(m.start, m.text) for m in found] == [spans[2], spans[3], spans[4]]
    # a state with its nationality word is the office's only right after it
    for text in (
        "Le ministre norvasien de la Défense visite l'État palestinien.",
        "Selon le ministre, l'État palestinien doit être reconnu.",
        "Selon le département d'État, l'État palestinien en parle.",
    ):
        at = text.index("État palestinien")
        kept = clean_mentions(text, [Mention(at, at + 16, "État palestinien", "LOC")], "fr")
        assert [m.text for m in kept] == ["État palestinien"], text


def test_brackets_and_quotes_of_tokenised_text_are_not_names():
    text = "Talbrunn Oil -LRB- Reuters -RRB- - Talbrunn chief met `` Ada Quill '' in Norbury -RRB- today ."
    assert clean_one(text, mention(text, "RRB", "PERSON"), "en") is None
    cases = {
        "RRB- - Talbrunn": "Talbrunn",
        "Ada Quill ''": "Ada Quill",
        "`` Ada Quill": "Ada Quill",
        "Norbury -RRB-": "Norbury",
    }
    for span, name in cases.items():
        m = clean_one(text, mention(text, span, "PERSON"), "en")
        assert m is not None and m.text == name, span
    board = "The RRB said on Monday that the Talbrunn line will reopen."
    m = clean_one(board, mention(board, "RRB", "ORG"), "en")
    assert m is not None and m.text == "RRB"  # an acronym, not a bracket


def test_english_titles_written_without_their_full_stop():
    for text, span in [
        ("Coast Guard Adm Thad Wren said the leak was capped.", "Adm Thad Wren"),
        ("Louisiana Gov Bo Jandal asked for more booms.", "Gov Bo Jandal"),
        ("Gov. Bo Jandal asked for more booms.", "Gov. Bo Jandal"),
    ]:
        m = clean_one(text, mention(text, span, "PERSON"), "en")
        assert m is not None and m.text == span.split(" ", 1)[1], span
        assert m.role.lower().startswith(("adm", "gov")), span


def test_an_abbreviated_title_the_model_took_into_a_name_is_cut_off():
    text = "NATO Brig. Gen. Marc van Oort said so. Maj. Gen. John Lorrimer agreed."
    m = clean_one(text, mention(text, "NATO Brig.", "ORG"), "en")
    assert m is not None and m.text == "NATO"
    assert clean_one(text, mention(text, "Maj.", "PERSON"), "en") is None
    m = clean_one(text, mention(text, "Gen. John Lorrimer", "PERSON"), "en")
    assert m is not None and (m.text, m.role) == ("John Lorrimer", "Gen.")


def test_a_person_span_with_numbers_is_trimmed_or_dropped():
    text = "The register lists Owain Prys 1806 and Mary Ellis 25-2-1873 , sung by the Rowan 5 ."
    for span, name in {"Owain Prys 1806": "Owain Prys", "Mary Ellis 25-2-1873": "Mary Ellis"}.items():
        m = clean_one(text, mention(text, span, "PERSON"), "en")
        assert m is not None and m.text == name, span
    assert clean_one(text, mention(text, "Rowan 5", "PERSON"), "en") is None  # a band, not a person
    listed = "Witnesses were George , Edward , Margaret and Lowri Hale, Jr. and Tom Vey, Sr."
    assert clean_one(listed, mention(listed, "George , Edward , Margaret", "PERSON"), "en") is None
    m = clean_one(listed, mention(listed, "Lowri Hale, Jr", "PERSON"), "en")
    assert m is not None and m.text == "Lowri Hale, Jr"


def test_no_role_for_the_person_a_clause_or_a_complement_names():
    cases = [
        ("A spokeswoman for Dr Ada Quill said the tests were late.", "en"),  # the spokeswoman's
        ("The prosecutor told Dr Ada Quill to sit down.", "en"),
        ("The estate asked Judge Mitchell Orr to sell Ada Quill's ranch.", "en"),
        ("Le porte-parole de M. Tomas Verhelst a démenti.", "fr"),
    ]
    for text, lang in cases:
        assert role_before(text, text.index("Ada" if lang == "en" else "Tomas"), lang) is None, text
    kept = [  # (text, name, language, role)
        ("the US Secretary of State Ada Quill", "Ada", "en", "Secretary of State"),
        (
            "le ministre des Affaires étrangères Tomas Verhelst",
            "Tomas",
            "fr",
            "ministre des Affaires étrangères",
        ),
        ("Judge Mitchell Orr ruled.", "Mitchell", "en", "Judge"),
    ]
    for text, name, lang, role in kept:
        found = role_before(text, text.index(name), lang)
        assert found is not None and found.text == role, text


def test_an_honorific_between_a_role_and_a_name_is_left_out_of_the_role():
    text = "The mayor Mr Tomas Verhelst opened the bridge."
    role = role_before(text, text.index("Tomas"), "en")
    assert role is not None and role.text == "mayor" and text[role.start : role.end] == "mayor"


def test_complements_with_capitalised_nouns_adjectives_and_dotted_honorifics():
    cases = [  # (text, name, language, role or None)
        (
            "le président du Haut Conseil d'Etat Karim Ferhat",
            "Karim",
            "fr",
            "président du Haut Conseil d'Etat",
        ),
        (
            "the minister of state for Middle East affairs Ada Quill",
            "Ada",
            "en",
            "minister of state for Middle East affairs",
        ),
        ("la ministre déléguée Mme Nadia Ferhat", "Nadia", "fr", "ministre déléguée"),
        ("le maire M. Tomas Verhelst", "Tomas", "fr", "maire"),
        ("the Director General Dr Ada Quill", "Ada", "en", "Director General"),
        ("le président Verhelst reçoit Karim Ferhat", "Karim", "fr", None),
    ]
    for text, name, lang, role in cases:
        found = role_before(text, text.index(name), lang)
        assert (found.text if found else None) == role, text


def test_a_person_span_loses_ages_ranges_and_dates_but_keeps_an_inverted_name():
    text = "Ada Quill 1806-1870, Tomas Vey, 45, Jean Dupré 12 mars 2031, Quill, Ada and the G20 met."
    for span, name in {
        "Ada Quill 1806-1870": "Ada Quill",
        "Tomas Vey, 45": "Tomas Vey",
        "Jean Dupré 12 mars 2031": "Jean Dupré",
        "Quill, Ada": "Quill, Ada",
    }.items():
        m = clean_one(text, mention(text, span, "PERSON"), "en")
        assert m is not None and m.text == name, span
    m = clean_one(text, mention(text, "G20", "ORG"), "en")
    assert m is not None and m.text == "G20"
