"""Timeline: date ranking, sentence choice, merging of the same event, provenance, wire copies."""

from datetime import date

from storyline.model import AnnotatedArticle, Article, PubDate, Sentence, Timex
from storyline.timeline.build import TimelineParams, build_timeline, focused_ids, published_within


def _art(aid: str, pub: date | None, sentences: list[tuple[str, list[tuple[str, str]]]]) -> AnnotatedArticle:
    """An article from (sentence, [(timex text, value)]) pairs; spans computed from the text."""
    text, spans, timexes = "", [], []
    for sent, times in sentences:
        start = len(text)
        text += sent + " "
        spans.append(Sentence(start, start + len(sent)))
        for ttext, value in times:
            at = text.index(ttext, start)
            timexes.append(Timex(at, at + len(ttext), ttext, "DATE", value))
    published = PubDate(pub, "day", 0.9) if pub else PubDate.unknown()
    art = Article(aid, f"{aid}.txt", f"h-{aid}", text.strip(), "fr", published, title=aid)
    return AnnotatedArticle(art, tuple(spans), (), tuple(timexes))


STRIKE = "Une frappe de drone a tué le chef de milice Karim Hadidi près de l'aéroport de Valdor le 3 mars."
VOTE = "Le Parlement de Valdoria a voté mardi une résolution exigeant le départ des troupes étrangères."

CORPUS = [
    _art(
        "a",
        date(2031, 3, 4),
        [
            (STRIKE, [("le 3 mars", "2031-03-03")]),
            ("Les marchés ont peu réagi à la nouvelle dans la journée.", []),
        ],
    ),
    _art(
        "b",
        date(2031, 3, 8),
        [
            (VOTE, [("mardi", "2031-03-07")]),
            (
                "Le chef de milice Karim Hadidi a été tué par une frappe de drone près de "
                "l'aéroport de Valdor vendredi 3 mars.",
                [("vendredi 3 mars", "2031-03-03")],
            ),
        ],
    ),
    _art(
        "c",
        None,
        [
            (
                "Début mars, une frappe de drone a tué le chef de milice Karim Hadidi près de l'aéroport "
                "de Valdor, selon les autorités.",
                [("Début mars", "XXXX-03")],
            )
        ],
    ),
    _art("d", date(2031, 3, 9), [(VOTE, [("mardi", "2031-03-07")])]),  # a wire copy of b's sentence
]


def test_dates_ranked_and_events_merged_with_provenance():
    entries = build_timeline(CORPUS, TimelineParams(dates=2, sentences=1), duplicate_of={"d": "b"})
    assert [e.date for e in entries] == [date(2031, 3, 3), date(2031, 3, 7)]
    strike = entries[0].sentences[0]
    assert {s.article for s in strike.sources} == {"a", "b", "c"}  # one event, three tellings
    for src in strike.sources:
        article = next(x.article for x in CORPUS if x.article.id == src.article)
        assert article.text[src.start : src.end] == src.text
    vote = entries[1].sentences[0]
    assert [s.article for s in vote.sources] == ["b", "d"]  # the wire copy is a source, not a new line
    assert entries[1].articles == 2


def test_date_range_and_focus():
    only_vote = build_timeline(CORPUS, TimelineParams(start=date(2031, 3, 5)), duplicate_of={"d": "b"})
    assert [e.date for e in only_vote] == [date(2031, 3, 7)]
    focused = build_timeline(CORPUS, TimelineParams(query="Parlement résolution"), duplicate_of={"d": "b"})
    # Only the article using the focus words (and its wire copy) is drawn from.
    assert {src.article for e in focused for s in e.sentences for src in s.sources} == {"b", "d"}
    assert build_timeline([], TimelineParams()) == []


def test_the_articles_a_focus_keeps_are_known_before_any_annotation_is_read():
    texts = [(a.article.id, a.article.text) for a in CORPUS]
    dup = {"d": "b"}
    kept = focused_ids(iter(texts), "Parlement résolution", dup)
    assert kept == {"b", "d"}  # the original using the words, and its wire copy
    # the timeline of those alone is the timeline of the whole corpus under the same focus
    params = TimelineParams(query="Parlement résolution")
    subset = [a for a in CORPUS if a.article.id in kept]
    assert build_timeline(subset, params, dup) == build_timeline(CORPUS, params, dup)
    assert focused_ids(iter(texts), "xylophone", dup) is None  # no article uses it: no filter
    # a copy alone using the words keeps nothing: the focus is read on originals
    assert focused_ids([("b", "rien"), ("d", "Parlement")], "Parlement", dup) is None


def test_undated_vague_sentences_never_make_their_own_entry():
    entries = build_timeline([CORPUS[2]], TimelineParams())
    assert entries == []


def _with_mentions(item: AnnotatedArticle, names: list[tuple[str, str]]) -> AnnotatedArticle:
    from storyline.model import Mention

    text = item.article.text
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names)
    return AnnotatedArticle(item.article, item.sentences, mentions, item.timexes)


def test_same_event_in_other_words_joins_through_shared_names_and_a_fitting_date():
    dated = _with_mentions(
        _art(
            "x",
            date(2031, 3, 6),
            [
                (
                    "Karim Hadidi et Lina Vos ont été assassinés le 3 mars à Valdor.",
                    [("le 3 mars", "2031-03-03")],
                )
            ],
        ),
        [("Karim Hadidi", "PER"), ("Lina Vos", "PER"), ("Valdor", "LOC")],
    )
    context = "Ce vote suit le raid mené début mars dans la capitale."
    undated = _with_mentions(
        _art(
            "y",
            None,
            [
                (context, [("début mars", "XXXX-03")]),
                ("Le raid a tué le chef Karim Hadidi et son adjointe Lina Vos.", []),
            ],
        ),
        [("Karim Hadidi", "PER"), ("Lina Vos", "PER")],
    )
    friday = _with_mentions(
        _art(
            "z",
            None,
            [
                ("Il a parlé vendredi.", [("vendredi", "XXXX-WXX-5")]),
                ("Karim Hadidi et Lina Vos ont reçu le ministre.", []),
            ],
        ),
        [("Karim Hadidi", "PER"), ("Lina Vos", "PER")],
    )
    [entry] = build_timeline([dated, undated, friday], TimelineParams(sentences=1))
    # "début mars" fits 3 March 2031 (a Monday); "vendredi" does not, so z's sentence stays out.
    assert [s.article for s in entry.sentences[0].sources] == ["x", "y"]


def test_an_article_dated_to_its_month_or_year_is_within_a_range_it_overlaps():
    march = PubDate(date(2031, 3, 1), "month", 0.6)
    year = PubDate(date(2031, 1, 1), "year", 0.6)
    assert published_within(march, date(2031, 3, 15), None)
    assert not published_within(march, date(2031, 4, 1), None)
    assert published_within(year, date(2031, 6, 1), date(2031, 6, 30))
    assert not published_within(year, None, date(2030, 12, 31))
    assert published_within(PubDate.unknown(), date(2031, 6, 1), None)
