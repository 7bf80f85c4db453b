"""The Telegram bot's tables: chats, subscriptions, mutes, watch rules, outlets, deliveries, feedback.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "bot_chats",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("username", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("inactive_reason", sa.Text(), nullable=True),
        sa.Column("digest_off", sa.Boolean(), nullable=False),
        sa.Column("digest_time", sa.String(length=5), nullable=True),
        sa.Column("digest_zone", sa.String(length=64), nullable=True),
        sa.Column("digest_thread_id", sa.BigInteger(), nullable=True),
        sa.Column("digest_sent_at", _when(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bot_chats"),
    )
    op.create_table(
        "bot_outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("feeds", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bot_outlets"),
        sa.UniqueConstraint("name_key", name="uq_bot_outlets_name_key"),
    )
    op.create_table(
        "bot_watch_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.JSON(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bot_watch_rules"),
        sa.UniqueConstraint("name_key", name="uq_bot_watch_rules_name_key"),
    )
    op.create_table(
        "bot_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("story", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("alert", sa.JSON(), nullable=False),
        sa.Column("sent_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["bot_chats.id"], name="fk_bot_deliveries_chat_id_bot_chats"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bot_deliveries"),
        sa.UniqueConstraint("alert_id", "chat_id", name="uq_bot_deliveries_alert_id_chat_id"),
    )
    op.create_index(
        "ix_bot_deliveries_message", "bot_deliveries", ["chat_id", "message_id"], unique=False
    )
    op.create_table(
        "bot_mutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("story", sa.String(length=200), nullable=False),
        sa.Column("until", _when(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["bot_chats.id"], name="fk_bot_mutes_chat_id_bot_chats"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bot_mutes"),
        sa.UniqueConstraint("chat_id", "story", name="uq_bot_mutes_chat_id_story"),
    )
    op.create_table(
        "bot_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("story", sa.String(length=200), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["bot_chats.id"], name="fk_bot_subscriptions_chat_id_bot_chats"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bot_subscriptions"),
        sa.UniqueConstraint("chat_id", "story", name="uq_bot_subscriptions_chat_id_story"),
    )
    op.create_table(
        "bot_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("claim_index", sa.Integer(), nullable=False),
        sa.Column("claim", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(length=10), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _when(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["bot_deliveries.id"],
            name="fk_bot_feedback_delivery_id_bot_deliveries",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_bot_feedback"),
        sa.UniqueConstraint(
            "delivery_id",
            "claim_index",
            "user_id",
            name="uq_bot_feedback_delivery_id_claim_index_user_id",
        ),
    )


def downgrade() -> None:
    op.drop_table("bot_feedback")
    op.drop_table("bot_subscriptions")
    op.drop_table("bot_mutes")
    op.drop_index("ix_bot_deliveries_message", table_name="bot_deliveries")
    op.drop_table("bot_deliveries")
    op.drop_table("bot_watch_rules")
    op.drop_table("bot_outlets")
    op.drop_table("bot_chats")
