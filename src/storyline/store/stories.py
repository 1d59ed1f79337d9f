"""The stories' tables: the clusterer's state between runs, memberships and cross-language links."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Engine, delete, func, insert, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from storyline.corpus.stories import Assignment, Clusterer, Story
from storyline.model import StoryLink, StorySummary
from storyline.store import schema as s

_CHUNK = 500
_NEXT_ID = "stories_next_id"
_NDOCS = "stories_ndocs:"  # + language


class StoryTables:
    def __init__(self, engine: Engine):
        self.engine = engine

    # --- the clusterer's state ------------------------------------------------------------

    def clusterer(self, langs: Iterable[str]) -> Clusterer:
        """A clusterer holding the stored stories and document frequencies of ``langs``."""
        langs = sorted(set(langs))
        c = Clusterer()
        with self.engine.connect() as conn:
            info = dict(conn.execute(select(s.store_info.c.key, s.store_info.c.value)).all())
            c.next_id = int(info.get(_NEXT_ID, "1"))
            for row in conn.execute(
                select(s.stories).where(s.stories.c.lang.in_(langs), s.stories.c.merged_into.is_(None))
            ).mappings():
                c.restore(_story_from_row(row))
            for lang in langs:
                c.ndocs[lang] = int(info.get(_NDOCS + lang, "0"))
                rows = conn.execute(select(s.term_df.c.term, s.term_df.c.df).where(s.term_df.c.lang == lang))
                c.df[lang] = Counter(dict(rows.all()))
        return c

    def save(self, c: Clusterer, assignments: Sequence[Assignment], terms: dict[str, set[str]]) -> None:
        """Store what ``c.add`` changed, in one transaction.

        ``terms``: per language, the terms whose document frequency changed.
        """
        changed, merges = c.take_dirty()
        with self.engine.begin() as conn:
            _delete_in(conn, s.stories, s.stories.c.id, [x.id for x in changed])
            if changed:
                conn.execute(insert(s.stories), [_story_row(x) for x in changed])
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
                _set_info(conn, _NDOCS + lang, str(c.ndocs[lang]))
            _set_info(conn, _NEXT_ID, str(c.next_id))

    def save_links(self, links: Iterable[StoryLink]) -> None:
        """Replace every cross-language link."""
        with self.engine.begin() as conn:
            conn.execute(delete(s.story_links))
            rows = [
                {"story_a": x.a, "story_b": x.b, "score": x.score, "evidence": json.dumps(list(x.evidence))}
                for x in links
            ]
            if rows:
                conn.execute(insert(s.story_links), rows)

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
        for i in range(0, len(ids), _CHUNK):
            query = select(s.story_articles.c.article_id, s.story_articles.c.story_id).where(
                s.story_articles.c.article_id.in_(ids[i : i + _CHUNK])
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
        """Every live story, largest first, with its member articles in order of arrival."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.stories).where(s.stories.c.merged_into.is_(None))).mappings().all()
            members: dict[int, list[tuple[str, str]]] = {}
            query = (
                select(s.story_articles.c.story_id, s.story_articles.c.article_id, s.story_articles.c.reason)
                .join(s.articles, s.articles.c.id == s.story_articles.c.article_id)
                .order_by(s.articles.c.seq)
            )
            for sid, aid, reason in conn.execute(query).all():
                members.setdefault(sid, []).append((aid, reason))
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
                    start=date.fromisoformat(row["start"]) if row["start"] else None,
                    end=date.fromisoformat(row["end"]) if row["end"] else None,
                    names=tuple(n for n, _ in Counter(json.loads(row["names"])).most_common(10)),
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
        "merged_into": None,
    }


def _story_from_row(row) -> Story:
    story = Story(
        id=row["id"],
        lang=row["lang"],
        centroid=json.loads(row["centroid"]),
        size=row["size"],
        start=date.fromisoformat(row["start"]) if row["start"] else None,
        end=date.fromisoformat(row["end"]) if row["end"] else None,
        names=Counter(json.loads(row["names"])),
    )
    story.norm2 = sum(w * w for w in story.centroid.values())
    return story


def _upsert_df(conn, rows: list[dict]) -> None:
    """Write document frequencies, replacing the stored ones (an upsert where the database has one)."""
    if not rows:
        return
    table = s.term_df
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        module = sqlite if dialect == "sqlite" else postgresql
        stmt = module.insert(table)
        stmt = stmt.on_conflict_do_update(index_elements=["lang", "term"], set_={"df": stmt.excluded.df})
        conn.execute(stmt, rows)
        return
    for i in range(0, len(rows), _CHUNK):
        part = rows[i : i + _CHUNK]
        keys = [(r["lang"], r["term"]) for r in part]
        conn.execute(delete(table).where(tuple_(table.c.lang, table.c.term).in_(keys)))
        conn.execute(insert(table), part)


def _delete_in(conn, table, column, values: Sequence) -> None:
    for i in range(0, len(values), _CHUNK):
        conn.execute(delete(table).where(column.in_(values[i : i + _CHUNK])))


def _set_info(conn, key: str, value: str) -> None:
    conn.execute(delete(s.store_info).where(s.store_info.c.key == key))
    conn.execute(insert(s.store_info).values(key=key, value=value))
