"""The plain-text furniture filter, on fictional pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import extract_text
from storyline.extract.lines import clean
from storyline.extract.text import split_lines
from storyline.model import Extracted

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def reasons(ex: Extracted) -> dict[str, str]:
    return {r.line: r.reason for r in ex.furniture}


@pytest.fixture(scope="module")
def fr() -> Extracted:
    return extract_text(load("fr_article.txt"))


@pytest.fixture(scope="module")
def en() -> Extracted:
    return extract_text(load("en_article.txt"))


def test_fr_keeps_every_body_paragraph(fr: Extracted) -> None:
    paragraphs = fr.text.split("\n\n")
    assert paragraphs[0].startswith("VILLEBRUNE (AFP) - Le port de commerce")
    assert paragraphs[-1].endswith("pour résorber le retard accumulé.")
    assert "« Nous avons trouvé un accord équilibré" in fr.text
    assert "Le ministre des Transports s'était rendu sur place" in fr.text
    assert len(paragraphs) == 6


def test_fr_keeps_subheading(fr: Extracted) -> None:
    assert "Des négociations difficiles" in fr.text.split("\n\n")


def test_fr_title_repeated_is_kept_once(fr: Extracted) -> None:
    title = "Le port de Villebrune rouvre après trois semaines de grève des dockers"
    assert fr.title == title
    assert title not in fr.text
    assert [r.line_no for r in fr.furniture if r.reason == "title"] == [8, 10]


def test_fr_furniture_reasons(fr: Extracted) -> None:
    got = reasons(fr)
    assert got["Accueil"] == "menu"
    assert got["Se connecter"] == "login"
    assert got["14 mars 2023"] == "date line"
    assert got["Par : Camille Fontaine | Mots clés : Villebrune, port, grève"] == "byline"
    credit = "Un cargo à quai dans le port de Villebrune. Photo : Paul Mercier/Agence Imaginaire"
    assert got[credit] == "caption"
    assert got["À lire aussi : Grève des dockers : les raisons d'une colère qui dure"] == "teaser"
    assert got["Publicité"] == "advertisement"
    assert got["Partager cet article"] == "share"
    assert got["Inscrivez-vous à notre newsletter quotidienne"] == "newsletter"
    assert got["© 2023 Le Courrier de Villebrune. Tous droits réservés."] == "copyright"


def test_fr_caption_in_another_language(fr: Extracted) -> None:
    english = [r for r in fr.furniture if r.line.startswith("Dock workers gather")]
    assert [r.reason for r in english] == ["caption"]
    assert "Dock workers" not in fr.text


def test_fr_repeated_truncated_teaser_is_dropped_once(fr: Extracted) -> None:
    repeated = [r for r in fr.furniture if r.reason == "repeated paragraph"]
    assert len(repeated) == 1
    assert repeated[0].line.endswith("un accord...")
    assert fr.text.count("Le port de commerce de Villebrune a rouvert mardi matin") == 1


def test_fr_metadata(fr: Extracted) -> None:
    assert fr.agency == "AFP"
    assert fr.outlet == "Le Courrier de Villebrune"
    assert fr.author == "Camille Fontaine"
    assert fr.meta_date is None


def test_en_page(en: Extracted) -> None:
    assert en.title == "Harbor city council approves new flood barrier plan"
    assert en.agency == "Reuters"
    assert en.author == "Jane Doe"
    assert en.outlet == "The Northport Gazette"
    got = reasons(en)
    assert got["Skip to content"] == "menu"
    assert got["Published March 3, 2021"] == "date line"
    assert got["By Jane Doe"] == "byline"
    assert got["Read more: Storms cost Northport businesses millions last winter"] == "teaser"
    assert got["Advertisement"] == "advertisement"
    assert got["Sign up for our daily newsletter"] == "newsletter"
    assert len(en.text.split("\n\n")) == 5
    assert en.text.endswith("the council said in a statement.")


def test_source_line_names_the_agency_and_domain_the_outlet() -> None:
    ex = extract_text(load("fr_source.txt"))
    assert ex.agency == "RADIO FICTIVE INTERNATIONALE"
    assert ex.outlet == "lecourrierfictif.fr"
    assert ex.title == "Les îles Célandes signent un accord de pêche avec leurs voisins"
    got = reasons(ex)
    assert got["SOURCE : RADIO FICTIVE INTERNATIONALE"] == "source line"
    assert got["lecourrierfictif.fr | Mis à jour le 05-06-2021"] == "date line"
    assert got["Retour en haut de la page"] == "menu"
    assert len(ex.text.split("\n\n")) == 4


_DOCKERS = (
    "Miravel : le port bloqué par les dockers\n\n"
    "Les dockers du port de Miravel ont bloqué mardi l'accès au terminal pour réclamer une hausse des "
    "salaires, a constaté notre correspondant sur place.\n\n"
    "Le mouvement, lancé à l'appel de deux syndicats, pourrait durer plusieurs jours selon les "
    "représentants des grévistes, qui dénoncent le gel des rémunérations depuis trois ans.\n\n"
)


@pytest.mark.parametrize(
    ("before", "after", "outlet"),
    [
        # a partner's widget above the page's own copyright: the copyright names the site
        (
            "Les derniers articles de Gazette-Partenaire.example\n",
            "© Copyright 2008-2031 Le Veilleur\n",
            "Le Veilleur",
        ),
        ("", "© 2005-2031 Editions du Quai. Tous droits réservés.\n", "Editions du Quai"),
        ("", "© Copyright 20 Minutes Valdoria\n", "20 Minutes Valdoria"),
        ("", "Copyright © Gazette des Quais+ 2031 Quai sa - QSA\n", "Gazette des Quais+"),
        ("", "© La Vigie (2018) Inc. Tous droits réservés.\n", "La Vigie"),
        ("", "Copyright (c) 2031 La Gazette du Quai. Tous droits réservés.\n", "La Gazette du Quai"),
        ("", "© 2008-31 Gazette du Quai\n", "Gazette du Quai"),
        ("", "© Radio 2000 Miravel\n", "Radio 2000 Miravel"),
        # an agency's copyright names no site, and the word "Copyright" is none either
        ("", "Copyright © 2031 AFP. Tous droits réservés.\n", None),
        # another site's offer, a link to a page elsewhere, a platform's host: no outlet
        ("Code promo Vacancia.com\n", "", None),
        ("", "Voir aussi http://blog-des-quais.blogspot.com/2031/05/greve-miravel.html\n", None),
        ("", "Photo : pic.twitter.com\n", None),
        # a bare domain, when nothing names the site in words
        ("Les derniers articles de Gazette-Partenaire.be\n", "", "Gazette-Partenaire.be"),
    ],
)
def test_the_outlet_is_the_one_the_page_names_as_its_own(before: str, after: str, outlet: str | None) -> None:
    assert extract_text(f"Accueil\nMonde\n{before}{_DOCKERS}{after}", lang="fr").outlet == outlet


def test_a_headline_that_asks_a_question_is_the_title() -> None:
    page = (
        "Miravel : les dockers peuvent-ils encore gagner leur bras de fer avec le port ?\n"
        "Claire Dumont — 12 mai 2031 à 18h40\n" + _DOCKERS
    )
    ex = extract_text(page, lang="fr")
    assert ex.title == "Miravel : les dockers peuvent-ils encore gagner leur bras de fer avec le port ?"
    assert ex.text.startswith("Miravel : le port bloqué par les dockers")


QUESTION_FIRST = (
    "Faut-il craindre une grève longue sur les quais de Miravel, où les dockers bloquent le terminal ?\n\n"
    + _DOCKERS.split("\n\n", 1)[1]
)


def test_a_question_opening_a_page_that_has_its_title_is_its_first_paragraph() -> None:
    # the input gives the title (a JSON field, a feed entry's), or a headline stands above it
    ex = extract_text(QUESTION_FIRST, lang="fr", titled=True)
    assert ex.title is None and ex.text.startswith("Faut-il craindre")
    ex = extract_text("LA GRÈVE DES DOCKS\n\n" + QUESTION_FIRST, lang="fr")
    assert ex.text.startswith("Faut-il craindre")


def test_a_paywall_pitch_and_a_comment_counter_are_not_the_title() -> None:
    page = (
        "Accédez à l'intégralité de La Vigie sur ordinateur, mobile et tablette pour 1€ seulement\n"
        "Choisissez votre formule d'abonnement pour accéder en illimité à toute La Vigie.\n"
        + _DOCKERS.replace("\n\n", "\n42 réactions | 10512 lu\n", 1)
    )
    ex = extract_text(page, lang="fr")
    assert ex.title == "Miravel : le port bloqué par les dockers"
    got = reasons(ex)
    assert got["42 réactions | 10512 lu"] == "comments"
    assert (
        got["Choisissez votre formule d'abonnement pour accéder en illimité à toute La Vigie."]
        == "subscription"
    )


def test_teasers_stamped_with_a_reading_time_after_the_body_are_left_out() -> None:
    body = (
        _DOCKERS
        + "La direction du port a proposé jeudi une prime exceptionnelle, que les syndicats ont jugée "
        "très insuffisante au regard de l'inflation des deux dernières années.\n\n"
        "Les négociations doivent reprendre lundi à la préfecture, en présence d'un médiateur nommé "
        "par le ministère des Transports.\n\n"
    )
    tail = (
        "Une sélection de nos articles tous les matins dans votre boîte mail.\n"
        "Castelmar : la saison des cerises commence plus tôt que prévu\n"
        "Les producteurs de la vallée annoncent une récolte abondante grâce à un printemps doux.\n"
        "— 3 mai 2031 — Temps de lecture : 2 min\n"
        "Valdoria : les ferries de nuit reprennent leur service cet été\n"
        "La compagnie maritime rouvre trois lignes supprimées pendant les travaux du terminal nord.\n"
        "— 2 mai 2031 — Temps de lecture : 4 min\n"
    )
    ex = extract_text(body + tail, lang="fr")
    assert ex.text.endswith("nommé par le ministère des Transports.")
    got = reasons(ex)
    assert got["— 3 mai 2031 — Temps de lecture : 2 min"] == "reading time"
    assert got["Une sélection de nos articles tous les matins dans votre boîte mail."] == "newsletter"


def test_a_teaser_listed_twice_is_not_the_title() -> None:
    teasers = [
        "Norvasia : la saison des cerises commence plus tôt que prévu",
        "Le marché couvert de Castelmar rouvre après deux ans de travaux",
        "Valdoria : les ferries de nuit reprennent leur service cet été",
        "Comment les apiculteurs de la vallée ont sauvé leurs ruches",
    ]
    article = [
        "Les dockers de Villebrune suspendent leur grève après un accord",
        "",
        "Les dockers du port de Villebrune ont suspendu mardi leur grève, entamée il y a trois "
        "semaines, après la signature d'un accord sur les salaires avec la direction du port.",
        "",
        "Le travail reprendra dès mercredi matin, a précisé le syndicat dans un communiqué.",
    ]
    ex = extract_text("\n".join(teasers + teasers[1:3] + article), "fr")
    assert ex.title == "Les dockers de Villebrune suspendent leur grève après un accord"
    assert reasons(ex)[teasers[1]] == "outside article"


def test_a_headline_also_listed_among_the_most_read_is_still_the_title() -> None:
    title = "Les dockers de Villebrune suspendent leur grève après un accord"
    most_read = [
        "Norvasia : la saison des cerises commence plus tôt que prévu",
        title,
        "Valdoria : les ferries de nuit reprennent leur service cet été",
    ]
    standfirst = "Trois semaines de conflit ont paralysé le premier port de la région"
    body = [
        "",
        "Les dockers du port de Villebrune ont suspendu mardi leur grève, entamée il y a trois "
        "semaines, après la signature d'un accord sur les salaires avec la direction du port.",
        "",
        "Le travail reprendra dès mercredi matin, a précisé le syndicat dans un communiqué.",
    ]
    assert extract_text("\n".join(most_read + [title, standfirst] + body), "fr").title == title


def test_known_agency_is_normalised() -> None:
    raw = load("fr_plain.txt") + "\nSource: Agence de presse Xinhua\n"
    assert extract_text(raw).agency == "Xinhua"


def test_sentence_starting_like_a_byline_is_kept() -> None:
    raw = "By Tuesday, the council had voted.\n\n" + load("en_article.txt")
    ex = extract_text(raw)
    assert ex.author == "Jane Doe"
    assert {r.reason for r in ex.furniture if r.line.startswith("By Tuesday")} == {"outside article"}


def test_agency_mentioned_in_a_sentence_is_not_the_source() -> None:
    raw = (
        "Un rapport publié lundi, dont l'AFP a obtenu une copie, critique la gestion du barrage.\n\n"
        "Le ministre a promis une enquête, selon un communiqué de ses services publié dans la soirée."
    )
    assert extract_text(raw).agency is None


def test_clean_article_is_kept_whole() -> None:
    raw = load("fr_plain.txt")
    ex = extract_text(raw)
    assert ex.title is None
    assert ex.furniture == ()
    assert ex.text == "\n\n".join(line for line in raw.splitlines() if line)


def test_menu_run_and_outside_lines_are_removed() -> None:
    raw = (
        "Vidéos en vogue\nNos régions\nLe fil\nJeux concours\n\n"
        + load("fr_plain.txt")
        + "\nCe site est édité par une société fictive.\n"
    )
    ex = extract_text(raw)
    got = reasons(ex)
    assert {got[k] for k in ("Vidéos en vogue", "Nos régions", "Le fil", "Jeux concours")} == {"menu"}
    assert ex.text.startswith("La mairie de Sainte-Aude")


def test_non_breaking_spaces_are_kept() -> None:
    raw = "Le stade a accueilli 45\u00a0000 spectateurs samedi soir pour la finale du championnat régional.\n"
    assert "45\u00a0000" in extract_text(raw).text


def test_inner_whitespace_is_lightly_normalised() -> None:
    assert clean("  Un   texte\tavec  des espaces.  ") == "Un texte avec des espaces."


def test_language_is_forced() -> None:
    ex = extract_text(load("en_article.txt"), lang="en")
    assert ex.agency == "Reuters"


def test_empty_input() -> None:
    ex = extract_text("")
    assert ex.text == "" and ex.furniture == () and ex.title is None


def test_line_of_symbols_is_empty_furniture() -> None:
    ex = extract_text(load("fr_plain.txt") + "\n* * *\n")
    assert reasons(ex)["* * *"] == "empty"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
            st.sampled_from(["Partager", "", "Photo : A. B./AFP", "2 mars 2021", "suite du texte ici"]),
            st.sampled_from(["Le maire a parlé du projet de la ville", "Source : AFP", "Lire aussi : x"]),
        ),
        max_size=30,
    )
)
def test_every_word_is_kept_or_explained(lines: list[str]) -> None:
    raw = "\n".join(lines)
    ex = extract_text(raw)
    out = ex.text.split() + [w for r in ex.furniture for w in r.line.split()]
    lines_in = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    source = [w for x in lines_in for w in clean(x.lstrip("\ufeff")).split()]  # a BOM is not a word
    assert Counter(out) == Counter(source)


def test_hard_wrapped_paragraph_is_joined() -> None:
    raw = (
        "Le conseil municipal a adopté mardi soir\nun plan de rénovation des écoles de la ville,\n"
        "a annoncé le maire dans un communiqué.\n\nLes travaux commenceront en juillet prochain.\n"
    )
    ex = extract_text(raw)
    assert ex.text.split("\n\n")[0] == (
        "Le conseil municipal a adopté mardi soir un plan de rénovation des écoles de la ville, "
        "a annoncé le maire dans un communiqué."
    )


def test_a_wrapped_line_ending_on_a_word_that_leaves_it_unfinished_goes_on() -> None:
    # The next line opens with a capital or a digit, yet the line before cannot end there: an
    # article, a preposition, a title before a name, a month before its year.
    raw = (
        "Les heurts, les plus graves depuis l'élection de juin\n2031, ont fait des victimes selon\n"
        "l'agence officielle. Le porte-parole de M.\nArmand Velours a confirmé le bilan à\n"
        "Castelmar. Dimanche, plusieurs milliers de\npersonnes ont défilé.\n"
    )
    assert extract_text(raw, lang="fr").text == (
        "Les heurts, les plus graves depuis l'élection de juin 2031, ont fait des victimes selon "
        "l'agence officielle. Le porte-parole de M. Armand Velours a confirmé le bilan à "
        "Castelmar. Dimanche, plusieurs milliers de personnes ont défilé."
    )


def _texts(raw: str, lang: str | None) -> list[str]:
    return [line.text for line in split_lines(raw, lang)]


@pytest.mark.parametrize(
    ("raw", "lang"),
    [
        ("* Sign in to the\n* Newsletter of the day\n", "en"),  # a menu's items
        ("1. Le premier point de\n2. Le second point est clair\n", "fr"),  # a numbered list's
        # "by", "in" end phrases in English ("Fact checked by", "Log In")
        ("Fact checked by our desk by\nLena Orsk for us\n", "en"),
        ("Retrouvez toute notre actualité sur\nFacebook\n", "fr"),  # a link, not the rest of a sentence
        ("He lives at 12 Main St.\nHe said he had never seen them.\n", "en"),
        ("France finish top of Group A\nThe team won all three of its games.\n", "en"),
        ("Réforme des retraites : le pour et le contre\nLe gouvernement a présenté son texte.\n", "fr"),
        ("The agency was founded on 12 June\n2012 All rights reserved by the agency.\n", "en"),  # a footer
    ],
)
def test_lines_that_end_where_they_end_stay_apart(raw: str, lang: str) -> None:
    assert len(_texts(raw, lang)) == 2


def test_the_words_that_join_lines_are_those_of_the_page_language() -> None:
    raw = (
        "Le Premier ministre a reçu mardi les représentants des syndicats au siège du\n"
        "Gouvernement. Les discussions ont duré trois heures, selon un communiqué officiel.\n"
        "Elles reprendront la semaine prochaine, a précisé son cabinet aux journalistes.\n"
    )
    first = _texts(raw, None)[0]
    assert "au siège du Gouvernement. Les discussions" in first
    # In German, "an" ends a headline ("kündigt Wiederaufbau an"): no reason to join there.
    german = "Hafen von Kessel: Ministerin kündigt Wiederaufbau an\nVeröffentlicht am 12. März 2031\n"
    assert len(_texts(german, None)) == 2


def test_signature_at_the_end_names_the_agency() -> None:
    raw = load("fr_plain.txt").rstrip() + " (avec AFP)\n"
    assert extract_text(raw).agency == "AFP"
