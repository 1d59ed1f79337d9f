"""Benchmark of the extraction stage on trafilatura's main-text evaluation set (issue 5).

Every page is rendered to its full visible text (inscriptis, one block per line, indentation
stripped), as a scraped or copy-pasted page would hold it. On the same pages, one run:

* ``raw visible text``: the rendered text itself, uncleaned;
* ``jusText on the lines``: each rendered line given to jusText as a paragraph, stoplist of the
  page's language (the data set's detected language), English when jusText has none;
* ``storyline plain text``: our plain-text cleaner on the rendered text (language guessed);
* ``trafilatura (HTML)``: ``trafilatura.extract`` on the page's bytes with the settings of its
  own benchmark (no fast mode, no comments, tables);
* ``storyline HTML``: our HTML mode on the decoded page.

Scoring is the benchmark's own: per page, every gold ``with`` segment found in the output is a
true positive (else a false negative), every ``without`` segment found is a false positive (else
a true negative); whitespace is made single on both sides before the substring test.
Precision, recall, F1 and accuracy are over all segments of all pages. ``pages/s`` is pages
per second of CPU time (``time.process_time``, one process, one core) of the system alone;
rendering is timed in the ``raw visible text`` row.

A second section prints, for each seed page (``shared/data/seeds``), what the plain-text cleaner
removes and why, and what it keeps, for a human to check.

Usage: ``python bench/clean.py [--limit N] [--no-seeds]``. The data folder is
``../shared/data`` beside the repository, or ``$STORYLINE_DATA``; without it the bench prints
a message and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(
    os.environ.get("STORYLINE_DATA") or Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
)
EVAL = DATA / "extraction" / "trafilatura-eval"
SEEDS = DATA / "seeds"

#: jusText's stoplist names for the language codes of the data set's ``lang_detected.json``.
JUSTEXT_LANGS = {
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pl": "Polish",
    "pt": "Portuguese",
    "it": "Italian",
    "hu": "Hungarian",
    "no": "Norwegian_Bokmal",
    "ru": "Russian",
    "ar": "Arabic",
    "bn": "Bengali",
    "gl": "Galician",
}
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """Whitespace made single, as the benchmark compares."""
    return _SPACES.sub(" ", text).strip()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    seconds: float = 0.0
    pages: int = 0
    errors: int = 0

    def add(self, item: dict, output: str | None) -> None:
        out = norm(output or "")
        tp = sum(norm(s) in out for s in item["with"]) if out else 0
        fp = sum(norm(s) in out for s in item["without"]) if out else 0
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp

    def row(self) -> tuple[float, float, float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        acc = (self.tp + self.tn) / total if total else 0.0
        speed = self.pages / self.seconds if self.seconds else float("inf")
        return p, r, f1, acc, speed


def render(html: str) -> str:
    """The visible text of a page, one block per line, indentation and blank-line runs removed."""
    from inscriptis import get_text

    lines = [line.strip() for line in get_text(html).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def justext_lines(text: str, lang: str) -> str:
    """jusText over the rendered lines, each line one paragraph."""
    import justext

    name = JUSTEXT_LANGS.get(lang, "English")
    if name not in justext.get_stoplists():
        name = "English"
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return ""
    page = "<html><body>" + "".join(f"<p>{htmllib.escape(line)}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(page, _stoplist(name))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


_STOPLISTS: dict[str, frozenset[str]] = {}


def _stoplist(name: str) -> frozenset[str]:
    import justext

    if name not in _STOPLISTS:
        _STOPLISTS[name] = justext.get_stoplist(name)
    return _STOPLISTS[name]


def trafilatura_html(data: bytes) -> str | None:
    import trafilatura

    return trafilatura.extract(
        data, fast=False, include_comments=False, include_tables=True, include_formatting=False
    )


def ours_text(text: str) -> str:
    from storyline.extract import extract_text

    return extract_text(text).text


def ours_html(html: str) -> str:
    from storyline.extract import extract_html

    return extract_html(html).text


def _read(item: dict) -> bytes | None:
    for sub in ("eval", "cache"):
        path = EVAL / sub / f"{item['file']}.gz"
        if path.is_file():
            return gzip.decompress(path.read_bytes())
    return None


def _timed(tally: Tally, fn: Callable[..., str | None], *args) -> str | None:
    start = time.process_time()
    try:
        out = fn(*args)
    except Exception as err:  # noqa: BLE001 - a crash is a full miss, as in the benchmark
        tally.errors += 1
        print(f"  error in {fn.__name__}: {type(err).__name__}: {err}", file=sys.stderr)
        out = None
    tally.seconds += time.process_time() - start
    tally.pages += 1
    return out


def run_benchmark(limit: int | None) -> None:
    from storyline.sources.decode import decode

    gold = json.loads((EVAL / "evaldata.json").read_text(encoding="utf-8"))
    langs = json.loads((EVAL / "lang_detected.json").read_text(encoding="utf-8"))
    items = list(gold.items())[:limit] if limit else list(gold.items())
    names = [
        "raw visible text",
        "jusText on the lines",
        "storyline plain text",
        "trafilatura (HTML)",
        "storyline HTML",
    ]
    tallies = {name: Tally() for name in names}
    missing = 0
    for url, item in items:
        data = _read(item)
        if data is None:
            missing += 1
            continue
        html = decode(data)
        text = _timed(tallies["raw visible text"], render, html) or ""
        outputs = {
            "raw visible text": text,
            "jusText on the lines": _timed(
                tallies["jusText on the lines"], justext_lines, text, langs.get(url, "en")
            ),
            "storyline plain text": _timed(tallies["storyline plain text"], ours_text, text),
            "trafilatura (HTML)": _timed(tallies["trafilatura (HTML)"], trafilatura_html, data),
            "storyline HTML": _timed(tallies["storyline HTML"], ours_html, html),
        }
        for name, output in outputs.items():
            tallies[name].add(item, output)
    n = len(items) - missing
    n_with = sum(len(i["with"]) for _, i in items)
    n_without = sum(len(i["without"]) for _, i in items)
    gone = f", {missing} missing" if missing else ""
    print(f"trafilatura-eval (shared part): {n} pages, {n_with} 'with', {n_without} 'without' segments{gone}")
    print()
    print(f"| {'system':22} | precision | recall |    F1 | accuracy | pages/s | errors |")
    print(f"|{'-' * 24}|----------:|-------:|------:|---------:|--------:|-------:|")
    for name in names:
        p, r, f1, acc, speed = tallies[name].row()
        errors = tallies[name].errors
        print(f"| {name:22} | {p:9.3f} | {r:6.3f} | {f1:5.3f} | {acc:8.3f} | {speed:7.0f} | {errors:6} |")
    print()
    print("pages/s of 'raw visible text' is the rendering (inscriptis); the other rows time their own step.")


def run_seeds() -> None:
    from storyline.extract import extract_text

    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        print("no seeds found")
        return
    print("\n## Seeds: what the plain-text cleaner removes and keeps\n")
    for path in files:
        result = extract_text(path.read_text(encoding="utf-8"))
        print(f"### {path.name}")
        print(f"title: {result.title!r}  outlet: {result.outlet!r}  agency: {result.agency!r}")
        print(f"removed ({len(result.furniture)}):")
        for f in result.furniture:
            print(f"  - [{f.reason}] {f.line[:110]}")
        paragraphs = result.text.split("\n\n")
        print(f"kept ({len(paragraphs)} paragraphs):")
        for p in paragraphs:
            print(f"  + {p[:110]}")
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="Only the first N pages (quick runs).")
    parser.add_argument("--no-seeds", action="store_true", help="Skip the seeds section.")
    parser.add_argument("--seeds-only", action="store_true", help="Only the seeds section.")
    args = parser.parse_args()
    if not (EVAL / "evaldata.json").is_file():
        print(f"bench/clean.py: no evaluation data at {EVAL} (set STORYLINE_DATA): skipped")
        return 0
    warnings.filterwarnings("ignore")
    if not args.seeds_only:
        run_benchmark(args.limit)
    if not args.no_seeds:
        run_seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
