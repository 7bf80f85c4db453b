"""The daily digest in chats: /digest, /digest at HH:MM [TZ], /digest off, and the due check."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.args import ArgumentProblem, parse_hh_mm
from bot.chats import here, settings_place
from bot.context import BotServices, Context, services
from bot.delivery import chat_gone, with_retries
from bot.help import usage
from bot.replies import reply
from crosswire.chart import figure_chart
from crosswire.db.bot_store import ALL_STORIES, ChatRecord
from crosswire.digest import collect_digest, digest_due, digest_lines
from crosswire.messages import split_lines
from crosswire.reads import story_figure_points

log = logging.getLogger(__name__)
WINDOW = timedelta(hours=24)
MAX_CHARTS = 3


def chat_stories(svc: BotServices, chat_id: int) -> list[str]:
    """The stories a chat subscribed to; every watched story for ``all`` or no subscription."""
    names = [s.story for s in svc.chats.subscriptions(chat_id)]
    if ALL_STORIES in names or not names:
        return [r.story.name for r in svc.rules()]
    return names


def digest_for(svc: BotServices, chat_id: int, zone: str) -> list[str]:
    """The chat's digest as Telegram HTML messages."""
    now = svc.now()
    digest = collect_digest(svc.config, svc.store, chat_stories(svc, chat_id), now - WINDOW, now)
    return split_lines(digest_lines(digest, "html", ZoneInfo(zone)))


def digest_charts(svc: BotServices, chat_id: int) -> list[tuple[str, bytes]]:
    """A chart (PNG) for each of the chat's stories that has enough figures to be worth one."""
    charts: list[tuple[str, bytes]] = []
    for story in chat_stories(svc, chat_id):
        png = figure_chart(story, story_figure_points(svc.store, svc.config, story))
        if png is not None:
            charts.append((story, png))
        if len(charts) == MAX_CHARTS:
            break
    return charts


async def _send_charts(bot: Bot, svc: BotServices, chat_id: int, thread: int | None) -> None:
    charts = await asyncio.to_thread(digest_charts, svc, chat_id)  # drawing takes a while
    for story, png in charts:
        await bot.send_photo(
            chat_id,
            png,
            caption=f"{story}: key figures over time, per outlet"[:1024],
            message_thread_id=thread,
        )


async def digest(update: Update, context: Context) -> None:
    """The digest now; or ``at HH:MM [TZ]`` to schedule it; or ``off``."""
    args = [a for a in context.args or []]
    svc = services(context)
    if not args:
        place = here(update)
        chat = svc.chats.chat(place.chat_id)
        zone = (chat.digest_zone if chat else None) or svc.config.digest.timezone
        parts = digest_for(svc, place.chat_id, zone)
        await reply(update, [line for part in parts for line in part.split("\n")])
        await _send_charts(context.bot, svc, place.chat_id, place.thread_id)
        return
    action = args[0].casefold()
    if action == "off" and len(args) == 1:
        place, _ = await settings_place(update, context, [])
        svc.chats.set_digest(
            place.chat_id, time=None, zone=None, thread_id=place.thread_id, off=True, now=svc.now()
        )
        await reply(update, "Daily digest off. /digest at HH:MM turns it on again.")
        return
    if action != "at" or len(args) not in (2, 3):
        raise ArgumentProblem(f"usage: {usage('digest')}")
    place, _ = await settings_place(update, context, [])
    at = parse_hh_mm(args[1])
    zone = args[2] if len(args) == 3 else svc.config.digest.timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ArgumentProblem(
            f"unknown time zone {zone!r} (use an IANA name like Europe/Kyiv)"
        ) from None
    svc.chats.set_digest(
        place.chat_id, time=at, zone=zone, thread_id=place.thread_id, off=False, now=svc.now()
    )
    await reply(update, f"Daily digest at {at} ({zone}).")


def _schedule(svc: BotServices, chat: ChatRecord) -> tuple[str, str]:
    return (
        chat.digest_time or svc.config.digest.time,
        chat.digest_zone or svc.config.digest.timezone,
    )


async def send_due_digests(bot: Bot, svc: BotServices) -> int:
    """Send every digest that is due now; how many went out. A chat whose sends keep failing
    (network errors, flood control) is owed its digest at the next check and holds no other."""
    now = svc.now()
    subscribed = {s.chat_id: s.thread_id for s in svc.chats.subscriptions()}
    sent = 0
    for chat in svc.chats.active_chats():
        if chat.digest_off or chat.id not in subscribed:
            continue
        at, zone = _schedule(svc, chat)
        if not digest_due(at, zone, chat.digest_sent_at, now):
            continue
        thread = chat.digest_thread_id if chat.digest_time else subscribed[chat.id]
        try:
            await _send_digest(bot, svc, chat.id, zone, thread)
        except Forbidden as exc:
            svc.chats.deactivate_chat(chat.id, str(exc))
            continue
        except BadRequest as exc:
            if chat_gone(exc):  # deleted: as alert delivery does
                svc.chats.deactivate_chat(chat.id, str(exc))
                continue
            log.warning("digest for chat %s failed: %s", chat.id, exc)
        except (NetworkError, RetryAfter) as exc:  # after retries: owed, tried next check
            log.warning("digest for chat %s failed, will retry: %s", chat.id, exc)
            continue
        svc.chats.digest_sent(chat.id, now)
        sent += 1
    return sent


async def _send_digest(
    bot: Bot, svc: BotServices, chat_id: int, zone: str, thread: int | None
) -> None:
    """The digest's parts, each retried on network errors as alerts are, then the charts; in
    General when the topic was deleted, as alerts do."""
    for part in digest_for(svc, chat_id, zone):
        try:
            await _send_part(bot, svc, chat_id, thread, part)
        except BadRequest as exc:
            if thread is None or "thread not found" not in str(exc).lower():
                raise
            thread = None
            await _send_part(bot, svc, chat_id, thread, part)
    await _send_charts(bot, svc, chat_id, thread)


async def _send_part(
    bot: Bot, svc: BotServices, chat_id: int, thread: int | None, part: str
) -> None:
    await with_retries(
        partial(
            bot.send_message,
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            message_thread_id=thread,
            disable_web_page_preview=True,
        ),
        svc.timing.network_retries,
        svc.timing.retry_base,
    )


async def digest_job(context: Context) -> None:
    """JobQueue callback: send the digests that are due."""
    await send_due_digests(context.bot, services(context))
