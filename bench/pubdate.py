"""Benchmark of publication dating (issue 4): from the page, from the text alone, from the corpus.

One run, one table, three parts:

* **(a) HTML**, ``dates/htmldate-eval`` (601 pages, gold: one day each): htmldate alone
  (``find_date``, extensive search, original date) against our HTML mode (extraction, then
  htmldate and trafilatura's metadata reconciled with the dates the text states).
* **(b) text only**, the same pages rendered to their visible text (inscriptis, as in
  ``bench/clean.py``), no markup, no metadata, no URL: our plain-text mode; beside it, htmldate
  given the same text wrapped in paragraphs (its text patterns, without markup to read).
* **(c) corpus**, ``tls/ml-crisis-fr`` and ``tls/t17``, whose folder names are the articles'
  publication dates: ``storyline dates --format jsonl`` over each collection, read as one corpus
  (the folder names are never given to it).

Scores: ``accuracy`` is htmldate's own measure: the share of inputs given the right day, a
page without a date (gold null) counting as right when given none; ``coverage`` is the share of
inputs given any date; ``day acc.`` the share of those given a day that are the right day;
``month acc.`` / ``year acc.`` the share of those given at least a month / a year whose month /
year is right; ``day right`` the share of all inputs dated to the right day. ``conf≥0.9``
counts answers at confidence 0.9 or more and how many are right (at their granularity);
``Brier`` is the mean of (confidence − right)² over the dated answers, right being 1 or 0 at the
answer's granularity: how well confidence tells right answers from wrong ones at every level, 0
at best (htmldate gives no confidence: —).

Usage: ``python bench/pubdate.py [--work DIR] [--skip-t17] [--skip-pages] [--limit N]
[--misses]``. ``--work`` keeps the stores of part (c) (delete them to date again after a
change). The data folder is ``../shared/data`` beside the repository, or ``$STORYLINE_DATA``;
without it the bench says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean import render  # noqa: E402  (the same rendering as the cleaning bench)

DATA = Path(
    os.environ.get("STORYLINE_DATA") or Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
)
HTMLDATE = DATA / "dates" / "htmldate-eval"
CORPORA = {"ML-Crisis fr": DATA / "tls" / "ml-crisis-fr", "T17 en": DATA / "tls" / "t17"}
STORYLINE = Path(sys.executable).with_name("storyline")


@dataclass
class Score:
    """Answers (date string or None, granularity, confidence) against gold days."""

    n: int = 0
    dated: int = 0
    day_given: int = 0
    day_ok: int = 0
    month_given: int = 0
    month_ok: int = 0
    year_ok: int = 0
    sure: int = 0
    sure_ok: int = 0
    undated_ok: int = 0  # pages without a date (gold null) given none
    brier: float = 0.0  # summed squared gaps between confidence and rightness, answers with a confidence
    rated: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)

    def add(self, name: str, gold: str | None, value: str | None, confidence: float | None = None) -> None:
        self.n += 1
        if gold is None:  # a page with no publication date: right only when given none
            self.undated_ok += not value
            self.dated += bool(value)
            if value and confidence is not None:
                self.brier += confidence**2
                self.rated += 1
            return
        if not value:
            return
        self.dated += 1
        right = gold.startswith(value)
        if len(value) == 10:
            self.day_given += 1
            self.day_ok += right
        if len(value) >= 7:
            self.month_given += 1
            self.month_ok += gold[:7] == value[:7]
        self.year_ok += gold[:4] == value[:4]
        if confidence is None:
            confidence = 1.0  # a system that gives none stands behind every answer
        else:
            self.brier += (confidence - right) ** 2
            self.rated += 1
        if confidence >= 0.9:
            self.sure += 1
            self.sure_ok += right
        if not right:
            self.misses.append((name, gold, value))

    def row(self) -> list[str]:
        def share(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "—"

        return [
            str(self.n),
            share(self.day_ok + self.undated_ok, self.n),
            share(self.dated, self.n),
            share(self.day_ok, self.day_given),
            share(self.month_ok, self.month_given),
            share(self.year_ok, self.dated),
            share(self.day_ok, self.n),
            f"{self.sure_ok}/{self.sure}" + (f" ({self.sure_ok / self.sure:.3f})" if self.sure else ""),
            f"{self.brier / self.rated:.3f}" if self.rated else "—",
            f"{self.seconds:.1f}",
        ]


def htmldate_pages(limit: int | None) -> list[tuple[str, Path, str]]:
    """(url, gzipped page, gold day) for every page of the shared part."""
    out = []
    for name in ("eval_default.json", "eval_mediacloud_2020.json"):
        for url, item in json.loads((HTMLDATE / name).read_text(encoding="utf-8")).items():
            for folder in ("eval", "cache", "test_set"):
                page = HTMLDATE / folder / f"{item['file']}.gz"
                if page.exists():
                    gold = item["date"] if isinstance(item["date"], str) else None  # NaN: no date
                    out.append((url, page, gold))
                    break
    return out[:limit] if limit else out


def run_pages(limit: int | None) -> dict[str, Score]:
    from htmldate import find_date

    from storyline.dating.pubdate import date_article
    from storyline.extract import extract_text
    from storyline.model import RawDoc
    from storyline.nlp.langid import identify
    from storyline.pipeline import date_page

    scores = {k: Score() for k in ("htmldate", "ours html", "htmldate on text", "ours text")}
    for url, page, gold in htmldate_pages(limit):
        raw = gzip.decompress(page.read_bytes())
        html = raw.decode("utf-8", errors="replace")
        name = page.name
        t0 = time.process_time()
        try:
            found = find_date(html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001 - htmldate raises on some pages: no answer
            found = None
        scores["htmldate"].seconds += time.process_time() - t0
        scores["htmldate"].add(name, gold, found)

        t0 = time.process_time()
        pub = date_page(RawDoc(str(page), raw, "html", name, {"url": url}))
        scores["ours html"].seconds += time.process_time() - t0
        scores["ours html"].add(name, gold, pub.iso, pub.confidence)

        text = render(html)
        wrapped = (
            "<html><body>"
            + "".join(f"<p>{htmllib.escape(x)}</p>" for x in text.splitlines())
            + "</body></html>"
        )
        t0 = time.process_time()
        try:
            found = find_date(wrapped, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        except Exception:  # noqa: BLE001
            found = None
        scores["htmldate on text"].seconds += time.process_time() - t0
        scores["htmldate on text"].add(name, gold, found)

        t0 = time.process_time()
        extracted = extract_text(text)
        lang, _ = identify(extracted.text or text)
        pub = date_article(extracted, lang)
        scores["ours text"].seconds += time.process_time() - t0
        scores["ours text"].add(name, gold, pub.iso, pub.confidence)
    return scores


def corpus_gold(root: Path) -> dict[str, str]:
    """Input path → publication date (its folder's name) for every non-empty article of a collection."""
    out = {}
    for path in sorted(root.rglob("*.txt")):
        day = path.parent.name
        if len(day) == 10 and day[4] == "-" and path.stat().st_size > 0:
            out[str(path)] = day
    return out


def run_corpus(name: str, root: Path, work: Path) -> Score:
    """``storyline dates`` over a whole collection, scored against its folder dates."""
    gold = corpus_gold(root)
    db = work / f"{name.split()[0].lower()}.db"
    t0 = time.perf_counter()
    result = subprocess.run(
        [
            str(STORYLINE),
            "dates",
            "--format",
            "jsonl",
            "--db",
            str(db),
            "-q",
            *sorted({str(Path(p).parent.parent) for p in gold}),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    score = Score(seconds=time.perf_counter() - t0)
    answers = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        answers[record["path"]] = record
    for path, day in gold.items():
        record = answers.get(path)
        if record is None:
            score.add(path, day, None)
        else:
            score.add(path, day, record["date"], record["confidence"])
    return score


def print_table(rows: list[tuple[str, str, Score]]) -> None:
    head = ["part", "system", "inputs", "accuracy", "coverage", "day acc.", "month acc."]
    head += ["year acc.", "day right", "conf≥0.9 right", "Brier", "seconds"]
    body = [[part, system, *score.row()] for part, system, score in rows]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in body:
        print(line(r))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, help="keep the stores of part (c) here")
    parser.add_argument("--skip-t17", action="store_true", help="part (c) on ML-Crisis only")
    parser.add_argument("--limit", type=int, help="parts (a) and (b) on the first N pages")
    parser.add_argument("--skip-pages", action="store_true", help="part (c) only")
    parser.add_argument("--misses", action="store_true", help="list the wrong answers of part (c)")
    args = parser.parse_args()
    if not HTMLDATE.is_dir():
        print(f"no benchmark data at {DATA}: skipped (set STORYLINE_DATA to the shared data folder)")
        return 0
    warnings.filterwarnings("ignore")
    rows: list[tuple[str, str, Score]] = []
    pages = {} if args.skip_pages else run_pages(args.limit)
    rows += (
        []
        if args.skip_pages
        else [
            ("(a) HTML", "htmldate alone", pages["htmldate"]),
            ("(a) HTML", "storyline HTML", pages["ours html"]),
            ("(b) text only", "htmldate on the text", pages["htmldate on text"]),
            ("(b) text only", "storyline text", pages["ours text"]),
        ]
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for name, root in CORPORA.items():
            if not root.is_dir() or (args.skip_t17 and name.startswith("T17")):
                continue
            score = run_corpus(name, root, work)
            rows.append((f"(c) {name}", "storyline dates", score))
            if args.misses:
                for path, gold, value in score.misses:
                    print(f"  miss {path.split('/tls/')[-1]}: gold {gold}, ours {value}")
    print_table(rows)
    ours = [s for _, system, s in rows if system.startswith("storyline")]
    sure, right = sum(s.sure for s in ours), sum(s.sure_ok for s in ours)
    if sure:
        print(
            f"\nstoryline, every part: {right}/{sure} answers at confidence ≥ 0.9 right ({right / sure:.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
