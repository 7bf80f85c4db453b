"""Review 33: a command the bot does not have gets one helpful line where it is meant for
this bot, and silence where it may be another bot's."""

from __future__ import annotations

from tests.support.botapi import BotApiStandIn
from tests.support.botapi_model import BOT_USERNAME
from tests.support.runningbot import RunningBot

USER = 502


def test_an_unknown_command_in_a_private_chat_points_at_help(
    api: BotApiStandIn, bot: RunningBot
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/frobnicate now")
    api.user_says(USER, "/help nope")
    replies = api.wait_reply(USER, 2)
    assert replies[0].visible == "No command /frobnicate; /help lists the commands."
    assert replies[1].visible.startswith("No command /nope.\nCommands\n/start")


def test_an_unknown_command_in_a_group_answers_only_when_addressed_to_this_bot(
    api: BotApiStandIn, bot: RunningBot
) -> None:
    group = api.add_chat(-100500, "supergroup", title="Desk", admins={11})
    api.user_says(group.id, "/frobnicate", user_id=12)  # maybe another bot's
    api.user_says(group.id, "/stories@someotherbot", user_id=12)
    api.user_says(group.id, f"/frobnicate@{BOT_USERNAME}", user_id=12)
    api.user_says(group.id, "/stories", user_id=12)
    replies = api.wait_reply(group.id, 2)
    assert replies[0].visible == "No command /frobnicate; /help lists the commands."
    assert replies[1].visible.startswith("Watched stories")
    assert len(api.messages(group.id)) == 2
