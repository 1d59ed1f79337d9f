"""The store's tables (SQLAlchemy Core). Bump ``SCHEMA_VERSION`` with every change."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 8
# 2: stories, story_articles, story_links, term_df, outlet_articles, outlet_lines
# 3: entities, entity_keys, entity_mentions, entity_articles, entity_merges
# 4: minhash_bands; indexes on articles.duplicate_of
# 5: story_terms, story_names
# 6: story_relink; index on story_links.story_b
# 7: corpus_dating_pending (an older store's articles outside any story are marked on upgrade)
# 8: stories.spellings (a column added to an older store's table on upgrade)

metadata = MetaData()

store_info = Table(
    "store_info",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String, nullable=False, unique=True),
    Column("path", String, nullable=False),
    Column("url", String),
    Column("title", String),
    Column("outlet", String),
    Column("agency", String),
    Column("lang", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("furniture", Text, nullable=False, default="[]"),  # JSON list of {line, reason, line_no}
    Column("pub_date", String),  # ISO date of the period's first day, or NULL
    Column("pub_granularity", String, nullable=False, default="unknown"),
    Column("pub_confidence", Float, nullable=False, default=0.0),
    Column("pub_evidence", Text, nullable=False, default="[]"),  # JSON list of Evidence
    Column("duplicate_of", String),
    Column("duplicate_similarity", Float),
    Column("seq", Integer, nullable=False),  # order of arrival, for stable listings
    Index("ix_articles_duplicate_of", "duplicate_of"),  # a group's copies, read by near-duplicate linking
)

rejections = Table(
    "rejections",
    metadata,
    Column("path", String, primary_key=True),
    Column("content_hash", String),
    Column("reason", String, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", String, nullable=False),
    Column("label", String, nullable=False),
    Index("ix_mentions_article", "article_id"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", String, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
    Column("mod", String, nullable=False, default=""),
    Column("anchor", String, nullable=False, default=""),
    Index("ix_timexes_article", "article_id"),
    Index("ix_timexes_value", "value"),
)

minhashes = Table(
    "minhashes",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", Text, nullable=False),  # hex of the uint32 hash values
)

# The LSH bands of the signatures, so that a build reads only the stored articles sharing a band
# with its new ones (the index is never rebuilt from every signature).
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band", BigInteger, primary_key=True),  # a 63-bit hash of the band's number and values
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_minhash_bands_article", "article_id"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("lang", String, nullable=False),
    Column("size", Integer, nullable=False),
    Column("start", String),  # ISO date of the earliest dated article
    Column("end", String),
    Column("label", String, nullable=False, default=""),
    Column("names", Text, nullable=False, default="{}"),  # JSON {surface form: count}
    Column("centroid", Text, nullable=False, default="{}"),  # JSON {term: weight}
    Column("spellings", Text, nullable=False, default="{}"),  # JSON {folded word: as written}
    Column("merged_into", Integer),  # set when the story was merged into another
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", String, nullable=False),  # opened | joined | copy
    Index("ix_story_articles_story", "story_id"),
)

# Each live story filed under its strongest terms (the clusterer's inverted index), so that a
# build reads only the stories its articles may join, never every story.
story_terms = Table(
    "story_terms",
    metadata,
    Column("lang", String, primary_key=True),
    Column("term", String, primary_key=True),
    Column("story_id", Integer, primary_key=True),
    Index("ix_story_terms_story", "story_id"),
)

# Each live story's name keys (``corpus.related.story_keys``), so that the cross-language links of
# the stories a build changed are found without reading every story.
story_names = Table(
    "story_names",
    metadata,
    Column("key", String, primary_key=True),
    Column("story_id", Integer, primary_key=True),
    Index("ix_story_names_story", "story_id"),
)

story_links = Table(
    "story_links",
    metadata,
    Column("story_a", Integer, primary_key=True),
    Column("story_b", Integer, primary_key=True),
    Column("score", Float, nullable=False),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON list of shared name pairs
    Index("ix_story_links_b", "story_b"),
)

# Stories whose cross-language links are to be made again: marked in the transaction that changes
# them, cleared in the one that writes their links, so a build that stops in between is caught up.
story_relink = Table(
    "story_relink",
    metadata,
    Column("story_id", Integer, primary_key=True),
)

# Articles stored but not yet dated through their story: marked with the article, cleared when
# corpus dating has seen them, so a build that stops before it leaves them to the next.
corpus_dating_pending = Table(
    "corpus_dating_pending",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

term_df = Table(
    "term_df",
    metadata,
    Column("lang", String, primary_key=True),
    Column("term", String, primary_key=True),
    Column("df", Integer, nullable=False),
)

# Furniture learned across an outlet's articles (issue 5): how many articles of each outlet were
# counted, and in how many of them each short line (its key) appears.
outlet_articles = Table(
    "outlet_articles",
    metadata,
    Column("outlet", String, primary_key=True),
    Column("articles", Integer, nullable=False),
)

outlet_lines = Table(
    "outlet_lines",
    metadata,
    Column("outlet", String, primary_key=True),
    Column("line_key", String, primary_key=True),
    Column("articles", Integer, nullable=False),
)

# Entities (issue 7): one row per entity with its names and roles, its blocking keys, every
# mention placed with its score and evidence, the articles already resolved, and the merges.
entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("lang", String, nullable=False, default=""),
    Column("name", String, nullable=False),
    Column("type", String, nullable=False),
    Column("alias_group", String),
    Column("types", Text, nullable=False, default="{}"),  # JSON {label: mentions}
    Column("forms", Text, nullable=False, default="{}"),  # JSON {surface form: mentions}
    Column("variants", Text, nullable=False, default="[]"),  # JSON [[name key words], mentions]
    Column("roles", Text, nullable=False, default="[]"),  # JSON list of EntityRole
    Column("mentions", Integer, nullable=False, default=0),
    Column("merged_into", Integer),  # set when the entity was merged into another
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("key", String, primary_key=True),
    Column("entity_id", Integer, primary_key=True),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", String, nullable=False),
    Column("label", String, nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("evidence", String, nullable=False),
    Column("role", String, nullable=False, default=""),
    Column("role_start", Integer, nullable=False, default=-1),
    Column("role_end", Integer, nullable=False, default=-1),
    Column("former", Integer, nullable=False, default=0),
    Column("source", String, nullable=False, default="ner"),
    Index("ix_entity_mentions_entity", "entity_id"),
    Index("ix_entity_mentions_article", "article_id"),
)

entity_articles = Table(
    "entity_articles",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

entity_merges = Table(
    "entity_merges",
    metadata,
    Column("gone", Integer, primary_key=True),
    Column("kept", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("evidence", String, nullable=False),
)
