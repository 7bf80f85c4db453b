"""The bot's state behind one narrow interface: chats, subscriptions, mutes, watch rules,
chat-added outlets, deliveries and feedback. Every write method is one transaction.

It shares the core ``Store``'s engine (same database, same migrations), so the bot's state
survives restarts next to the articles it talks about.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from crosswire.db.bot_deliveries import DeliveryStore
from crosswire.db.bot_records import (
    ALL_STORIES,
    ChatOutlet,
    ChatRecord,
    Delivery,
    DuplicateName,
    Feedback,
    Mute,
    NewDelivery,
    Subscription,
    WatchRuleRecord,
)
from crosswire.db.bot_schema import (
    bot_chats,
    bot_deliveries,
    bot_mutes,
    bot_outlets,
    bot_subscriptions,
    bot_watch_rules,
)

__all__ = [
    "ALL_STORIES",
    "BotStore",
    "ChatOutlet",
    "ChatRecord",
    "Delivery",
    "DuplicateName",
    "Feedback",
    "Mute",
    "NewDelivery",
    "Subscription",
    "WatchRuleRecord",
]


class BotStore(DeliveryStore):
    """The bot tables of the project database (deliveries and feedback: ``DeliveryStore``)."""

    # -- chats ---------------------------------------------------------------------------

    def upsert_chat(
        self, chat_id: int, kind: str, title: str | None, username: str | None, now: datetime
    ) -> None:
        """Remember a chat; one that writes to us again is active again."""
        values = {"kind": kind, "title": title, "username": username}
        with self._engine.begin() as conn:
            found = conn.execute(select(bot_chats.c.id).where(bot_chats.c.id == chat_id)).first()
            if found is None:
                conn.execute(
                    insert(bot_chats).values(
                        id=chat_id, created_at=now, digest_sent_at=now, **values
                    )
                )
            else:
                conn.execute(
                    update(bot_chats)
                    .where(bot_chats.c.id == chat_id)
                    .values(active=True, inactive_reason=None, **values)
                )

    def deactivate_chat(self, chat_id: int, reason: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(bot_chats)
                .where(bot_chats.c.id == chat_id)
                .values(active=False, inactive_reason=reason[:500])
            )

    def migrate_chat(self, old_id: int, new_id: int, now: datetime) -> None:
        """A group became a supergroup with a new id: move its settings there, keep history."""
        with self._engine.begin() as conn:
            row = conn.execute(select(bot_chats).where(bot_chats.c.id == old_id)).first()
            if row is None:
                return
            if conn.execute(select(bot_chats.c.id).where(bot_chats.c.id == new_id)).first() is None:
                values = {k: v for k, v in row._mapping.items() if k != "id"}
                values |= {"kind": "supergroup", "active": True, "created_at": now}
                conn.execute(insert(bot_chats).values(id=new_id, **values))
            for table in (bot_subscriptions, bot_mutes, bot_deliveries):
                conn.execute(update(table).where(table.c.chat_id == old_id).values(chat_id=new_id))
            conn.execute(
                update(bot_chats)
                .where(bot_chats.c.id == old_id)
                .values(active=False, inactive_reason=f"migrated to {new_id}")
            )

    def chat(self, chat_id: int) -> ChatRecord | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(bot_chats).where(bot_chats.c.id == chat_id)).first()
        return _chat(row._mapping) if row else None

    def active_chats(self) -> list[ChatRecord]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(bot_chats).where(bot_chats.c.active).order_by(bot_chats.c.id)
            ).all()
        return [_chat(row._mapping) for row in rows]

    def set_digest(
        self,
        chat_id: int,
        *,
        time: str | None,
        zone: str | None,
        thread_id: int | None,
        off: bool,
        now: datetime,
    ) -> None:
        """Set a chat's digest time and zone (None: the configured default), or turn it off.

        The next digest is due at the first such time after ``now``.
        """
        with self._engine.begin() as conn:
            conn.execute(
                update(bot_chats)
                .where(bot_chats.c.id == chat_id)
                .values(
                    digest_time=time,
                    digest_zone=zone,
                    digest_thread_id=thread_id,
                    digest_off=off,
                    digest_sent_at=now,
                )
            )

    def digest_sent(self, chat_id: int, at: datetime) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(bot_chats).where(bot_chats.c.id == chat_id).values(digest_sent_at=at)
            )

    # -- subscriptions and mutes ------------------------------------------------------------

    def subscribe(
        self, chat_id: int, story: str, thread_id: int | None, user_id: int | None, now: datetime
    ) -> bool:
        """Subscribe (or move the subscription to ``thread_id``); True when it is new."""
        with self._engine.begin() as conn:
            where = and_(bot_subscriptions.c.chat_id == chat_id, bot_subscriptions.c.story == story)
            if conn.execute(select(bot_subscriptions.c.id).where(where)).first():
                conn.execute(update(bot_subscriptions).where(where).values(thread_id=thread_id))
                return False
            conn.execute(
                insert(bot_subscriptions).values(
                    chat_id=chat_id,
                    story=story,
                    thread_id=thread_id,
                    created_by=user_id,
                    created_at=now,
                )
            )
            return True

    def unsubscribe(self, chat_id: int, story: str) -> int:
        """Drop one subscription, or every one for ``ALL_STORIES``; how many went."""
        where = bot_subscriptions.c.chat_id == chat_id
        if story != ALL_STORIES:
            where = and_(where, bot_subscriptions.c.story == story)
        with self._engine.begin() as conn:
            return conn.execute(delete(bot_subscriptions).where(where)).rowcount

    def subscriptions(self, chat_id: int | None = None) -> list[Subscription]:
        """Subscriptions of one chat, or of every active chat."""
        query = (
            select(
                bot_subscriptions.c.chat_id,
                bot_subscriptions.c.story,
                bot_subscriptions.c.thread_id,
            )
            .join(bot_chats, bot_chats.c.id == bot_subscriptions.c.chat_id)
            .order_by(bot_subscriptions.c.chat_id, bot_subscriptions.c.story)
        )
        query = query.where(
            bot_subscriptions.c.chat_id == chat_id if chat_id is not None else bot_chats.c.active
        )
        with self._engine.connect() as conn:
            return [Subscription(*row) for row in conn.execute(query).all()]

    def mute(self, chat_id: int, story: str, until: datetime | None) -> None:
        with self._engine.begin() as conn:
            where = and_(bot_mutes.c.chat_id == chat_id, bot_mutes.c.story == story)
            if conn.execute(select(bot_mutes.c.id).where(where)).first():
                conn.execute(update(bot_mutes).where(where).values(until=until))
            else:
                conn.execute(insert(bot_mutes).values(chat_id=chat_id, story=story, until=until))

    def mutes(self, chat_id: int, now: datetime) -> list[Mute]:
        """Mutes of a chat still in force at ``now``."""
        query = select(bot_mutes.c.story, bot_mutes.c.until).where(
            bot_mutes.c.chat_id == chat_id,
            or_(bot_mutes.c.until.is_(None), bot_mutes.c.until > now),
        )
        with self._engine.connect() as conn:
            return [Mute(*row) for row in conn.execute(query.order_by(bot_mutes.c.story)).all()]

    # -- watch rules and outlets added in chat ----------------------------------------------

    def add_watch_rule(
        self,
        name: str,
        rule: dict[str, Any],
        chat_id: int | None,
        user_id: int | None,
        now: datetime,
    ) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    insert(bot_watch_rules).values(
                        name=name,
                        name_key=name.casefold(),
                        rule=rule,
                        chat_id=chat_id,
                        created_by=user_id,
                        created_at=now,
                    )
                )
        except IntegrityError:
            raise DuplicateName(name) from None

    def watch_rules(self) -> list[WatchRuleRecord]:
        query = select(
            bot_watch_rules.c.name,
            bot_watch_rules.c.rule,
            bot_watch_rules.c.chat_id,
            bot_watch_rules.c.created_by,
            bot_watch_rules.c.created_at,
        ).order_by(bot_watch_rules.c.id)
        with self._engine.connect() as conn:
            return [WatchRuleRecord(*row) for row in conn.execute(query).all()]

    def remove_watch_rule(self, name: str) -> bool:
        with self._engine.begin() as conn:
            deleted = conn.execute(
                delete(bot_watch_rules).where(bot_watch_rules.c.name_key == name.casefold())
            )
            return deleted.rowcount > 0

    def add_outlet(
        self, name: str, feeds: Sequence[str], user_id: int | None, now: datetime
    ) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    insert(bot_outlets).values(
                        name=name,
                        name_key=name.casefold(),
                        feeds=list(feeds),
                        created_by=user_id,
                        created_at=now,
                    )
                )
        except IntegrityError:
            raise DuplicateName(name) from None

    def outlets(self) -> list[ChatOutlet]:
        query = select(bot_outlets.c.name, bot_outlets.c.feeds, bot_outlets.c.created_by)
        with self._engine.connect() as conn:
            return [ChatOutlet(*row) for row in conn.execute(query.order_by(bot_outlets.c.id))]

    def remove_outlet(self, name: str) -> bool:
        with self._engine.begin() as conn:
            deleted = conn.execute(
                delete(bot_outlets).where(bot_outlets.c.name_key == name.casefold())
            )
            return deleted.rowcount > 0


def _chat(m: Any) -> ChatRecord:
    return ChatRecord(
        id=m["id"],
        kind=m["kind"],
        title=m["title"],
        username=m["username"],
        active=m["active"],
        inactive_reason=m["inactive_reason"],
        digest_off=m["digest_off"],
        digest_time=m["digest_time"],
        digest_zone=m["digest_zone"],
        digest_thread_id=m["digest_thread_id"],
        digest_sent_at=m["digest_sent_at"],
    )
