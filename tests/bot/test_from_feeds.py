"""From feeds served on loopback to a Telegram chat: poll, compare, outbox, the bot delivers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.digests import digest_charts, send_due_digests
from crosswire.config import TelegramConfig
from crosswire.db import Store
from crosswire.demo.server import DemoSite
from crosswire.divergence.service import refresh
from crosswire.outbox import Outbox
from crosswire.pipeline import poll_once
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import RunningBot

READER = 901


def test_demo_outlets_alert_a_subscribed_chat(tmp_path: Path, api: BotApiStandIn) -> None:
    url = f"sqlite:///{tmp_path / 'crosswire.db'}"
    site = DemoSite(database=url)
    try:
        config = site.config.model_copy(
            update={"telegram": TelegramConfig(token=api.token, base_url=api.base_url)}
        )
        with Store.open(url) as store:
            asyncio.run(poll_once(config, store))
            refresh(store, config, datetime.now(UTC))
            queued = [a.headline for a in Outbox(store).pending("telegram", 1000)]
            assert queued, "the demo's outlets should diverge somewhere"
            with RunningBot(config, store) as bot:
                api.add_chat(READER)
                api.user_says(READER, "/subscribe all")
                api.wait_reply(READER)
                report = bot.deliver()
                assert report.acknowledged == len(queued)
                # every alert is acknowledged: the next message is the reply to /stories
                before = len(api.messages(READER))
                api.user_says(READER, "/stories")
                stories = api.wait_reply(READER, before + 1)[-1].visible
                charts = digest_charts(bot.services, READER)
                bot.clock.now = bot.clock.now + timedelta(days=1)
                assert bot.call(lambda: send_due_digests(bot.app.bot, bot.services)) == 1
            assert Outbox(store).pending("telegram") == []
    finally:
        site.close()
    alerts = [m for m in api.messages(READER) if m.visible.startswith("⚠️")]
    shown = "\n".join(m.visible for m in alerts)
    # both demo stories share their articles: one line per divergence, naming both stories
    distinct = len(set(queued))
    assert distinct < len(queued)
    if distinct > config.telegram.batch_after:
        assert alerts[0].visible.startswith(f"⚠️ {distinct} new alerts")
    assert all(headline in shown for headline in queued)
    assert "articles" in stories and "claims" in stories
    digest = next(m for m in api.messages(READER) if m.visible.startswith("Crosswire digest"))
    assert "Key figures" not in digest.visible  # the digest names stories, not this heading
    photos = [m for m in api.messages(READER) if m.method == "sendPhoto"]
    assert charts, "the demo's stories have enough figures over time for a chart"
    assert len(photos) == len(charts)
    for (story, png), photo in zip(charts, photos, strict=True):
        assert photo.photo == png and photo.visible.startswith(story)
