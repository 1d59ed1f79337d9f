"""The article body's region in plain text: where it ends, its lead, on fictional pages."""

from __future__ import annotations

import pytest

from storyline.extract import extract_text
from storyline.extract.lines import Line, comment_header, rule_reason
from storyline.extract.text import detect_language, split_lines
from storyline.extract.vocab import vocab
from storyline.model import Extracted


def reasons(ex: Extracted) -> dict[str, str]:
    return {r.line: r.reason for r in ex.furniture}


DE_BODY = [
    "Der Gemeinderat von Talbrunn hat am Dienstag den Bau einer neuen Brücke über die Lauter beschlossen.",
    "Die alte Holzbrücke war im vergangenen Winter wegen morscher Balken für den Verkehr gesperrt worden.",
    "Nach Angaben der Verwaltung soll der Neubau rund zwei Millionen Euro kosten und im Herbst fertig sein.",
    "Die Anwohner hatten seit Monaten auf eine Lösung gedrängt, weil der Umweg über die Landstraße lang ist.",
]
DE_COMMENTS = [
    "Ich finde es gut, dass endlich etwas passiert, aber die Kosten sind doch viel zu hoch für unser Dorf.",
    "Warum hat man die alte Brücke nicht einfach repariert, das wäre doch billiger gewesen als ein Neubau.",
    "Die Verwaltung hat das jahrelang verschlafen und jetzt sollen die Bürger das alles bezahlen, finde ich.",
    "Schön wäre es, wenn die neue Brücke auch einen breiten Radweg bekäme, damit die Kinder sicher fahren.",
    "Ich wohne seit dreißig Jahren an der Lauter und habe schon drei Brücken kommen und gehen gesehen.",
]


def test_comments_heading_ends_the_body() -> None:
    raw = "\n\n".join(["Neue Brücke für Talbrunn", *DE_BODY, "5 Kommentare", *DE_COMMENTS])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)["5 Kommentare"] == "comments"
    assert all(reasons(ex)[c] == "outside article" for c in DE_COMMENTS)


def test_body_above_a_comments_heading_wins_over_longer_comments() -> None:
    raw = "\n\n".join(["Neue Brücke für Talbrunn", *DE_BODY[:2], "Schreibe einen Kommentar", *DE_COMMENTS])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY[:2]


EN_BODY = [
    "The town council of Harlow Vale voted on Tuesday to replace the wooden bridge over the river Lenn.",
    "The old bridge was closed to traffic last winter after inspectors found rotten beams under the deck.",
    "The new bridge will cost about two million pounds and should open in the autumn, the council said.",
    'On 3 March 2031, the mayor wrote: "We cannot wait another winter for a crossing that works."',
]


def test_reader_comments_opened_by_their_stamps_end_the_body() -> None:
    # Many comments, each opened by its stamp on the comment's first line, outweigh the article;
    # the mayor's letter quoted in the body has a date but no clock time: no comment.
    comments = [
        f"At {h}:{m:02d} pm on 14 Mar 2031, {who} wrote: {said}"
        for h, m, who, said in [
            (1, 5, "lennside", "About time, the detour through Oakby adds twenty minutes to every trip."),
            (2, 40, "Old Harlow", "Two million pounds is a lot for a bridge this small, who pays?"),
            (3, 12, "cyclist_77", "I hope the new bridge has a proper cycle lane this time."),
        ]
    ]
    chatter = [
        "The council should publish the tender documents so we can all see who bid for the work.",
        "My grandfather helped build the old bridge in the fifties and it lasted seventy years.",
    ] * 4
    page = ["New bridge for Harlow Vale", *EN_BODY, comments[0], *chatter, *comments[1:], *chatter]
    raw = "\n\n".join(page)
    ex = extract_text(raw, lang="en")
    assert ex.text.split("\n\n") == EN_BODY
    assert all(reasons(ex)[c] == "reader comment" for c in comments)


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("At 10:14 am on 28 May 2031 , pzero wrote : Good piece .", "en", True),
        ("Le 12 mars 2031 à 14h05, Jeanne a écrit : Merci pour cet article.", "fr", True),
        ("On 3 March 2031, the mayor wrote: we cannot wait.", "en", False),  # no clock time
        ("At 10:14 am the mayor wrote: we cannot wait.", "en", False),  # no date
        ("Traffic resumed. At 10:14 am on 28 May 2031, police wrote: all clear.", "en", False),  # mid-line
        ("At 9:03 am on 11 May 2031, the controller wrote: mayday.", "en", False),  # no commenter's name
        ("jeanne_l | 14 mars 2031 16h42 | Répondre", "fr", True),
        ("Jeanne en réponse au commentaire de Paul R. | 2 août 2031 13h12 | Répondre", "fr", True),
        ("Lire aussi | 14 mars 2031 | Répondre", "fr", False),  # no clock time
    ],
)
def test_a_comments_stamp(line: str, lang: str, expected: bool) -> None:
    [item] = split_lines(line)
    assert comment_header(item, vocab(lang)) is expected


def test_related_heading_ends_the_body_before_teasers() -> None:
    teasers = [
        "In Talbrunn eröffnet im Frühjahr ein neues Schwimmbad mit einer Rutsche für die ganze Familie.",
        "Die Feuerwehr von Talbrunn bekommt ein neues Löschfahrzeug, das der Rat einstimmig bewilligt hat.",
    ]
    raw = "\n\n".join([*DE_BODY, "Das könnte Sie auch interessieren", *teasers])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)["Das könnte Sie auch interessieren"] == "related"


def test_lead_parted_by_header_lines_is_kept() -> None:
    lead = "Die marode Holzbrücke über die Lauter wird ersetzt, der Neubau kostet rund zwei Millionen Euro."
    raw = "\n".join(
        ["Neue Brücke für Talbrunn", "", lead, "", "12. März 2031", "Teilen", "Drucken", "", *DE_BODY]
    )
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == [lead, *DE_BODY]


def test_lead_above_a_long_list_of_contents_is_kept() -> None:
    lead = "Die marode Holzbrücke über die Lauter wird ersetzt, der Neubau kostet rund zwei Millionen Euro."
    contents = [
        "* Kosten, Zeitplan, Umleitungen, Baustellen und Sperrungen der Lauterbrücke im Überblick",
        "* Stimmen aus Talbrunn, Lautereck, Oberbach und Niederbach zur neuen Lauterbrücke",
        "* Chronik: Holzbrücke, Sperrung, Gutachten, Ratsbeschluss und Ausschreibung seit 2029",
    ]
    raw = "\n\n".join(["Neue Brücke für Talbrunn", lead, "Teilen", "Inhalt", *contents, *DE_BODY])
    assert extract_text(raw).text.split("\n\n") == [lead, *DE_BODY]


def test_standfirst_and_lead_parted_by_header_lines_are_kept() -> None:
    standfirst = "Nach Monaten des Streits hat der Rat entschieden: Talbrunn bekommt eine neue Brücke."
    lead = "Die marode Holzbrücke über die Lauter wird ersetzt, der Neubau kostet rund zwei Millionen Euro."
    header = ["Foto: Lena Hartmann", "Facebook", "Twitter"]
    page = ["Neue Brücke für Talbrunn", standfirst, *header, lead, "Teilen", "Drucken", *DE_BODY]
    assert extract_text("\n\n".join(page)).text.split("\n\n") == [standfirst, lead, *DE_BODY]


def test_standfirst_under_the_title_above_the_byline_is_kept() -> None:
    lead = "Die marode Holzbrücke über die Lauter wird ersetzt, der Neubau kostet rund zwei Millionen Euro."
    raw = "\n".join(["Neue Brücke für Talbrunn", lead, "Von Lena Hartmann", "12. März 2031", "", *DE_BODY])
    assert extract_text(raw).text.split("\n\n") == [lead, *DE_BODY]


def test_rule_phrases_are_found_inside_a_line() -> None:
    v = vocab("de")
    for text, reason in [
        ("Dieser Artikel könnte Sie auch interessieren", "related"),
        ("Wenn Sie den Beitrag kommentieren möchten, melden Sie sich an", "comments"),
        ("Ein Gericht in der Stadt verhandelt über die Brücke", None),
    ]:
        assert rule_reason(Line.make(1, text, 0), v) == reason, text


def test_headline_shown_twice_is_not_body() -> None:
    teaser = "Neues Schwimmbad in Talbrunn öffnet im Frühjahr"
    raw = "\n\n".join([teaser, "Neue Brücke für Talbrunn", *DE_BODY[:2], teaser, *DE_BODY[2:]])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)[teaser] in ("repeated paragraph", "outside article")


def test_headline_shown_twice_once_as_a_list_item_is_not_body() -> None:
    teaser = "Neues Schwimmbad in Talbrunn öffnet im Frühjahr"
    raw = "\n\n".join(
        ["Neue Brücke für Talbrunn", *DE_BODY[:2], f"* {teaser}", *DE_BODY[2:], "Teilen", teaser]
    )
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)[f"* {teaser}"] == "repeated paragraph"


def test_page_language_is_the_language_of_its_sentences() -> None:
    menu = [
        "The best of the web for you and your friends",
        "What is new this week on the site",
        "All of the news from the city in one place",
        "Follow us on X and be the first to know",
    ]
    raw = "\n".join([*menu, *DE_BODY[:2]])
    assert detect_language(split_lines(raw)) == "de"


def test_author_note_closing_the_body_is_furniture() -> None:
    note = "Lena Hartmann ist Redakteurin im Ressort Lokales und schreibt seit zehn Jahren über Talbrunn."
    ex = extract_text("\n\n".join([*DE_BODY, note]))
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)[note] == "author note"


def test_sentence_about_authors_is_not_an_author_note() -> None:
    last = "Die Autorin der Studie hält eine neue Brücke an dieser Stelle für die günstigste Lösung."
    ex = extract_text("\n\n".join([*DE_BODY, last]))
    assert ex.text.split("\n\n") == [*DE_BODY, last]


def test_a_person_quoted_at_length_at_the_end_is_not_an_author_note() -> None:
    quoted = (
        "Lena Hartmann, Fotografin und Mitglied der Jury, erklärt die Wahl: „Dieses Bild zeigt, was "
        "an der Lauter seit Monaten geschieht, besser als jeder Bericht es könnte.“"
    )
    ex = extract_text("\n\n".join([*DE_BODY, quoted]))
    assert ex.text.split("\n\n") == [*DE_BODY, quoted]
    book = "Lena Hartmann ist Redakteurin und Autorin von „Brücken der Lauter“ (Talbrunner Verlag)."
    assert reasons(extract_text("\n\n".join([*DE_BODY, book])))[book] == "author note"


def test_disclosure_lines_are_furniture() -> None:
    v = vocab("en")
    note = "This post may contain affiliate links, and we may earn a commission on what you buy."
    assert rule_reason(Line.make(1, note, 0), v) == "disclosure"


@pytest.mark.parametrize(
    "pitch",
    [
        "S'abonner, c'est soutenir un journalisme de qualitéDécouvrir les offres",
        "S’abonner, c’est accéder à tous les articles",
        "Web + mobile : 1 € le premier mois. Découvrir les offres",
    ],
)
def test_french_subscription_pitches_are_furniture(pitch: str) -> None:
    assert rule_reason(Line.make(1, pitch, 0), vocab("fr")) == "subscription"


def test_a_sentence_about_offers_is_no_pitch() -> None:
    line = "Jeudi, les demandeurs d'emploi pourront découvrir les offres de quarante entreprises au salon."
    assert rule_reason(Line.make(1, line, 0), vocab("fr")) is None


ES_BODY = [
    "El ayuntamiento de Villaseca aprobó el martes la construcción de un puente nuevo sobre el río.",
    "El puente viejo estaba cerrado desde el invierno pasado por el mal estado de sus vigas de madera.",
    "Según el alcalde, las obras costarán unos dos millones de euros y terminarán en otoño.",
]


def test_spanish_page_with_its_furniture() -> None:
    raw = "\n\n".join(
        [
            "Inicio",
            "Un puente nuevo para Villaseca",
            *ES_BODY[:2],
            "Lea también: Villaseca estrena piscina",
            *ES_BODY[2:],
        ]
        + [
            "Noticias relacionadas",
            "Villaseca celebra sus fiestas con miles de visitantes en la plaza mayor.",
        ]
    )
    assert detect_language(split_lines(raw)) == "es"
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == ES_BODY
    assert reasons(ex)["Lea también: Villaseca estrena piscina"] == "teaser"


def test_headline_under_a_read_also_line_is_a_teaser() -> None:
    link = "Talbrunn bekommt ein neues Schwimmbad mit Rutsche"
    ex = extract_text("\n\n".join([*DE_BODY[:2], "Lesen Sie auch:", link, *DE_BODY[2:]]))
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)[link] == "teaser"


def test_caption_naming_who_stands_where_is_furniture() -> None:
    from storyline.extract.lines import line_reason

    caption = "Lena Hartmann (l.) und Max Muster bei der Eröffnung der Brücke."
    assert line_reason(Line.make(1, caption, 0), vocab("de")) == "caption"


def test_caption_closed_by_a_credit_without_a_full_stop_is_furniture() -> None:
    from storyline.extract.lines import line_reason

    for caption in [
        "Die alte Holzbrücke über die Lauter im Winter © Lena Hartmann",
        "Die alte Holzbrücke ist seit dem Winter gesperrt. – © Max Muster – bildagentur.example",
    ]:
        assert line_reason(Line.make(1, caption, 0), vocab("de")) == "caption", caption
    notice = "Copyright © 2031 Talbrunner Anzeiger"
    assert line_reason(Line.make(1, notice, 0), vocab("de")) == "copyright"


def test_soft_hyphens_do_not_split_words_for_the_rules() -> None:
    line = Line.make(1, "Schreibe einen Kom\u00admen\u00adtar", 0)
    assert line.toks == ("schreibe", "einen", "kommentar")
    assert rule_reason(line, vocab("de")) == "comments"


DE_QUESTIONS = [
    "* 1.1 Warum braucht Talbrunn eine neue Brücke?",
    "* 1.2 Wer bezahlt den Neubau über die Lauter?",
    "* 1.3 Wie lange dauern die Bauarbeiten am Fluss?",
    "* 1.4 Welche Umwege gibt es während der Sperrung?",
    "* 1.5 Wie können sich die Anwohner beteiligen?",
    "* 1.6 Wann wird die alte Holzbrücke abgerissen?",
    "* 1.7 Was geschieht mit dem Holz der alten Brücke?",
    "* 1.8 Wo finden Sie die Pläne des Bauamts?",
]


def test_long_list_of_short_questions_is_not_the_body() -> None:
    raw = "\n".join([*DE_QUESTIONS, "", "Neue Brücke für Talbrunn", "", *DE_BODY])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == DE_BODY
    assert all(reasons(ex)[q] == "outside article" for q in DE_QUESTIONS)


def test_short_list_of_questions_in_the_body_is_kept() -> None:
    raw = "\n\n".join(["Neue Brücke für Talbrunn", *DE_BODY[:2], *DE_QUESTIONS[:3], DE_BODY[2]])
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == [*DE_BODY[:2], *DE_QUESTIONS[:3], DE_BODY[2]]


PL_BODY = [
    "Rada gminy Zielonka zdecydowała we wtorek o budowie nowego mostu nad rzeką, który zastąpi stary.",
    "Stary drewniany most był zamknięty od zeszłej zimy, ponieważ jego belki okazały się zbyt słabe.",
    "Według wójta prace mają kosztować około ośmiu milionów złotych i zakończyć się jesienią tego roku.",
]


PL_PAGE = [
    "Strona główna",
    "Nowy most dla Zielonki",
    "Udostępnij",
    *PL_BODY[:2],
    "Czytaj też: Zielonka otwiera nowy basen",
    "Reklama",
    PL_BODY[2],
    "Komentarze",
    "Na tej stronie korzystamy z plików cookies, aby usprawnić działanie serwisu.",
]


IT_BODY = [
    "Il consiglio comunale di Valbruna ha approvato martedì la costruzione di un nuovo ponte sul fiume.",
    "Il vecchio ponte di legno era chiuso dall'inverno scorso perché le sue travi erano troppo deboli.",
    "Secondo il sindaco, i lavori costeranno circa due milioni di euro e finiranno in autunno.",
]
IT_PAGE = [
    "Home",
    "Un nuovo ponte per Valbruna",
    "Condividi",
    *IT_BODY[:2],
    "Leggi anche: Valbruna apre una piscina",
    "Pubblicità",
    IT_BODY[2],
    "Lascia un commento",
    "Il tuo indirizzo email non sarà pubblicato.",
]
PT_BODY = [
    "A câmara municipal de Vila Serena aprovou na terça-feira a construção de uma nova ponte sobre o rio.",
    "A antiga ponte de madeira estava fechada desde o inverno passado porque as vigas não aguentavam mais.",
    "Segundo o prefeito, as obras vão custar cerca de dois milhões de reais e terminam no outono.",
]
PT_PAGE = [
    "Início",
    "Uma nova ponte para Vila Serena",
    "Compartilhe",
    *PT_BODY[:2],
    "Leia também: Vila Serena ganha piscina",
    "Publicidade",
    PT_BODY[2],
    "Deixe seu comentário",
    "Seu e-mail não será publicado.",
]


@pytest.mark.parametrize(
    ("lang", "page", "body", "teaser"),
    [
        ("pl", PL_PAGE, PL_BODY, "Czytaj też: Zielonka otwiera nowy basen"),
        ("it", IT_PAGE, IT_BODY, "Leggi anche: Valbruna apre una piscina"),
        ("pt", PT_PAGE, PT_BODY, "Leia também: Vila Serena ganha piscina"),
    ],
)
def test_page_with_its_language_furniture(lang: str, page: list[str], body: list[str], teaser: str) -> None:
    raw = "\n\n".join(page)
    assert detect_language(split_lines(raw)) == lang
    ex = extract_text(raw)
    assert ex.text.split("\n\n") == body
    assert reasons(ex)[teaser] == "teaser"
    assert reasons(ex)[page[2]] == "share"


def test_rule_phrases_are_found_after_a_list_bullet() -> None:
    v = vocab("de")
    for text, reason in [
        ("* Lesen Sie auch: Talbrunn bekommt ein Schwimmbad", "teaser"),
        ("- Teilen", "share"),
        ("► Talbrunn bekommt ein Schwimmbad", "teaser"),  # a rule's own marker still counts
        # a related-articles phrase in a list item is a link to them, not a heading ending the article
        ("* Mehr zum Thema Brücken in der Region", "teaser"),
        ("Mehr zum Thema Brücken in der Region", "related"),
    ]:
        assert rule_reason(Line.make(1, text, 0), v) == reason, text


DE_LISTING = [
    "11.03.2031",
    "Schwimmbad öffnet früher",
    "Das Hallenbad in Talbrunn öffnet schon im April, teilte die Stadt mit.",
    "09.03.2031",
    "Neuer Radweg nach Lautereck",
    "Der Kreis baut einen Radweg entlang der Lauter bis nach Lautereck.",
]


def test_dated_items_below_the_article_are_a_listing() -> None:
    ex = extract_text("\n\n".join(["Neue Brücke für Talbrunn", "12.03.2031", *DE_BODY, *DE_LISTING]))
    assert ex.text.split("\n\n") == DE_BODY
    assert reasons(ex)[DE_LISTING[-1]] == "outside article"


def test_clock_times_of_a_live_blog_do_not_cut_the_body() -> None:
    page = ["Neue Brücke für Talbrunn", "12.03.2031", DE_BODY[0], "10:45", DE_BODY[1], "11:20 Uhr"]
    page += DE_BODY[2:]
    ex = extract_text("\n\n".join(page))
    assert ex.text.split("\n\n") == DE_BODY


def test_long_quote_in_another_language_inside_the_body_is_kept() -> None:
    quote = (
        "„We have waited for this bridge for many years, and we are very happy that the council has finally"
        " made its decision for the people who live here“, said the mayor of the twin town."
    )
    caption = "The old wooden bridge over the river in the winter of the year"
    ex = extract_text("\n\n".join(["Neue Brücke für Talbrunn", *DE_BODY[:2], quote, caption, *DE_BODY[2:]]))
    assert ex.text.split("\n\n") == [*DE_BODY[:2], quote, *DE_BODY[2:]]
    assert reasons(ex)[caption] == "foreign language"


@pytest.mark.parametrize(
    ("lang", "text", "reason"),
    [
        ("es", "Mirá también", "teaser"),
        ("es", "Lea más: Villaseca estrena una piscina cubierta", "teaser"),
        ("es", "MÁS INFORMACIÓN:", "related"),
        ("fr", "Articles en relation", "related"),
        ("fr", "Les plus populaires", "related"),
        ("de", "Zum Thema", "related"),
        ("de", "Verwandte Beiträge", "related"),
        ("de", "Weiter lesen", "teaser"),
        ("en", "Related videos", "related"),
        ("de", 'Dies ist Teil 2 zum Text "Die alte Brücke", der letzte Woche erschien.', "disclosure"),
        ("de", "Dies ist Teil einer größeren Entwicklung im ganzen Lautertal.", None),
        ("en", "This article is part of our series on the bridges of the valley.", "disclosure"),
        # an icon font's glyph or a zero-width space before the phrase
        ("de", "\ue019 Mehr zum Thema:", "related"),
        ("de", "\u200bWeitere Stories", "related"),
        ("pl", "Tworzymy niezależne media. Wesprzyj nas darowizną, aby było ich więcej.", "subscription"),
        ("en", "The Talbrunn Courier is not responsible for the opinions of its contributors.", "disclosure"),
    ],
)
def test_furniture_phrases_of_more_sites(lang: str, text: str, reason: str | None) -> None:
    assert rule_reason(Line.make(1, text, 0), vocab(lang)) == reason


def test_teaser_cut_off_by_an_ellipsis_is_no_finished_sentence() -> None:
    teaser = "Hallenbad Talbrunn: Eröffnung schon im April, neue Rutsche geplant…"
    assert not Line.make(1, teaser, 0).ends
    assert Line.make(1, "Die Brücke wird im Herbst fertig.", 0).ends
    ex = extract_text("\n\n".join(["Neue Brücke für Talbrunn", *DE_BODY, "Weitere Meldungen", teaser]))
    assert ex.text.split("\n\n") == DE_BODY


def test_sentence_beside_a_credit_is_a_paragraph_when_long() -> None:
    caption = "Die alte Holzbrücke im Winter."
    paragraph = (
        "Die alte Holzbrücke über die Lauter war im vergangenen Winter wegen morscher Balken monatelang"
        " für den gesamten Verkehr gesperrt worden."
    )
    blocks = [
        DE_BODY[0],
        f"Foto: Lena Hartmann\n{caption}",
        DE_BODY[2],
        f"Foto: Max Muster\n{paragraph}",
        DE_BODY[3],
    ]
    ex = extract_text("\n\n".join(["Neue Brücke für Talbrunn", *blocks]))
    assert ex.text.split("\n\n") == [DE_BODY[0], DE_BODY[2], paragraph, DE_BODY[3]]
    assert reasons(ex)[caption] == "caption"


FR_TEASERS = [
    "Le port de Merle ferme deux quais pour travaux jusqu'à l'été",
    "Valdoria : les enseignants en grève pour la troisième semaine",
    "Pourquoi les cigognes de la Lauter reviennent-elles plus tôt ?",
    "« Le pont de Talbrunn n'attendra pas un hiver de plus »",
    "Cinq recettes pour accommoder les restes du marché de Merle",
    "Le festival de la Merle annonce sa programmation complète",
    "Comment la filière du lin relance ses ateliers dans la vallée",
]
FR_BODY = [
    "Le conseil municipal de Merle a voté mardi la réouverture du pont de la Lauter, fermé depuis l'hiver.",
    "Les travaux de renforcement, estimés à deux millions d'euros, doivent commencer au printemps.",
    "Les riverains réclamaient une solution depuis des mois, le détour par la départementale étant long.",
]


def test_a_block_of_other_articles_headlines_is_not_the_body() -> None:
    raw = "\n".join(
        [
            *FR_TEASERS,
            "Merle : le pont de la Lauter rouvrira au printemps",
            "Le conseil municipal a tranché, après des mois de débat.",
            "La Gazette de Merle avec AFP Publié le 12 mars 2031 à 12h32 - Mis à jour le 14 mars 2031",
            *FR_BODY,
        ]
    )
    ex = extract_text(raw, "fr")
    assert ex.title == "Merle : le pont de la Lauter rouvrira au printemps"
    assert ex.text.split("\n\n") == ["Le conseil municipal a tranché, après des mois de débat.", *FR_BODY]
    assert all(reasons(ex)[t] == "outside article" for t in FR_TEASERS)


def test_subheads_between_paragraphs_stay_in_the_body() -> None:
    heads = ["Un chantier de deux millions d'euros", "Les riverains attendent depuis l'hiver"]
    body = [FR_BODY[0], heads[0], FR_BODY[1], heads[1], FR_BODY[2]]
    ex = extract_text("\n".join(["Merle : le pont de la Lauter rouvrira au printemps", *body]), "fr")
    assert ex.text.split("\n\n") == body
