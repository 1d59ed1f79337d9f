"""Story clustering and near-duplicate benchmark (issue 8).

1. The articles of T17 (9 topics once its folders are merged by name prefix) and ML-Crisis
   French (3 topics) mixed into one pile, built with ``storyline build`` and clustered by the
   pipeline; scored against the topics (each language's articles of a topic a topic of their
   own) with B-cubed and pairwise precision/recall/F1. Beside it, on the same articles: a
   batch baseline, TF-IDF + k-means told the true number of topics.
2. Time and memory of clustering alone (after annotation) at 1k, 5k and 20k articles, the
   pile grown with perturbed copies (sentences dropped and shuffled, dates shifted).
3. Near-duplicates: copies generated from real articles (re-wrapped in other furniture,
   trimmed, a few sentences edited) mixed with distinct articles; precision and recall of the
   copy links at the default threshold.

Reads ``../shared/data`` (or ``$STORYLINE_DATA``); skips cleanly when it is absent. Work
files go to a temporary folder (``--work`` to keep them); nothing derived is written to the
repository.

    python bench/stories.py [--work DIR] [--skip-scale] [--skip-dedup]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import MLCRISIS, T17, mlcrisis_articles, t17_articles, write_jsonl  # noqa: E402

SCALES = (1000, 5000, 20000)
SEED = 8


# --- data ---------------------------------------------------------------------------------


def load_pile() -> list[dict]:
    """Every non-empty article with its topic label (``lang:topic``) and publication date."""
    items = [*t17_articles(), *mlcrisis_articles()]
    for it in items:
        it["topic"] = f"{it['lang']}:{it['topic']}"
    return items


# --- scores -------------------------------------------------------------------------------


def bcubed(pred: dict[str, object], gold: dict[str, str]) -> tuple[float, float, float]:
    clusters, classes = defaultdict(set), defaultdict(set)
    for k in gold:
        clusters[pred[k]].add(k)
        classes[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        inter = len(clusters[pred[k]] & classes[gold[k]])
        p += inter / len(clusters[pred[k]])
        r += inter / len(classes[gold[k]])
    p, r = p / len(gold), r / len(gold)
    return p, r, _f1(p, r)


def pairwise(pred: dict[str, object], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision and recall over same-cluster pairs, counted from the contingency table."""
    both = Counter((pred[k], gold[k]) for k in gold)
    pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts)  # noqa: E731
    tp = pairs(both.values())
    pred_pairs = pairs(Counter(pred[k] for k in gold).values())
    gold_pairs = pairs(Counter(gold.values()).values())
    p, r = tp / pred_pairs if pred_pairs else 0.0, tp / gold_pairs if gold_pairs else 0.0
    return p, r, _f1(p, r)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- 1. the pile, through the pipeline -----------------------------------------------------


def build_pile(items: list[dict], work: Path) -> Path:
    pile = work / "pile.jsonl"
    write_jsonl(items, pile)
    db = work / "pile.db"
    started = time.perf_counter()
    cmd = [str(Path(sys.executable).parent / "storyline"), "build", str(pile), "--db", str(db), "-q"]
    subprocess.run(cmd, check=True)
    print(f"built {db} in {time.perf_counter() - started:.0f} s (annotation included; resumes if present)")
    return db


def cluster_again(db: Path, work: Path) -> tuple[float, Path]:
    """Time the pipeline's clustering alone, on a copy of the built store with no stories."""
    from storyline.pipeline import cluster_stories
    from storyline.store import Store

    copy = work / "recluster.db"
    shutil.copy(db, copy)
    store = Store.open(str(copy))
    store.stories.clear()
    started = time.perf_counter()
    cluster_stories(store)
    return time.perf_counter() - started, copy


def kmeans_baseline(items: list[dict], n_topics: int) -> dict[str, int]:
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    pred: dict[str, int] = {}
    for lang in sorted({it["lang"] for it in items}):
        part = [it for it in items if it["lang"] == lang]
        k = len({it["topic"] for it in part})
        x = TfidfVectorizer(
            sublinear_tf=True, min_df=2, max_df=0.5, stop_words="english" if lang == "en" else None
        )
        matrix = x.fit_transform(it["text"] for it in part)
        labels = MiniBatchKMeans(n_clusters=k, random_state=SEED, n_init=3).fit_predict(matrix)
        pred.update({it["id"]: f"{lang}{label}" for it, label in zip(part, labels, strict=True)})
    return pred


def quality(items: list[dict], db: Path, work: Path) -> list[tuple]:
    from storyline.store import Store

    gold = {it["id"]: it["topic"] for it in items}
    rows = []
    # Scored on a fresh clustering of the built store, so that the figures are this code's.
    seconds, clustered = cluster_again(db, work)
    summaries = Store.open(str(clustered)).stories.summaries()
    pred: dict[str, object] = {aid: x.id for x in summaries for aid in x.articles}
    missing = [k for k in gold if k not in pred]
    for k in missing:  # refused inputs (too short after cleaning) count as stories of their own
        pred[k] = f"refused:{k}"
    rows.append(("storyline (pipeline)", len(summaries), *bcubed(pred, gold), *pairwise(pred, gold), seconds))
    started = time.perf_counter()
    base = kmeans_baseline(items, len(set(gold.values())))
    base_seconds = time.perf_counter() - started
    rows.append(
        (
            "TF-IDF + k-means, true k",
            len(set(base.values())),
            *bcubed(base, gold),
            *pairwise(base, gold),
            base_seconds,
        )
    )
    print(f"\n{len(missing)} input(s) refused by the pipeline (scored as singletons)")
    _print_topics(summaries, gold)
    return rows


def _print_topics(summaries, gold: dict[str, str]) -> None:
    print("\nlargest stories (label: topics of their articles)")
    for x in summaries[:15]:
        topics = Counter(gold.get(a, "?") for a in x.articles).most_common(3)
        print(f"  #{x.id} {len(x.articles):>5}  {x.label[:70]:<70}  {dict(topics)}")
    sizes = Counter(len(x.articles) for x in summaries)
    print(f"  stories: {len(summaries)}; single-article stories: {sizes.get(1, 0)}")


# --- 2. scale ------------------------------------------------------------------------------


def perturbed(item, rng: random.Random, n: int):
    """A copy of an annotated article: sentences dropped and shuffled, date shifted."""
    from storyline.model import AnnotatedArticle, Mention, PubDate

    art = item.article
    sents = [art.text[s.start : s.end] for s in item.sentences] or [art.text]
    kept = [s for s in sents if rng.random() > 0.2] or sents[:1]
    rng.shuffle(kept)
    text = "\n".join(kept)
    names = {m.text: m.label for m in item.mentions}
    mentions = []
    for name, label in names.items():
        pos = text.find(name)
        if pos >= 0:
            mentions.append(Mention(pos, pos + len(name), name, label))
    day = (art.published.value or date(2011, 1, 1)) + timedelta(days=rng.randint(-3, 3))
    new = replace(art, id=f"{art.id}~{n}", text=text, published=PubDate(day, "day", 1.0))
    return AnnotatedArticle(new, (), tuple(mentions), ())


def scale(db: Path) -> list[tuple]:
    from storyline.corpus.stories import Clusterer, story_doc
    from storyline.nlp.spacy_pipeline import has_ner
    from storyline.store import Store

    base = list(Store.open(str(db)).annotated())
    ner = {lang: has_ner(lang) for lang in {x.article.lang for x in base}}
    rng = random.Random(SEED)
    rows = []
    for n in SCALES:
        pile = [base[i] if i < len(base) else perturbed(base[i % len(base)], rng, i) for i in range(n)]
        started = time.perf_counter()
        docs = [story_doc(x, None, ner[x.article.lang]) for x in pile]
        terms_seconds = time.perf_counter() - started
        clusterer = Clusterer()
        for i in range(0, n, 2000):  # the pipeline's batch size
            clusterer.add(docs[i : i + 2000])
        seconds = time.perf_counter() - started
        stories = len(clusterer.stories)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the process's peak so far
        del docs, clusterer, pile
        rows.append((n, stories, terms_seconds, seconds, n / seconds, peak))
    return rows


# --- 3. near-duplicates ----------------------------------------------------------------------

FURNITURE = {
    "fr": (
        ["Accueil", "International", "Politique", "Économie", "Culture", "Sports"],
        ["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail"],
        ["Recevez chaque matin notre lettre d'information : inscrivez-vous gratuitement"],
        ["© 2024 Le Quotidien du Soir - Tous droits réservés", "Mentions légales | Contact"],
    ),
    "en": (
        ["Home", "World", "Politics", "Business", "Culture", "Sport"],
        ["Share on Facebook", "Share on X", "Email this story"],
        ["Sign up for our morning newsletter: it's free"],
        ["© 2024 The Evening Courier. All rights reserved.", "Privacy policy | Contact us"],
    ),
}


def make_copy(text: str, lang: str, rng: random.Random) -> str:
    """Re-wrapped in other furniture, trimmed, a few sentences edited."""
    menu, share, pitch, foot = FURNITURE[lang]
    lines = [x for x in text.splitlines() if x.strip()]
    cut = rng.randint(0, max(0, len(lines) // 5))  # trim up to a fifth at the end
    lines = lines[: len(lines) - cut] if cut else lines
    if len(lines) > 4 and rng.random() < 0.5:
        del lines[rng.randrange(1, len(lines))]  # drop a paragraph
    for _ in range(3):  # edit a few sentences: two words swapped, one dropped
        i = rng.randrange(len(lines))
        words = lines[i].split()
        if len(words) > 6:
            j = rng.randrange(len(words) - 1)
            words[j], words[j + 1] = words[j + 1], words[j]
            del words[rng.randrange(len(words))]
            lines[i] = " ".join(words)
    head = [" | ".join(rng.sample(menu, 4)), *rng.sample(share, 2)]
    tail = [rng.choice(pitch), *foot]
    return "\n".join(head + lines + tail)


def dedup_quality(items: list[dict], n_sources: int = 400) -> tuple:
    from storyline.corpus.dedup import DuplicateIndex, signature
    from storyline.extract import extract_text

    rng = random.Random(SEED)
    clean = {it["id"]: extract_text(it["text"], lang=it["lang"]).text for it in items}
    # Articles the data already holds twice are left out, so that every gold pair is ours.
    index = DuplicateIndex()
    already = set()
    for rank, it in enumerate(items):
        for link in index.add(it["id"], signature(clean[it["id"]]), (rank,)):
            already |= {link.copy, link.original}
    pool = [it for it in items if it["id"] not in already and len(clean[it["id"]].split()) >= 80]
    sources = rng.sample(pool, min(n_sources, len(pool)))
    copies = {f"{it['id']}~copy": it for it in sources}
    index = DuplicateIndex()
    predicted = set()
    rank = 0
    for it in pool:
        index.add(it["id"], signature(clean[it["id"]]), (rank,))
        rank += 1
    started = time.perf_counter()
    for copy_id, it in copies.items():
        text = extract_text(make_copy(it["text"], it["lang"], rng), lang=it["lang"]).text
        for link in index.add(copy_id, signature(text), (rank,)):
            predicted.add((link.copy, link.original))
        rank += 1
    seconds = time.perf_counter() - started
    gold = {(copy_id, it["id"]) for copy_id, it in copies.items()}
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold)
    return len(pool), len(gold), len(predicted), p, r, _f1(p, r), len(copies) / seconds


# --- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, help="Keep work files (the built store) in this folder.")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-dedup", action="store_true")
    args = parser.parse_args()
    if not T17.is_dir() or not MLCRISIS.is_dir():
        print(f"skipped: {T17} or {MLCRISIS} not found (set STORYLINE_DATA)")
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="storyline-stories-"))
    work.mkdir(parents=True, exist_ok=True)
    items = load_pile()
    print(f"{len(items)} articles, {len({it['topic'] for it in items})} topics (language × topic)")
    db = build_pile(items, work)

    rows = quality(items, db, work)
    print("\n== Stories: T17 (9 topics, en) + ML-Crisis (3 topics, fr) in one pile")
    head = ("stories", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "seconds")
    print(f"{'system':<26} " + " ".join(f"{h:>7}" for h in head))
    for name, n, *vals, secs in rows:
        print(f"{name:<26} {n:>7} " + " ".join(f"{v:>7.3f}" for v in vals) + f" {secs:>7.1f}")
    print("target: B-cubed F1 >= 0.90")
    print("storyline seconds: the pipeline's clustering alone, after annotation, store I/O included")

    if not args.skip_scale:
        print("\n== Scale: clustering after annotation, pile grown with perturbed copies (one core)")
        print(f"{'articles':>8} {'stories':>8} {'terms s':>8} {'total s':>8} {'art/s':>8} {'RSS MiB':>9}")
        for n, stories, terms_s, secs, rate, mib in scale(db):
            print(f"{n:>8} {stories:>8} {terms_s:>8.1f} {secs:>8.1f} {rate:>8.0f} {mib:>9.1f}")
        print("target: 20,000 articles in <= 60 s (RSS: the bench process's peak resident memory so far,")
        print("the store's annotated articles it starts from included)")

    if not args.skip_dedup:
        pool, gold, predicted, p, r, f, rate = dedup_quality(items)
        print("\n== Near-duplicates: generated copies (other furniture, trimmed, edited), distinct articles")
        print(f"{'pool':>6} {'copies':>7} {'links':>6} {'P':>6} {'R':>6} {'F1':>6} {'copies/s':>9}")
        print(f"{pool:>6} {gold:>7} {predicted:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f} {rate:>9.0f}")
        print("target: precision >= 0.99, recall >= 0.95 at the default threshold")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
