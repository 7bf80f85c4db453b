"""Tables of the divergence engine: wire-copy index, divergences, the alert outbox.

Declared on the one ``metadata`` of ``crosswire.db.schema``; migration 0002 creates them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from crosswire.db.schema import metadata
from crosswire.db.types import UTCDateTime

#: Sampled 3-word shingles of article texts: hash -> articles holding it (capped per hash).
wire_shingles = Table(
    "wire_shingles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("hash", BigInteger, nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Index("ix_wire_shingles_hash", "hash"),
)

#: How many articles hold each sampled shingle; past a cap a shingle is boilerplate.
wire_shingle_counts = Table(
    "wire_shingle_counts",
    metadata,
    Column("hash", BigInteger, primary_key=True, autoincrement=False),
    Column("articles", Integer, nullable=False),
)

#: Each article's wire-copy check: when, and the evidence when it was linked to an original.
wire_checks = Table(
    "wire_checks",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True, autoincrement=False),
    Column("checked_at", UTCDateTime(), nullable=False),
    Column("original_id", Integer, ForeignKey("articles.id")),
    Column("containment", Float),
    Column("cue", String(200)),
    Column("sample_size", Integer, nullable=False, default=0),
)

divergences = Table(
    "divergences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story", String(200), nullable=False),
    Column("key", String(500), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("category", String(40)),
    Column("group_key", String(200)),
    Column("fingerprint", Text, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("resolved_at", UTCDateTime()),
    Column("alerted_fingerprint", Text),
    UniqueConstraint("story", "key"),
    Index("ix_divergences_story_kind", "story", "kind"),
)

alert_outbox = Table(
    "alert_outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("divergence_id", Integer, ForeignKey("divergences.id")),
    Column("story", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("headline", Text, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

alert_acks = Table(
    "alert_acks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("consumer", String(50), nullable=False),
    Column("alert_id", Integer, ForeignKey("alert_outbox.id"), nullable=False),
    Column("acked_at", UTCDateTime(), nullable=False),
    UniqueConstraint("consumer", "alert_id"),
)

#: When each story's divergences were last computed.
story_state = Table(
    "story_state",
    metadata,
    Column("story", String(200), primary_key=True),
    Column("computed_at", UTCDateTime(), nullable=False),
)
