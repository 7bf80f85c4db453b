"""Review 34: the bot as a desk uses it (all names and figures invented)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from crosswire.outbox import Outbox
from tests.bot.alerts_data import HEADLINE, enqueue
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

USER = 603


def _alerts(api: BotApiStandIn, chat_id: int) -> list[str]:
    return [m.visible for m in api.messages(chat_id) if m.visible.startswith("⚠️")]


def test_one_divergence_in_two_subscribed_stories_is_one_message_naming_both(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe Varna crossing")
    api.user_says(USER, "/subscribe Selk floods")
    api.wait_reply(USER, 2)
    outbox = Outbox(store)
    first = enqueue(outbox)  # the same divergence, found in both stories' shared articles
    enqueue(outbox, story="Selk floods")
    report = bot.deliver()
    shown = _alerts(api, USER)
    assert len(shown) == 1, shown
    assert shown[0].splitlines()[:2] == [f"⚠️ {HEADLINE}", "Varna crossing; Selk floods"]
    assert report.acknowledged == 2 and outbox.pending("telegram") == []
    # the mute button silences both stories the message names
    message = api.messages(USER)[-1]
    api.press(USER, message.message_id, f"mu:{first}", user_id=USER)
    api.wait_for(lambda: len(api.answered) == 1, what="the mute answered")
    assert api.answered[0].get("text") == "Varna crossing; Selk floods muted for 24 hours"
    muted = {m.story for m in BotStore(store).mutes(USER, bot.clock())}
    assert muted == {"Varna crossing", "Selk floods"}


def test_a_chat_subscribed_to_all_gets_a_shared_divergence_once(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe all")
    api.wait_reply(USER)
    outbox = Outbox(store)
    enqueue(outbox)
    enqueue(outbox, story="Selk floods")
    enqueue(outbox, story="Selk floods", headline="Selk: 3 missing vs 30 missing")
    bot.deliver()
    shown = _alerts(api, USER)
    assert [s.splitlines()[1] for s in shown] == ["Varna crossing; Selk floods", "Selk floods"]


def _digests(bot: RunningBot) -> int:
    from bot.digests import send_due_digests

    return int(bot.call(lambda: send_due_digests(bot.app.bot, bot.services)))


def _digest_texts(api: BotApiStandIn, chat_id: int) -> list[str]:
    return [m.visible for m in api.messages(chat_id) if m.visible.startswith("Crosswire digest")]


def test_a_network_error_in_one_chats_digest_is_retried_and_holds_no_other_chat(
    api: BotApiStandIn, bot: RunningBot
) -> None:
    chats = [USER, USER + 1]
    for chat in chats:
        api.add_chat(chat)
        api.user_says(chat, "/subscribe Selk floods")
        api.wait_reply(chat)
    bot.clock.now = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)  # the configured 08:00 UTC
    api.fail("sendMessage", code=502, description="Bad Gateway", chat_id=USER)
    assert _digests(bot) == 2  # the 502 was retried
    assert [len(_digest_texts(api, chat)) for chat in chats] == [1, 1]
    bot.clock.now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    api.fail("sendMessage", code=502, description="Bad Gateway", chat_id=USER, times=50)
    assert _digests(bot) == 1  # USER's server trouble lasts; the other chat still gets its own
    assert [len(_digest_texts(api, chat)) for chat in chats] == [1, 2]
    api.failures.clear()
    assert _digests(bot) == 1  # USER's is still owed, and goes out at the next check
    assert [len(_digest_texts(api, chat)) for chat in chats] == [2, 2]


def test_figures_in_alerts_and_digests_read_as_words_not_codes(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    from crosswire.digest import key_figure_lines
    from tests.bot.alerts_data import claim, conflict

    api.add_chat(USER)
    api.user_says(USER, "/subscribe all")
    api.wait_reply(USER)
    divergence = conflict()
    divergence["claims"][0] |= {"qualifier": "exact"}
    divergence["claims"][1] |= {"figure_text": "at least 60", "qualifier": "at_least"}
    Outbox(store).enqueue("Varna crossing", "conflict", HEADLINE, divergence)
    bot.deliver()
    shown = _alerts(api, USER)[0]
    assert "Harbour Post: 12 killed — Estavia" in shown
    assert "Meridian: at least 60 [at least] — Norland" in shown
    figures = [claim("Meridian", "more than 40", 41, 10**9, None, "More than 40 were hurt.")]
    figures[0] |= {"qualifier": "more_than", "category": "killed_or_wounded"}
    entry = {"category": "killed_or_wounded", "group": None, "spread": [41, 41]}
    lines = key_figure_lines([entry | {"figures": figures}], "text")
    assert lines[0].startswith("killed or wounded · people: 41")
    assert (
        lines[1]
        == "  • Meridian (https://meridian.example/varna?a=1&b=2): more than 40 [more than]"
    )


def test_mute_and_unsubscribe_speak_of_every_story_not_a_code(
    api: BotApiStandIn, bot: RunningBot
) -> None:
    api.add_chat(USER)
    commands = ["/subscribe all", "/mute all 2h", "/mute all off", "/unsubscribe Varna crossing"]
    for command in commands:
        api.user_says(USER, command)
    replies = [m.visible for m in api.wait_reply(USER, len(commands))]
    assert replies[1:] == [
        "Muted every story until 2026-12-01 08:00 UTC.",
        "Every story is no longer muted.",
        "This chat gets every story (/subscribe all): /unsubscribe all stops that, and "
        "/mute Varna crossing pauses this one.",
    ]


def test_a_reply_lost_to_flood_control_is_logged_not_apologised_for_into_the_same_flood(
    api: BotApiStandIn, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    api.add_chat(USER)
    # the reply and the rate limiter's three retries all meet flood control
    api.fail("sendMessage", code=429, retry_after=1, chat_id=USER, times=4)
    api.user_says(USER, "/stories")
    deadline = time.monotonic() + 20
    while api.failures and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)  # an apology would be sent now, into the flood control just lifted
    assert api.messages(USER) == []
    assert "uncaught error" not in caplog.text
    assert f"reply in chat {USER} not sent: RetryAfter" in caplog.text


def test_a_digest_whose_topic_was_deleted_goes_to_general(
    api: BotApiStandIn, bot: RunningBot
) -> None:
    forum = api.add_chat(
        -100700, "supergroup", title="Desk", is_forum=True, topics={9}, admins={11}
    )
    api.user_says(forum.id, "/subscribe Selk floods", user_id=11, thread_id=9)
    api.wait_reply(forum.id, thread_id=9)
    forum.topics.discard(9)  # an admin deleted the topic
    bot.clock.now = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
    assert _digests(bot) == 1
    assert [m.visible.split("\n")[0] for m in api.messages(forum.id, None)] == [
        "Crosswire digest — Wednesday 02 December 2026"
    ]
