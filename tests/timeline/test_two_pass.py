"""Timelines of corpora too large to read whole: the days ranked in one pass over every article,
then only the articles telling the chosen days read, within a budget."""

from datetime import date, timedelta

from storyline.timeline.build import TimelineParams, build_timeline, build_timeline_streamed
from storyline.timeline.dates import DayVotes, rank_days
from storyline.timeline.sentences import sentences_of
from tests.timeline.test_build import CORPUS, _art
from tests.timeline.test_selection import DAY, QUOTE, REPORT, _strike_corpus

OTHER_DAY = date(2031, 4, 20)
FAIR = "La foire aux bestiaux de Miravel a ouvert dimanche sous la pluie, avec moins d'exposants."


def _corpus():
    return [
        *CORPUS,
        *_strike_corpus(),
        _art("fair", date(2031, 4, 21), [(FAIR, [("dimanche", OTHER_DAY.isoformat())])]),
    ]


def _streamed(corpus, params, budget=10_000, duplicate_of=None):
    """The two-pass timeline over ``corpus`` in pages of two, and the ids the second pass read."""
    read: list[str] = []

    def load(ids):
        read.extend(ids)
        return [a for a in corpus if a.article.id in set(ids)]

    pages = [corpus[i : i + 2] for i in range(0, len(corpus), 2)]
    return build_timeline_streamed(pages, load, params, duplicate_of, budget), read


def _lines(entries):
    return [(e.date, [s.text for s in e.sentences]) for e in entries]


def test_the_days_ranked_one_article_at_a_time_are_those_of_the_whole_corpus():
    corpus = _corpus()
    sents = [s for a in corpus for s in sentences_of(a)]
    votes = DayVotes()
    for a in corpus:
        votes.add(a.article.id, sentences_of(a))
    assert votes.rank(None, None) == rank_days(sents, None, None)
    assert [d for d, _ in votes.rank(date(2031, 4, 1), None)] == [DAY, OTHER_DAY]
    assert votes.span_days == (date(2031, 5, 13) - date(2031, 3, 3)).days + 1


def test_a_timeline_in_two_passes_tells_the_same_days_with_the_same_lines():
    corpus = _corpus()
    for params in (
        TimelineParams(),
        TimelineParams(dates=2, sentences=1),
        TimelineParams(end=date(2031, 5, 1)),
    ):
        whole = build_timeline(corpus, params, duplicate_of={"d": "b"})
        streamed, _ = _streamed(corpus, params, duplicate_of={"d": "b"})
        assert _lines(streamed) == _lines(whole)
        assert [s.sources for e in streamed for s in e.sentences] == [
            s.sources for e in whole for s in e.sentences
        ]


def test_the_second_pass_reads_only_the_articles_telling_the_chosen_days_and_their_copies():
    corpus = _corpus()
    entries, read = _streamed(corpus, TimelineParams(dates=1), duplicate_of={"d": "b"})
    assert [e.date for e in entries] == [date(2031, 3, 3)]  # the strike, named by three articles
    # the candidate days are twice those asked: the strike and the dockers' blockade of May; the
    # second pass reads their articles, b's copy d and the undated article c, which may tell any day
    assert set(read) == {"a", "b", "d", "c", "before", "after", "quote"}


def test_within_a_budget_each_day_keeps_the_articles_published_soonest_after_it():
    late = _art("late", date(2031, 6, 30), [(REPORT, [("lundi", DAY.isoformat())])])
    corpus = [late, *_strike_corpus()]
    entries, read = _streamed(corpus, TimelineParams(dates=1, sentences=1), budget=1)
    assert read == ["after"]  # published the day after; "late" recalls it weeks on, "before" announces it
    assert [e.date for e in entries] == [DAY]
    assert entries[0].sentences[0].text == REPORT


def test_undated_articles_fill_the_room_the_chosen_days_leave():
    votes = DayVotes()
    undated = _art("undated", None, [(QUOTE, [])])
    for a in (*_strike_corpus(), undated):
        votes.add(a.article.id, sentences_of(a))
    assert votes.articles_for([DAY], budget=10) == ["before", "after", "quote", "undated"]
    assert "undated" not in votes.articles_for([DAY], budget=3)


def test_an_empty_corpus_or_range_gives_no_timeline():
    assert _streamed([], TimelineParams())[0] == []
    entries, read = _streamed(_corpus(), TimelineParams(start=date(2032, 1, 1)))
    assert entries == [] and read == []


def test_when_the_chosen_days_have_nothing_left_to_say_the_next_ones_are_read():
    # each article names three days in one sentence: that sentence tells the first of them, and
    # the two others have nothing left to say; 20 such groups, the earlier named by more articles
    start, corpus = date(2031, 1, 1), []
    for group in range(20):
        days = [start + timedelta(days=3 * group + j) for j in range(3)]
        said = "Les dockers de Miravel ont bloqué le port le {}, puis le {}, puis le {} (rapport {})."
        for n in range(20 - group):
            text = said.format(*(d.isoformat() for d in days), f"{group}-{n}")
            corpus.append(
                _art(
                    f"g{group}n{n}",
                    date(2031, 3, 15),
                    [(text, [(d.isoformat(), d.isoformat()) for d in days])],
                )
            )
    params = TimelineParams(dates=6, sentences=1)
    streamed, _ = _streamed(corpus, params)
    assert [e.date for e in streamed] == [e.date for e in build_timeline(corpus, params)]
    assert len(streamed) == 6


def test_each_day_reads_its_dated_articles_before_undated_ones_and_never_more_than_the_budget():
    votes = DayVotes()
    undated = _art("undated", None, [(REPORT, [("lundi", DAY.isoformat())])])
    for a in (undated, *_strike_corpus()):
        votes.add(a.article.id, sentences_of(a))
    assert votes.articles_for([DAY], budget=1) == ["after"]  # published the day after it
    assert votes.articles_for([DAY], budget=3) == ["before", "after", "quote"]  # the announcement too
    days = [DAY - timedelta(days=n) for n in range(5)]
    assert len(votes.articles_for(days, budget=2)) == 2


def test_the_days_are_ranked_the_same_whatever_the_order_of_the_sentences():
    sents = [s for a in _corpus() for s in sentences_of(a)]
    assert rank_days(sents[::-1], None, None) == rank_days(sents, None, None)
