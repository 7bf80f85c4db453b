"""Alerts from the outbox to the chats that subscribed, exactly once across restarts.

Each round reads ``Outbox.pending("telegram")``, plans one message per (alert, chat) — or one
batched message when a chat has many at once — sends through PTB (its ``AIORateLimiter`` keeps
to Telegram's limits and waits out ``retry_after``), records every delivery with its message id
before anything is acknowledged, and acknowledges an alert once every chat that should get it
has it. A chat that blocked or removed the bot is deactivated, not retried forever.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.alerts import alert_buttons, alert_lines, batch_lines, payload
from bot.context import CONSUMER, BotServices
from crosswire.db.bot_store import ALL_STORIES, NewDelivery, Subscription
from crosswire.messages import split_lines
from crosswire.reads import AlertLike

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Target:
    chat_id: int
    thread_id: int | None


@dataclass(frozen=True, slots=True)
class Plan:
    """Who gets what: alerts per target, and (alert, chat) pairs skipped because muted."""

    sends: dict[Target, list[AlertLike]]
    muted: list[tuple[AlertLike, Target]]


@dataclass
class RoundReport:
    alerts: int = 0
    messages: int = 0
    acknowledged: int = 0
    deactivated: list[int] = field(default_factory=list)
    failed_chats: list[int] = field(default_factory=list)


def plan_round(
    alerts: Sequence[AlertLike],
    subscriptions: Sequence[Subscription],
    muted: dict[int, set[str]],
    done: set[tuple[int, int]],
) -> Plan:
    """Pure planning: each alert once per subscribed chat, to the topic of the subscription."""
    by_chat: dict[int, dict[str, Subscription]] = {}
    for sub in subscriptions:
        by_chat.setdefault(sub.chat_id, {})[sub.story.casefold()] = sub
    sends: dict[Target, list[AlertLike]] = {}
    skipped: list[tuple[AlertLike, Target]] = []
    for alert in alerts:
        for chat_id, subs in by_chat.items():
            found = subs.get(alert.story.casefold()) or subs.get(ALL_STORIES)
            if found is None or (alert.id, chat_id) in done:
                continue
            target = Target(chat_id, found.thread_id)
            silenced = muted.get(chat_id, set())
            if alert.story.casefold() in silenced or ALL_STORIES in silenced:
                skipped.append((alert, target))
            else:
                sends.setdefault(target, []).append(alert)
    return Plan(sends, skipped)


def same_divergence(alerts: Sequence[AlertLike]) -> list[list[AlertLike]]:
    """The alerts grouped by the divergence they report: one divergence found in two watched
    stories that share articles is one group, sent as one message naming both stories."""
    groups: dict[tuple[str, str, str], list[AlertLike]] = {}
    for alert in alerts:
        found = {k: v for k, v in alert.divergence.items() if k != "story"}
        key = (alert.kind, alert.headline, json.dumps(found, sort_keys=True, default=str))
        groups.setdefault(key, []).append(alert)
    return list(groups.values())


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def chat_gone(error: Exception) -> bool:
    """Is ``error`` the Bot API's answer for a chat that no longer exists ("chat not found")?
    Such a chat is deactivated, by alert delivery and by the daily digest alike."""
    return isinstance(error, BadRequest) and "chat not found" in str(error).lower()


async def with_retries(call: Callable[[], Awaitable[T]], attempts: int, base: float) -> T:
    """Retry network errors with doubling backoff and 429s after ``retry_after``."""
    for attempt in range(attempts):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(_seconds(exc.retry_after))
        except (BadRequest, Forbidden, ChatMigrated):
            raise
        except NetworkError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(base * 2**attempt)
    raise AssertionError("unreachable")


class Deliverer:
    """Runs delivery rounds for one bot."""

    def __init__(self, bot: Bot, svc: BotServices, batch_after: int) -> None:
        self.bot = bot
        self.svc = svc
        self.batch_after = batch_after
        self._lock = asyncio.Lock()
        self._last_sent: dict[int, float] = {}

    async def round(self) -> RoundReport:
        """One pass over the pending alerts; safe to call while another runs (it waits)."""
        async with self._lock:
            return await self._round()

    async def _round(self) -> RoundReport:
        svc = self.svc
        report = RoundReport()
        alerts = list(svc.outbox.pending(CONSUMER, svc.timing.pending_limit))
        if not alerts:
            return report
        report.alerts = len(alerts)
        ids = [a.id for a in alerts]
        now = svc.now()
        subscriptions = svc.chats.subscriptions()
        muted = {
            chat_id: {m.story.casefold() for m in svc.chats.mutes(chat_id, now)}
            for chat_id in {s.chat_id for s in subscriptions}
        }
        plan = plan_round(alerts, subscriptions, muted, svc.chats.delivered_chats(ids))
        for alert, target in plan.muted:
            svc.chats.record_deliveries(target.chat_id, target.thread_id, None, [_new(alert)], now)
        results = await asyncio.gather(
            *(self._send(target, items, report) for target, items in plan.sends.items())
        )
        report.messages = sum(results)
        left = plan_round(alerts, svc.chats.subscriptions(), muted, svc.chats.delivered_chats(ids))
        waiting = {a.id for items in left.sends.values() for a in items}
        finished = [i for i in ids if i not in waiting]
        if finished:
            svc.outbox.acknowledge(CONSUMER, finished)
        report.acknowledged = len(finished)
        return report

    async def _send(self, target: Target, alerts: list[AlertLike], report: RoundReport) -> int:
        """Send one target's alerts; the number of messages sent."""
        try:
            groups = same_divergence(alerts)
            if len(groups) > self.batch_after:
                return await self._send_batch(target, groups)
            sent = 0
            for group in groups:
                sent += await self._send_one(target, group)
            return sent
        except ChatMigrated as exc:
            # The group is a supergroup now; the next round sends there.
            self.svc.chats.migrate_chat(target.chat_id, exc.new_chat_id, self.svc.now())
            report.failed_chats.append(target.chat_id)
        except Forbidden as exc:
            self.svc.chats.deactivate_chat(target.chat_id, str(exc))
            report.deactivated.append(target.chat_id)
            log.info("chat %s deactivated: %s", target.chat_id, exc)
        except (NetworkError, RetryAfter) as exc:  # BadRequest is a NetworkError too
            if chat_gone(exc):
                self.svc.chats.deactivate_chat(target.chat_id, str(exc))
                report.deactivated.append(target.chat_id)
            else:
                report.failed_chats.append(target.chat_id)
                log.warning("delivery to chat %s failed, will retry: %s", target.chat_id, exc)
        return 0

    async def _send_one(self, target: Target, group: list[AlertLike]) -> int:
        """One message for one divergence, naming every story of ``group``."""
        alert, stories = group[0], [a.story for a in group]
        parts = split_lines(alert_lines(alert, stories))
        first = await self._post(target, parts, alert_buttons(alert))
        self.svc.chats.record_deliveries(
            target.chat_id,
            first.message_thread_id if first.is_topic_message else None,
            first.message_id,
            [_new(a, stories) for a in group],
            self.svc.now(),
        )
        return len(parts)

    async def _send_batch(self, target: Target, groups: list[list[AlertLike]]) -> int:
        tags = [[a.story for a in group] for group in groups]
        parts = split_lines(batch_lines([group[0] for group in groups], tags))
        first = await self._post(target, parts, None)
        self.svc.chats.record_deliveries(
            target.chat_id,
            target.thread_id,
            first.message_id,
            [_new(a, tag) for group, tag in zip(groups, tags, strict=True) for a in group],
            self.svc.now(),
        )
        return len(parts)

    async def _post(
        self, target: Target, parts: list[str], buttons: InlineKeyboardMarkup | None
    ) -> Message:
        """Send the parts in order (buttons under the last); the first message."""
        thread = target.thread_id
        first: Message | None = None
        for index, part in enumerate(parts):
            await self._pace(target.chat_id)
            markup = buttons if index == len(parts) - 1 else None
            try:
                message = await self._send_text(target.chat_id, thread, part, markup)
            except BadRequest as exc:
                if thread is None or "thread not found" not in str(exc).lower():
                    raise
                thread = None  # the topic was deleted: fall back to General
                message = await self._send_text(target.chat_id, None, part, markup)
            self._last_sent[target.chat_id] = asyncio.get_running_loop().time()
            first = first or message
        assert first is not None
        return first

    async def _pace(self, chat_id: int) -> None:
        """Keep one chat at most one message per ``per_chat_gap``, counted from the last
        answer (the limiter does groups and the overall rate, not private chats)."""
        gap = self.svc.timing.per_chat_gap
        last = self._last_sent.get(chat_id)
        loop = asyncio.get_running_loop()
        if last is not None and gap > 0:
            wait = last + gap - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)

    async def _send_text(
        self, chat_id: int, thread: int | None, text: str, markup: InlineKeyboardMarkup | None
    ) -> Message:
        timing = self.svc.timing
        return await with_retries(
            lambda: self.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread,
                reply_markup=markup,
                disable_web_page_preview=True,
            ),
            timing.network_retries,
            timing.retry_base,
        )


def _new(alert: AlertLike, stories: Sequence[str] = ()) -> NewDelivery:
    return NewDelivery(alert.id, alert.story, alert.kind, payload(alert, stories))
