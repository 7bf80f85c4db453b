"""Watch rules from the chat, /claims and /divergences, digests at a controlled time, /outlet."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.digests import send_due_digests
from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from crosswire.watchrules import effective_config, effective_stories, watch_rules
from tests.bot.conftest import ADMIN
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

USER = 701


def test_a_watch_rule_added_in_chat_is_validated_like_config(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    bad = [
        "/watch add",
        '/watch add Port strike "dock workers',
        "/watch add Port strike --outlets Nowhere",
        "/watch add Port --regex (a",
        "/watch add Port strike --kinds rumour",
        '/watch add "Varna crossing" x',
        "/watch add Port --any",
    ]
    for text in bad:
        api.user_says(USER, text)
    replies = [m.visible for m in api.wait_reply(USER, len(bad))]
    assert replies[0].startswith("usage: /watch add NAME")
    assert replies[1] == "cannot read the words: No closing quotation (close your quotes)"
    assert replies[2] == 'outlets[0]: unknown outlet "Nowhere"'
    assert replies[3].startswith("regex: invalid regex: missing )")
    assert replies[4].startswith("--kinds: unknown kind 'rumour'")
    assert replies[5] == (
        'name: duplicate story name "Varna crossing"; /watch list shows the rules'
    )
    assert replies[6] == "give at least one keyword (or --any / --regex)"
    api.user_says(
        USER,
        '/watch add "Port strike" "dock workers" Halden --any pickets --outlets "Harbour Post" '
        "--kinds conflict,exclusive --min-diff 25%",
    )
    assert api.wait_reply(USER, 8)[-1].visible.startswith("Watching Port strike.")
    rule = next(r for r in watch_rules(bot.config, store) if r.story.name == "Port strike")
    assert rule.origin == f"chat {USER}"
    assert rule.story.all == ["dock workers", "Halden"] and rule.story.any == ["pickets"]
    assert rule.story.outlets == ["Harbour Post"]
    assert list(rule.story.alert.kinds) == ["conflict", "exclusive"]
    assert rule.story.alert.min_diff == 0.25
    assert [s.name for s in effective_stories(bot.config, store)] == [
        "Varna crossing",
        "Selk floods",
        "Port strike",
    ]
    api.user_says(USER, "/watch list")
    listing = api.wait_reply(USER, 9)[-1].visible
    assert "Port strike — from chat 701" in listing and "Varna crossing — from config" in listing
    api.user_says(USER, "/watch show port strike")
    assert "alert kinds: conflict, exclusive" in api.wait_reply(USER, 10)[-1].visible
    api.user_says(USER, "/subscribe Port strike")
    assert api.wait_reply(USER, 11)[-1].visible == "Subscribed to Port strike."
    api.user_says(USER, "/watch remove Varna crossing")
    api.user_says(USER, "/watch remove Port strike")
    replies = [m.visible for m in api.wait_reply(USER, 13)[-2:]]
    assert replies == [
        '"Varna crossing" is in config.yaml; remove it there',
        "Removed the watch rule Port strike.",
    ]


def test_claims_and_divergences_without_data_say_so(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/claims Varna crossing")
    api.user_says(USER, "/divergences Varna crossing")
    api.user_says(USER, "/claims")
    replies = [m.visible for m in api.wait_reply(USER, 3)]
    assert replies == [
        "No figures for Varna crossing yet.",
        "No divergences in Varna crossing: the outlets agree so far.",
        "usage: /claims STORY",
    ]


def test_the_digest_goes_out_at_the_chats_time_in_its_zone(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.user_says(USER, "/subscribe Selk floods")
    api.user_says(USER, "/digest at 9:30 Asia/Kolkata")  # 04:00 UTC
    api.user_says(USER, "/digest at 25:00")
    api.user_says(USER, "/digest at 08:00 Mars/Base")
    replies = [m.visible for m in api.wait_reply(USER, 4)]
    assert replies[1:] == [
        "Daily digest at 09:30 (Asia/Kolkata).",
        "not a time of day: '25:00' (use HH:MM, 24-hour clock)",
        "unknown time zone 'Mars/Base' (use an IANA name like Europe/Kyiv)",
    ]
    bot.clock.now = datetime(2026, 12, 2, 3, 59, tzinfo=UTC)
    assert bot.call(lambda: send_due_digests(bot.app.bot, bot.services)) == 0
    bot.clock.now = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)
    assert bot.call(lambda: send_due_digests(bot.app.bot, bot.services)) == 1
    digest = api.messages(USER)[-1].visible
    assert digest.startswith("Crosswire digest — Wednesday 02 December 2026")
    assert "Selk floods: 0 new article(s)" in digest
    bot.clock.advance(hours=3)
    assert bot.call(lambda: send_due_digests(bot.app.bot, bot.services)) == 0  # once a day
    api.user_says(USER, "/digest off")
    assert api.wait_reply(USER, 6)[-1].visible.startswith("Daily digest off.")
    bot.clock.advance(days=1)
    assert bot.call(lambda: send_due_digests(bot.app.bot, bot.services)) == 0
    chat = BotStore(store).chat(USER)
    assert chat is not None and chat.digest_off


def test_outlets_are_for_bot_admins_and_pass_the_network_policy(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    api.add_chat(USER)
    api.add_chat(ADMIN)
    api.user_says(USER, "/outlet list")
    assert "only the bot's admins" in api.wait_reply(USER)[0].visible
    for text in (
        "/outlet add Local http://127.0.0.1/feed",
        "/outlet add Cloud http://169.254.169.254/latest/meta-data",
        "/outlet add Lan http://10.1.2.3/rss",
        "/outlet add Ftp ftp://example.org/feed",
        '/outlet add "Harbour Post" https://203.0.113.9/feed',
        "/outlet add Tidewater https://93.184.215.14/feed.xml",
        "/outlet list",
    ):
        api.user_says(ADMIN, text)
    replies = [m.visible for m in api.wait_reply(ADMIN, 7)]
    assert replies[0] == "127.0.0.1 resolves to a loopback address (127.0.0.1); refused"
    assert "169.254.169.254 resolves to a link-local address" in replies[1]
    assert "10.1.2.3 resolves to a private address" in replies[2]
    assert replies[3] == "not an http(s) URL: ftp://example.org/feed"
    assert replies[4] == '"Harbour Post" is in config.yaml already'
    assert (
        replies[5] == "Added Tidewater with 1 feed(s); polled from the next round of crosswire run."
    )
    assert (
        "Tidewater (chat)" in replies[6]
        and "https://93.184.215.14/feed.xml — not polled yet" in (replies[6])
    )
    assert [o.name for o in BotStore(store).outlets()] == ["Tidewater"]


def test_chat_additions_join_the_configuration_at_the_next_start(
    api: BotApiStandIn, bot: RunningBot, store: Store
) -> None:
    chats = BotStore(store)
    now = bot.clock()
    chats.add_outlet("Tidewater", ["https://tidewater.example/feed"], ADMIN, now)
    chats.add_outlet("harbour post", ["https://elsewhere.example/feed"], ADMIN, now)  # clash
    chats.add_watch_rule(
        "Port strike",
        {"name": "Port strike", "all": ["dock"], "outlets": ["Tidewater"]},
        USER,
        USER,
        now,
    )
    merged = effective_config(bot.config, store)
    assert [o.name for o in merged.outlets] == ["Harbour Post", "Meridian", "Tidewater"]
    assert [s.name for s in merged.stories][-1] == "Port strike"
    assert merged.stories[-1].outlets == ["Tidewater"]
