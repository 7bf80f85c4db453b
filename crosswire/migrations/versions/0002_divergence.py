"""Divergence engine: wire-copy index, divergences, alert outbox and acknowledgements.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "wire_shingles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_wire_shingles_article_id_articles"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_wire_shingles"),
    )
    op.create_index("ix_wire_shingles_hash", "wire_shingles", ["hash"])
    op.create_table(
        "wire_shingle_counts",
        sa.Column("hash", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name="pk_wire_shingle_counts"),
    )
    op.create_table(
        "wire_checks",
        sa.Column("article_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("checked_at", _when(), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=True),
        sa.Column("containment", sa.Float(), nullable=True),
        sa.Column("cue", sa.String(200), nullable=True),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_wire_checks_article_id_articles"
        ),
        sa.ForeignKeyConstraint(
            ["original_id"], ["articles.id"], name="fk_wire_checks_original_id_articles"
        ),
        sa.PrimaryKeyConstraint("article_id", name="pk_wire_checks"),
    )
    op.create_table(
        "divergences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story", sa.String(200), nullable=False),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("category", sa.String(40), nullable=True),
        sa.Column("group_key", sa.String(200), nullable=True),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("first_seen", _when(), nullable=False),
        sa.Column("updated_at", _when(), nullable=False),
        sa.Column("resolved_at", _when(), nullable=True),
        sa.Column("alerted_fingerprint", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_divergences"),
        sa.UniqueConstraint("story", "key", name="uq_divergences_story_key"),
    )
    op.create_index("ix_divergences_story_kind", "divergences", ["story", "kind"])
    op.create_table(
        "alert_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("divergence_id", sa.Integer(), nullable=True),
        sa.Column("story", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["divergence_id"], ["divergences.id"], name="fk_alert_outbox_divergence_id_divergences"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_alert_outbox"),
    )
    op.create_table(
        "alert_acks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consumer", sa.String(50), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("acked_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alert_outbox.id"], name="fk_alert_acks_alert_id_alert_outbox"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_alert_acks"),
        sa.UniqueConstraint("consumer", "alert_id", name="uq_alert_acks_consumer_alert_id"),
    )
    op.create_table(
        "story_state",
        sa.Column("story", sa.String(200), nullable=False),
        sa.Column("computed_at", _when(), nullable=False),
        sa.PrimaryKeyConstraint("story", name="pk_story_state"),
    )


def downgrade() -> None:
    op.drop_table("story_state")
    op.drop_table("alert_acks")
    op.drop_table("alert_outbox")
    op.drop_index("ix_divergences_story_kind", table_name="divergences")
    op.drop_table("divergences")
    op.drop_table("wire_checks")
    op.drop_table("wire_shingle_counts")
    op.drop_index("ix_wire_shingles_hash", table_name="wire_shingles")
    op.drop_table("wire_shingles")
