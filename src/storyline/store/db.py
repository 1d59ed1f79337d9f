"""The store: SQLite by default (any SQLAlchemy URL works), one transaction per batch.

A batch is committed whole or not at all, so a killed run loses nothing already committed,
and a re-run skips every input whose content hash is already known.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, delete, event, func, insert, inspect, or_, select, update
from sqlalchemy.exc import ArgumentError

from storyline.model import (
    AnnotatedArticle,
    Article,
    DuplicateLink,
    Evidence,
    Mention,
    PubDate,
    Rejection,
    RemovedLine,
    Sentence,
    Timex,
)
from storyline.store import schema as s
from storyline.store.chunks import chunks, keyset_pages
from storyline.store.entities import EntityTables
from storyline.store.info import read_info, write_info
from storyline.store.stories import StoryTables, mark_for_links
from storyline.store.upsert import add_counts

_BANDED = "minhash_bands"  # store_info key: how every stored signature's band keys were cut


class StoreError(RuntimeError):
    """The store cannot be used (newer schema, not a storyline database…)."""


class Store:
    def __init__(self, engine: Engine, read_only: bool = False):
        self.engine = engine
        self.read_only = read_only
        self._prepare()
        self.stories = StoryTables(engine)
        self.entities = EntityTables(engine)

    @classmethod
    def open(cls, path: str, read_only: bool = False) -> Store:
        """Open (creating if needed) the store at a file path or an SQLAlchemy URL; with
        ``read_only``, ``path`` is an SQLite file only read, where nothing can be written
        (read-only media, a shared folder): no journal, no upgrade."""
        if read_only:
            file = os.path.abspath(Path(path).expanduser())
            wal = Path(file + "-wal")
            if wal.exists() and wal.stat().st_size:
                raise StoreError(
                    f"{path} has changes in {path}-wal that are only read where they can be written: "
                    "copy both files to a folder you can write to"
                )
            engine = create_engine(f"sqlite:///file:{quote(file)}?mode=ro&immutable=1&uri=true")
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
            return cls(engine, read_only=True)
        url = path if "://" in path else f"sqlite:///{Path(path).expanduser()}"
        try:
            engine = create_engine(url)
        except ImportError as err:  # a server's driver that is not installed
            raise StoreError(
                f"cannot open {path}: its database driver ({err.name}) is not installed; "
                "install it in storyline's environment, or give an SQLite file"
            ) from err
        except ArgumentError as err:
            raise StoreError(f"cannot open {path}: not an SQLite file path nor an SQLAlchemy URL") from err
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        return cls(engine)

    @property
    def files(self) -> set[str]:
        """The paths of an SQLite store's own files (the database, its journal and WAL files)."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return set()
        own = os.path.realpath(self.engine.url.database)
        return {own} | {own + suffix for suffix in ("-wal", "-shm", "-journal")}

    def _prepare(self) -> None:
        if self.read_only:
            self._check_read_only()
            return
        try:
            s.metadata.create_all(self.engine)
        except Exception as err:  # noqa: BLE001 - any driver error means the same thing here
            reason = str(getattr(err, "orig", None) or err).splitlines()[0]  # the driver's words, no link
            raise StoreError(
                f"not a usable storyline database: {reason} (--db takes an SQLite file in a folder you "
                "can write to, or an SQLAlchemy URL)"
            ) from err
        with self.engine.begin() as conn:
            found = read_info(conn, "schema_version")
            if found is None:
                write_info(conn, "schema_version", str(s.SCHEMA_VERSION))
            elif int(found) < s.SCHEMA_VERSION:
                # Changes add tables, which ``create_all`` has just made, indexes, which it does
                # not add to a table that exists, and columns, added here.
                _add_missing_columns(conn)
                for table in s.metadata.sorted_tables:
                    for index in table.indexes:
                        index.create(conn, checkfirst=True)
                if int(found) < _DATING_MARKED:
                    _mark_undated_by_corpus(conn)
                write_info(conn, "schema_version", str(s.SCHEMA_VERSION))
            elif int(found) > s.SCHEMA_VERSION:
                raise _newer(found)

    def _check_read_only(self) -> None:
        """A store that is only read must be a storyline store of this schema: an older one would
        need upgrading, which writes."""
        try:
            with self.engine.connect() as conn:
                found = read_info(conn, "schema_version")
        except Exception as err:  # noqa: BLE001 - any driver error means the same thing here
            reason = str(getattr(err, "orig", None) or err).splitlines()[0]
            raise StoreError(f"not a usable storyline database: {reason}") from err
        if found is None:
            raise StoreError("not a storyline database (it has no schema version)")
        if int(found) < s.SCHEMA_VERSION:
            raise StoreError(
                f"this store (schema version {found}) must be upgraded to be read, which writes to it, and "
                "it cannot be written where it is: copy it to a folder you can write to"
            )
        if int(found) > s.SCHEMA_VERSION:
            raise _newer(found)

    # --- writing -------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        """Content hashes of every input already stored or refused."""
        with self.engine.connect() as conn:
            done = set(conn.execute(select(s.articles.c.content_hash)).scalars())
            done |= {h for h in conn.execute(select(s.rejections.c.content_hash)).scalars() if h}
        return done

    def known_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(s.articles.c.id)).scalars())

    def save_batch(self, annotated: Iterable[AnnotatedArticle], rejected: Iterable[Rejection]) -> None:
        """Store a batch of articles with their annotations, and rejections, in one transaction."""
        with self.engine.begin() as conn:
            seq = conn.execute(select(func.coalesce(func.max(s.articles.c.seq), 0))).scalar_one()
            for item in annotated:
                seq += 1
                art = item.article
                # A path refused before and now read (the file was fixed) is no longer refused.
                conn.execute(delete(s.rejections).where(s.rejections.c.path == art.path))
                conn.execute(insert(s.articles).values(**_article_row(art), seq=seq))
                conn.execute(insert(s.corpus_dating_pending).values(article_id=art.id))
                if item.sentences:
                    conn.execute(
                        insert(s.sentences),
                        [
                            {"article_id": art.id, "idx": i, "start": x.start, "end": x.end}
                            for i, x in enumerate(item.sentences)
                        ],
                    )
                if item.mentions:
                    conn.execute(
                        insert(s.mentions), [{"article_id": art.id, **asdict(m)} for m in item.mentions]
                    )
                if item.timexes:
                    conn.execute(insert(s.timexes), [_timex_row(art.id, t) for t in item.timexes])
            for rej in rejected:
                conn.execute(delete(s.rejections).where(s.rejections.c.path == rej.path))
                conn.execute(
                    insert(s.rejections).values(
                        path=rej.path, content_hash=rej.content_hash, reason=rej.reason
                    )
                )

    def forget_rejections(self, paths: Collection[str]) -> None:
        """The files at ``paths`` are no longer refused (they were read whole since)."""
        with self.engine.begin() as conn:
            for part in chunks(sorted(paths)):
                conn.execute(delete(s.rejections).where(s.rejections.c.path.in_(part)))

    def awaiting_corpus_dating(self) -> list[str]:
        """Ids of the articles corpus dating has not seen yet, in order of arrival."""
        query = (
            select(s.corpus_dating_pending.c.article_id)
            .join(s.articles, s.articles.c.id == s.corpus_dating_pending.c.article_id)
            .order_by(s.articles.c.seq)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def corpus_dated(self, article_ids: Collection[str]) -> None:
        """Corpus dating has seen these articles."""
        with self.engine.begin() as conn:
            pending = s.corpus_dating_pending.c.article_id
            for part in chunks(sorted(article_ids)):
                conn.execute(delete(s.corpus_dating_pending).where(pending.in_(part)))

    def update_duplicates(self, links: Iterable[DuplicateLink]) -> None:
        """Set the duplicate link of each copy in ``links`` (others stay as they are)."""
        with self.engine.begin() as conn:
            for link in links:
                conn.execute(
                    update(s.articles)
                    .where(s.articles.c.id == link.copy)
                    .values(duplicate_of=link.original, duplicate_similarity=round(link.similarity, 3))
                )

    def redate(self, article_id: str, published: PubDate, timexes: Sequence[Timex] | None = None) -> None:
        """Set an article's publication date and, when given, its time expressions resolved anew;
        its story is marked for its span and links to be made again."""
        pub = _article_row_pub(published)
        with self.engine.begin() as conn:
            conn.execute(update(s.articles).where(s.articles.c.id == article_id).values(**pub))
            story = select(s.story_articles.c.story_id).where(s.story_articles.c.article_id == article_id)
            mark_for_links(conn, list(conn.execute(story).scalars()))  # its story's span moves
            if timexes is not None:
                conn.execute(delete(s.timexes).where(s.timexes.c.article_id == article_id))
                if timexes:
                    conn.execute(insert(s.timexes), [_timex_row(article_id, t) for t in timexes])

    def members(self, story_ids: Collection[int]) -> dict[int, list[str]]:
        """The member article ids of each story in ``story_ids``, in order of arrival."""
        out: dict[int, list[str]] = {}
        ids = list(story_ids)
        with self.engine.connect() as conn:
            for part in chunks(ids):
                query = (
                    select(s.story_articles.c.story_id, s.story_articles.c.article_id)
                    .join(s.articles, s.articles.c.id == s.story_articles.c.article_id)
                    .where(s.story_articles.c.story_id.in_(part))
                    .order_by(s.articles.c.seq)
                )
                for story_id, article_id in conn.execute(query):
                    out.setdefault(story_id, []).append(article_id)
        return out

    def weakly_dated(self, story_ids: Collection[int], below: float) -> set[int]:
        """The stories of ``story_ids`` with a member not dated to a day at a confidence of at
        least ``below`` (a guess, a month or year, or no date): read from the dates alone, so
        that stories dated throughout are never loaded."""
        out: set[int] = set()
        ids = sorted(story_ids)
        with self.engine.connect() as conn:
            for part in chunks(ids):
                query = (
                    select(s.story_articles.c.story_id)
                    .join(s.articles, s.articles.c.id == s.story_articles.c.article_id)
                    .where(s.story_articles.c.story_id.in_(part))
                    .where(or_(s.articles.c.pub_confidence < below, s.articles.c.pub_granularity != "day"))
                    .distinct()
                )
                out.update(conn.execute(query).scalars())
        return out

    def save_signatures(self, signatures: dict[str, str], bands: dict[str, list[int]]) -> None:
        """Store the articles' MinHash signatures (hex) and their LSH band keys."""
        with self.engine.begin() as conn:
            ids = list(signatures)
            for part in chunks(ids):
                conn.execute(delete(s.minhashes).where(s.minhashes.c.article_id.in_(part)))
            rows = [{"article_id": a, "signature": v} for a, v in signatures.items()]
            if rows:
                conn.execute(insert(s.minhashes), rows)
            _write_bands(conn, bands)

    def unbanded_signatures(self, layout: str) -> Iterator[dict[str, str]]:
        """The stored signatures, a chunk at a time, to be banded with :meth:`save_bands`, when
        their band keys were not cut as ``layout`` says (a store made before bands were kept, or
        with other band parameters); nothing once that is done (``layout`` kept in ``store_info``)."""
        with self.engine.connect() as conn:
            done = read_info(conn, _BANDED)
            ids = [] if done == layout else list(conn.execute(select(s.minhashes.c.article_id)).scalars())
        for part in chunks(ids):
            with self.engine.connect() as conn:
                query = select(s.minhashes.c.article_id, s.minhashes.c.signature).where(
                    s.minhashes.c.article_id.in_(part)
                )
                yield dict(conn.execute(query).all())
        if done != layout:
            with self.engine.begin() as conn:
                write_info(conn, _BANDED, layout)

    def save_bands(self, bands: dict[str, list[int]]) -> None:
        with self.engine.begin() as conn:
            _write_bands(conn, bands)

    def unsigned(self) -> list[tuple[str, str | None, str, int]]:
        """The articles without a signature yet (new since the last build): id, publication date
        and its granularity, arrival."""
        query = (
            select(s.articles.c.id, s.articles.c.pub_date, s.articles.c.pub_granularity, s.articles.c.seq)
            .outerjoin(s.minhashes, s.minhashes.c.article_id == s.articles.c.id)
            .where(s.minhashes.c.article_id.is_(None))
            .order_by(s.articles.c.seq)
        )
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query).all()]

    def sharing_bands(self, keys: Collection[int]) -> set[str]:
        """The stored articles with a band key among ``keys``: the near-copy candidates."""
        wanted = sorted(set(keys))
        out: set[str] = set()
        with self.engine.connect() as conn:
            for part in chunks(wanted):
                query = select(s.minhash_bands.c.article_id).where(s.minhash_bands.c.band.in_(part))
                out.update(conn.execute(query).scalars())
        return out

    def copy_groups(
        self, ids: Collection[str]
    ) -> list[tuple[str, str | None, str, int, str | None, str | None]]:
        """The near-copy groups the articles ``ids`` belong to, every member with its id,
        publication date and its granularity, arrival, original and signature; originals first."""
        a = s.articles.c
        rows_of = select(
            a.id, a.pub_date, a.pub_granularity, a.seq, a.duplicate_of, s.minhashes.c.signature
        ).outerjoin(s.minhashes, s.minhashes.c.article_id == a.id)
        rows: dict[str, tuple] = {}
        with self.engine.connect() as conn:
            wanted = sorted(ids)
            roots: set[str] = set()
            for part in chunks(wanted):
                query = select(func.coalesce(a.duplicate_of, a.id)).where(a.id.in_(part))
                roots.update(conn.execute(query).scalars())
            ordered = sorted(roots)
            for part in chunks(ordered):
                for member in (a.id.in_(part), a.duplicate_of.in_(part)):  # the roots, then their copies
                    rows.update((r[0], tuple(r)) for r in conn.execute(rows_of.where(member)).all())
        return sorted(rows.values(), key=lambda r: (r[4] is not None, r[3]))

    def add_line_counts(self, counted: Iterable[tuple[str, set[str]]]) -> None:
        """Count articles, each an outlet and the keys of its lines, in one transaction."""
        articles: Counter[str] = Counter()
        lines: Counter[tuple[str, str]] = Counter()
        for outlet, keys in counted:
            articles[outlet] += 1
            lines.update((outlet, key) for key in keys)
        if not articles:
            return
        with self.engine.begin() as conn:
            add_counts(
                conn,
                s.outlet_articles,
                ("outlet",),
                "articles",
                [{"outlet": o, "articles": n} for o, n in articles.items()],
            )
            add_counts(
                conn,
                s.outlet_lines,
                ("outlet", "line_key"),
                "articles",
                [{"outlet": o, "line_key": k, "articles": n} for (o, k), n in lines.items()],
            )

    # --- reading -------------------------------------------------------------------------

    def line_totals(self) -> dict[str, int]:
        """The articles counted per outlet."""
        with self.engine.connect() as conn:
            query = select(s.outlet_articles.c.outlet, s.outlet_articles.c.articles)
            return dict(conn.execute(query).all())

    def line_counts(self, wanted: dict[str, set[str]]) -> dict[str, dict[str, int]]:
        """Per outlet of ``wanted``, the articles holding each of its line keys (keys never
        counted are left out)."""
        out: dict[str, dict[str, int]] = {}
        table = s.outlet_lines
        with self.engine.connect() as conn:
            for outlet, keys in wanted.items():
                listed = sorted(keys)
                for part in chunks(listed):
                    query = select(table.c.line_key, table.c.articles).where(
                        table.c.outlet == outlet, table.c.line_key.in_(part)
                    )
                    found = dict(conn.execute(query).all())
                    if found:
                        out.setdefault(outlet, {}).update(found)
        return out

    def signatures(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(s.minhashes.c.article_id, s.minhashes.c.signature)).all())

    def articles(self, ids: Collection[str] | None = None) -> list[Article]:
        """The stored articles (or those of ``ids``), in order of arrival."""
        query = select(s.articles).order_by(s.articles.c.seq)
        with self.engine.connect() as conn:
            if ids is None:
                rows = conn.execute(query).mappings().all()
            else:
                wanted = list(ids)
                rows = []
                for part in chunks(wanted):
                    rows.extend(conn.execute(query.where(s.articles.c.id.in_(part))).mappings().all())
                rows.sort(key=lambda r: r["seq"])
        return [_article_from_row(r) for r in rows]

    def publications(self, ids: Collection[str] | None = None) -> list[tuple[str, PubDate]]:
        """(id, publication date without its evidence) of the stored articles (or those of
        ``ids``), in order of arrival: what choosing articles by date needs, without their texts."""
        a = s.articles.c
        query = select(a.id, a.pub_date, a.pub_granularity, a.pub_confidence, a.seq)
        with self.engine.connect() as conn:
            if ids is None:
                rows = conn.execute(query).all()
            else:
                rows = [r for part in chunks(list(ids)) for r in conn.execute(query.where(a.id.in_(part)))]
        rows.sort(key=lambda r: r.seq)
        return [(r.id, _pub_date(r._mapping)) for r in rows]

    def texts(self, ids: Collection[str] | None = None, page: int = 500) -> Iterator[tuple[str, str]]:
        """(id, text) of the stored articles (or those of ``ids``), read a page at a time in order
        of id (in pages of ``ids`` when given): a pass over a large store never holds it all."""
        a = s.articles.c
        with self.engine.connect() as conn:
            if ids is not None:
                for part in chunks(sorted(ids)):
                    yield from conn.execute(select(a.id, a.text).where(a.id.in_(part))).all()
                return
            for rows in keyset_pages(conn, select(a.id, a.text), a.id, page):
                yield from rows

    def duplicates(self, ids: Collection[str] | None = None) -> list[DuplicateLink]:
        """Every near-copy's link to its original (or those of the copies among ``ids``)."""
        query = select(s.articles.c.id, s.articles.c.duplicate_of, s.articles.c.duplicate_similarity).where(
            s.articles.c.duplicate_of.is_not(None)
        )
        with self.engine.connect() as conn:
            if ids is None:
                rows = conn.execute(query).all()
            else:
                parts = chunks(list(ids))
                rows = [r for part in parts for r in conn.execute(query.where(s.articles.c.id.in_(part)))]
        return [DuplicateLink(a, b, sim or 0.0) for a, b, sim in rows]

    def rejections(self) -> list[Rejection]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.rejections).order_by(s.rejections.c.path)).mappings().all()
        return [Rejection(r["path"], r["reason"], r["content_hash"]) for r in rows]

    def annotated(self, ids: Collection[str] | None = None) -> Iterator[AnnotatedArticle]:
        """The stored articles (or those of ``ids``) with their annotations, in order of arrival,
        read :data:`CHUNK` articles at a time: a pass over a large store never holds it all."""
        for part in chunks(self._arrival_order(ids)):
            yield from self._annotated_page(part)

    def _arrival_order(self, ids: Collection[str] | None) -> list[str]:
        a = s.articles.c
        with self.engine.connect() as conn:
            if ids is None:
                return list(conn.execute(select(a.id).order_by(a.seq)).scalars())
            rows = [
                r
                for part in chunks(list(ids))
                for r in conn.execute(select(a.id, a.seq).where(a.id.in_(part)))
            ]
        return [r.id for r in sorted(rows, key=lambda r: r.seq)]

    def _annotated_page(self, ids: Sequence[str]) -> Iterator[AnnotatedArticle]:
        arts = self.articles(ids)
        with self.engine.connect() as conn:
            sents = _annotations(conn, s.sentences, s.sentences.c.idx, ids)
            ments = _annotations(conn, s.mentions, s.mentions.c.start, ids)
            times = _annotations(conn, s.timexes, s.timexes.c.start, ids)
        for art in arts:
            yield AnnotatedArticle(
                art,
                tuple(Sentence(r["start"], r["end"]) for r in sents.get(art.id, ())),
                tuple(Mention(r["start"], r["end"], r["text"], r["label"]) for r in ments.get(art.id, ())),
                tuple(
                    Timex(r["start"], r["end"], r["text"], r["type"], r["value"], r["mod"], r["anchor"])
                    for r in times.get(art.id, ())
                ),
            )

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            n_art = conn.execute(select(func.count()).select_from(s.articles)).scalar_one()
            n_dup = conn.execute(
                select(func.count()).select_from(s.articles).where(s.articles.c.duplicate_of.is_not(None))
            ).scalar_one()
            n_rej = conn.execute(select(func.count()).select_from(s.rejections)).scalar_one()
        return {"articles": n_art, "duplicates": n_dup, "rejected": n_rej}


_DATING_MARKED = 7  # the schema from which new articles are marked for corpus dating


def _add_missing_columns(conn) -> None:
    """Add to an older store's tables the columns of ``schema`` they lack (with their defaults)."""
    inspector = inspect(conn)
    for table in s.metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            kind = column.type.compile(dialect=conn.dialect)
            default = column.default.arg if column.default is not None else None
            literal = None  # the schema's defaults are literals: strings ("{}") or numbers
            if isinstance(default, str):
                literal = "'" + default.replace("'", "''") + "'"
            elif isinstance(default, int | float) and not isinstance(default, bool):
                literal = repr(default)
            clause = ""
            if literal is not None:  # NOT NULL needs a default for the rows already there
                clause = f" DEFAULT {literal}" + ("" if column.nullable else " NOT NULL")
            conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}{clause}')


def _mark_undated_by_corpus(conn) -> None:
    """Mark for corpus dating the articles an older store holds outside any story: a build that
    stopped before its phase 2 left them, and corpus dating then took the articles not yet in a
    story as its own."""
    placed = select(s.story_articles.c.article_id)
    marked = select(s.corpus_dating_pending.c.article_id)
    waiting = select(s.articles.c.id).where(s.articles.c.id.not_in(placed), s.articles.c.id.not_in(marked))
    conn.execute(insert(s.corpus_dating_pending).from_select(["article_id"], waiting))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _newer(found: str) -> StoreError:
    return StoreError(
        f"database schema version {found} is newer than this storyline ({s.SCHEMA_VERSION}): "
        "upgrade storyline"
    )


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _write_bands(conn, bands: dict[str, list[int]]) -> None:
    """Replace the band keys of the articles of ``bands``."""
    ids = list(bands)
    for part in chunks(ids):
        conn.execute(delete(s.minhash_bands).where(s.minhash_bands.c.article_id.in_(part)))
    rows = [{"band": key, "article_id": a} for a, keys in bands.items() for key in set(keys)]
    if rows:
        conn.execute(insert(s.minhash_bands), rows)


def _annotations(conn, table, order, ids: Sequence[str]) -> dict[str, list]:
    query = select(table).where(table.c.article_id.in_(ids)).order_by(order)
    return _grouped(conn.execute(query).mappings())


def _grouped(rows) -> dict[str, list]:
    out: dict[str, list] = {}
    for row in rows:
        out.setdefault(row["article_id"], []).append(row)
    return out


def _timex_row(article_id: str, t: Timex) -> dict:
    return {"article_id": article_id, **asdict(t), "mod": t.mod or "", "anchor": t.anchor or ""}


def _article_row_pub(pub: PubDate) -> dict:
    return {
        "pub_date": pub.value.isoformat() if pub.value else None,
        "pub_granularity": pub.granularity,
        "pub_confidence": pub.confidence,
        "pub_evidence": json.dumps([asdict(e) for e in pub.evidence], ensure_ascii=False),
    }


def _article_row(art: Article) -> dict:
    return {
        "id": art.id,
        "content_hash": art.content_hash,
        "path": art.path,
        "url": art.url,
        "title": art.title,
        "outlet": art.outlet,
        "agency": art.agency,
        "lang": art.lang,
        "text": art.text,
        "furniture": json.dumps([asdict(f) for f in art.furniture], ensure_ascii=False),
        **_article_row_pub(art.published),
    }


def _pub_date(row, evidence: tuple[Evidence, ...] = ()) -> PubDate:
    value = row["pub_date"]
    return PubDate(
        date.fromisoformat(value) if value else None, row["pub_granularity"], row["pub_confidence"], evidence
    )


def _article_from_row(row) -> Article:
    published = _pub_date(row, tuple(Evidence(**e) for e in json.loads(row["pub_evidence"])))
    return Article(
        id=row["id"],
        path=row["path"],
        content_hash=row["content_hash"],
        text=row["text"],
        lang=row["lang"],
        published=published,
        title=row["title"],
        outlet=row["outlet"],
        agency=row["agency"],
        url=row["url"],
        furniture=tuple(RemovedLine(**f) for f in json.loads(row["furniture"])),
    )
