"""Series of figures and where the sources disagree (``storyline.corpus.figures``)."""

from __future__ import annotations

import math
from datetime import date, timedelta

from storyline.corpus.figures import figure_conflicts, figure_series, of_its_time, told_earlier
from storyline.model import Figure, PubDate
from storyline.views import figure_date, moved, series_start

D0 = date(2023, 2, 22)
SAME = ("contingent", "norvasie", "valdoria")  # the words around a figure of the contingent


def fig(
    article: str,
    value: float,
    *,
    low=None,
    high=None,
    unit="soldat",
    modifier="",
    kind="count",
    context=SAME,
    **kw,
) -> Figure:
    return Figure(
        article,
        0,
        10,
        f"{value:g} soldats",
        value,
        value if low is None else low,
        value if high is None else high,
        unit,
        "soldats",
        modifier,
        kind=kind,
        confidence=0.9,
        context=context,
        **kw,
    )


def day(n: int) -> PubDate:
    return PubDate(D0 + timedelta(days=n), "day", 0.9)


def test_series_per_unit_in_publication_order_with_bare_figures_joining_the_main_modifier() -> None:
    figures = [
        fig("c", 2500, modifier="americain"),
        fig("a", 5200, modifier="americain"),
        fig("b", 5000),  # no modifier: joins the americain series
        fig("b", 30, unit="%"),  # told by one article only: no series
    ]
    published = {"a": day(0), "b": day(3), "c": day(30)}
    series = figure_series(figures, published)
    assert len(series) == 1
    s = series[0]
    assert (s.unit, s.modifier, s.articles) == ("soldat", "americain", 3)
    assert [f.value for f in s.figures] == [5200, 5000, 2500]
    assert s.dates == ("2023-02-22", "2023-02-25", "2023-03-24")
    assert moved(s) == "5\u202f200 (2023-02-22) → 2\u202f500 (2023-03-24)"


def test_a_date_is_led_by_a_figure_of_the_main_place_only() -> None:
    """ "1 000 soldats retirés de Syrie … en Irak" moves troops; "5 200 soldats en Irak" counts them."""
    figures = [
        fig("a", 1000, places=("Syrie", "Irak")),
        fig("a", 5200, places=("Irak",)),
        fig("b", 2500, places=("Irak",)),
    ]
    series = figure_series(figures, {"a": day(0), "b": day(30)})
    assert moved(series[0]) == "5\u202f200 (2023-02-22) → 2\u202f500 (2023-03-24)"


def test_series_are_kept_apart_by_story() -> None:
    figures = [fig("a", 5200), fig("b", 5200), fig("c", 1000), fig("d", 1000)]
    published = {x: day(0) for x in "abcd"}
    series = figure_series(figures, published, story_of={"a": 1, "b": 1, "c": 2, "d": 2})
    assert sorted((s.story, s.figures[0].value) for s in series) == [(1, 5200), (2, 1000)]


def conflicts_of(figures, published):
    exact = {a: p.value for a, p in published.items()}
    return figure_conflicts(figure_series(figures, published), exact)


def test_figures_that_cannot_both_hold_the_same_day_disagree() -> None:
    found = conflicts_of([fig("a", 3000), fig("b", 2800)], {"a": day(0), "b": day(0)})
    assert len(found) == 1
    c = found[0]
    assert {c.a.value, c.b.value} == {3000, 2800}
    assert (
        c.why == "published the same day; both say contingent, norvasie, valdoria; neither says which soldats"
    )
    # a day later the figure may have moved: an update, not a disagreement
    assert conflicts_of([fig("a", 3000), fig("b", 2800)], {"a": day(0), "b": day(1)}) == []


def test_figures_whose_intervals_meet_agree() -> None:
    published = {"a": day(0), "b": day(0)}
    assert conflicts_of([fig("a", 5000, low=4750, high=math.inf), fig("b", 5200)], published) == []
    assert conflicts_of([fig("a", 2500, low=2250, high=2750), fig("b", 2600)], published) == []


def test_what_is_not_compared() -> None:
    same_day = {"a": day(0), "b": day(0)}
    # an article that also gives the other's figure: the two ends of an estimate
    assert conflicts_of([fig("a", 3000), fig("a", 2800), fig("b", 2800)], same_day) == []
    # sentences dated to different days ("on Friday", "on Saturday")
    assert conflicts_of([fig("a", 250, when="2023-02-17"), fig("b", 200, when="2023-02-18")], same_day) == []
    # a target against a total
    assert conflicts_of([fig("a", 3000, kind="target"), fig("b", 4200)], same_day) == []
    # different places named
    assert conflicts_of([fig("a", 1000, places=("Syrie",)), fig("b", 5200, places=("Irak",))], same_day) == []
    # a sentence dating its figure to another time
    assert conflicts_of([fig("a", 5200, when="2019"), fig("b", 2500)], same_day) == []
    # figures of different things: the words around them share one word at most
    other = ("benghazi", "norvasie", "route")
    assert conflicts_of([fig("a", 150), fig("b", 50, context=other)], same_day) == []
    # different modifiers
    assert conflicts_of([fig("a", 12, modifier="tue"), fig("b", 40, modifier="blesse")], same_day) == []
    # an article dated only to a month is never compared
    month = {"a": day(0), "b": PubDate(D0.replace(day=1), "month", 0.6)}
    assert figure_conflicts(figure_series([fig("a", 3000), fig("b", 2800)], month), {"a": D0}) == []


def test_a_figure_told_of_a_time_before_its_series_does_not_lead_a_date_and_says_its_time() -> None:
    """ "jusqu'à 90 000 soldats étaient postés" after a sentence of 2003–2011 is no count of the
    day its article was published, nor is "en 2017, 4 200 soldats"; "le 22 février" told on 24
    March is of the story's time (a toll of that day's event is counted when it is told); a
    target with a deadline ahead ("à 3 000 d'ici à la fin mai") is a plan told that day."""
    history = fig(
        "b", 90000, when="2011", when_evidence="told in the past right after a sentence of 2003, 2011"
    )
    figures = [
        fig("a", 4200),
        fig("b", 4200, when="2017"),
        history,
        fig("b", 4100, when="2023-02-22"),
        fig("c", 3000, when="2023-05", kind="target"),
    ]
    series = figure_series(figures, {"a": day(0), "b": day(30), "c": day(40)})
    s = series[0]
    assert moved(s) == "4\u202f200 (2023-02-22) → 3\u202f000 (2023-04-03)"
    start = series_start(s)
    assert [
        figure_date(f, d, label, start) for f, d, label in zip(s.figures, s.days, s.dates, strict=True)
    ] == [
        "2023-02-22",
        "2023-03-24 (of 2017)",
        "2023-03-24 (of 2011 or earlier: told in the past right after a sentence of 2003, 2011)",
        "2023-03-24",
        "2023-04-03 (for 2023-05)",
    ]
    assert figure_date(fig("c", 3000, when="2023-05"), D0, "2023-02-22", D0) == "2023-02-22"  # a count
    # known to its year only: a date of that year is within it
    assert figure_date(fig("c", 3000, when="2023-05", kind="target"), D0.replace(day=1), "2023", D0) == "2023"


def test_of_its_time_by_the_precision_of_the_two_dates() -> None:
    assert of_its_time(fig("a", 1), D0)
    assert of_its_time(fig("a", 1, when="2023-02-17"), D0)  # within a week
    assert not of_its_time(fig("a", 1, when="2023-02-10"), D0)
    assert of_its_time(fig("a", 1, when="2023-W07"), D0)  # the week before
    assert of_its_time(fig("a", 1, when="2023"), D0) and of_its_time(fig("a", 1, when="2023-02"), D0)
    assert not of_its_time(fig("a", 1, when="2022"), date(2023, 1, 2))  # last year, whatever the days
    assert not of_its_time(fig("a", 1, when="2023-05"), D0)
    assert told_earlier(fig("a", 1, when="2022"), D0) and not told_earlier(fig("a", 1, when="2023-05"), D0)
    assert not of_its_time(fig("a", 1, when="0001-01-01"), D0) and told_earlier(fig("a", 1, when="0001"), D0)
    assert not told_earlier(fig("a", 1, when="2023-02-16"), D0)  # within a week of the series' start


def test_a_century_or_a_decade_is_written_as_a_reader_writes_it() -> None:
    old = fig("a", 300, when="18", when_evidence="told in the past right after a sentence of 1800s")
    assert figure_date(old, D0, "2023-02-22", D0) == (
        "2023-02-22 (of 1800s or earlier: told in the past right after a sentence of 1800s)"
    )
    assert figure_date(fig("a", 300, when="199"), D0, "2023-02-22", D0) == "2023-02-22 (of 1990s)"
