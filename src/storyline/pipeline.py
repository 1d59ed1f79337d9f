"""Runs the stages: phase 1 per article in committed batches, then phase 2 over the corpus.

The stages themselves do no I/O; this module reads inputs, calls them, reports progress and
errors, and hands each batch to the store in one transaction. An input whose content hash
is already stored (or refused) is skipped, so a re-run resumes where a killed one stopped.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from storyline.corpus.coref import local_entities
from storyline.corpus.dating import ANCHOR_CONFIDENCE, date_story, is_anchor, open_to_doubt
from storyline.corpus.dedup import BAND_LAYOUT, DuplicateIndex, band_keys, from_hex, signature, to_hex
from storyline.corpus.entities import local_keys, resolve
from storyline.corpus.related import related_stories
from storyline.corpus.stories import story_doc
from storyline.dating.pubdate import date_article
from storyline.dating.timex import tag
from storyline.extract import extract_html, extract_text
from storyline.extract.html import Favor, visible_lines
from storyline.extract.recurring import LineCounts, input_group, page_keys
from storyline.model import (
    AnnotatedArticle,
    Article,
    DuplicateLink,
    Extracted,
    PubDate,
    RawDoc,
    Rejection,
)
from storyline.nlp.annotate import annotate
from storyline.nlp.langid import identify
from storyline.nlp.spacy_pipeline import has_ner
from storyline.sources.decode import decode
from storyline.sources.files import MANY_SUFFIXES, discover, read_path
from storyline.store import Store

BATCH_SIZE = 32
STORY_BATCH = 2000
STORIES_HELD = 20_000  # stories kept in memory from one clustering batch to the next
ENTITY_BATCH = 500
DEDUP_BATCH = 2000
MIN_TEXT_CHARS = 150

_log = logging.getLogger(__name__)


@dataclass
class BuildSummary:
    files: int = 0
    read: int = 0
    added: int = 0
    already_stored: int = 0
    already: list[tuple[str, str]] = field(default_factory=list)  # (path, content hash), if asked
    rejected: list[Rejection] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)  # files of another type in a given folder
    left_out: Counter[str] = field(default_factory=Counter)  # web archive records that are no page, by kind
    duplicates: int = 0
    articles_total: int = 0

    def reasons(self) -> Counter[str]:
        return Counter(r.reason.split(":")[0] for r in self.rejected)


Progress = Callable[[int, int, str], None]  # (done, total, current path)


@dataclass
class Survey:
    """What phase 1 reads of an input before the learned furniture is applied: its text, a first
    extraction, and the line counts group and line keys it joins."""

    text: str
    extracted: Extracted
    group: str
    known_outlet: bool
    keys: set[str]


def survey(doc: RawDoc, favor: Favor = "balanced") -> Survey:
    """Decode and extract one input, and find the group and line keys it is counted under."""
    text = decode(doc.content)
    extracted = extract_page(text, doc.kind, doc.hints, favor)
    outlet = outlet_of(doc.hints, extracted)
    group = outlet or input_group(doc.path)
    return Survey(text, extracted, group, outlet is not None, line_keys(text, doc.kind))


def prepare(
    doc: RawDoc,
    favor: Favor = "balanced",
    counts: LineCounts | None = None,
    surveyed: Survey | None = None,
    counted: bool = False,
) -> Article | Rejection:
    """Phase 1 up to dating for one input: extract, identify the language, date.

    With ``counts``, the page's lines are counted for its outlet (else for the file or folder it
    came from), and lines that recur across its articles (this one included) are removed as
    furniture. ``surveyed``: the input's :func:`survey`, when already made; ``counted``: its lines
    are counted already (with the rest of its batch).
    """
    page = surveyed or survey(doc, favor)
    text, extracted, hints = page.text, page.extracted, doc.hints
    if counts is not None:
        if not counted:
            counts.add(page.group, page.keys)
        learned = counts.furniture(page.group, page.keys, known=page.known_outlet)
        if learned:
            extracted = extract_page(text, doc.kind, hints, favor, learned)
    if len(extracted.text.strip()) < MIN_TEXT_CHARS:
        return Rejection(
            doc.path,
            f"no article text: {len(extracted.text.strip())} characters left after cleaning "
            f"(at least {MIN_TEXT_CHARS} needed)",
            doc.content_hash,
        )
    lang, _ = identify(extracted.text, hints.get("lang"))
    published = date_article(
        extracted, lang, raw=text, kind=doc.kind, stated=hints.get("date"), today=latest_possible(hints)
    )
    return Article(
        id=hints.get("id") or doc.content_hash[:12],
        path=doc.path,
        content_hash=doc.content_hash,
        text=extracted.text,
        lang=lang,
        published=published,
        title=hints.get("title") or extracted.title,
        outlet=outlet_of(hints, extracted),
        agency=extracted.agency,
        url=hints.get("url") or extracted.url,
        furniture=extracted.furniture,
    )


def date_page(doc: RawDoc, favor: Favor = "balanced") -> PubDate:
    """The publication date of one input from its own evidence alone (no corpus)."""
    text = decode(doc.content)
    extracted = extract_page(text, doc.kind, doc.hints, favor)
    lang, _ = identify(extracted.text, doc.hints.get("lang"))
    hints = doc.hints
    return date_article(
        extracted, lang, raw=text, kind=doc.kind, stated=hints.get("date"), today=latest_possible(hints)
    )


def latest_possible(hints: dict[str, str]) -> date | None:
    """The last day the input can have been published: the day it was updated, or the day after
    the one it was fetched (a crawl's day is UTC's; the page's own day may already be the next)."""
    days = []
    for key, slack in (("crawled", 1), ("updated", 0)):
        try:
            days.append(date.fromisoformat(hints[key][:10]) + timedelta(days=slack))
        except (KeyError, ValueError):
            continue
    return min(days, default=None)


def extract_page(
    text: str,
    kind: str,
    hints: dict[str, str],
    favor: Favor = "balanced",
    learned: dict[str, str] | None = None,
) -> Extracted:
    """The extraction of one decoded input, HTML or plain text."""
    if kind == "html":
        return extract_html(text, url=hints.get("url"), favor=favor, learned=learned)
    return extract_text(text, lang=hints.get("lang"), learned=learned, titled=bool(hints.get("title")))


def outlet_of(hints: dict[str, str], extracted: Extracted) -> str | None:
    """The outlet whose line counts a page joins: as stated, as found, else the URL's host."""
    url = hints.get("url") or extracted.url
    host = urlsplit(url).hostname if url else None
    return hints.get("source") or extracted.outlet or (host.removeprefix("www.") if host else None)


def line_keys(text: str, kind: str) -> set[str]:
    """The keys of a decoded page's visible lines, for the line counts."""
    return page_keys(visible_lines(text) if kind == "html" else text.splitlines())


def load_counts(store: Store) -> LineCounts:
    """The line counts kept in the store: the totals per outlet (the lines are read per batch)."""
    counts = LineCounts()
    counts.load_totals(store.line_totals())
    return counts


def _read_line_counts(store: Store, counts: LineCounts, surveys: Iterable[Survey | None]) -> None:
    """Read from the store the counts of the lines the batch's pages hold."""
    wanted: dict[str, set[str]] = {}
    for page in surveys:
        if page is not None:
            wanted.setdefault(page.group, set()).update(page.keys)
    counts.load_lines(store.line_counts(wanted))


def build(
    paths: Iterable[str],
    store: Store,
    progress: Progress | None = None,
    favor: Favor = "balanced",
    keep_already: bool = False,
) -> BuildSummary:
    """Add the articles under ``paths`` to ``store`` (phase 1), then run phase 2; with
    ``keep_already``, the summary lists the inputs whose content was already stored.

    Furniture recurring across an outlet's articles is learned as articles come in (the counts
    are kept in the store), so later articles of an outlet are cleaned with what earlier ones
    taught.
    """
    summary = BuildSummary()
    counts = load_counts(store)
    known = store.known_hashes()
    ids = store.known_ids()
    files: list[str] = []
    for item in discover(paths, summary.passed_over):
        if isinstance(item, Rejection):
            summary.rejected.append(item)
        else:
            files.append(item)
    summary.files = len(files)
    own = store.files  # a store kept inside the folder it reads is no input
    summary.passed_over = [p for p in summary.passed_over if os.path.realpath(p) not in own]
    store.save_batch([], summary.rejected)
    batch: list[RawDoc] = []
    read_whole: list[str] = []  # files of many read without a word against the file itself
    for done, path in enumerate(files, start=1):
        whole = path.lower().endswith(MANY_SUFFIXES)
        for doc in read_path(path, summary.left_out):
            if isinstance(doc, Rejection):
                whole = whole and doc.path != path
                if doc.content_hash not in known:
                    summary.rejected.append(doc)
                    store.save_batch([], [doc])
                continue
            summary.read += 1
            if doc.content_hash in known:
                summary.already_stored += 1
                if keep_already:
                    summary.already.append((doc.path, doc.content_hash))
                continue
            known.add(doc.content_hash)
            batch.append(doc)
            if len(batch) >= BATCH_SIZE:
                _flush(batch, store, summary, ids, favor, counts)
        if whole:
            read_whole.append(path)
        if progress:
            progress(done, len(files), path)
    _flush(batch, store, summary, ids, favor, counts)
    store.forget_rejections(read_whole)  # a feed or archive damaged before and whole now
    summary.duplicates = run_phase2(store)
    summary.articles_total = store.counts()["articles"]
    return summary


def _flush(
    batch: list[RawDoc],
    store: Store,
    summary: BuildSummary,
    ids: set[str],
    favor: Favor = "balanced",
    counts: LineCounts | None = None,
) -> None:
    """Phase 1 for a batch, committed in one transaction (the line counts just before)."""
    if not batch:
        return
    articles: list[Article] = []
    rejected: list[Rejection] = []
    surveys = [_survey_guarded(doc, favor) for doc in batch]
    if counts is not None:  # the batch's pages are counted before any is cleaned: each learns from all
        _read_line_counts(store, counts, surveys)
        for page in surveys:
            if page is not None:
                counts.add(page.group, page.keys)
    for doc, page in zip(batch, surveys, strict=True):
        result = _guarded(doc, favor, counts, page)
        if isinstance(result, Article) and result.id in ids:
            result = Rejection(
                doc.path, f"id {result.id!r} is already used by another article", doc.content_hash
            )
        if isinstance(result, Rejection):
            rejected.append(result)
        else:
            ids.add(result.id)
            articles.append(result)
    annotated = _annotate_guarded(articles, rejected)
    if counts is not None:
        store.add_line_counts(counts.take_pending())
        counts.forget_lines()
    annotated = _save_guarded(store, annotated, rejected)
    summary.added += len(annotated)
    summary.rejected.extend(rejected)
    batch.clear()


def _survey_guarded(doc: RawDoc, favor: Favor) -> Survey | None:
    try:
        return survey(doc, favor)
    except Exception:  # noqa: BLE001 - prepared again in _guarded, which records why it fails
        return None


def _guarded(
    doc: RawDoc, favor: Favor = "balanced", counts: LineCounts | None = None, page: Survey | None = None
) -> Article | Rejection:
    try:
        return prepare(doc, favor, counts, page, counted=page is not None)
    except Exception as err:  # noqa: BLE001 - one bad input must never stop the run
        return Rejection(doc.path, f"internal error while processing: {_describe(err)}", doc.content_hash)


def _annotate_guarded(articles: list[Article], rejected: list[Rejection]) -> list[AnnotatedArticle]:
    try:
        return annotate(articles)
    except Exception:  # noqa: BLE001 - retry one by one to isolate the culprit
        out = []
        for art in articles:
            try:
                out.extend(annotate([art]))
            except Exception as err:  # noqa: BLE001
                rejected.append(Rejection(art.path, f"annotation failed: {_describe(err)}", art.content_hash))
        return out


def _save_guarded(
    store: Store, annotated: list[AnnotatedArticle], rejected: list[Rejection]
) -> list[AnnotatedArticle]:
    """Store the batch in one transaction; if that fails, article by article, refusing the culprits."""
    try:
        store.save_batch(annotated, rejected)
        return annotated
    except Exception:  # noqa: BLE001 - one unstorable article must not lose the batch
        saved = []
        for item in annotated:
            try:
                store.save_batch([item], [])
                saved.append(item)
            except Exception as err:  # noqa: BLE001
                art = item.article
                rejected.append(
                    Rejection(art.path, f"could not be stored: {_describe(err)}", art.content_hash)
                )
        store.save_batch([], rejected)
        return saved


def _describe(err: Exception) -> str:
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})" if where else ""
    message = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {message[:200]}{place}"


def run_phase2(store: Store, progress: Progress | None = None) -> int:
    """Corpus stages for the articles added since the last run; returns the duplicate links made."""
    links = link_duplicates(store)
    cluster_stories(store, progress)
    resolve_entities(store, progress)
    date_through_stories(store, store.awaiting_corpus_dating())
    return links


def link_duplicates(store: Store) -> int:
    """Sign the new articles, and link their near-copies: the stored articles sharing an LSH band
    with them (read from the store with their groups, never the whole index), then each other.

    A batch at a time, each stored before the next is read: memory stays that of one batch."""
    for stored in store.unbanded_signatures(BAND_LAYOUT):  # an older store: once
        store.save_bands({article_id: band_keys(from_hex(sig)) for article_id, sig in stored.items()})
    # Earliest published first across batches, as in one batch: which group a copy joins may
    # depend on the order its candidates were indexed.
    fresh = [(article_id, _rank(pub, gran, seq)) for article_id, pub, gran, seq in store.unsigned()]
    fresh.sort(key=lambda x: x[1])
    linked: set[str] = set()
    for i in range(0, len(fresh), DEDUP_BATCH):
        linked |= _link_batch(store, fresh[i : i + DEDUP_BATCH])
    return len(linked)


def _link_batch(store: Store, fresh: list[tuple[str, tuple]]) -> set[str]:
    """Sign and link one batch of new articles, ordered by rank; returns the copies whose link it
    made or changed."""
    texts = {a.id: a.text for a in store.articles([article_id for article_id, _ in fresh])}
    signatures = {article_id: signature(texts[article_id]) for article_id, _ in fresh}
    bands = {article_id: band_keys(mh) for article_id, mh in signatures.items()}
    index = DuplicateIndex()
    near = store.sharing_bands({key for keys in bands.values() for key in keys})
    for article_id, pub_date, granularity, seq, original, sig in store.copy_groups(near):
        if sig is not None:
            index.restore(article_id, from_hex(sig), _rank(pub_date, granularity, seq), original)
    links: dict[str, DuplicateLink] = {}
    for article_id, rank in fresh:  # earliest published first
        for link in index.add(article_id, signatures[article_id], rank):
            links[link.copy] = link
    store.save_signatures({k: to_hex(v) for k, v in signatures.items()}, bands)
    store.update_duplicates(links.values())
    return set(links)


def _rank(pub_date: str | None, granularity: str, seq: int) -> tuple:
    """The earliest published article of a group is its original: ranked by the last day it may
    have come out (a month's or a year's last day: a year is not its 1 January); undated ones
    come last."""
    if pub_date is None or granularity == "unknown":
        return (True, "", seq)
    period = PubDate(date.fromisoformat(pub_date), granularity, 0.0).period
    assert period is not None
    return (False, period[1].isoformat(), seq)


def cluster_stories(store: Store, progress: Progress | None = None) -> int:
    """Place the articles not yet in a story, batch by batch; returns how many were placed."""
    pending = store.stories.unassigned()
    if not pending:
        link_stories(store)  # links a stopped build left to make
        return 0
    # The clusterer reads the stored stories a batch may join as it needs them, and lets go of
    # them once the batch is saved beyond the STORIES_HELD it used last.
    clusterer = store.stories.clusterer()
    done = 0
    for i in range(0, len(pending), STORY_BATCH):
        batch = list(store.annotated(pending[i : i + STORY_BATCH]))
        duplicate_of = {d.copy: d.original for d in store.duplicates([x.article.id for x in batch])}
        docs = [story_doc(x, duplicate_of.get(x.article.id), has_ner(x.article.lang)) for x in batch]
        unknown = [d.duplicate_of for d in docs if d.duplicate_of and d.duplicate_of not in clusterer.members]
        clusterer.members.update(store.stories.story_of(unknown))
        assignments = clusterer.add(docs)
        changed_terms: dict[str, set[str]] = {}
        for d in docs:
            if d.duplicate_of is None:
                changed_terms.setdefault(d.lang, set()).update(d.terms)
        store.stories.save(clusterer, assignments, changed_terms)
        clusterer.trim(STORIES_HELD)
        done += len(batch)
        if progress:
            progress(done, len(pending), "stories")
    link_stories(store)
    return done


def link_stories(store: Store) -> None:
    """Make again the spans and cross-language links of the stories marked for it (changed,
    merged away or re-dated since); the other stories' links stand. The marks are stored with
    the change that calls for them, so a build that stops before this leaves them to the next."""
    pending = store.stories.pending_links()
    if pending:
        store.stories.refresh_spans(pending)
        store.stories.replace_links(pending, related_stories(store.stories.linkable(pending), pending))


def date_through_stories(store: Store, fresh: list[str]) -> int:
    """Date or correct the members of the stories new articles joined, by the events they share
    with the dated articles of their story and with dated articles elsewhere naming the same rare
    entities. Names are read as their entities are, so that spellings do not hide a shared event.

    A re-dated article's time expressions are resolved again against its new date.
    """
    if not fresh:
        return 0
    changed = 0
    touched = set(store.stories.story_of(fresh).values())
    for story_id, ids in store.members(store.weakly_dated(touched, ANCHOR_CONFIDENCE)).items():
        try:
            changed += _date_members(store, ids)
        except Exception as err:  # noqa: BLE001 - one story must not stop the others, nor later builds
            _log.warning("story #%s could not be dated through its events: %s", story_id, _describe(err))
    if changed:
        link_stories(store)  # the re-dated articles' stories were marked by ``redate``
    store.corpus_dated(fresh)
    return changed


def _date_members(store: Store, ids: list[str]) -> int:
    """Date the weakly dated members of one story (``ids``); how many were re-dated."""
    members = list(store.annotated(ids))
    undated = [m.article.id for m in members if not is_anchor(m.article.published)]
    if not undated:
        return 0  # every member dated surely: nothing to date, no names to read
    members = _with_entity_names(store, members)
    sharing = {
        m.article.id: store.entities.sharing(m.article.id)
        for m in members
        if open_to_doubt(m.article.published)
    }
    outside = {n for a in undated for n in sharing[a]} - set(ids)  # lenders of events
    neighbours = [n for n in store.annotated(sorted(outside)) if is_anchor(n.article.published)]
    # the other articles naming the same people as a member a weekday left open: their dates only
    others = {n for found in sharing.values() for n in found} - set(ids) - outside
    elsewhere = {a.id: a.published for a in store.articles(sorted(others))}
    by_id = {m.article.id: m for m in members}
    copies = {d.copy for d in store.duplicates(ids)}
    changed = 0
    lenders = _with_entity_names(store, neighbours)
    for found in date_story(members, lenders, copies, sharing, elsewhere):
        art = by_id[found.article].article
        day = found.published.day
        # its time expressions are resolved anew whenever the day they resolve against changes
        timexes = tag(art.text, art.lang, day) if day != art.published.day else None
        store.redate(art.id, found.published, timexes)
        if day and is_anchor(found.published):
            store.entities.date_roles(art.id, day)
        changed += 1
    return changed


def _with_entity_names(store: Store, items: list[AnnotatedArticle]) -> list[AnnotatedArticle]:
    """The articles with their mentions as placed and named by entity resolution, where it ran."""
    placed = store.entities.canonical_mentions([a.article.id for a in items])
    return [replace(a, mentions=tuple(placed[a.article.id])) if a.article.id in placed else a for a in items]


def resolve_entities(store: Store, progress: Progress | None = None) -> int:
    """Place the mentions of the articles not yet resolved against the stored entities.

    Batch by batch: each article's entities are formed within it, then only the stored entities
    sharing a blocking key with them are read, and what changed is written back.
    """
    pending = store.entities.unresolved()
    done = 0
    for i in range(0, len(pending), ENTITY_BATCH):
        ids = pending[i : i + ENTITY_BATCH]
        batch = []
        keys: set[str] = set()
        for item in store.annotated(ids):
            art = item.article
            day = art.published.value if is_anchor(art.published) else None  # a date we trust
            for local in local_entities(item):
                batch.append((local, art.lang, day))
                keys |= local_keys(local, art.lang)
        index = store.entities.index_for(keys)
        store.entities.save(index, resolve(index, batch), ids)
        done += len(ids)
        if progress:
            progress(done, len(pending), "entities")
    return done
