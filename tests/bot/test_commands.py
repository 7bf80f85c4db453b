"""Chat commands end to end: the real PTB Application over HTTP against the stand-in."""

from __future__ import annotations

from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

USER = 501


def test_start_and_help_answer_in_a_private_chat(api: BotApiStandIn, bot: RunningBot) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/start")
    first = api.wait_reply(USER)[0]
    assert "Crosswire" in first.visible and "/subscribe" in first.visible
    api.user_says(USER, "/help watch")
    detail = api.wait_reply(USER, 2)[1]
    assert "/watch add NAME" in detail.visible and "--min-diff" in detail.visible
    api.wait_for(lambda: bool(api.commands), what="setMyCommands")
    assert {c["command"] for c in api.commands} >= {"subscribe", "digest", "watch"}
    assert "outlet" not in {c["command"] for c in api.commands}


def test_subscribe_persists_and_wrong_arguments_get_one_helpful_line(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe")
    api.user_says(USER, "/subscribe Atlantis")
    api.user_says(USER, "/subscribe varna CROSSING")
    replies = api.wait_reply(USER, 3)
    assert replies[0].visible.startswith("usage: /subscribe STORY|all")
    assert replies[1].visible == 'no story called "Atlantis"; /stories lists them'
    assert replies[2].visible == "Subscribed to Varna crossing."
    subs = BotStore(store).subscriptions(USER)
    assert [(s.story, s.thread_id) for s in subs] == [("Varna crossing", None)]
    api.user_says(USER, "/unsubscribe all")
    assert api.wait_reply(USER, 4)[3].visible == "Unsubscribed from every story."
    assert BotStore(store).subscriptions(USER) == []


def test_only_group_admins_change_a_group_but_anyone_reads(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    group = api.add_chat(-100200, "supergroup", title="Newsroom", admins={11})
    api.user_says(group.id, "/subscribe all", user_id=12)
    assert api.wait_reply(group.id)[0].visible == "only this group's admins can change its settings"
    api.user_says(group.id, "/stories", user_id=12)
    assert "Varna crossing" in api.wait_reply(group.id, 2)[1].visible
    api.user_says(group.id, "/subscribe all", user_id=11)
    assert api.wait_reply(group.id, 3)[2].visible == "Subscribed to every story."
    assert [s.story for s in BotStore(store).subscriptions(group.id)] == ["*"]


def test_forum_topic_subscription_keeps_the_topic_and_general_has_none(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    forum = api.add_chat(
        -100300, "supergroup", title="Desk", is_forum=True, topics={42}, admins={11}
    )
    api.user_says(forum.id, "/subscribe Varna crossing", user_id=11, thread_id=42)
    reply = api.wait_reply(forum.id, thread_id=42)[0]
    assert reply.visible == "Subscribed to Varna crossing (this topic)."
    api.user_says(forum.id, "/subscribe Selk floods", user_id=11)  # the General topic
    assert api.wait_reply(forum.id)[0].visible == "Subscribed to Selk floods."
    subs = {s.story: s.thread_id for s in BotStore(store).subscriptions(forum.id)}
    assert subs == {"Varna crossing": 42, "Selk floods": None}


def test_a_channel_is_configured_from_a_private_chat(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    channel = api.add_chat(
        -100400, "channel", title="Wire Watch", username="wirewatch", admins={USER}
    )
    api.add_chat(USER)
    api.add_chat(USER + 1)
    api.user_says(USER + 1, "/subscribe all --chat @wirewatch")
    assert (
        api.wait_reply(USER + 1)[0].visible == "only admins of @wirewatch can change its settings"
    )
    api.user_says(USER, "/subscribe Selk floods --chat @wirewatch")
    assert api.wait_reply(USER)[0].visible == "Subscribed to Selk floods in Wire Watch."
    assert [s.story for s in BotStore(store).subscriptions(channel.id)] == ["Selk floods"]
    api.user_says(USER, "/subscribe all --chat @nowhere")
    assert "cannot find @nowhere" in api.wait_reply(USER, 2)[1].visible


def test_mute_takes_a_duration_and_refuses_nonsense(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/mute Selk floods 2h")
    api.user_says(USER, "/mute Selk floods forever")
    replies = api.wait_reply(USER, 2)
    assert replies[0].visible == "Muted Selk floods until 2026-12-01 08:00 UTC."
    assert replies[1].visible == "not a duration: 'forever' (try 30m, 2h, 3d or 1w)"
    mutes = BotStore(store).mutes(USER, bot.clock())
    assert [m.story for m in mutes] == ["Selk floods"]


def test_a_channel_admin_can_subscribe_by_posting_in_the_channel(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    channel = api.add_chat(-100410, "channel", title="Desk Wire", username="deskwire")
    api.channel_post(channel.id, "/subscribe Varna crossing")
    assert api.wait_reply(channel.id)[0].visible == "Subscribed to Varna crossing."
    assert [s.story for s in BotStore(store).subscriptions(channel.id)] == ["Varna crossing"]
