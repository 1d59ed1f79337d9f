"""Publication dates: stated, from the page, from date lines, checked and inferred from the text."""

from datetime import date

from storyline.dating.pubdate import _edge_dates, date_article, parse_stated
from storyline.extract import extract_text
from storyline.model import Extracted, RemovedLine

TODAY = date(2033, 6, 1)
BODY = (
    "Le ministre de la Défense de Valdoria, Tomas Verhelst, a démenti tout retrait du contingent étranger. "
    "« Aucune décision n'a été prise », a-t-il déclaré à la presse."
)


def test_a_stated_date_wins_with_full_confidence():
    pub = date_article(Extracted(BODY), "fr", stated="2031-03-09T10:42:00+01:00", today=TODAY)
    assert (pub.iso, pub.granularity, pub.confidence) == ("2031-03-09", "day", 1.0)
    assert pub.evidence[0].where == "input"
    assert parse_stated("2031-03").iso == "2031-03" and parse_stated("2031").granularity == "year"
    assert parse_stated("last week") is None


def test_a_published_line_among_the_furniture():
    ex = Extracted(BODY, furniture=(RemovedLine("Publié le 9 mars 2031 à 10h42", "date line", 2),))
    pub = date_article(ex, "fr", today=TODAY)
    assert pub.iso == "2031-03-09" and pub.granularity == "day" and pub.confidence >= 0.8
    assert pub.evidence[0].where == "furniture" and "Publié le" in pub.evidence[0].text


def test_a_header_date_the_text_contradicts_is_overridden_and_said_so():
    text = (
        "Ce jeudi 6 mars, le ministre a démenti tout retrait. Les troupes étaient arrivées en 2029. " + BODY
    )
    ex = Extracted(text, furniture=(RemovedLine("2 mars 2033", "date line", 1),))
    pub = date_article(ex, "fr", today=TODAY)
    # Thursday 6 March falls in 2031 (and 2036, after the page date): the header date is refused.
    assert pub.iso == "2031-03-06"
    assert any(e.kind == "contradicted by the text" and "2 mars 2033" in e.text for e in pub.evidence)
    assert pub.confidence <= 0.6


def test_weekday_and_date_choose_the_year_above_the_years_named():
    text = (
        "Dans un communiqué publié vendredi 7 mars, le ministère a annoncé des pourparlers. En 2029, " + BODY
    )
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.iso == "2031-03-07"
    assert {e.kind for e in pub.evidence} >= {"weekday and date", "years named in the text"}


def test_no_evidence_is_unknown_not_a_guess():
    pub = date_article(Extracted(BODY), "fr", today=TODAY)
    assert (pub.iso, pub.granularity, pub.confidence) == (None, "unknown", 0.0)


def test_html_page_date_through_htmldate():
    html = (
        '<html><head><meta property="article:published_time" content="2031-03-09T08:00:00+01:00">'
        f"</head><body><article><p>{BODY}</p></article></body></html>"
    )
    pub = date_article(Extracted(BODY), "fr", raw=html, kind="html", today=TODAY)
    assert pub.iso == "2031-03-09" and pub.evidence[0].kind == "htmldate"


def test_a_publication_line_inside_the_text():
    text = "Valdoria : le contingent reste\nPublié le 9 mars 2031 à 10h42 - Mis à jour le 10 mars 2031\n"
    text += BODY
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.iso == "2031-03-09"
    assert pub.evidence[0].kind == "publication line"
    assert text[pub.evidence[0].start : pub.evidence[0].end] == "le 9 mars 2031"


def test_a_full_date_near_the_top_dates_a_scraped_page():
    text = "Actualités internationales\nle 12 avril 2031\n" + BODY + " " + BODY
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.iso == "2031-04-12" and pub.evidence[0].kind == "date near the top"
    assert pub.day is not None  # a stamp: trusted to resolve the text's "vendredi"


def test_a_date_told_in_the_leads_sentence_is_a_guess_a_stamp_beside_a_clock_is_trusted():
    lead = "Le 19 février 2031, les blindés de Valdoria sont entrés dans la capitale sans résistance. "
    pub = date_article(Extracted(lead + BODY), "fr", today=TODAY)
    assert pub.iso == "2031-02-19" and pub.confidence < 0.35 and pub.day is None
    stamped = "Par Lena Orsk | 10:42 , mardi 4 mars 2031 Les blindés de Valdoria sont entrés en ville. "
    pub = date_article(Extracted(stamped + BODY), "fr", today=TODAY)
    assert pub.iso == "2031-03-04" and pub.day == date(2031, 3, 4)


def test_a_stamp_near_the_top_outweighs_the_date_of_a_photo_caption_before_it():
    caption = "Des soldats valdoriens patrouillent à Corvalle, le 2 février 2031.\n"
    stamp = "CORVALLE | jeudi 6 mars 2031 18:58 Les blindés de Valdoria sont entrés dans la capitale. "
    pub = date_article(Extracted(caption + stamp + BODY), "fr", today=TODAY)
    assert pub.iso == "2031-03-06" and pub.evidence[0].kind == "date near the top"
    assert pub.day == date(2031, 3, 6)  # a stamp: trusted to resolve the text's relative dates


def test_a_wire_dateline_is_a_stamp_a_quoted_post_after_it_is_not_the_article_s_date():
    dateline = "CORVALLE, 3 mars 2031 (AFP) - Les blindés de Valdoria ont quitté la capitale dans la nuit.\n"
    post = "« Nous partons », a écrit le ministre — Ilse Varga (@ivarga) 2 mars 2031 à 18:40\n"
    pub = date_article(Extracted(dateline + post + BODY), "fr", today=TODAY)
    assert pub.iso == "2031-03-03" and pub.day == date(2031, 3, 3)
    assert dateline[pub.evidence[0].start : pub.evidence[0].end] == "3 mars 2031"


def test_brackets_without_a_known_agency_or_a_dash_make_no_dateline():
    # A caption, a party's initials, a video's label: the date stays one told in a sentence.
    for told in (
        "Des soldats à Corvalle, le 2 février 2031 (AFP)\n",
        "Le 2 février 2031, Marc Lanier (LR) : « Nous ne céderons pas », a-t-il lancé aux députés.\n",
        "CORVALLE, 2 février 2031 (VIDÉO) - Les blindés de Valdoria ont quitté la capitale.\n",
    ):
        pub = date_article(Extracted(told + BODY), "fr", today=TODAY)
        assert pub.iso == "2031-02-02" and pub.day is None, told


def test_a_later_date_beside_a_clock_inside_a_sentence_or_an_edit_is_not_the_page_s_stamp():
    for later in (
        "Les faits remontent au 2 mars 2031 à 18h40, quand un incendie a ravagé le dépôt de Kessel.\n",
        "Photo prise le 2 mars 2031 à 18h40.\n",
        "Mis à jour le 6 mars 2031 à 18h40\n",
    ):
        text = "Corvalle, le 5 mars 2031 – Le procès de l'incendie s'est ouvert devant la cour.\n" + later
        top = [c for c in _edge_dates(text + BODY, "fr") if c.evidence.kind == "date near the top"]
        assert [(c.value, c.evidence.text) for c in top] == [(date(2031, 3, 5), "le 5 mars 2031")], later


def test_a_sidebar_weekday_does_not_outweigh_two_agreeing_page_dates():
    # An announcement told in no past tense ("samedi 11 novembre") may lie ahead of publication.
    html = (
        '<html><head><meta property="article:published_time" content="2031-11-06T08:00:00+01:00">'
        f"</head><body><article><p>{BODY}</p><p>Concert samedi 11 novembre au parc.</p></article>"
        "</body></html>"
    )
    text = BODY + "\nConcert samedi 11 novembre au parc."
    pub = date_article(Extracted(text, meta_date="2031-11-06"), "fr", raw=html, kind="html", today=TODAY)
    assert pub.iso == "2031-11-06"  # 11 November 2031 is a Tuesday: the pair is another year's


def test_a_weekday_with_no_year_named_leaves_the_year_open():
    text = "Dans un communiqué publié vendredi 7 mars, le ministère a annoncé des pourparlers. " + BODY
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.granularity == "unknown"
    ambiguous = next(e for e in pub.evidence if e.kind == "ambiguous year")
    assert "2031-03-07" in ambiguous.text and "2025-03-07" in ambiguous.text


def test_a_weekday_far_after_every_year_named_leaves_the_year_open():
    # An old article (the text names 2018 only) kept a page box "Daté du jeudi 12 novembre" from
    # the day it was saved: Thursday 12 November falls in 2020 and 2026, both well after 2018.
    text = "En 2018, " + BODY + "\n\nDaté du jeudi 12 novembre"
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.granularity == "unknown"
    ambiguous = next(e for e in pub.evidence if e.kind == "ambiguous year")
    assert "2020-11-12" in ambiguous.text and "2026-11-12" in ambiguous.text


def test_an_update_stamp_ranks_below_the_publication_and_an_access_stamp_is_no_date():
    dated = (
        RemovedLine("Mis à jour le 10 mars 2031", "date line", 1),
        RemovedLine("9 mars 2031", "date line", 2),
    )
    pub = date_article(Extracted(BODY, furniture=dated), "fr", today=TODAY)
    assert pub.iso == "2031-03-09"
    assert any(e.kind == "updated since" and "2031-03-10" in e.text for e in pub.evidence[1:])
    alone = date_article(Extracted(BODY, furniture=dated[:1]), "fr", today=TODAY)
    assert alone.iso == "2031-03-10" and alone.confidence < 0.5  # an update still bounds it
    read = (RemovedLine("Consulté le 2 juin 2033", "date line", 1),)
    assert date_article(Extracted(BODY, furniture=read), "fr", today=TODAY).iso is None


def test_a_date_only_htmldate_finds_in_plain_text_is_a_guess_that_resolves_nothing():
    # No date line, none near the edges: htmldate's text patterns find one deep in the page.
    text = (BODY + "\n") * 8 + "Commentaire de Lena, 2031/03/12\n" + (BODY + "\n") * 8
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert (pub.iso, pub.confidence) == ("2031-03-12", 0.25)
    assert pub.evidence[0].kind == "a date htmldate found in the text"
    assert pub.day is None  # too weak to resolve "vendredi" against
    # htmldate would make 1 January of a bare year ("fin 2029"): that is no date.
    bare_year = (BODY + "\n") * 3 + "Les troupes étaient arrivées fin 2029.\n" + (BODY + "\n") * 3
    assert date_article(Extracted(bare_year), "fr", today=TODAY).iso is None


def test_the_date_line_next_to_the_body_beats_the_sites_banner_and_the_comments():
    menu = "\n".join(f"* Rubrique {n}" for n in range(14))
    page = (
        f"Mercredi 1 juin 2033\n{menu}\n"
        "Valdoria : le ministre dément tout retrait du contingent\n"
        "Publié le 9 mars 2031 à 10h42\n"
        f"{BODY}\n{BODY}\n{BODY}\n"
        "Réagir\nLena, 12 mars 2031 à 08h15\nJ'attends de voir.\n"
    )
    pub = date_article(extract_text(page, "fr"), "fr", raw=page, today=TODAY)
    assert pub.iso == "2031-03-09"
    assert "next to the body" in pub.evidence[0].kind
    banner = next(e for e in pub.evidence if "2033-06-01" in e.text)
    assert "weekday banner" in banner.text


def test_a_date_line_weighs_by_its_place_against_the_body():
    lines = (
        RemovedLine("Samedi 12 mars 2031", "date line", 1),  # far above: a banner
        *(RemovedLine(f"* Rubrique {n}", "menu", n) for n in range(2, 16)),
        RemovedLine("Le 11 mars 2031 à 18h00", "date line", 17),  # beside the body
        RemovedLine("14 mars 2031 à 09h12 · Répondre", "date line", 30),  # a comment below
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(18, 25)), "fr", today=TODAY)
    assert pub.iso == "2031-03-11" and pub.evidence[0].kind == "date line (removed line, next to the body)"


def test_a_stamp_under_the_standfirst_stands_next_to_the_body():
    lines = (RemovedLine("Publié le 11 mars 2031 à 18h00 - Mis à jour le 12 mars 2031", "date line", 3),)
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(2, 9)), "fr", today=TODAY)
    assert pub.iso == "2031-03-11" and "next to the body" in pub.evidence[0].kind
    deep = (RemovedLine("Publié le 11 mars 2031 à 18h00", "date line", 7),)  # after paragraphs: quoted
    pub = date_article(Extracted(BODY, furniture=deep, body_lines=(2, 9)), "fr", today=TODAY)
    assert "inside the body" in pub.evidence[0].kind


def test_a_publication_cue_inside_a_byline_line_dates_the_article_and_its_update_is_no_contradiction():
    text = (
        "Valdoria : le contingent reste\n"
        "Par Lena Orsk Publié le 08 mars 2031 à 22h00 - Mis à jour le 09 mars 2031 à 11h38\n"
        + "\n".join([BODY] * 6)
    )
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.iso == "2031-03-08" and pub.evidence[0].kind == "publication line"
    assert pub.confidence >= 0.8
    assert not any(e.kind == "disagreeing candidate" for e in pub.evidence)


def test_a_year_named_bounds_a_weekday_pair_from_below_even_far_after_it():
    # Thursday 25 January fits 2029 and 2035; the text recalls 2030 as past: 2035, not 2029.
    text = "Jeudi 25 janvier, le ministre a rappelé la crise de 2030. " + BODY
    pub = date_article(Extracted(text), "fr", today=date(2036, 6, 1))
    assert pub.iso == "2035-01-25"
    assert any(e.kind == "earlier years" and "2029-01-25" in e.text for e in pub.evidence)


def test_the_years_a_text_names_most_choose_the_weekday_over_a_later_passing_year():
    # Friday 6 May fits 2033 and 2039: the story names 2033 three times, and 2037 only in its
    # author's note (a later book). 2039, above that passing year, is not the story's year.
    text = (
        "Vendredi 6 mai, des milliers de manifestants ont défilé à Valdor. Depuis janvier 2033, "
        "le mouvement grandit ; les élections de mars 2033 n'y ont rien changé. " + BODY + " "
        "Le bilan de 2033 reste incertain. Ana Ferreira est politologue, autrice de « Les Places » (2037)."
    )
    pub = date_article(Extracted(text), "fr", today=date(2046, 1, 1))
    assert pub.iso == "2033-05-06" and pub.confidence <= 0.6
    assert any(e.kind == "years named in the text" and "2033" in e.text for e in pub.evidence)


def test_a_shorter_publication_cue_is_tried_when_a_longer_one_ends_inside_a_word():
    # "posted on" is a cue, but "Posted online" opens with "posted", the shorter one.
    line = RemovedLine("Posted online: 9 March 2031 | Section: World", "outside article", 3)
    pub = date_article(Extracted(BODY, furniture=(line,), body_lines=(5, 9)), "en", today=TODAY)
    assert pub.iso == "2031-03-09"
    assert pub.evidence[0].kind == "publication line (removed line, next to the body)"


def test_a_publication_cue_inside_a_sentence_is_an_event_not_a_stamp():
    text = "Le rapport publié le 3 mars 2029 montrait déjà le retrait du contingent étranger. " + BODY
    pub = date_article(Extracted("\n".join([BODY] * 4) + "\n" + text), "fr", today=TODAY)
    assert not any(e.kind == "publication line" for e in pub.evidence)


def test_a_publication_line_the_cleaner_removed_as_something_else_still_dates_the_article():
    lines = (
        RemovedLine("Veröffentlicht: 09.03.2031 | Autor: lena | Rubrik: Fotografie", "outside article", 3),
        RemovedLine("12.03.2031 um 9:16", "date line", 30),  # a comment below the body
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 9)), "de", today=TODAY)
    assert pub.iso == "2031-03-09"
    assert pub.evidence[0].kind == "publication line (removed line, next to the body)"


def test_a_byline_with_its_clock_time_is_a_stamp_and_other_articles_bylines_are_listed():
    lines = (
        RemovedLine("Bettina Orsk 19.10.2031, 05:00 Uhr", "repeated paragraph", 6),
        RemovedLine("Julia Marandi 18.10.2031, 20:00 Uhr", "outside article", 40),
        RemovedLine("Sabine Verhelst 18.10.2031, 18:50 Uhr", "outside article", 44),
        RemovedLine("Tomas Lind 17.10.2031, 13:17 Uhr", "outside article", 48),
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 20)), "de", today=TODAY)
    assert pub.iso == "2031-10-19" and pub.evidence[0].kind.startswith("byline stamp")
    # a date opening a short line, its author or section after it, is a byline's stamp too
    authored = RemovedLine("31. Oktober 2031 · Von Lena Orsk", "outside article", 4)
    pub = date_article(Extracted(BODY, furniture=(authored,), body_lines=(5, 20)), "de", today=TODAY)
    assert pub.iso == "2031-10-31" and pub.evidence[0].kind.startswith("byline stamp")
    # a sentence with a clock time is no byline
    said = RemovedLine("Am 18.10.2031 um 20:00 Uhr begann die Sitzung des Stadtrats von Pontverre", "menu", 3)
    ex = Extracted(BODY, furniture=(said,), body_lines=(5, 20))
    assert not any(e.kind.startswith("byline stamp") for e in date_article(ex, "de", today=TODAY).evidence)
    # separators and a view count are no words: the stamp stays short
    viewed = RemovedLine("3. Dezember 2031, 18:47 • Lena Orsk • 3375", "outside article", 4)
    pub = date_article(Extracted(BODY, furniture=(viewed,), body_lines=(5, 20)), "de", today=TODAY)
    assert pub.iso == "2031-12-03" and pub.evidence[0].kind.startswith("byline stamp")


def test_in_a_list_of_dated_lines_the_one_opening_with_a_publication_cue_is_the_articles():
    lines = (
        RemovedLine("Posted on 21. Juli 2031 by Realiberry", "date line", 2),  # an English template
        *(RemovedLine(f"* Rubrik {n}", "menu", n) for n in range(3, 17)),
        RemovedLine("22. Juli 2031 at 16:25", "date line", 18),  # recent posts beside the body
        RemovedLine("23. Juli 2031 at 05:00", "date line", 19),
        RemovedLine("2. August 2031 at 17:00", "date line", 40),
        RemovedLine("Updated: 3. August 2031", "date line", 41),  # an update is never the article's own
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(20, 30)), "de", today=TODAY)
    assert pub.iso == "2031-07-21" and "Posted on" in pub.evidence[0].text


def test_a_weekday_misstated_by_one_day_does_not_refute_the_publication_line():
    # 29 October 2031 is a Wednesday: "Dienstag, 29. Oktober", days before the stamp, is a slip
    text = "Am Dienstag, 29. Oktober, hat der Gemeinderat von Pontverre die Sperrung beschlossen. " + BODY
    stamp = RemovedLine("Erstellt am: 01.11.2031", "date line", 9)
    pub = date_article(Extracted(text, furniture=(stamp,), body_lines=(1, 5)), "de", today=TODAY)
    assert pub.iso == "2031-11-01"
    assert not any(e.kind == "contradicted by the text" for e in pub.evidence)
    # a weekday off by one but a year away still refutes a lone header date
    stamp = RemovedLine("Erstellt am: 01.11.2032", "date line", 9)
    pub = date_article(Extracted(text, furniture=(stamp,), body_lines=(1, 5)), "de", today=TODAY)
    assert pub.iso is None  # the years the weekday fits stay open


def test_an_event_line_announces_a_day_and_does_not_date_the_article():
    lines = (
        RemovedLine("10. November 2031", "date line", 3),
        RemovedLine("Termin: Montag, 17. November 2031 um 10.30 Uhr", "date line", 7),
        RemovedLine("When: Saturday, November 22, 2031", "date line", 8),
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 12)), "de", today=TODAY)
    assert pub.iso == "2031-11-10"
    assert not any("Termin" in e.text or "When" in e.text for e in pub.evidence)


def test_a_line_of_separated_fields_opening_with_a_date_is_a_byline_stamp():
    lines = (
        RemovedLine("February 4, 2031 • words written by Lena Orsk • Art by Tomas Verhelst", "title", 4),
        RemovedLine("March 1, 2031", "date line", 40),  # a teaser below
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 20)), "en", today=TODAY)
    assert pub.iso == "2031-02-04" and pub.evidence[0].kind.startswith("byline stamp")
    for line in (
        "22. Januar 2031 @ 18:13 // Autor: lena // ~ Lesezeit: 1 Minute",
        "Nachricht | 30.10.2031 Migration / Flucht «Vierzig Tage in Quarantäne»",
    ):
        ex = Extracted(BODY, furniture=(RemovedLine(line, "outside article", 4),), body_lines=(5, 20))
        assert date_article(ex, "de", today=TODAY).evidence[0].kind.startswith("byline stamp"), line
    # a long sentence with a date is not a field of metadata
    said = "Am 18.10.2031 hat der Stadtrat von Pontverre | nach langer Debatte | die Sperrung beschlossen"
    ex = Extracted(BODY, furniture=(RemovedLine(said, "menu", 4),), body_lines=(5, 20))
    assert not any(e.where == "furniture" for e in date_article(ex, "de", today=TODAY).evidence)


def test_a_blog_template_telling_when_the_post_was_published_dates_it():
    line = "Dieser Beitrag wurde am 04/02/2031 von lena in Verkehr, Pontverre veröffentlicht. Schlagworte: …"
    lines = (RemovedLine(line, "outside article", 30), RemovedLine("24.01.2031", "date line", 2))
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 20)), "de", today=TODAY)
    assert pub.iso == "2031-02-04" and pub.evidence[0].kind.startswith("publication line")
    # the article speaking of itself without saying it was published: no stamp
    series = "This article is part of a series on the bridge, to be completed by July 4, 2031."
    ex = Extracted(BODY, furniture=(RemovedLine(series, "outside article", 4),), body_lines=(5, 20))
    assert not any(e.where == "furniture" for e in date_article(ex, "en", today=TODAY).evidence)
    # nor when it tells of an edit
    edited = "This article was published on May 3, 2031 and updated on May 9, 2031."
    ex = Extracted(BODY, furniture=(RemovedLine(edited, "outside article", 30),), body_lines=(5, 20))
    pub = date_article(ex, "en", today=TODAY)
    assert not any(e.kind.startswith("publication line") for e in pub.evidence)


def test_a_publication_cue_weighs_as_much_far_from_the_body_as_beside_it():
    lines = (
        RemovedLine("Erstveröffentlichung: 25. März 2031", "date line", 1),
        *(RemovedLine(f"* Rubrik {n}", "menu", n) for n in range(2, 16)),
        RemovedLine("Quelle: Pontverre Zeitung, 24.3.2031", "source line", 20),  # a source cited inside
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(17, 30)), "de", today=TODAY)
    assert pub.iso == "2031-03-25" and pub.evidence[0].kind.startswith("date line")


def test_the_articles_signed_byline_leads_a_list_of_dated_lines():
    lines = (
        RemovedLine("October 12, 2031", "date line", 3),  # the day's banner above the body
        RemovedLine("By Lena Orsk, August 14, 2031 2:30 pm", "date line", 12),
        RemovedLine("November 16, 2030", "date line", 30),  # teasers below
        RemovedLine("October 10, 2030", "date line", 31),
        RemovedLine("January 7, 2030", "date line", 32),
    )
    pub = date_article(Extracted(BODY, furniture=lines, body_lines=(5, 20)), "en", today=TODAY)
    assert pub.iso == "2031-08-14" and "By Lena Orsk" in pub.evidence[0].text
    # the byline may be one field of a line, and the line may have been removed as anything
    crumbs = RemovedLine("Accueil | Par Lena Orsk | 30 septembre 2031", "outside article", 4)
    pub = date_article(Extracted(BODY, furniture=(crumbs,), body_lines=(5, 20)), "fr", today=TODAY)
    assert pub.iso == "2031-09-30"
    # a date right after "By" is no byline
    said = RemovedLine("By May 3, 2031, every unit had left the base of Pontverre", "outside article", 4)
    pub = date_article(Extracted(BODY, furniture=(said,), body_lines=(5, 20)), "en", today=TODAY)
    assert not any(e.where == "furniture" for e in pub.evidence)


def test_an_edit_stamped_inside_a_byline_line_is_an_update():
    line = "Von Lena Orsk | Oct 24, 2031 | Zuletzt geändert: Nov 7, 2031, 8:54 AM GMT+1"
    ex = Extracted(BODY, furniture=(RemovedLine(line, "outside article", 4),), body_lines=(5, 20))
    pub = date_article(ex, "de", today=TODAY)  # English month names read on a German page
    assert pub.iso == "2031-10-24"
    assert any(e.kind == "updated since" and "2031-11-07" in e.text for e in pub.evidence)


def test_a_byline_kept_in_the_text_stating_its_weekday_holds_against_an_agenda():
    agenda = "".join(f"{n}/11 Réunion publique du comité de quartier {n} à Pontverre\n" for n in range(8))
    text = (
        f"Agenda\n{agenda}23/11 Assemblée générale du comité mardi 23 novembre\n"
        "« Les privatisations ne profitent qu'aux actionnaires »\n"
        "jeudi 13 juin 2030, par Lena Orsk\n" + "\n".join([BODY] * 4)
    )
    pub = date_article(Extracted(text), "fr", today=TODAY)
    assert pub.iso == "2030-06-13" and pub.evidence[0].kind == "byline in the text"


def test_a_chronology_in_the_body_is_no_byline():
    chronology = "\n".join(
        [BODY] * 3
        + ["3 janvier 2031 : frappe sur l'aéroport de Pontverre", "5 janvier 2031 : vote du Parlement"]
        + [BODY] * 3
    )
    pub = date_article(Extracted(chronology), "fr", today=TODAY)
    assert not any(e.kind == "byline in the text" for e in pub.evidence)


def test_the_day_a_sites_widget_stamps_its_posts_is_not_the_articles():
    """Posts of a widget the site showed on every page the day it was crawled: the lines repeated
    across pages are learned furniture; a rarer post of that day left at the bottom is the
    widget's too, and so is any date htmldate finds on it."""
    learned = "recurs across 27 articles of crawl (outlet unknown)"
    widget = (
        RemovedLine("@veilleur 19h02 11 février 2032 REPARTAGER Les phares rallumés", learned, 9),
        RemovedLine("@veilleur 18h30 11 février 2032 REPARTAGER Le budget voté", learned, 10),
    )
    text = BODY + "\n@veilleur 17h15 11 février 2032 REPARTAGER Un marché de Noël sous la neige\n"
    pub = date_article(Extracted(text, furniture=widget), "fr", today=TODAY)
    assert pub.iso is None
    banner = (RemovedLine("Mardi 10 février 2032", learned, 1),)  # no clock time: not a widget's post
    text = BODY + "\nParis, le 10 février 2032 à 9h12\n"
    assert date_article(Extracted(text, furniture=banner), "fr", today=TODAY).iso == "2032-02-10"


def test_a_date_of_the_crawl_day_may_still_be_the_articles():
    """A page is often fetched the day it comes out: its signature of that day, without a clock
    time, is its date; so is a stamp the site's same-day articles share word for word."""
    learned = "recurs across 27 articles of crawl (outlet unknown)"
    widget = (RemovedLine("@veilleur 19h02 11 février 2032 REPARTAGER Les phares rallumés", learned, 9),)
    signed = BODY + "\nCastelmar, le 11 février 2032\n"
    assert date_article(Extracted(signed, furniture=widget), "fr", today=TODAY).iso == "2032-02-11"
    edition = (RemovedLine("Le 3 mars 2032 à 06h00 | Rédaction | Édition du matin", learned, 1),)
    pub = date_article(Extracted(BODY, furniture=edition), "fr", today=TODAY)
    assert (pub.iso, pub.evidence[0].kind.split(" (")[0]) == ("2032-03-03", "byline stamp")
