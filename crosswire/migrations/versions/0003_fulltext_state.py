"""Article full-text state, feed carry-over and server holds, cut findings.

Articles record whether their page text is still wanted (``fulltext_state`` pending / ok /
failed, the last reason, attempts and when to try again); feeds record how many items were
carried over to the next poll and whether ``next_poll_at`` was asked for by the server;
rule results record how many findings were cut by the per-article cap.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("fulltext_state", sa.String(10), nullable=True))
        batch.add_column(sa.Column("fulltext_error", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("fulltext_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("next_fulltext_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch.create_index("ix_articles_fulltext", ["next_fulltext_at"])
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("next_poll_reason", sa.String(20), nullable=True))
        batch.add_column(
            sa.Column("deferred_items", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("rule_results") as batch:
        batch.add_column(
            sa.Column("findings_cut", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("rule_results") as batch:
        batch.drop_column("findings_cut")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("deferred_items")
        batch.drop_column("next_poll_reason")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_fulltext")
        batch.drop_column("next_fulltext_at")
        batch.drop_column("fulltext_attempts")
        batch.drop_column("fulltext_error")
        batch.drop_column("fulltext_state")
