"""The alert outbox: divergences waiting to be delivered, acknowledged per consumer.

The divergence step writes an alert in the same transaction as the divergence it reports, so
an alert exists exactly when its divergence was stored. Each consumer (``console``,
``telegram``) reads what it has not acknowledged, delivers it, and acknowledges it once the
delivery is durably recorded: a crash in between makes it read the alert again, never lose it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from crosswire.db import Store
from crosswire.db.divergence_schema import alert_acks, alert_outbox


@dataclass(frozen=True, slots=True)
class Alert:
    """One queued alert: a divergence in the ``divergences --json`` shape, with a headline."""

    id: int
    story: str
    kind: str
    headline: str
    divergence: dict[str, Any]
    created_at: datetime


class Outbox:
    """Reads and acknowledges queued alerts on behalf of named consumers."""

    def __init__(self, store: Store) -> None:
        self._engine = store.engine

    def enqueue(self, story: str, kind: str, headline: str, divergence: dict[str, Any]) -> int:
        """Queue an alert directly (tools and tests; the divergence step writes its own)."""
        with self._engine.begin() as conn:
            alert_id: int = conn.execute(
                insert(alert_outbox)
                .values(
                    story=story,
                    kind=kind,
                    headline=headline,
                    payload=divergence,
                    created_at=datetime.now(UTC),
                )
                .returning(alert_outbox.c.id)
            ).scalar_one()
        return alert_id

    def pending(self, consumer: str, limit: int = 100) -> list[Alert]:
        """Alerts this consumer has not acknowledged yet, oldest first."""
        done = select(alert_acks.c.alert_id).where(alert_acks.c.consumer == consumer)
        query = (
            select(alert_outbox)
            .where(alert_outbox.c.id.not_in(done))
            .order_by(alert_outbox.c.id)
            .limit(limit)
        )
        with self._engine.begin() as conn:
            return [
                Alert(
                    id=row.id,
                    story=row.story,
                    kind=row.kind,
                    headline=row.headline,
                    divergence=dict(row.payload),
                    created_at=row.created_at,
                )
                for row in conn.execute(query)
            ]

    def acknowledge(self, consumer: str, alert_ids: Sequence[int]) -> None:
        """Record that ``consumer`` has durably handled these alerts (repeats are harmless)."""
        now = datetime.now(UTC)
        with self._engine.begin() as conn:
            for alert_id in alert_ids:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(alert_acks).values(
                                consumer=consumer, alert_id=alert_id, acked_at=now
                            )
                        )
                except IntegrityError:
                    continue
