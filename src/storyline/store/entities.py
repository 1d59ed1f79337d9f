"""The entities' tables: entities and their blocking keys, placed mentions, merges."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, fields
from datetime import date

from sqlalchemy import Engine, delete, func, insert, select, update

from storyline.corpus.coref import mention_tokens
from storyline.corpus.entities import KEY_LAYOUT, NAMING, Entity, EntityIndex
from storyline.corpus.terms import fold
from storyline.model import EntityMention, EntityMerge, EntityRole, EntitySummary, Mention
from storyline.store import schema as s
from storyline.store.chunks import chunks, live_pages
from storyline.store.info import read_info, write_info

_NEXT_ID = "entities_next_id"
_KEYED = "entity_keys"  # store_info key: which blocking keys the stored entities are filed under
_NAMED = "entity_names"  # store_info key: which rule named the stored entities


class EntityTables:
    def __init__(self, engine: Engine):
        self.engine = engine

    # --- the resolver's state -------------------------------------------------------------

    def unresolved(self) -> list[str]:
        """Ids of the articles whose mentions are not yet placed, in order of arrival."""
        query = (
            select(s.articles.c.id)
            .outerjoin(s.entity_articles, s.entity_articles.c.article_id == s.articles.c.id)
            .where(s.entity_articles.c.article_id.is_(None))
            .order_by(s.articles.c.seq)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def index_for(self, keys: Iterable[str]) -> EntityIndex:
        """An index holding the stored entities found under any of ``keys``."""
        index = EntityIndex()
        wanted = sorted(set(keys))
        with self.engine.begin() as conn:
            if read_info(conn, _KEYED) != KEY_LAYOUT:
                _rekey_all(conn)  # a store keyed another way: once
            if read_info(conn, _NAMED) != NAMING:
                _rename_all(conn)  # a store named by an older rule: once
            found = read_info(conn, _NEXT_ID)
            index.next_id = int(found or 1)
            ids: set[int] = set()
            for part in chunks(wanted):
                query = select(s.entity_keys.c.entity_id).where(s.entity_keys.c.key.in_(part))
                ids.update(conn.execute(query).scalars())
            id_list = sorted(ids)
            for part in chunks(id_list):
                query = select(s.entities).where(
                    s.entities.c.id.in_(part), s.entities.c.merged_into.is_(None)
                )
                for row in conn.execute(query).mappings():
                    index.restore(_entity_from_row(row))
        return index

    def save(self, index: EntityIndex, mentions: Sequence[EntityMention], articles: Sequence[str]) -> None:
        """Store what a batch changed, in one transaction: entities, keys, mentions, merges."""
        changed = [index.entities[i] for i in sorted(index.dirty) if i in index.entities]
        with self.engine.begin() as conn:
            ids = [e.id for e in changed]
            for part in chunks(ids):
                conn.execute(delete(s.entities).where(s.entities.c.id.in_(part)))
                conn.execute(delete(s.entity_keys).where(s.entity_keys.c.entity_id.in_(part)))
            if changed:
                conn.execute(insert(s.entities), [_entity_row(e) for e in changed])
                keys = [{"key": k, "entity_id": e.id} for e in changed for k in sorted(e.block_keys())]
                conn.execute(insert(s.entity_keys), keys)
            if mentions:
                conn.execute(insert(s.entity_mentions), [_mention_row(m) for m in mentions])
            for merge in index.merges:
                _record_merge(conn, merge)
            if articles:
                conn.execute(insert(s.entity_articles), [{"article_id": a} for a in articles])
            write_info(conn, _NEXT_ID, str(index.next_id))
        index.dirty.clear()
        index.merges.clear()

    def date_roles(self, article_id: str, day: date) -> int:
        """Date the roles an article gave its entities, once the article itself is dated (it was
        resolved undated); returns how many roles changed."""
        m = s.entity_mentions.c
        changed = 0
        with self.engine.begin() as conn:
            said = conn.execute(
                select(m.entity_id, m.role).where(m.article_id == article_id, m.role != "")
            ).all()
            ids = sorted({entity_id for entity_id, _ in said})
            rows = conn.execute(select(s.entities).where(s.entities.c.id.in_(ids))).mappings().all()
            entities = {row["id"]: _entity_from_row(row) for row in rows}
            touched = set()
            for entity_id, title in said:
                e = entities.get(entity_id)
                if e is not None and e.date_role(title, day):
                    touched.add(entity_id)
                    changed += 1
            for entity_id in touched:
                roles = [r.as_json() for r in entities[entity_id].roles.values()]
                conn.execute(
                    update(s.entities)
                    .where(s.entities.c.id == entity_id)
                    .values(roles=json.dumps(roles, ensure_ascii=False))
                )
        return changed

    # --- reading -------------------------------------------------------------------------

    def summaries(self, min_mentions: int = 1) -> list[EntitySummary]:
        """Every live entity with at least ``min_mentions`` mentions, most mentioned first."""
        with self.engine.connect() as conn:
            rows = (
                conn.execute(
                    select(s.entities).where(
                        s.entities.c.merged_into.is_(None), s.entities.c.mentions >= min_mentions
                    )
                )
                .mappings()
                .all()
            )
            placed: dict[int, list[EntityMention]] = {}
            query = (
                select(s.entity_mentions)
                .join(s.articles, s.articles.c.id == s.entity_mentions.c.article_id)
                .order_by(s.articles.c.seq, s.entity_mentions.c.start)
            )
            for r in conn.execute(query).mappings():
                placed.setdefault(r["entity_id"], []).append(_mention_from_row(r))
        out = []
        for row in rows:
            e = _entity_from_row(row)
            forms = [f for f, _ in e.forms.most_common() if f != row["name"]]
            out.append(
                EntitySummary(
                    row["id"],
                    row["name"],
                    row["type"],
                    tuple(forms),
                    tuple(sorted(e.roles.values(), key=lambda r: (-r.mentions, r.title))),
                    tuple(placed.get(row["id"], ())),
                )
            )
        out.sort(key=lambda x: (-len(x.mentions), x.id))
        return out

    def canonical_mentions(self, article_ids: Collection[str]) -> dict[str, list[Mention]]:
        """The placed mentions of each article, each named as its entity is ("Abu Mahdi al-Muhandis"
        for "Abou Mehdi al-Mouhandis"), so that spellings no longer tell articles apart."""
        return self.placed_mentions(article_ids)[0]

    def placed_mentions(
        self, article_ids: Collection[str]
    ) -> tuple[dict[str, list[Mention]], dict[str, dict[str, tuple[str, ...]]], dict[str, set[str]]]:
        """In one read, the placed mentions of each article (as ``canonical_mentions``), the
        roles each article gives the persons it names as theirs now (article → entity name →
        titles, in text order), and the names of each article's entities the corpus takes for
        persons (where the model tagged one mention of them otherwise)."""
        mentions: dict[str, list[Mention]] = {}
        roles: dict[str, dict[str, tuple[str, ...]]] = {}
        persons: dict[str, set[str]] = {}
        m, e = s.entity_mentions.c, s.entities.c
        with self.engine.connect() as conn:
            for part in chunks(sorted(set(article_ids))):
                query = (
                    select(m.article_id, m.start, m.end, m.label, e.name, m.role, m.former, e.type)
                    .join(s.entities, s.entities.c.id == m.entity_id)
                    .where(m.article_id.in_(part))
                    .order_by(m.article_id, m.start)
                )
                for article_id, start, end, label, name, role, former, kind in conn.execute(query):
                    mentions.setdefault(article_id, []).append(Mention(start, end, name, label))
                    if kind != "PER":
                        continue
                    persons.setdefault(article_id, set()).add(name)
                    if role and not former:
                        said = roles.setdefault(article_id, {}).get(name, ())
                        if role not in said:
                            roles[article_id][name] = (*said, role)
        return mentions, roles, persons

    def roles_in(self, article_ids: Collection[str]) -> dict[str, tuple[str, ...]]:
        """The roles the corpus gives each person named in these articles, by the entity's name
        as ``canonical_mentions`` gives it, most said first; not those it says they held before."""
        out: dict[str, tuple[str, ...]] = {}
        m, e = s.entity_mentions.c, s.entities.c
        with self.engine.connect() as conn:
            for part in chunks(sorted(set(article_ids))):
                query = (
                    select(e.name, e.roles)
                    .join(s.entity_mentions, m.entity_id == e.id)
                    .where(m.article_id.in_(part), e.type == "PER", e.roles != "[]")
                    .distinct()
                )
                for name, roles in conn.execute(query):
                    said = sorted(json.loads(roles), key=lambda r: -r["mentions"])
                    out[name] = tuple(r["title"] for r in said if not r["former"])
        return out

    def sharing(self, article_id: str, min_shared: int = 2, limit: int = 30, rarest: int = 12) -> list[str]:
        """Other articles naming at least ``min_shared`` of the ``rarest`` entities this one names,
        those sharing most first; rare entities only, so that a lookup stays small in a big corpus."""
        m, e = s.entity_mentions.c, s.entities.c
        with self.engine.connect() as conn:
            own = (
                conn.execute(
                    select(e.id)
                    .join(s.entity_mentions, m.entity_id == e.id)
                    .where(m.article_id == article_id, e.mentions > 1)
                    .group_by(e.id)
                    .order_by(e.mentions, e.id)
                    .limit(rarest)
                )
                .scalars()
                .all()
            )
            if len(own) < min_shared:
                return []
            shared = func.count(m.entity_id.distinct())
            query = (
                select(m.article_id)
                .where(m.entity_id.in_(own), m.article_id != article_id)
                .group_by(m.article_id)
                .having(shared >= min_shared)
                .order_by(shared.desc(), m.article_id)
                .limit(limit)
            )
            return list(conn.execute(query).scalars())

    def merges(self) -> list[EntityMerge]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.entity_merges).order_by(s.entity_merges.c.gone)).mappings().all()
        return [EntityMerge(r["gone"], r["kept"], r["score"], r["evidence"]) for r in rows]


def _record_merge(conn, merge: EntityMerge) -> None:
    conn.execute(
        update(s.entity_mentions)
        .where(s.entity_mentions.c.entity_id == merge.gone)
        .values(entity_id=merge.kept)
    )
    conn.execute(update(s.entities).where(s.entities.c.id == merge.gone).values(merged_into=merge.kept))
    conn.execute(delete(s.entity_keys).where(s.entity_keys.c.entity_id == merge.gone))
    conn.execute(delete(s.entity_merges).where(s.entity_merges.c.gone == merge.gone))
    conn.execute(insert(s.entity_merges).values(**asdict(merge)))


def _rekey_all(conn) -> None:
    """File every live entity under its blocking keys anew, a page of entities at a time, its
    written forms' name keys added as they are read now (a store keyed by older rules: "UE" was
    once keyed as "UA" is), so that later mentions find it."""
    conn.execute(delete(s.entity_keys))
    for rows in live_pages(conn, s.entities, 5000):
        keys = []
        for row in rows:
            e = _entity_from_row(row)
            fresh: Counter[tuple[str, ...]] = Counter()
            for form, n in e.forms.items():
                fresh[mention_tokens(form, e.type, e.lang)] += n
            if set(fresh) - set(e.variants):
                e.variants.update({v: n for v, n in fresh.items() if v not in e.variants})
                conn.execute(
                    update(s.entities)
                    .where(s.entities.c.id == e.id)
                    .values(variants=_entity_row(e)["variants"])
                )
            keys += [{"key": k, "entity_id": e.id} for k in sorted(e.block_keys())]
        if keys:
            conn.execute(insert(s.entity_keys), keys)
    write_info(conn, _KEYED, KEY_LAYOUT)


def _rename_all(conn) -> None:
    """Name every live entity as the current rule does (a store named by an older one)."""
    for rows in live_pages(conn, s.entities, 5000):
        for row in rows:
            name = _entity_from_row(row).name
            if name != row["name"]:
                conn.execute(update(s.entities).where(s.entities.c.id == row["id"]).values(name=name))
    write_info(conn, _NAMED, NAMING)


def _entity_row(e: Entity) -> dict:
    return {
        "id": e.id,
        "lang": e.lang,
        "name": e.name,
        "type": e.type,
        "alias_group": e.group,
        "types": json.dumps(dict(e.types)),
        "forms": json.dumps(dict(e.forms.most_common()), ensure_ascii=False),
        "variants": json.dumps([[list(v), n] for v, n in e.variants.most_common()], ensure_ascii=False),
        "roles": json.dumps([r.as_json() for r in e.roles.values()], ensure_ascii=False),
        "mentions": e.mentions,
        "merged_into": None,
    }


def _entity_from_row(row) -> Entity:
    e = Entity(row["id"], row["lang"])
    e.types = Counter(json.loads(row["types"]))
    e.forms = Counter(json.loads(row["forms"]))
    e.variants = Counter({tuple(v): n for v, n in json.loads(row["variants"])})
    e.group = row["alias_group"]
    for r in json.loads(row["roles"]):
        role = EntityRole.from_json(r)
        e.roles[fold(role.title)] = role
    return e


def _mention_row(m: EntityMention) -> dict:
    """The table row of a placed mention (its fields are flat: no deep copy as ``asdict`` makes)."""
    row = {f.name: getattr(m, f.name) for f in _MENTION_FIELDS}
    row["article_id"] = row.pop("article")
    row["entity_id"] = row.pop("entity")
    row["former"] = int(m.former)
    return row


_MENTION_FIELDS = fields(EntityMention)


def _mention_from_row(r) -> EntityMention:
    return EntityMention(
        r["article_id"],
        r["start"],
        r["end"],
        r["text"],
        r["label"],
        r["entity_id"],
        r["score"],
        r["evidence"],
        r["role"],
        r["role_start"],
        r["role_end"],
        bool(r["former"]),
        r["source"],
    )
