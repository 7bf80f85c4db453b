"""A daily digest to a chat that no longer exists (the nineteenth session's lead): the chat is
deactivated, as alert delivery does, not counted as sent and tried every day."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

GONE, KEPT = 611, 612


def _digests(bot: RunningBot) -> int:
    from bot.digests import send_due_digests

    return int(bot.call(lambda: send_due_digests(bot.app.bot, bot.services)))


def test_a_digest_to_a_deleted_chat_deactivates_it(api: BotApiStandIn, bot: RunningBot) -> None:
    for chat in (GONE, KEPT):
        api.add_chat(chat)
        api.user_says(chat, "/subscribe Selk floods")
        api.wait_reply(chat)
    del api.chats[GONE]  # the group was deleted
    bot.clock.now = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
    assert _digests(bot) == 1  # only the chat that is still there
    active = [c.id for c in bot.services.chats.active_chats()]
    assert GONE not in active and KEPT in active
