"""The database schema as SQLAlchemy Core tables; the Alembic migrations create the same."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from crosswire.db.types import UTCDateTime

# Explicit constraint names keep migrations identical on SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

URL_LENGTH = 2048
HASH_LENGTH = 64

outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("full_text", Boolean, nullable=False, default=True),
    Column("homepage", String(URL_LENGTH)),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), nullable=False),
    Column("url", String(URL_LENGTH), nullable=False, unique=True),
    Column("active", Boolean, nullable=False, default=True),  # false once dropped from config
    Column("etag", String(500)),
    Column("last_modified", String(100)),
    Column("body_hash", String(HASH_LENGTH)),
    Column("next_poll_at", UTCDateTime()),
    Column("last_polled_at", UTCDateTime()),
    Column("failures", Float, nullable=False, default=0.0),
    Column("last_error", Text),
    Column("last_status", String(20)),  # ok / not_modified / failed / paused
    Column("last_http_status", Integer),
    Column("paused", Boolean, nullable=False, default=False),
    Column("poll_interval", Integer),  # configured seconds; NULL = adaptive
    # Why next_poll_at is what it is: NULL = our schedule; server_busy = a 429/503 answer;
    # retry_after = the server's Retry-After (which even ``poll --force`` respects).
    Column("next_poll_reason", String(20)),
    # Items left for the next poll (item cap or time budget); validators are not kept then.
    Column("deferred_items", Integer, nullable=False, default=0, server_default="0"),
    Index("ix_feeds_due", "paused", "next_poll_at"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(URL_LENGTH), nullable=False, unique=True),  # canonical URL
    Column("guid", String(URL_LENGTH)),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id")),
    Column("title", Text, nullable=False, default=""),
    Column("published", UTCDateTime()),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("text_source", String(10), nullable=False, default="feed"),  # feed / page
    Column("content_hash", String(HASH_LENGTH), nullable=False),
    Column("feed_hash", String(HASH_LENGTH)),  # what the feed item said, to spot feed edits
    Column("version", Integer, nullable=False, default=1),
    Column("next_recheck_at", UTCDateTime()),
    Column("checks_done", Integer, nullable=False, default=0),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    # The article page's text: NULL = not wanted; pending = a retry is scheduled at
    # next_fulltext_at; ok = the page text is the article's text; failed = gave up.
    Column("fulltext_state", String(10)),
    Column("fulltext_error", Text),
    Column("fulltext_attempts", Integer, nullable=False, default=0, server_default="0"),
    Column("next_fulltext_at", UTCDateTime()),
    UniqueConstraint("outlet_id", "guid"),
    Index("ix_articles_recheck", "next_recheck_at"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_fulltext", "next_fulltext_at"),
)

article_versions = Table(
    "article_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("content_hash", String(HASH_LENGTH), nullable=False),
    Column("seen_at", UTCDateTime(), nullable=False),
    UniqueConstraint("article_id", "version"),
)

story_matches = Table(
    "story_matches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story", String(200), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("matched_at", UTCDateTime(), nullable=False),
    UniqueConstraint("story", "article_id"),
)

rule_results = Table(
    "rule_results",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("analysed_at", UTCDateTime(), nullable=False),
    Column("claims", JSON, nullable=False),
    Column("attributions", JSON, nullable=False),
    # Findings left out by the per-article cap (crosswire.analysis.MAX_FINDINGS).
    Column("findings_cut", Integer, nullable=False, default=0, server_default="0"),
    # Fingerprint of the rules that made these results (crosswire.rules_version); NULL for
    # results stored before it was recorded. Stale results are made again before comparing.
    Column("rules_version", String(16)),
    UniqueConstraint("article_id", "version"),
)

# The bot's tables live on the same metadata; importing the module registers them.
from crosswire.db import bot_schema as _bot_schema  # noqa: E402, F401
