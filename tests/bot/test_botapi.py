"""The Bot API stand-in answers like the real API where the bot depends on it (seen via PTB)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter

from tests.support.botapi import BOT_USERNAME, BotApiStandIn

T = TypeVar("T")


def _with_bot(api: BotApiStandIn, use: Callable[[Bot], Awaitable[T]]) -> T:
    async def run() -> T:
        async with Bot(api.token, base_url=api.base_url) as bot:
            return await use(bot)

    return asyncio.run(run())


def test_get_me_and_updates_with_offsets(api: BotApiStandIn) -> None:
    api.add_chat(5)
    first = api.user_says(5, "/start")
    api.user_says(5, "hello")

    async def use(bot: Bot) -> tuple[str | None, list[int], list[int]]:
        me = await bot.get_me()
        both = [u.update_id for u in await bot.get_updates(timeout=0)]
        rest = [u.update_id for u in await bot.get_updates(offset=first + 1, timeout=0)]
        return me.username, both, rest

    username, both, rest = _with_bot(api, use)
    assert username == BOT_USERNAME
    assert both == [first, first + 1] and rest == [first + 1]
    assert api.pending_updates() == 1  # the confirmed update is gone for good


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<b>unclosed", "Can't parse entities: can't find end tag corresponding to start tag"),
        ("<div>x</div>", 'Can\'t parse entities: unsupported start tag "div" at byte offset 0'),
        ("x" * 4097, "Message is too long"),
    ],
    ids=["unclosed", "unknown-tag", "too-long"],
)
def test_bad_html_and_long_text_are_400s(api: BotApiStandIn, text: str, message: str) -> None:
    api.add_chat(5)
    with pytest.raises(BadRequest) as error:
        _with_bot(api, lambda bot: bot.send_message(5, text, parse_mode="HTML"))
    assert message.casefold() in str(error.value).casefold()
    assert api.messages(5) == []


def test_blocked_429_and_unknown_topic(api: BotApiStandIn) -> None:
    api.add_chat(5, blocked=True)
    forum = api.add_chat(-1005, "supergroup", title="F", is_forum=True, topics={3})
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        _with_bot(api, lambda bot: bot.send_message(5, "hi"))
    api.fail("sendMessage", code=429, retry_after=7, chat_id=forum.id)
    with pytest.raises(RetryAfter) as limited:
        _with_bot(api, lambda bot: bot.send_message(forum.id, "hi", message_thread_id=3))
    assert limited.value._retry_after.total_seconds() == 7  # type: ignore[union-attr]
    with pytest.raises(BadRequest, match="thread not found"):
        _with_bot(api, lambda bot: bot.send_message(forum.id, "hi", message_thread_id=1))
    sent = _with_bot(api, lambda bot: bot.send_message(forum.id, "hi", message_thread_id=3))
    assert sent.message_thread_id == 3 and api.messages(forum.id, 3)[0].visible == "hi"


def test_edit_and_photo_are_recorded(api: BotApiStandIn) -> None:
    api.add_chat(5)

    async def use(bot: Bot) -> None:
        sent = await bot.send_message(5, "<b>one</b>", parse_mode="HTML")
        await bot.edit_message_text("<i>two</i>", 5, sent.message_id, parse_mode="HTML")
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text("<i>two</i>", 5, sent.message_id, parse_mode="HTML")
        await bot.send_photo(5, b"\x89PNG fake", caption="chart")

    _with_bot(api, use)
    edited, photo = api.messages(5)
    assert (edited.visible, edited.edits) == ("two", 1)
    assert photo.photo == b"\x89PNG fake" and photo.visible == "chart"
