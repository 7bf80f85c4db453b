"""Review 33: a command the bot does not have gets one helpful line where it is meant for
this bot, and silence where it may be another bot's."""

from __future__ import annotations

import re

from crosswire.db.store import Store
from crosswire.outbox import Outbox
from tests.bot.alerts_data import conflict
from tests.crosswire.divergence.test_service import COURIER, LEDGER, add, outlets
from tests.support.botapi import BotApiStandIn
from tests.support.botapi_model import BOT_USERNAME
from tests.support.runningbot import RunningBot

USER = 502
__all__ = ["outlets"]  # the fixture, used by name


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


def _silence(outbox: Outbox) -> int:
    """A non_response alert as the divergence step writes it (names invented)."""
    divergence = conflict()
    silent, quoted = divergence["claims"]
    silent |= {"min": None, "max": None, "figure_text": "", "claimant": "The water board"}
    silent |= {"kind": "non_response", "cue": "declined to comment"}
    quoted |= {"min": None, "max": None, "figure_text": "", "claimant": "The water board"}
    quoted |= {"kind": "statement", "cue": "said", "seen_at": "2026-12-01T09:15:00+02:00"}
    divergence |= {"kind": "non_response", "category": None, "group": None}
    return outbox.enqueue("Varna crossing", "non_response", "Silent or quoted?", divergence)


def test_evidence_says_when_each_page_was_seen_in_utc(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe all")
    api.wait_reply(USER)
    alert_id = _silence(Outbox(store))
    bot.deliver()
    alert = api.messages(USER)[-1]
    api.press(USER, alert.message_id, f"ev:{alert_id}", user_id=USER)
    api.wait_for(lambda: api.message(USER, alert.message_id).edits == 1, what="evidence edit")
    shown = api.message(USER, alert.message_id).visible
    assert "Harbour Post, version 1, seen 2026-12-01 05:40 UTC:" in shown
    assert "Meridian, version 1, seen 2026-12-01 07:15 UTC:" in shown


def test_feedback_buttons_under_a_silence_say_what_each_outlet_reported(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe all")
    api.wait_reply(USER)
    _silence(Outbox(store))
    bot.deliver()
    labels = [label for label, _ in api.messages(USER)[-1].buttons]
    assert "✅ Harbour Post: no comment" in labels and "✅ Meridian: quoted" in labels


def test_sources_show_the_named_rate_as_a_percentage(
    api: BotApiStandIn, bot: RunningBot, store: Store, outlets: dict[str, int]
) -> None:
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    api.add_chat(USER)
    api.user_says(USER, "/sources")
    shown = api.wait_reply(USER)[0].visible
    rates = re.findall(r"named rate ([^;]+);", shown)
    assert len(rates) == 2 and all(re.fullmatch(r"\d+%", rate) for rate in rates), shown
