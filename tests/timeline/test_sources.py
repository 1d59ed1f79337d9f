"""Timeline: which other sentences are sources of a line, and which days a line may stand for."""

from datetime import date

from storyline.timeline.build import TimelineParams, build_timeline
from storyline.timeline.events import common_names, value_matches
from storyline.timeline.sentences import sentences_of
from tests.timeline.test_build import _art, _with_mentions
from tests.timeline.test_selection import _said

DAY = date(2031, 5, 12)


def test_a_date_with_a_time_of_day_is_still_a_date():
    assert value_matches("2031-05-12TEV", DAY)
    assert not value_matches("2031-05-19TEV", DAY)
    assert not value_matches("2031-05-19T20:00", DAY)
    assert value_matches("XXXX-WXX-1TNI", DAY)  # 12 May 2031 is a Monday
    assert value_matches("PRESENT_REF", DAY)


def test_names_most_articles_share_do_not_make_two_sentences_one_event():
    vote = "Karim Hadidi a fait voter lundi à Valdor la loi sur les ports."
    other = "Karim Hadidi a reçu à Valdor une délégation de pêcheurs du Nord."
    filler = "Karim Hadidi a visité Valdor."
    names = [("Karim Hadidi", "PER"), ("Valdor", "LOC")]
    corpus = [_with_mentions(_said("vote", date(2031, 5, 13), vote, ("lundi", DAY)), names)]
    corpus.append(_with_mentions(_art("other", date(2031, 5, 13), [(other, [])]), names))
    corpus += [_with_mentions(_art(f"f{i}", date(2031, 6, 1 + i), [(filler, [])]), names) for i in range(24)]
    sents = [s for a in corpus for s in sentences_of(a)]
    assert common_names(sents) == {("hadidi karim", "PER"), ("valdor", "LOC")}
    entries = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    assert [src.article for src in entries[0].sentences[0].sources] == ["vote"]
    # In a handful of articles no name is the story's: the two tellings are one event.
    entries = build_timeline(corpus[:2], TimelineParams(dates=1, sentences=1))
    assert [src.article for src in entries[0].sentences[0].sources] == ["vote", "other"]


def test_a_chronology_line_stands_for_its_own_day_not_for_a_day_it_recalls():
    earlier = date(2031, 2, 22)
    line = "12 mai - Karim Hadidi, rallié aux insurgés le 22 février, est tué près de Valdor."
    corpus = [
        _said("list", date(2031, 5, 20), line, ("12 mai", DAY), ("22 février", earlier)),
        _said(
            "feb",
            date(2031, 2, 23),
            "Karim Hadidi a rejoint mardi les insurgés de Valdor.",
            ("mardi", earlier),
        ),
    ]
    entries = build_timeline(corpus, TimelineParams(dates=2, sentences=1))
    assert {e.date: e.sentences[0].text for e in entries}[earlier].startswith("Karim Hadidi a rejoint")


def test_a_day_named_only_as_the_start_of_a_time_is_background():
    start = date(2031, 2, 15)
    since = "Depuis le 15 février, plus de 20 000 personnes ont quitté Valdor, selon l'ONU."
    event = "La révolte a éclaté le 15 février à Valdor, quand la police a tiré sur la foule."
    [a] = [_said("since", date(2031, 3, 1), since, ("le 15 février", start))]
    assert sentences_of(a)[0].since == {start}
    b = _said("event", date(2031, 3, 1), event, ("le 15 février", start))
    assert sentences_of(b)[0].since == frozenset()
    # "depuis" belongs to the duration or the range's start before the day, not to the day
    freed = "L'opposant emprisonné depuis trois ans a été libéré le 15 février à Valdor."
    c = _art(
        "freed", date(2031, 3, 1), [(freed, [("trois ans", "P3Y"), ("le 15 février", start.isoformat())])]
    )
    assert sentences_of(c)[0].since == frozenset()
    fled = "Depuis le 15 février jusqu'au 3 mars, 20 000 personnes ont fui Valdor."
    d = _said("fled", date(2031, 3, 10), fled, ("le 15 février", start), ("3 mars", date(2031, 3, 3)))
    assert sentences_of(d)[0].since == {start}
    [entry] = build_timeline([a, b], TimelineParams(dates=1, sentences=1))
    line = entry.sentences[0]
    assert line.text == event
    assert [src.article for src in line.sources] == ["event"]  # the later count tells no 15 February


def test_a_sentence_is_a_source_of_one_line_only():
    from scipy import sparse

    from storyline.timeline.build import _entry

    texts = [
        "Le port de Valdor a fermé lundi.",
        "La grève a commencé lundi.",
        "Le port a fermé lundi et la grève a commencé.",
    ]
    corpus = [_said(f"a{i}", date(2031, 5, 13), t, ("lundi", DAY)) for i, t in enumerate(texts)]
    sents = [s for a in corpus for s in sentences_of(a)]
    # the third is closer to the first line (cosine 0.8) but was grouped with the second (0.6)
    vectors = sparse.csr_matrix([[1.0, 0.0], [0.0, 1.0], [0.8, 0.6]])
    entry = _entry(DAY, 1.0, [(0, {0}), (1, {1, 2})], vectors, sents, set(), {}, frozenset())
    assert [[src.article for src in line.sources] for line in entry.sentences] == [["a0", "a2"], ["a1"]]
    # nor is the head of one line a source of another (the third heads a line of its own)
    entry = _entry(DAY, 1.0, [(0, {0}), (2, {2})], vectors, sents, set(), {}, frozenset())
    assert [[src.article for src in line.sources] for line in entry.sentences] == [["a0"], ["a2", "a1"]]


def test_days_long_before_the_first_article_are_background_unless_asked_for():
    old = date(2001, 9, 11)
    recall = "Les attentats du 11 septembre 2001 avaient fait près de 3 000 morts à New York."
    corpus = [_said(f"r{i}", date(2031, 5, 13 + i), recall, ("11 septembre 2001", old)) for i in range(4)] + [
        _said("now", date(2031, 5, 13), "Les dockers de Valdor ont bloqué lundi le port.", ("lundi", DAY))
    ]
    assert [e.date for e in build_timeline(corpus, TimelineParams())] == [DAY]
    asked = build_timeline(corpus, TimelineParams(start=date(2001, 1, 1)))
    assert [e.date for e in asked] == [old, DAY]


def test_a_line_opening_with_a_pronoun_for_someone_named_before_gives_way():
    from storyline.timeline.sentences import _anaphoric

    assert _anaphoric("Il annonce que le port rouvrira.", "fr")
    assert _anaphoric("Ce dernier, ancien ministre, est arrivé à Castelmar.", "fr")
    assert _anaphoric("Selon lui, il s'agit d'un document interne.", "fr")
    assert _anaphoric("His comments came as the council met.", "en")
    assert not _anaphoric("Il y a eu trente blessés à Valdor.", "fr")
    assert not _anaphoric("Selon le ministre, le port rouvrira.", "fr")
    assert not _anaphoric("Selon l'ONU, 20 000 personnes ont fui.", "fr")
    assert not _anaphoric("It was the worst storm in a decade.", "en")
    assert _anaphoric("D'après lui, le port rouvrira.", "fr")
    assert _anaphoric("Selon eux, la digue a cédé dans la nuit.", "fr")
    assert _anaphoric("According to them, the dam gave way overnight.", "en")
    assert not _anaphoric("According to the mayor, the dam gave way overnight.", "en")
    assert not _anaphoric("Il s’agit d'un document interne.", "fr")
    assert not _anaphoric("Il n'y a pas eu de victimes à Valdor.", "fr")
    assert not _anaphoric("Ce premier bilan fait état de trente morts.", "fr")  # not "premier ministre"
    assert not _anaphoric("This field hospital treated 300 people.", "en")  # not "field marshal"
    pronoun = "Il a annoncé lundi la réouverture du port de Valdor."
    named = (
        "Le ministre des Ports, Karim Hadidi, a annoncé lundi la réouverture du port de Valdor aux pêcheurs."
    )
    corpus = [
        _said("pronoun", date(2031, 5, 13), pronoun, ("lundi", DAY)),
        _said("named", date(2031, 5, 13), named, ("lundi", DAY)),
    ]
    [entry] = build_timeline(corpus, TimelineParams(dates=1, sentences=1))
    assert entry.sentences[0].text == named
