"""The stories' tables: the clusterer's state between runs, memberships and cross-language links."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from datetime import date

from sqlalchemy import Engine, delete, func, insert, select, update

from storyline.corpus.related import NAMES_COMPARED, story_keys
from storyline.corpus.stories import INDEX_TERMS, SPAN_GRANULARITIES, Assignment, Clusterer, Story
from storyline.model import StoryLink, StorySummary
from storyline.store import schema as s
from storyline.store.chunks import chunks, live_pages
from storyline.store.info import write_info
from storyline.store.upsert import replace_rows

_NEXT_ID = "stories_next_id"
_NDOCS = "stories_ndocs:"  # + language
_FILED = "story_terms"  # store_info key: how every live story is filed in story_terms and story_names
_FILING = f"{INDEX_TERMS} terms, {NAMES_COMPARED} names"


class StoredStories:
    """The clusterer's ``StorySource``: stories and document frequencies read from the store."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def filed(self, lang: str, terms: Collection[str]) -> dict[str, set[int]]:
        t = s.story_terms.c
        out: dict[str, set[int]] = {}
        with self.engine.connect() as conn:
            for part in chunks(sorted(terms)):
                query = select(t.term, t.story_id).where(t.lang == lang, t.term.in_(part))
                for term, sid in conn.execute(query):
                    out.setdefault(term, set()).add(sid)
        return out

    def load(self, ids: Collection[int]) -> list[Story]:
        """The live stories of ``ids``, each with the terms it is filed under."""
        query = select(s.stories).where(s.stories.c.merged_into.is_(None))
        t = s.story_terms.c
        filed: dict[int, list[str]] = {}
        with self.engine.connect() as conn:
            rows = []
            for part in chunks(sorted(ids)):
                rows += conn.execute(query.where(s.stories.c.id.in_(part))).mappings().all()
                for sid, term in conn.execute(select(t.story_id, t.term).where(t.story_id.in_(part))):
                    filed.setdefault(sid, []).append(term)
        stories = []
        for row in sorted(rows, key=lambda r: r["id"]):
            story = _story_from_row(row)
            story.index_terms = tuple(sorted(filed.get(story.id, ())))
            stories.append(story)
        return stories

    def df(self, lang: str, terms: Collection[str]) -> dict[str, int]:
        t = s.term_df.c
        with self.engine.connect() as conn:
            return {
                term: df
                for part in chunks(sorted(terms))
                for term, df in conn.execute(select(t.term, t.df).where(t.lang == lang, t.term.in_(part)))
            }


class StoryTables:
    def __init__(self, engine: Engine):
        self.engine = engine

    # --- the clusterer's state ------------------------------------------------------------

    def clear(self) -> None:
        """Forget every story, its filing, links and the document frequencies: the next
        clustering places every article afresh."""
        with self.engine.begin() as conn:
            for table in (
                s.story_articles,
                s.stories,
                s.story_links,
                s.story_relink,
                s.story_terms,
                s.story_names,
                s.term_df,
            ):
                conn.execute(delete(table))
            key = s.store_info.c.key
            conn.execute(delete(s.store_info).where(key.in_([_NEXT_ID, _FILED]) | key.startswith(_NDOCS)))

    def clusterer(self) -> Clusterer:
        """A clusterer that reads the stored stories and document frequencies as it needs them."""
        c = Clusterer(StoredStories(self.engine))
        with self.engine.begin() as conn:
            info = dict(conn.execute(select(s.store_info.c.key, s.store_info.c.value)).all())
            if info.get(_FILED) != _FILING:  # an older store, or another filing depth: once
                _file_all(conn)
            c.next_id = int(info.get(_NEXT_ID, "1"))
            for key, value in info.items():
                if key.startswith(_NDOCS):
                    c.ndocs[key.removeprefix(_NDOCS)] = int(value)
        return c

    def save(self, c: Clusterer, assignments: Sequence[Assignment], terms: dict[str, set[str]]) -> None:
        """Store what ``c.add`` changed, in one transaction; the stories changed or merged away
        are marked for their span and cross-language links to be made again.

        ``terms``: per language, the terms whose document frequency changed.
        """
        changed, merges = c.take_dirty()
        touched = [x.id for x in changed] + list(merges)
        with self.engine.begin() as conn:
            _delete_in(conn, s.stories, s.stories.c.id, [x.id for x in changed])
            _delete_in(conn, s.story_terms, s.story_terms.c.story_id, touched)
            _delete_in(conn, s.story_names, s.story_names.c.story_id, touched)
            if changed:
                conn.execute(insert(s.stories), [_story_row(x) for x in changed])
                _file(conn, changed)
            mark_for_links(conn, touched)
            for gone, kept in merges.items():
                conn.execute(
                    update(s.story_articles).where(s.story_articles.c.story_id == gone).values(story_id=kept)
                )
                conn.execute(update(s.stories).where(s.stories.c.id == gone).values(merged_into=kept))
            _delete_in(
                conn, s.story_articles, s.story_articles.c.article_id, [a.article for a in assignments]
            )
            if assignments:
                conn.execute(
                    insert(s.story_articles),
                    [
                        {"article_id": a.article, "story_id": a.story, "score": a.score, "reason": a.reason}
                        for a in assignments
                    ],
                )
            for lang, changed_terms in terms.items():
                _upsert_df(conn, [{"lang": lang, "term": t, "df": c.df[lang][t]} for t in changed_terms])
                write_info(conn, _NDOCS + lang, str(c.ndocs[lang]))
            write_info(conn, _NEXT_ID, str(c.next_id))

    def refresh_spans(self, story_ids: Collection[int]) -> None:
        """Set the date spans of ``story_ids`` from their members' dates as they now stand (after
        corpus dating moved some; ``Store.redate`` marks their stories), as clustering makes them
        (a month counts as its first day; a year, too wide to place, does not count)."""
        a, m = s.articles.c, s.story_articles.c
        with self.engine.begin() as conn:
            for part in chunks(sorted(story_ids)):
                query = (
                    select(m.story_id, func.min(a.pub_date), func.max(a.pub_date))
                    .join(s.articles, a.id == m.article_id)
                    .where(m.story_id.in_(part), a.pub_granularity.in_(SPAN_GRANULARITIES))
                    .group_by(m.story_id)
                )
                spans = {sid: (start, end) for sid, start, end in conn.execute(query)}
                for sid in part:
                    start, end = spans.get(sid, (None, None))
                    conn.execute(update(s.stories).where(s.stories.c.id == sid).values(start=start, end=end))

    def pending_links(self) -> set[int]:
        """The stories marked for their span and cross-language links to be made again (changed,
        merged away or re-dated, by this build or by one that stopped before making them)."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(s.story_relink.c.story_id)).scalars())

    def replace_links(self, story_ids: Collection[int], links: Iterable[StoryLink]) -> None:
        """Replace the cross-language links of ``story_ids`` with ``links``, and unmark them."""
        ids = sorted(story_ids)
        with self.engine.begin() as conn:
            for part in chunks(ids):
                conn.execute(delete(s.story_links).where(s.story_links.c.story_a.in_(part)))
                conn.execute(delete(s.story_links).where(s.story_links.c.story_b.in_(part)))
                conn.execute(delete(s.story_relink).where(s.story_relink.c.story_id.in_(part)))
            rows = [
                {"story_a": x.a, "story_b": x.b, "score": x.score, "evidence": json.dumps(list(x.evidence))}
                for x in links
            ]
            if rows:
                conn.execute(insert(s.story_links), rows)

    def linkable(self, story_ids: Collection[int]) -> list[StorySummary]:
        """The live stories of ``story_ids`` and those sharing a name key with them, as much of
        their summaries as linking reads (language, span, leading names; no members)."""
        n = s.story_names.c
        with self.engine.connect() as conn:
            keys: set[str] = set()
            for part in chunks(sorted(story_ids)):
                keys.update(conn.execute(select(n.key).where(n.story_id.in_(part))).scalars())
            ids = set(story_ids)
            for part in chunks(sorted(keys)):
                ids.update(conn.execute(select(n.story_id).where(n.key.in_(part))).scalars())
            columns = [s.stories.c[name] for name in ("id", "lang", "label", "start", "end", "names")]
            query = select(*columns).where(s.stories.c.merged_into.is_(None))
            rows = [
                row
                for part in chunks(sorted(ids))
                for row in conn.execute(query.where(s.stories.c.id.in_(part))).mappings()
            ]
        return [
            StorySummary(
                id=row["id"],
                lang=row["lang"],
                label=row["label"],
                articles=(),
                copies=0,
                start=_day(row["start"]),
                end=_day(row["end"]),
                names=_leading_names(row["names"]),
            )
            for row in sorted(rows, key=lambda r: r["id"])
        ]

    # --- reading -------------------------------------------------------------------------

    def unassigned(self) -> list[str]:
        """Ids of the articles not yet in a story, in order of arrival."""
        query = (
            select(s.articles.c.id)
            .outerjoin(s.story_articles, s.story_articles.c.article_id == s.articles.c.id)
            .where(s.story_articles.c.article_id.is_(None))
            .order_by(s.articles.c.seq)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def story_of(self, article_ids: Sequence[str], conn=None) -> dict[str, int]:
        if conn is None:
            with self.engine.connect() as own:
                return self.story_of(article_ids, own)
        out: dict[str, int] = {}
        ids = list(article_ids)
        for part in chunks(ids):
            query = select(s.story_articles.c.article_id, s.story_articles.c.story_id).where(
                s.story_articles.c.article_id.in_(part)
            )
            out.update(dict(conn.execute(query).all()))
        return out

    def resolve(self, story_id: int) -> int | None:
        """The live story an id names (following merges), or None when there is none."""
        with self.engine.connect() as conn:
            seen = set()
            while story_id not in seen:
                seen.add(story_id)
                row = conn.execute(select(s.stories.c.merged_into).where(s.stories.c.id == story_id)).first()
                if row is None:
                    return None
                if row[0] is None:
                    return story_id
                story_id = row[0]
        return None

    def count(self) -> int:
        """How many live stories there are."""
        query = select(func.count()).select_from(s.stories).where(s.stories.c.merged_into.is_(None))
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def summaries(self) -> list[StorySummary]:
        """Every live story, largest first, with its member articles in order of arrival and the
        span of the days they are dated to (members dated only to a month or year show none,
        though clustering compares them by their period)."""
        a, m = s.articles.c, s.story_articles.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.stories).where(s.stories.c.merged_into.is_(None))).mappings().all()
            members: dict[int, list[tuple[str, str]]] = {}
            days: dict[int, list[str]] = {}
            query = (
                select(m.story_id, m.article_id, m.reason, a.pub_date, a.pub_granularity)
                .join(s.articles, a.id == m.article_id)
                .order_by(a.seq)
            )
            for sid, aid, reason, pub_date, granularity in conn.execute(query).all():
                members.setdefault(sid, []).append((aid, reason))
                if granularity == "day" and pub_date:
                    days.setdefault(sid, []).append(pub_date)
            links = conn.execute(select(s.story_links)).mappings().all()
        related: dict[int, list[int]] = {}
        for link in links:
            related.setdefault(link["story_a"], []).append(link["story_b"])
            related.setdefault(link["story_b"], []).append(link["story_a"])
        out = []
        for row in rows:
            arts = members.get(row["id"], [])
            out.append(
                StorySummary(
                    id=row["id"],
                    lang=row["lang"],
                    label=row["label"],
                    articles=tuple(a for a, _ in arts),
                    copies=sum(1 for _, reason in arts if reason == "copy"),
                    start=_day(min(days[row["id"]])) if row["id"] in days else None,
                    end=_day(max(days[row["id"]])) if row["id"] in days else None,
                    names=_leading_names(row["names"]),
                    related=tuple(sorted(related.get(row["id"], []))),
                )
            )
        out.sort(key=lambda x: (-len(x.articles), x.id))
        return out

    def links(self) -> list[StoryLink]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.story_links)).mappings().all()
        return [
            StoryLink(r["story_a"], r["story_b"], r["score"], tuple(json.loads(r["evidence"]))) for r in rows
        ]


def _story_row(x: Story) -> dict:
    return {
        "id": x.id,
        "lang": x.lang,
        "size": x.size,
        "start": x.start.isoformat() if x.start else None,
        "end": x.end.isoformat() if x.end else None,
        "label": x.label(),
        "names": json.dumps(dict(x.names.most_common()), ensure_ascii=False),
        "centroid": json.dumps({t: round(w, 5) for t, w in x.centroid.items()}, ensure_ascii=False),
        "spellings": json.dumps(x.kept_spellings(), ensure_ascii=False),
        "merged_into": None,
    }


def _file(conn, stories: Sequence[Story]) -> None:
    """File stories under the terms they are indexed by and under their name keys."""
    terms, names = [], []
    for story in stories:
        filed = story.index_terms or tuple(story.top_terms(INDEX_TERMS))
        terms += [{"lang": story.lang, "term": t, "story_id": story.id} for t in filed]
        leading = tuple(n for n, _ in story.names.most_common(NAMES_COMPARED))
        names += [{"key": k, "story_id": story.id} for k in story_keys(leading)]
    if terms:
        conn.execute(insert(s.story_terms), terms)
    if names:
        conn.execute(insert(s.story_names), names)


def _file_all(conn) -> None:
    """File every live story anew, under its strongest terms (a store from before the filing,
    or filed another way); a page of stories at a time."""
    conn.execute(delete(s.story_terms))
    conn.execute(delete(s.story_names))
    for rows in live_pages(conn, s.stories, 1000):
        _file(conn, [_story_from_row(row) for row in rows])
    write_info(conn, _FILED, _FILING)


def mark_for_links(conn, story_ids: Collection[int]) -> None:
    """Mark stories for their span and links to be made again (in the caller's transaction)."""
    ids = sorted(set(story_ids))
    _delete_in(conn, s.story_relink, s.story_relink.c.story_id, ids)
    if ids:
        conn.execute(insert(s.story_relink), [{"story_id": sid} for sid in ids])


def _leading_names(names_json: str) -> tuple[str, ...]:
    """A story's ten most frequent names, from its stored counts."""
    return tuple(n for n, _ in Counter(json.loads(names_json)).most_common(NAMES_COMPARED))


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def _story_from_row(row) -> Story:
    story = Story(
        id=row["id"],
        lang=row["lang"],
        centroid=json.loads(row["centroid"]),
        size=row["size"],
        start=date.fromisoformat(row["start"]) if row["start"] else None,
        end=date.fromisoformat(row["end"]) if row["end"] else None,
        names=Counter(json.loads(row["names"])),
        spellings={t: (form, n) for t, (form, n) in json.loads(row["spellings"]).items()},
    )
    story.norm2 = sum(w * w for w in story.centroid.values())
    return story


def _upsert_df(conn, rows: list[dict]) -> None:
    """Write document frequencies, replacing the stored ones."""
    replace_rows(conn, s.term_df, ("lang", "term"), rows)


def _delete_in(conn, table, column, values: Sequence) -> None:
    for part in chunks(values):
        conn.execute(delete(table).where(column.in_(part)))
