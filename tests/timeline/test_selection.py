"""Timeline: which days and which sentences — announcements, quotes, focus, ranges, defaults."""

from datetime import date

from storyline.timeline.build import TimelineParams, build_timeline, default_dates, default_sentences
from storyline.timeline.dates import rank_days
from storyline.timeline.sentences import sentences_of
from tests.timeline.test_build import _art

DAY = date(2031, 5, 12)
REPORT = "Les ouvriers du port de Miravel ont bloqué lundi les quais pour exiger une hausse des salaires."
ANNOUNCE = "Les ouvriers du port de Miravel ont prévu de bloquer lundi les quais pour leurs salaires."
QUOTE = "« Nous bloquerons les quais de Miravel tant que les salaires ne bougeront pas », dit un docker."


def _strike_corpus():
    return [
        _art("before", date(2031, 5, 10), [(ANNOUNCE, [("lundi", DAY.isoformat())])]),
        _art("after", date(2031, 5, 13), [(REPORT, [("lundi", DAY.isoformat())])]),
        _art("quote", date(2031, 5, 13), [(QUOTE, [])]),
    ]


def test_a_report_of_the_day_comes_before_its_announcement():
    [entry] = build_timeline(_strike_corpus(), TimelineParams(dates=1, sentences=1))
    assert entry.date == DAY
    assert entry.sentences[0].text == REPORT


def test_the_opening_of_an_article_published_that_day_speaks_for_it_but_a_quote_weighs_less():
    corpus = _strike_corpus()[1:]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=2))
    texts = [s.text for s in entry.sentences]
    assert texts[0] == REPORT
    assert QUOTE in texts or any(src.text == QUOTE for s in entry.sentences for src in s.sources)


def test_a_heading_or_a_lead_into_a_quotation_gives_way_to_a_sentence():
    lead = "Les dockers du port de Miravel ont bloqué lundi les quais, et leur syndicat écrit :"
    heading = "Les dockers du port de Miravel bloquent les quais lundi"
    corpus = [
        _art("lead", date(2031, 5, 13), [(lead, [("lundi", DAY.isoformat())])]),
        _art("heading", date(2031, 5, 13), [(heading, [("lundi", DAY.isoformat())])]),
        _art("report", date(2031, 5, 13), [(REPORT, [("lundi", DAY.isoformat())])]),
    ]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    assert entry.date == DAY
    assert entry.sentences[0].text == REPORT


def _said(aid: str, pub: date, text: str, *times: tuple[str, date]):
    """A one-sentence article naming the given days."""
    return _art(aid, pub, [(text, [(t, d.isoformat()) for t, d in times])])


def test_days_recalled_later_by_more_articles_rank_first():
    early = date(2031, 5, 1)
    corpus = [
        _said("a", date(2031, 5, 2), "Le port de Miravel a rouvert jeudi après la grève.", ("jeudi", early)),
        _said(
            "b", date(2031, 5, 20), "Le port avait rouvert le 1er mai après la grève.", ("le 1er mai", early)
        ),
        _said("c", date(2031, 5, 13), REPORT, ("lundi", DAY)),
    ]
    sents = [s for a in corpus for s in sentences_of(a)]
    ranked = rank_days(sents, None, None)
    assert [d for d, _ in ranked] == [early, DAY]


def test_range_leaves_out_articles_published_outside_it():
    entries = build_timeline(_strike_corpus(), TimelineParams(end=date(2031, 5, 12)))
    # "after" and "quote" are published on the 13th: only the announcement is left
    assert [s.article for e in entries for line in e.sentences for s in line.sources] == ["before"]


def test_a_focus_no_article_uses_is_no_filter():
    plain = build_timeline(_strike_corpus(), TimelineParams())
    assert build_timeline(_strike_corpus(), TimelineParams(query="zzyzx")) == plain
    focused = build_timeline(_strike_corpus(), TimelineParams(query="prévu"))
    assert {s.article for e in focused for line in e.sentences for s in line.sources} == {"before"}


def test_the_next_day_is_taken_when_a_day_has_nothing_left_to_say():
    other, later = date(2031, 5, 14), date(2031, 5, 20)
    corpus = [
        _said(
            "a",
            date(2031, 5, 15),
            "Bloqué depuis lundi, le port a rouvert mercredi.",
            ("lundi", DAY),
            ("mercredi", other),
        ),
        _said(
            "b", date(2031, 5, 15), "Le ministre a reçu les syndicats du port mercredi.", ("mercredi", other)
        ),
        _said("c", date(2031, 5, 21), "Les dockers ont signé mardi un accord salarial.", ("mardi", later)),
    ]
    entries = build_timeline(corpus, TimelineParams(dates=2, sentences=1))
    # a's sentence, told under the 14th, leaves the 12th with nothing to say: the 20th comes in
    assert [e.date for e in entries] == [other, later]


def test_defaults_follow_the_size_and_span_of_the_corpus():
    assert default_dates(4) == 8 and default_dates(400) == 40 and default_dates(400, n_days=12) == 12
    assert default_sentences(100, 20) == 2 and default_sentences(5, 20) == 1


def test_the_day_an_event_was_counted_from_is_the_day_it_names():
    from dataclasses import replace

    from storyline.model import Timex

    text = (
        "Le ministre a écrit lundi 12 mai au syndicat. La lettre arrive au lendemain d'un vote des dockers."
    )
    item = _art(
        "a",
        date(2031, 5, 12),
        [(text.split(". ")[0] + ".", [("lundi 12 mai", DAY.isoformat())]), (text.split(". ")[1], [])],
    )
    at = item.article.text.index("lendemain")
    event = Timex(at, at + len("lendemain"), "lendemain", "DATE", "XXXX-XX-XX", "", "event")
    item = replace(item, timexes=(*item.timexes, event))
    [first, second] = sentences_of(item)
    assert first.days == (DAY,) and second.days == (date(2031, 5, 11),)  # the vote: the day before


def test_a_day_followed_by_a_day_of_news_and_named_in_openings_ranks_first():
    quiet, busy = date(2031, 6, 2), date(2031, 6, 9)
    filler = "Les négociations sur les salaires des dockers de Miravel se poursuivent."
    corpus = [
        _art("q", date(2031, 6, 20), [(filler, [])] * 3 + [(REPORT, [("lundi", quiet.isoformat())])]),
        _art("b", date(2031, 6, 20), [(REPORT, [("lundi", busy.isoformat())])]),
        _said("n1", busy.replace(day=10), filler),
        _said("n2", busy.replace(day=10), ANNOUNCE),
    ]
    sents = [s for a in corpus for s in sentences_of(a)]
    ranked = rank_days(sents, None, None)
    assert [d for d, _ in ranked] == [busy, quiet]


def test_a_dateline_is_left_out_of_the_sentence_but_its_span_still_points_into_the_article():
    opening = "MIRAVEL, Valdoria (Agence Fictive) - " + REPORT
    corpus = [_art("wire", date(2031, 5, 13), [(opening, [("lundi", DAY.isoformat())])])]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    [line] = entry.sentences
    assert line.text == REPORT
    src = line.sources[0]
    assert corpus[0].article.text[src.start : src.end] == REPORT


def test_a_dateline_in_capitals_without_an_agency_is_left_out_too():
    told = "The dock workers of Miravel blocked the quays on Monday to demand higher wages."
    cases = {
        "MIRAVEL, Valdoria -- ": told,
        "PORT ARDEN, Val. , May 12 -- ": told,
        "Dockers Shut Down the Port of Miravel MIRAVEL -- ": told,  # a headline run into it
        "MIRAVEL -- MIRAVEL (Fictive Press) -- ": told,
    }
    monday = [("Monday", DAY.isoformat())]
    for dateline, rest in cases.items():
        [sent] = sentences_of(_art("wire", date(2031, 5, 13), [(dateline + rest, monday)]))
        assert sent.text == rest, dateline
    # A dash after capitals inside a sentence is prose: the text before is no headline.
    prose = "The union said the ILO -- Geneva was told on Monday -- had been warned about the port."
    [sent] = sentences_of(_art("prose", date(2031, 5, 13), [(prose, monday)]))
    assert sent.text == prose


def test_a_dateline_run_into_highlights_or_a_later_wire_story_is_left_out():
    told = "The dock workers of Miravel blocked the quays on Monday to demand higher wages."
    monday = [("Monday", DAY.isoformat())]
    highlights = (
        "Dockers say the port will stay shut Union leaders meet the minister of transport on Friday "
        "Talks broke down after three weeks of strikes along the coast of Valdoria and in the north "
        "Shipping lines have begun to divert their vessels to the southern ports "
    )
    filler = ("The port handles most of the country's trade.", [])
    corpus = [
        _art(
            "cnn",
            date(2031, 5, 13),
            [("Port strike", []), (highlights + "-LRB- VNN -RRB- -- " + told, monday)],
        ),
        _art("wires", date(2031, 5, 13), [filler] * 4 + [("PORT ARDEN (Fictive Press) -- " + told, monday)]),
    ]
    for item in corpus:
        assert sentences_of(item)[-1].text == told, item.article.id
    # The text run in before is another story's: its days are not the line's.
    friday = [("Friday", "2031-05-09"), ("Monday", DAY.isoformat())]
    [_, sent] = sentences_of(
        _art("cnn", date(2031, 5, 13), [filler, (highlights + "(VNN) -- " + told, friday)])
    )
    assert (sent.text, sent.days) == (told, (DAY,))
    # Prose: a bracket without a capital, a single dash, an aside a second dash closes a few words
    # on, an acronym after its name, a quotation.
    for kept in (
        "The minister (on Monday) -- and the union too -- said the port would reopen for good.",
        "The strike went on. The union (Valdoria Dockers) - which called it - met on Monday at noon.",
        "Officials at the Miravel Port Authority (Arden Docks) -- Lina Vos among them -- met on Monday.",
        "The Valdoria Dockers Union (VDU) -- The union said on Monday it would stay out all week.",
        '"We were told by the agency (Fictive Press) -- They never said why," he said on Monday.',
    ):
        item = _art("prose", date(2031, 5, 13), [filler] * 3 + [(kept, monday)])
        assert sentences_of(item)[-1].text == kept


def test_bullets_live_blog_clocks_bracketed_stamps_and_credits_open_no_line():
    told = "The dock workers of Miravel blocked the quays on Monday to demand higher wages."
    monday = [("Monday", DAY.isoformat())]
    openers = [
        "* ",
        "-- ",
        "\\* ",  # an escaped bullet, as some scrapes keep it
        "•",
        "(Update 2:17 p.m. in Miravel, 7:17 a.m. ET) ",
        "-LRB- 4:37 p.m. Monday ET , 10:27 p.m. in Miravel -RRB- ",
        "(By Ana Ruiz -- Associated Press) ",  # a byline's "By" before an agency: a photo credit
        "(Photo: Ana Ruiz) (Ana Ruiz - AFP) ",
        "23h54 : ",
    ]
    for opener in openers:
        [sent] = sentences_of(_art("blog", date(2031, 5, 12), [(opener + told, monday)]))
        assert sent.text == told, opener
    # A bracket that is neither stamp nor credit is part of the sentence; so is a dash inside it.
    for kept in (
        "(The union) said on Monday that it would strike for as long as needed, all of it.",
        "Miravel -- a port of 40,000 souls -- went on strike on Monday for higher wages.",
        "-19.59 points for the Miravel index on Monday, its worst fall since the spring.",
    ):
        [sent] = sentences_of(_art("prose", date(2031, 5, 12), [(kept, monday)]))
        assert sent.text == kept


def test_a_sentence_of_fewer_than_three_words_is_no_line():
    lundi = [("lundi", DAY.isoformat())]
    corpus = [_art("a", date(2031, 5, 12), [("-RRB-", []), (REPORT, lundi)])]  # an opening, that day
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=2))
    assert [s.text for s in entry.sentences] == [REPORT]


def test_a_page_header_run_into_the_first_sentence_is_left_out_up_to_its_stamp():
    # Sentence-split text glues title, standfirst and publication stamp to the first sentence.
    opening = "Grève au port de Miravel Les dockers bloquent les quais mardi 13 mai 2031 08.15 CET " + REPORT
    narrative = "Le mardi 13 mai 2031 à 08.15 CET les dockers de Miravel ont rouvert les quais du port."
    corpus = [
        _art(
            "head",
            date(2031, 5, 13),
            [(opening, [("mardi 13 mai 2031", "2031-05-13"), ("lundi", DAY.isoformat())])],
        ),
        _art("tale", date(2031, 5, 14), [(narrative, [("mardi 13 mai 2031", "2031-05-13")])]),
    ]
    sents = {s.article: s for a in corpus for s in sentences_of(a)}
    assert sents["head"].text == REPORT
    assert corpus[0].article.text[sents["head"].start : sents["head"].end] == REPORT
    assert date(2031, 5, 13) in sents["head"].days  # the stamp's day still counts
    assert sents["tale"].text == narrative  # a date and hour told in the prose, lower case after it


def test_a_stamp_whose_clock_the_tagger_joined_to_its_date_is_left_out_too():
    from dataclasses import replace

    opening = "Grève au port de Miravel mardi 13 mai 2031 08.15 CET " + REPORT
    art = _art("head", date(2031, 5, 13), [(opening, [("mardi 13 mai 2031 08.15 CET", "2031-05-13T08:15")])])
    art = replace(art, timexes=tuple(replace(t, type="TIME") for t in art.timexes))
    [sent] = sentences_of(art)
    assert sent.text == REPORT
    assert sent.days == ()  # a clock's day is the page's, not an event's


def test_support_sums_the_closest_cosine_of_each_other_article():
    import numpy as np

    from storyline.timeline.summarise import _support

    sims = np.array(
        [
            [1.0, 0.9, 0.5, 0.3, 0.05],
            [0.9, 1.0, 0.2, 0.4, 0.0],
            [0.5, 0.2, 1.0, 0.1, 0.0],
            [0.3, 0.4, 0.1, 1.0, 0.0],
            [0.05, 0.0, 0.0, 0.0, 1.0],
        ]
    )
    # candidates 0 and 1 are of article "a", 2 of "b", 3 of "c", 4 of "d"
    support = _support(sims, ["a", "a", "b", "c", "d"])
    # its own article does not count; per other article the closest; under 0.15 nothing
    assert np.allclose(support, [0.5 + 0.3, 0.2 + 0.4, 0.5, 0.4, 0.0])


def test_a_chronology_line_opens_with_its_date_then_a_dash_or_colon():
    corpus = [
        _said(
            "a", date(2031, 5, 20), "* 12 mai : les dockers de Miravel bloquent les quais.", ("12 mai", DAY)
        ),
        _said(
            "b", date(2031, 5, 20), "Le 12 mai, les dockers de Miravel ont bloqué les quais.", ("12 mai", DAY)
        ),
        _said(
            "c",
            date(2031, 5, 20),
            "Les dockers ont bloqué les quais le 12 mai : une première.",
            ("12 mai", DAY),
        ),
    ]
    assert [s.chronicle for a in corpus for s in sentences_of(a)] == [True, False, False]


def test_of_two_tellings_as_close_to_the_day_the_shorter_leads():
    from scipy import sparse

    from storyline.timeline.summarise import summarise

    long = (
        "Les dockers du port de Miravel, qui réclament depuis des mois une hausse des salaires et de "
        "meilleures conditions de travail sur les quais, ont bloqué lundi l'accès au terminal."
    )
    short = "Les dockers du port de Miravel ont bloqué lundi l'accès au terminal."
    corpus = [
        _said("long", date(2031, 5, 13), long, ("lundi", DAY)),
        _said("short", date(2031, 5, 13), short, ("lundi", DAY)),
    ]
    sents = [s for a in corpus for s in sentences_of(a)]
    same = sparse.csr_matrix([[1.0, 0.0], [1.0, 0.0]])  # equally close to the day: only the length differs
    [(head, members)] = summarise(DAY, [0, 1], {}, same, sents, set(), 1, set())
    assert sents[head].text == short and members == {0, 1}


def test_a_chronology_line_is_preferred():
    line = "12 mai - Les dockers du port de Miravel bloquent l'accès au terminal pour leurs salaires."
    corpus = [
        _said(
            "short",
            date(2031, 5, 13),
            "Les dockers du port de Miravel ont bloqué lundi l'accès au terminal.",
            ("lundi", DAY),
        ),
        _said("list", date(2031, 6, 1), line, ("12 mai", DAY)),
    ]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    assert entry.sentences[0].text == line


def test_an_opening_counts_less_for_the_day_before_when_the_article_names_its_own_day():
    from storyline.timeline.summarise import NEXT_DAY_LEAD, leads_by_day

    tuesday = date(2031, 5, 13)
    lead = "Une lettre du préfet annonçait la réouverture du port de Miravel."
    own_day = _art(
        "today",
        tuesday,
        [(lead, []), ("Ce mardi 13 mai, la préfecture a démenti.", [("mardi 13 mai", "2031-05-13")])],
    )
    no_day = _art("plain", tuesday, [(lead, []), ("La préfecture a démenti la lettre.", [])])
    sents = [s for a in (own_day, no_day) for s in sentences_of(a)]
    leads = leads_by_day(sents)
    assert leads[tuesday] == {0: 1.0, 2: 1.0, 3: 1.0}
    assert leads[DAY][2] == leads[DAY][3] == NEXT_DAY_LEAD
    assert leads[DAY][0] < NEXT_DAY_LEAD


def test_an_opening_that_names_its_own_day_first_counts_less_for_the_day_before():
    # "a démenti mardi, au lendemain de la publication": the day before is named as an earlier
    # event's, the article reports Tuesday; its undated quotation is Tuesday's news
    from storyline.timeline.summarise import NEXT_DAY_LEAD, leads_by_day

    tuesday = date(2031, 5, 13)
    quote = ("« Le port restera fermé. »", [])
    openings = {
        "denial": (
            "Le préfet a démenti mardi la fermeture du port, au lendemain de la fuite d'une lettre.",
            [("mardi", "2031-05-13"), ("lendemain", "2031-05-12")],
        ),
        "morning": (
            "La préfecture a annoncé hier la fermeture du port, avant de se raviser mardi.",
            [("hier", "2031-05-12"), ("mardi", "2031-05-13")],
        ),
        "wire": (
            "MIRAVEL, 13 mai 2031 (ACP) - La préfecture a annoncé hier la fermeture du port.",
            [("13 mai 2031", "2031-05-13"), ("hier", "2031-05-12")],
        ),
    }
    denial, morning, wire = (_art(name, tuesday, [first, quote]) for name, first in openings.items())
    sents = [s for a in (denial, morning, wire) for s in sentences_of(a)]
    leads = leads_by_day(sents)
    assert leads[tuesday] == {1: 1.0, 3: 1.0, 5: 1.0}
    assert leads[DAY][1] < NEXT_DAY_LEAD
    assert leads[DAY][3] == NEXT_DAY_LEAD
    assert leads[DAY][5] == NEXT_DAY_LEAD  # the dateline's day is the page's, not what it reports


def test_an_opening_other_articles_repeat_weeks_apart_is_a_standing_line_not_the_news():
    from storyline.timeline.build import _vectorize
    from storyline.timeline.summarise import _standing, summarise

    tagline = "Ce billet fait partie de notre dossier sur la grève du port de Miravel."
    news = (
        "Réunis en assemblée générale sur le quai nord, les dockers de Miravel ont voté à une large "
        "majorité la reprise du travail après trois semaines de grève et de blocage du port."
    )

    def sents_of(corpus):
        return [s for a in corpus for s in sentences_of(a)]

    today = _art("today", DAY, [(tagline, []), (news, [])])
    later = [
        _art(f"later{n}", date(2031, 6, 1 + 7 * n), [(tagline, []), (f"Le port a reçu {n} navires.", [])])
        for n in range(2)
    ]
    # repeated by one article only, weeks later, an opening is no standing line
    for corpus, line in (([today, *later], news), ([today, later[0]], tagline)):
        sents = sents_of(corpus)
        vectors = _vectorize([s.text for s in sents])
        chosen = summarise(DAY, [], {0: 1.0, 1: 1.0}, vectors, sents, set(), 1, set())
        assert [sents[head].text for head, _ in chosen] == [line]
        assert _standing(0, vectors, sents) == (line == news)


def test_a_question_gives_way_to_a_statement():
    question = "Les dockers de Miravel ont-ils vraiment voté lundi la fin du blocage du port ?"
    statement = (
        "Les dockers de Miravel ont voté lundi soir en assemblée la fin du blocage du port "
        "après trois semaines."
    )
    corpus = [
        _art("asks", DAY, [(question, [("lundi", DAY.isoformat())])]),
        _art("tells", DAY, [(statement, [("lundi", DAY.isoformat())])]),
    ]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    assert entry.sentences[0].text == statement
    assert [s.asks for s in sentences_of(corpus[0])] == [True]
