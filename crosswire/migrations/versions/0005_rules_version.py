"""Rule results record which rules made them, so results of older rules can be made again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("rule_results") as batch:
        batch.add_column(sa.Column("rules_version", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rule_results") as batch:
        batch.drop_column("rules_version")
