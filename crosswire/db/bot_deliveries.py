"""Deliveries of alerts to chats and readers' feedback on them; ``BotStore`` builds on this.

A delivery row is written right after its message is sent, before the outbox is
acknowledged, so a restart neither resends nor loses an alert. Every write is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, insert, select, update

from crosswire.db.bot_records import Delivery, Feedback, NewDelivery
from crosswire.db.bot_schema import bot_deliveries, bot_feedback
from crosswire.db.store import Store


class DeliveryStore:
    """The ``bot_deliveries`` and ``bot_feedback`` tables."""

    def __init__(self, store: Store) -> None:
        self._engine = store.engine

    # -- deliveries ----------------------------------------------------------------------

    def delivered_chats(self, alert_ids: Iterable[int]) -> set[tuple[int, int]]:
        """(alert id, chat id) pairs already delivered (or deliberately skipped)."""
        ids = list(alert_ids)
        if not ids:
            return set()
        query = select(bot_deliveries.c.alert_id, bot_deliveries.c.chat_id).where(
            bot_deliveries.c.alert_id.in_(ids)
        )
        with self._engine.connect() as conn:
            return {(int(a), int(c)) for a, c in conn.execute(query).all()}

    def record_deliveries(
        self,
        chat_id: int,
        thread_id: int | None,
        message_id: int | None,
        sent: Sequence[NewDelivery],
        now: datetime,
    ) -> list[int]:
        """Record that ``sent`` reached ``chat_id`` as ``message_id``; the new row ids."""
        ids: list[int] = []
        with self._engine.begin() as conn:
            for item in sent:
                ids.append(
                    conn.execute(
                        insert(bot_deliveries)
                        .values(
                            alert_id=item.alert_id,
                            chat_id=chat_id,
                            thread_id=thread_id,
                            message_id=message_id,
                            story=item.story,
                            kind=item.kind,
                            alert=item.alert,
                            sent_at=now,
                        )
                        .returning(bot_deliveries.c.id)
                    ).scalar_one()
                )
        return ids

    def delivery(self, delivery_id: int) -> Delivery | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(bot_deliveries).where(bot_deliveries.c.id == delivery_id)
            ).first()
        if row is None:
            return None
        m = row._mapping
        return Delivery(
            m["id"],
            m["alert_id"],
            m["chat_id"],
            m["thread_id"],
            m["message_id"],
            m["story"],
            m["kind"],
            m["alert"],
        )

    def delivery_for(self, alert_id: int, chat_id: int) -> Delivery | None:
        """The delivery of ``alert_id`` to ``chat_id`` (what a button press refers to)."""
        with self._engine.connect() as conn:
            found = conn.execute(
                select(bot_deliveries.c.id).where(
                    bot_deliveries.c.alert_id == alert_id, bot_deliveries.c.chat_id == chat_id
                )
            ).scalar_one_or_none()
        return self.delivery(int(found)) if found is not None else None

    def delivery_count(self) -> int:
        with self._engine.connect() as conn:
            return len(conn.execute(select(bot_deliveries.c.id)).all())

    # -- feedback ------------------------------------------------------------------------

    def record_feedback(
        self,
        delivery: Delivery,
        claim_index: int,
        claim: dict[str, Any],
        verdict: str,
        user_id: int,
        now: datetime,
    ) -> None:
        """A user's verdict on one alerted claim; pressing again replaces their verdict."""
        with self._engine.begin() as conn:
            where = and_(
                bot_feedback.c.delivery_id == delivery.id,
                bot_feedback.c.claim_index == claim_index,
                bot_feedback.c.user_id == user_id,
            )
            if conn.execute(select(bot_feedback.c.id).where(where)).first():
                conn.execute(
                    update(bot_feedback).where(where).values(verdict=verdict, created_at=now)
                )
                return
            conn.execute(
                insert(bot_feedback).values(
                    delivery_id=delivery.id,
                    claim_index=claim_index,
                    claim=claim,
                    verdict=verdict,
                    user_id=user_id,
                    chat_id=delivery.chat_id,
                    created_at=now,
                )
            )

    def feedback(self) -> list[Feedback]:
        query = (
            select(
                bot_feedback.c.delivery_id,
                bot_deliveries.c.alert_id,
                bot_deliveries.c.story,
                bot_feedback.c.claim,
                bot_feedback.c.verdict,
                bot_feedback.c.user_id,
                bot_feedback.c.chat_id,
                bot_feedback.c.created_at,
            )
            .join(bot_deliveries, bot_deliveries.c.id == bot_feedback.c.delivery_id)
            .order_by(bot_feedback.c.id)
        )
        with self._engine.connect() as conn:
            return [Feedback(*row) for row in conn.execute(query).all()]
