"""Entity resolution benchmark (issue 7): mention clustering against a hand annotation.

The gold (``bench/entities_gold.json``: relative paths, character offsets into the raw ``.txt``
files and opaque entity ids; its header gives the guidelines and how it was made) covers 21
articles of ``tls/ml-crisis-fr`` (egypt, libya, yemen; ``gv_`` and ``ext_``). The articles
are built with the pipeline (``storyline build``: cleaning, spaCy, entities), and our mentions,
whose offsets index the clean text, are mapped back to the raw file (the clean text is made of
the raw lines, white space normalised).

Scoring, over the gold mentions: a gold mention takes the entity of the predicted mention with
the same span (``exact``) or of the one overlapping it most (``overlap``); one we did not find is
a singleton. Pairwise precision, recall and F1: a pair of gold mentions is positive when they
have the same gold entity, predicted positive when they got the same entity. Mention detection
precision and recall use the same matching (every predicted mention of the article counts,
furniture left in by the cleaner included). Rows:

* ``storyline``: the pipeline's entities;
* ``storyline, within articles``: the same mentions, an entity's mentions split by article (what
  the cross-article stage adds);
* ``baseline: exact string``: spaCy's mentions as stored, clustered by identical text.

``--all`` builds the whole of ml-crisis-fr (241 articles, more namesakes to confuse) and scores
the same gold articles. A second section prints the entities formed on ``shared/data/seeds``.

Reads ``../shared/data`` beside the repository (or ``$STORYLINE_DATA``); without it the bench
prints a message and exits 0. Work files go to a temporary folder (``--work DIR`` keeps them).

    python bench/entities.py [--all] [--work DIR] [--no-seeds]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("STORYLINE_DATA") or ROOT / ".." / "shared" / "data")
CORPUS = DATA / "tls" / "ml-crisis-fr"
SEEDS = DATA / "seeds"
GOLD = ROOT / "bench" / "entities_gold.json"

Span = tuple[int, int]


def raw_offsets(raw: str, clean: str) -> list[int]:
    """For each offset of ``clean`` (and its end), the raw offset it comes from (-1 if none).

    Each clean line is found in the raw text after the previous one, white space runs matching
    any white space run.
    """
    out = [-1] * (len(clean) + 1)
    pos = 0
    cpos = 0
    for line in clean.split("\n"):
        words = line.split()
        if words:
            pattern = r"\s+".join(re.escape(w) for w in words)
            m = re.compile(pattern).search(raw, pos)
            if m is not None:
                lead = len(line) - len(line.lstrip())
                i, j = lead, m.start()
                while i < len(line) and j <= m.end():
                    if line[i].isspace():
                        while i < len(line) and line[i].isspace():
                            out[cpos + i] = j
                            i += 1
                        while j < m.end() and raw[j].isspace():
                            j += 1
                        continue
                    out[cpos + i] = j
                    i += 1
                    j += 1
                out[cpos + len(line.rstrip())] = m.end()
                pos = m.end()
        cpos += len(line) + 1
    return out


def pairwise(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``pred`` against ``gold`` (labels per mention)."""

    def pairs(labels: Iterable[str]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    both = pairs(f"{g}\x00{p}" for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = pairs(pred), pairs(gold)
    p = both / n_pred if n_pred else 1.0
    r = both / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gold: list[Span], pred: dict[Span, str], exact: bool) -> list[str | None]:
    """The predicted label of each gold span (same span, or largest overlap), else None."""
    out: list[str | None] = []
    spans = sorted(pred)
    for gs, ge in gold:
        if exact:
            out.append(pred.get((gs, ge)))
            continue
        best = max(
            ((min(ge, pe) - max(gs, ps), (ps, pe)) for ps, pe in spans if ps < ge and gs < pe),
            default=None,
        )
        out.append(pred[best[1]] if best else None)
    return out


def score(gold_docs: list[dict], system: dict[str, dict[Span, str]], exact: bool) -> dict[str, float]:
    """Pairwise clustering scores and mention detection, over all gold articles."""
    g_labels: list[str] = []
    p_labels: list[str] = []
    found = 0
    n_pred = 0
    matched_pred = 0
    for doc in gold_docs:
        pred = system.get(doc["path"], {})
        n_pred += len(pred)
        spans = [(s, e) for s, e, _ in doc["mentions"]]
        labels = match(spans, pred, exact)
        used: set[Span] = set()
        for (s, _end, ent), label in zip(doc["mentions"], labels, strict=True):
            g_labels.append(ent)
            if label is None:
                p_labels.append(f"missed:{doc['path']}:{s}")
            else:
                found += 1
                p_labels.append(label)
        for ps, pe in pred:
            if (
                exact
                and any((ps, pe) == sp for sp in spans)
                or not exact
                and any(ps < ge and gs < pe for gs, ge in spans)
            ):
                used.add((ps, pe))
        matched_pred += len(used)
    p, r, f = pairwise(g_labels, p_labels)
    return {
        "P": p,
        "R": r,
        "F1": f,
        "mP": matched_pred / n_pred if n_pred else 0.0,
        "mR": found / len(g_labels) if g_labels else 0.0,
    }


def build(paths: list[Path], db: Path) -> float:
    from storyline.pipeline import build as run_build
    from storyline.store import Store

    t0 = time.perf_counter()
    run_build([str(p) for p in paths], Store.open(str(db)))
    return time.perf_counter() - t0


def systems(db: Path, root: Path) -> dict[str, dict[str, dict[Span, str]]]:
    """Per system, per relative path, the raw spans of its mentions and their cluster labels."""
    from sqlalchemy import select

    from storyline.store import Store
    from storyline.store import schema as s

    store = Store.open(str(db))
    arts = {a.id: a for a in store.articles()}
    out: dict[str, dict[str, dict[Span, str]]] = {"storyline": {}, "within": {}, "baseline": {}}
    with store.engine.connect() as conn:
        placed = conn.execute(
            select(
                s.entity_mentions.c.article_id,
                s.entity_mentions.c.start,
                s.entity_mentions.c.end,
                s.entity_mentions.c.entity_id,
            )
        ).all()
        raw_ments = conn.execute(
            select(s.mentions.c.article_id, s.mentions.c.start, s.mentions.c.end, s.mentions.c.text)
        ).all()
    maps: dict[str, tuple[str, list[int]]] = {}
    for art in arts.values():
        rel = str(Path(art.path).resolve().relative_to(root.resolve()))
        maps[art.id] = (rel, raw_offsets((root / rel).read_text(encoding="utf-8"), art.text))
    for name, rows in (("storyline", placed), ("baseline", raw_ments)):
        for aid, start, end, label in rows:
            rel, offs = maps[aid]
            rs, re_ = offs[start], offs[end]
            if rs < 0 or re_ < 0:
                continue
            out[name].setdefault(rel, {})[(rs, re_)] = str(label)
            if name == "storyline":
                out["within"].setdefault(rel, {})[(rs, re_)] = f"{aid}:{label}"
    return out


def print_table(gold_docs: list[dict], found: dict[str, dict[str, dict[Span, str]]]) -> None:
    names = {
        "storyline": "storyline",
        "within": "storyline, within articles",
        "baseline": "baseline: exact string",
    }
    print("| system | match | mention P | mention R | pair P | pair R | pair F1 |")
    print("|---|---|---|---|---|---|---|")
    for key, label in names.items():
        for exact in (True, False):
            r = score(gold_docs, found[key], exact)
            print(
                f"| {label} | {'exact' if exact else 'overlap'} | {r['mP']:.3f} | {r['mR']:.3f} | "
                f"{r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} |"
            )


def print_seeds(work: Path) -> None:
    from storyline.store import Store

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        return
    db = work / "seeds.db"
    build(paths, db)
    store = Store.open(str(db))
    print(f"\nEntities formed on the seeds ({len(paths)} pages), most mentioned first:")
    for e in store.entities.summaries():
        arts = len({m.article for m in e.mentions})
        forms = Counter(m.text for m in e.mentions)
        shown = ", ".join(f"{f} ×{n}" if n > 1 else f for f, n in forms.most_common(6))
        roles = "; ".join(r.title for r in e.roles[:2])
        print(
            f"  #{e.id:<4} {e.type:3} {e.name} — {len(e.mentions)} in {arts} article(s): {shown}"
            + (f" [{roles}]" if roles else "")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--all", action="store_true", help="Build all of ml-crisis-fr, score the gold articles."
    )
    parser.add_argument("--work", type=Path, help="Keep work files (the built stores) in this folder.")
    parser.add_argument("--no-seeds", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no evaluation data at {CORPUS}: skipping the entity benchmark")
        return 0
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = gold["docs"]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.all:
            paths = sorted(p for p in CORPUS.glob("*/*/*.txt"))
        else:
            paths = [CORPUS / d["path"] for d in docs]
        db = work / ("all.db" if args.all else "gold.db")
        if db.exists():
            db.unlink()
        seconds = build(paths, db)
        found = systems(db, CORPUS)
        n_ents = len({m[2] for d in docs for m in d["mentions"]})
        n_ment = sum(len(d["mentions"]) for d in docs)
        print(
            f"gold: {len(docs)} articles, {n_ment} mentions, {n_ents} entities; "
            f"built {len(paths)} articles in {seconds:.1f} s (spaCy included)\n"
        )
        print_table(docs, found)
        if not args.no_seeds:
            print_seeds(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
