"""Alerts from the outbox to chats: HTML, topics, buttons, retries, blocked chats, bursts."""

from __future__ import annotations

from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from crosswire.outbox import Outbox
from tests.bot.alerts_data import HEADLINE, enqueue
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

USER = 601


def _subscribe(api: BotApiStandIn, chat_id: int, text: str, count: int, **kw: int) -> None:
    api.user_says(chat_id, text, **kw)
    api.wait_reply(chat_id, count, thread_id=kw.get("thread_id"))


def test_an_alert_shows_figures_side_by_side_escaped_with_buttons(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    _subscribe(api, USER, "/subscribe Varna crossing", 1)
    outbox = Outbox(store)
    alert_id = enqueue(outbox)
    report = bot.deliver()
    assert (report.alerts, report.messages, report.acknowledged) == (1, 1, 1)
    message = api.messages(USER)[-1]
    lines = message.visible.splitlines()
    assert lines[0] == f"⚠️ {HEADLINE}"
    assert "Harbour Post: 12 killed — Estavia's <Interior> Ministry" in message.visible
    assert "Meridian: about 60 [about] — Norland's army & allies (via Tidewater Radio)" in (
        message.visible
    )
    assert "&lt;Interior&gt;" in message.text and "&amp; allies" in message.text
    assert 'href="https://meridian.example/varna?a=1&amp;b=2"' in message.text
    assert [label for label, _ in message.buttons][:2] == ["🔎 Evidence", "🔕 Mute story 24h"]
    assert (f"fb:{alert_id}:0:y") in {data for _, data in message.buttons}
    assert outbox.pending("telegram") == []
    assert bot.deliver().alerts == 0  # acknowledged: nothing again


def test_alerts_go_to_the_topic_of_the_subscription(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    forum = api.add_chat(
        -100500, "supergroup", title="Desk", is_forum=True, topics={9}, admins={11}
    )
    _subscribe(api, forum.id, "/subscribe Varna crossing", 1, user_id=11, thread_id=9)
    _subscribe(api, forum.id, "/subscribe Selk floods", 1, user_id=11)
    enqueue(Outbox(store))
    enqueue(Outbox(store), story="Selk floods", headline="Selk: 3 missing vs 30 missing")
    bot.deliver()
    assert api.messages(forum.id, 9)[-1].visible.startswith("⚠️ Conflicting tolls")
    assert api.messages(forum.id, None)[-1].visible.startswith("⚠️ Selk: 3 missing")


def test_each_button_works(api: BotApiStandIn, bot: RunningBot, store: Store) -> None:
    api.add_chat(USER)
    _subscribe(api, USER, "/subscribe all", 1)
    alert_id = enqueue(Outbox(store))
    bot.deliver()
    alert = api.messages(USER)[-1]
    api.press(USER, alert.message_id, f"ev:{alert_id}", user_id=USER)
    api.wait_for(lambda: api.message(USER, alert.message_id).edits == 1, what="evidence edit")
    edited = api.message(USER, alert.message_id)
    assert "Evidence" in edited.visible
    assert "“Twelve civilians were killed near the Varna bridge, the ministry said.”" in (
        edited.visible
    )
    assert "🔎 Evidence" not in [label for label, _ in edited.buttons]
    api.press(USER, alert.message_id, f"fb:{alert_id}:1:n", user_id=USER)
    api.press(USER, alert.message_id, f"mu:{alert_id}", user_id=USER)
    api.wait_for(lambda: len(api.answered) == 3, what="three answered buttons")
    assert [a.get("text") for a in api.answered] == [
        "Evidence added",
        "Thanks: marked as wrong",
        "Varna crossing muted for 24 hours",
    ]
    feedback = BotStore(store).feedback()
    assert [(f.claim["outlet"], f.verdict, f.user_id) for f in feedback] == [
        ("Meridian", "reject", USER)
    ]
    assert [m.story for m in BotStore(store).mutes(USER, bot.clock())] == ["Varna crossing"]
    enqueue(Outbox(store), headline="muted now")
    assert bot.deliver().messages == 0
    api.user_says(USER, "/sources")
    assert "Meridian: readers: 0 confirmed, 1 rejected" in api.wait_reply(USER, 3)[-1].visible


def test_a_429_is_waited_out_and_sent_once(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    _subscribe(api, USER, "/subscribe all", 1)
    enqueue(Outbox(store))
    api.fail("sendMessage", code=429, retry_after=1, chat_id=USER)
    report = bot.deliver()
    assert report.acknowledged == 1
    sends = [m for m in api.messages(USER) if m.visible.startswith("⚠️")]
    assert len(sends) == 1
    assert sum(1 for method, _ in api.calls if method == "sendMessage") >= 2


def test_network_errors_are_retried_with_backoff(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    _subscribe(api, USER, "/subscribe all", 1)
    enqueue(Outbox(store))
    api.fail("sendMessage", code=502, description="Bad Gateway", chat_id=USER, times=2)
    assert bot.deliver().acknowledged == 1
    assert len([m for m in api.messages(USER) if m.visible.startswith("⚠️")]) == 1


def test_a_chat_that_blocked_the_bot_is_deactivated_not_retried(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.add_chat(USER + 1)
    _subscribe(api, USER, "/subscribe all", 1)
    _subscribe(api, USER + 1, "/subscribe all", 1)
    api.chats[USER].blocked = True
    enqueue(Outbox(store))
    report = bot.deliver()
    assert report.deactivated == [USER] and report.acknowledged == 1
    chat = BotStore(store).chat(USER)
    assert chat is not None and not chat.active
    assert chat.inactive_reason == "Forbidden: bot was blocked by the user"
    assert len(api.messages(USER + 1)) == 2
    enqueue(Outbox(store))
    calls = len(api.calls)
    bot.deliver()
    assert not any(p.get("chat_id") == USER for _, p in api.calls[calls:])


def test_removed_from_a_group_deactivates_it(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    group = api.add_chat(-100600, "group", title="Club", admins={11})
    _subscribe(api, group.id, "/subscribe all", 1, user_id=11)
    api.member_update(group.id, "left", by=11)
    api.wait_for(lambda: not BotStore(store).chat(group.id).active, what="deactivation")  # type: ignore[union-attr]
    assert BotStore(store).subscriptions() == []


def test_a_burst_of_100_alerts_is_one_message_per_chat(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    chats = [USER, USER + 1, USER + 2]
    for chat in chats:
        api.add_chat(chat)
        _subscribe(api, chat, "/subscribe all", 1)
    outbox = Outbox(store)
    for i in range(100):
        enqueue(outbox, headline=f"Alert number {i}")
    report = bot.deliver()
    assert report.acknowledged == 100
    for chat in chats:
        sent = api.messages(chat)[1:]
        assert 1 <= len(sent) <= 3, len(sent)  # one batch, split only by the length limit
        assert sent[0].visible.startswith("⚠️ 100 new alerts")
        assert "Alert number 99" in "\n".join(m.visible for m in sent)
    assert BotStore(store).delivery_count() == 300


def test_a_group_upgraded_to_a_supergroup_gets_its_alerts_at_the_new_id(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    group = api.add_chat(-600, "group", title="Club", admins={11})
    _subscribe(api, group.id, "/subscribe all", 1, user_id=11)
    api.add_chat(-100600600, "supergroup", title="Club")
    api.fail("sendMessage", chat_id=group.id, migrate_to=-100600600)
    enqueue(Outbox(store))
    assert bot.deliver().acknowledged == 0
    assert bot.deliver().acknowledged == 1
    assert api.messages(-100600600)[0].visible.startswith("⚠️ Conflicting tolls")
    old = BotStore(store).chat(group.id)
    assert old is not None and not old.active and old.inactive_reason == "migrated to -100600600"
    assert [s.chat_id for s in BotStore(store).subscriptions()] == [-100600600]
