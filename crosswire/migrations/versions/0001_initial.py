"""Initial schema: outlets, feeds, articles, versions, story matches, rule results.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

URL = sa.String(2048)
HASH = sa.String(64)


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("full_text", sa.Boolean(), nullable=False),
        sa.Column("homepage", URL, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outlets"),
        sa.UniqueConstraint("name", name="uq_outlets_name"),
    )
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("url", URL, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.String(500), nullable=True),
        sa.Column("last_modified", sa.String(100), nullable=True),
        sa.Column("body_hash", HASH, nullable=True),
        sa.Column("next_poll_at", _when(), nullable=True),
        sa.Column("last_polled_at", _when(), nullable=True),
        sa.Column("failures", sa.Float(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_status", sa.String(20), nullable=True),
        sa.Column("last_http_status", sa.Integer(), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("poll_interval", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlets.id"], name="fk_feeds_outlet_id_outlets"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_index("ix_feeds_due", "feeds", ["paused", "next_poll_at"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", URL, nullable=False),
        sa.Column("guid", URL, nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published", _when(), nullable=True),
        sa.Column("first_seen", _when(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_source", sa.String(10), nullable=False),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("feed_hash", HASH, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("next_recheck_at", _when(), nullable=True),
        sa.Column("checks_done", sa.Integer(), nullable=False),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["articles.id"], name="fk_articles_duplicate_of_articles"
        ),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], name="fk_articles_feed_id_feeds"),
        sa.ForeignKeyConstraint(
            ["outlet_id"], ["outlets.id"], name="fk_articles_outlet_id_outlets"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("outlet_id", "guid", name="uq_articles_outlet_id_guid"),
        sa.UniqueConstraint("url", name="uq_articles_url"),
    )
    op.create_index("ix_articles_recheck", "articles", ["next_recheck_at"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", HASH, nullable=False),
        sa.Column("seen_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_article_versions_article_id_articles"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_article_versions"),
        sa.UniqueConstraint(
            "article_id", "version", name="uq_article_versions_article_id_version"
        ),
    )
    op.create_table(
        "story_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story", sa.String(200), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("matched_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_story_matches_article_id_articles"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_story_matches"),
        sa.UniqueConstraint("story", "article_id", name="uq_story_matches_story_article_id"),
    )
    op.create_table(
        "rule_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("analysed_at", _when(), nullable=False),
        sa.Column("claims", sa.JSON(), nullable=False),
        sa.Column("attributions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_rule_results_article_id_articles"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_rule_results"),
        sa.UniqueConstraint("article_id", "version", name="uq_rule_results_article_id_version"),
    )


def downgrade() -> None:
    op.drop_table("rule_results")
    op.drop_table("story_matches")
    op.drop_table("article_versions")
    op.drop_index("ix_articles_content_hash", table_name="articles")
    op.drop_index("ix_articles_recheck", table_name="articles")
    op.drop_table("articles")
    op.drop_index("ix_feeds_due", table_name="feeds")
    op.drop_table("feeds")
    op.drop_table("outlets")
