"""The dossier's "Key figures" and "Where the sources disagree": view data and small charts.

Each series of figures gets a small inline SVG drawing: one mark per figure at its publication
date and value, a vertical stroke over the interval its wording allows ("environ", a range),
an arrow up for "plus de", a hollow mark for a target ("ramener à 3 000") with a dashed stroke
from the value it changes from.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from storyline.corpus.figures import told_earlier
from storyline.model import FigureConflict, FigureSeries
from storyline.report.frame import Frame
from storyline.views import figure_date, figure_value, moved, number_text, series_start

MAX_SERIES_SHOWN = 8
MAX_FIGURES_LISTED = 10
MAX_CONFLICTS_SHOWN = 20


SERIES_FRAME = Frame(width=360, height=130, left=56, right=12, top=10, bottom=24)


def figure_views(
    series: Sequence[FigureSeries], link: Callable[[str], dict], charts: bool = True
) -> list[dict]:
    """The series shown, those told by most articles first, each with its chart (when ``charts``)
    and figures; ``link(article_id)`` gives an article's ``href``/``title``."""
    views = []
    for i, s in enumerate(series[:MAX_SERIES_SHOWN]):
        items = []
        start = series_start(s)
        shown = zip(s.figures, s.days, s.dates, strict=True)
        for f, day, label in list(shown)[:MAX_FIGURES_LISTED]:
            items.append(
                {
                    "value": figure_value(f),
                    "kind": "" if f.kind == "count" else f.kind,
                    "text": " ".join(f.text.split()),
                    "date": figure_date(f, day, label, start),
                    **link(f.article),
                    "how": f"{f.how} · {f.confidence:.2f}",
                }
            )
        views.append(
            {
                "anchor": f"figure-{i}",
                "label": s.label,
                "count": len(s.figures),
                "articles": s.articles,
                "story": s.story,
                "moved": moved(s),
                "chart": series_chart(s) if charts else None,
                "figures": items,
                "more": max(0, len(s.figures) - MAX_FIGURES_LISTED),
            }
        )
    return views


def conflict_views(conflicts: Sequence[FigureConflict], link: Callable[[str], dict]) -> list[dict]:
    return [
        {
            "label": c.label,
            "why": c.why,
            "confidence": f"{c.confidence:.2f}",
            "sides": [
                {
                    "value": figure_value(f),
                    "text": " ".join(f.text.split()),
                    "date": d.isoformat(),
                    **link(f.article),
                }
                for f, d in ((c.a, c.a_day), (c.b, c.b_day))
            ],
        }
        for c in conflicts[:MAX_CONFLICTS_SHOWN]
    ]


def series_chart(s: FigureSeries) -> dict | None:
    """The drawing of a series over time, each figure at its publication date but those told of
    a time before the series' first day; None when they span fewer than two dates."""
    fr = SERIES_FRAME
    start = series_start(s)
    if start is None:
        return None
    dated = [
        (d, f) for d, f in zip(s.days, s.figures, strict=True) if d is not None and not told_earlier(f, start)
    ]
    days = sorted({d for d, _ in dated})
    if len(days) < 2:
        return None
    finite = [x for _, f in dated for x in (f.value, f.low, f.high, f.previous or 0.0) if math.isfinite(x)]
    top = max(finite) * 1.1 or 1.0
    highest = max(max(f.value, f.previous or 0.0) for _, f in dated)
    span = (days[-1] - days[0]).days or 1
    plot_w, plot_h = fr.plot_w, fr.plot_h

    def x(d) -> float:
        return round(fr.left + (d - days[0]).days / span * plot_w, 1)

    def y(v: float) -> float:
        return round(fr.top + plot_h - min(v, top) / top * plot_h, 1)

    marks = []
    for d, f in dated:
        marks.append(
            {
                "x": x(d),
                "y": y(f.value),
                "y_low": y(max(f.low, 0.0)),
                "y_high": y(f.high) if math.isfinite(f.high) else fr.top,
                "y_from": y(f.previous) if f.previous is not None else None,
                "open": not math.isfinite(f.high),
                "hollow": f.kind != "count",
                "title": f"{d.isoformat()}: {figure_value(f)} — {' '.join(f.text.split())}",
            }
        )
    return {
        "frame": fr,
        "marks": marks,
        "y_ticks": [{"pos": y(v), "label": number_text(v)} for v in (0.0, highest)],
        "x_ticks": [
            {"pos": x(days[0]), "label": days[0].isoformat()},
            {"pos": x(days[-1]), "label": days[-1].isoformat()},
        ],
        "title": f"{s.label}: {len(dated)} figures, {days[0].isoformat()} to {days[-1].isoformat()}",
    }
