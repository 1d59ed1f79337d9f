"""Timeline summarisation benchmark (issue 6): T17 and ML-Crisis French, the literature's protocol.

Per topic (T17's 17 folders merged into 9 by name prefix; ML-Crisis's 3 folders), the articles
are written as JSON lines with their publication dates and built into a store of their own with
``storyline build`` (kept in the work folder and reused: annotation is the slow part). Then, per
reference timeline, as in Ghalandari & Ifrim (2020), ``news-tls`` ``evaluate.py``:

- only the articles published within the reference's first and last dates are used
  (``--start``/``--end``), and so only dates within that span can be chosen;
- l = the number of reference dates (``--dates``), k = the mean number of sentences per reference
  date, rounded (``--sentences``); the topic's ``keywords.json`` is the focus (``--query``);
- ``storyline timeline ... --format json`` is run, the same command users run, and timed;
- AR-1 and AR-2 are tilse's alignment-based ROUGE (``align_date_content_costs_many_to_one``,
  Perl ROUGE-1.5.5 with stemming and stop words removed), Date F1 the overlap of the dates;
- precision and recall are averaged over the timelines of a data set, then F1 taken of the means.

Beside storyline, a simple baseline of ours on the same stores: the days with the most articles
published, each summarised by the lead sentences of that day's articles (first sentence of the
earliest articles, k of them).

Needs the ``tls`` extra (``pip install -e '.[tls]'``; ``make bench-tls`` does it) and Debian's
``libxml-dom-perl`` for ROUGE-1.5.5. Reads ``../shared/data`` (or ``$STORYLINE_DATA``).

    python bench/tls.py [--work DIR] [--only t17|mlc] [--topic NAME]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import (  # noqa: E402
    MLCRISIS,
    T17,
    mlcrisis_articles,
    mlcrisis_timeline,
    t17_articles,
    t17_keywords,
    t17_timelines,
    write_jsonl,
)

BIN = Path(sys.executable).parent
PUBLISHED = {  # (AR-1 F1, AR-2 F1, Date F1) on T17 as published
    "DATEWISE (Ghalandari & Ifrim 2020)": (0.120, 0.035, 0.544),
    "LLM-TLS, 72B (2024)": (0.118, None, 0.53),
    "SUnSET, 72B (2025)": (0.136, None, 0.58),
}
Timeline = dict[date, list[str]]


@dataclass
class Topic:
    name: str
    articles: list[dict]
    references: list[tuple[str, Timeline]]
    query: str | None
    db: Path | None = None
    build_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)


# --- data ---------------------------------------------------------------------------------


def load_topics(which: str, only_topic: str | None) -> list[Topic]:
    topics: list[Topic] = []
    if which == "t17":
        by_topic: dict[str, list[dict]] = defaultdict(list)
        for item in t17_articles():
            by_topic[item["topic"]].append(item)
        for name in sorted(by_topic):
            query = " ".join(t17_keywords(name)) or None
            topics.append(Topic(name, by_topic[name], t17_timelines(name), query))
    else:
        by_topic = defaultdict(list)
        for item in mlcrisis_articles():
            by_topic[item["topic"]].append(item)
        for name in sorted(by_topic):
            topics.append(Topic(name, by_topic[name], [(f"{name}.txt", mlcrisis_timeline(name))], None))
    return [t for t in topics if only_topic in (None, t.name)]


def build_store(topic: Topic, work: Path) -> None:
    """``storyline build`` of the topic's JSON lines into its own store (resumes if present)."""
    pile = work / f"{topic.name}.jsonl"
    write_jsonl(topic.articles, pile)
    topic.db = work / f"{topic.name}.db"
    started = time.perf_counter()
    subprocess.run(
        ["nice", str(BIN / "storyline"), "build", str(pile), "--db", str(topic.db), "-q"], check=True
    )
    topic.build_seconds = time.perf_counter() - started


# --- systems ------------------------------------------------------------------------------


def protocol(reference: Timeline) -> tuple[int, int, date, date]:
    """l, k and the time span of a reference timeline."""
    days = sorted(reference)
    k = round(sum(len(reference[d]) for d in days) / len(days))
    return len(days), max(1, k), days[0], days[-1]


def storyline_timeline(topic: Topic, reference: Timeline) -> tuple[Timeline, float]:
    n_dates, k, start, end = protocol(reference)
    cmd = [str(BIN / "storyline"), "timeline", "--db", str(topic.db), "--dates", str(n_dates)]
    cmd += ["--sentences", str(k), "--start", start.isoformat(), "--end", end.isoformat(), "--format", "json"]
    if topic.query:
        cmd += ["--query", topic.query]
    started = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - started
    entries = json.loads(out)["entries"]
    return {date.fromisoformat(e["date"]): [s["text"] for s in e["sentences"]] for e in entries}, seconds


def baseline_timeline(topic: Topic, reference: Timeline, leads: dict[date, list[str]]) -> Timeline:
    """The busiest publication days of the span, each told by its first articles' lead sentences."""
    n_dates, k, start, end = protocol(reference)
    days = sorted((d for d in leads if start <= d <= end), key=lambda d: (-len(leads[d]), d))[:n_dates]
    return {d: leads[d][:k] for d in days}


def lead_sentences(db: Path) -> dict[date, list[str]]:
    """Per publication day, the first sentence of each article published then, in stored order."""
    from storyline.store import Store

    out: dict[date, list[str]] = defaultdict(list)
    for item in Store.open(str(db)).annotated():
        pub = item.article.published
        if pub.granularity == "day" and pub.value and item.sentences:
            first = item.sentences[0]
            out[pub.value].append(item.article.text[first.start : first.end])
    return out


# --- scores -------------------------------------------------------------------------------


class Scorer:
    """tilse's alignment-based ROUGE (many-to-one) and date overlap for one timeline."""

    def __init__(self) -> None:
        from tilse.evaluation import rouge

        self.evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])

    def score(self, predicted: Timeline, reference: Timeline) -> dict[str, tuple[float, float]]:
        from tilse.data.timelines import GroundTruth
        from tilse.data.timelines import Timeline as TilseTimeline

        pred = TilseTimeline({d: [_one_line(s) for s in sents] for d, sents in predicted.items()})
        truth = GroundTruth([TilseTimeline(reference)])
        if predicted:
            rouge = self.evaluator.evaluate_align_date_content_costs_many_to_one(pred, truth)
            ar1 = (rouge["rouge_1"]["precision"], rouge["rouge_1"]["recall"])
            ar2 = (rouge["rouge_2"]["precision"], rouge["rouge_2"]["recall"])
        else:
            ar1 = ar2 = (0.0, 0.0)
        shared = len(set(predicted) & set(reference))
        dates = (shared / len(predicted) if predicted else 0.0, shared / len(reference))
        return {"ar1": ar1, "ar2": ar2, "date": dates}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def average(results: list[dict[str, tuple[float, float]]]) -> dict[str, float]:
    """Precision and recall averaged over timelines, then F1 of the means."""
    out = {}
    for key in ("ar1", "ar2", "date"):
        p = sum(r[key][0] for r in results) / len(results)
        r_ = sum(r[key][1] for r in results) / len(results)
        out[key] = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    return out


# --- run ----------------------------------------------------------------------------------


def run_set(which: str, work: Path, scorer: Scorer, only_topic: str | None) -> list[tuple]:
    folder = work / which
    folder.mkdir(parents=True, exist_ok=True)
    ours, base = [], []
    seconds: dict[str, float] = {}
    print(f"\n== {which}")
    for topic in load_topics(which, only_topic):
        build_store(topic, folder)
        leads = lead_sentences(topic.db)
        spent = 0.0
        for name, reference in topic.references:
            predicted, sec = storyline_timeline(topic, reference)
            spent += sec
            ours.append(scorer.score(predicted, reference))
            base.append(scorer.score(baseline_timeline(topic, reference, leads), reference))
            (folder / f"{name.replace('/', '__')}.pred.json").write_text(
                json.dumps({d.isoformat(): s for d, s in sorted(predicted.items())}, indent=1)
            )
            o = average([ours[-1]])
            print(
                f"  {name:<52} l={len(reference):>3}  AR-1 {o['ar1']:.3f}  AR-2 {o['ar2']:.3f}"
                f"  Date {o['date']:.3f}  ({sec:.1f} s)"
            )
        seconds[topic.name] = spent
        print(
            f"  topic {topic.name}: {len(topic.articles)} articles, build {topic.build_seconds:.0f} s, "
            f"timelines {spent:.1f} s"
        )
    worst = max(seconds.values()) if seconds else 0.0
    mean = sum(seconds.values()) / len(seconds) if seconds else 0.0
    rows = [(f"baseline: busiest days + lead sentences ({which})", average(base), None)]
    rows.append((f"storyline ({which})", average(ours), (mean, worst)))
    return rows


def print_table(rows: list[tuple]) -> None:
    print("\n| data | system | AR-1 F1 | AR-2 F1 | Date F1 | s/topic (mean, max) |")
    print("|---|---|---|---|---|---|")
    for name, (ar1, ar2, dates) in PUBLISHED.items():
        print(_row("t17", f"{name} (published)", ar1, ar2, dates, ""))
    for name, scores, secs in rows:
        data = "t17" if "(t17)" in name else "ml-crisis-fr"
        timing = f"{secs[0]:.1f}, {secs[1]:.1f}" if secs else ""
        label = name.rsplit(" (", 1)[0]
        print(_row(data, label, scores["ar1"], scores["ar2"], scores["date"], timing))


def _row(data: str, label: str, ar1: float, ar2: float | None, dates: float, timing: str) -> str:
    cells = [data, label, f"{ar1:.3f}", "" if ar2 is None else f"{ar2:.3f}", f"{dates:.3f}", timing]
    return "| " + " | ".join(cells) + " |"


def check_tools() -> str | None:
    """Why the scorer cannot run, or None."""
    try:
        import tilse  # noqa: F401
    except ImportError:
        return "tilse is missing: pip install -e '.[tls]' (make bench-tls does it)"
    probe = subprocess.run(["perl", "-MXML::DOM", "-e", "1"], capture_output=True)
    if probe.returncode != 0:
        return (
            "ROUGE-1.5.5 needs the Perl module XML::DOM: install the Debian package libxml-dom-perl "
            "(apt-get install -y libxml-dom-perl)"
        )
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, help="Keep the stores and predictions here (reused).")
    ap.add_argument("--only", choices=["t17", "mlc"], help="One data set.")
    ap.add_argument("--topic", help="One topic (e.g. bpoil, egypt).")
    args = ap.parse_args()
    if not T17.is_dir() or not MLCRISIS.is_dir():
        print(f"skipped: {T17} or {MLCRISIS} not found (set STORYLINE_DATA)")
        return 0
    problem = check_tools()
    if problem:
        print(f"bench/tls.py: {problem}", file=sys.stderr)
        return 1
    work = args.work or Path(tempfile.mkdtemp(prefix="storyline-tls-"))
    print(f"work folder: {work}")
    scorer = Scorer()
    rows: list[tuple] = []
    for which in ("t17", "mlc"):
        if args.only in (None, which):
            rows += run_set(which, work, scorer, args.topic)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
