"""Fixtures for the bot: a migrated store, the Bot API stand-in, a configuration and a bot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crosswire.config import Config, validate_config
from crosswire.db import Store
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import Clock, RunningBot

ADMIN = 7001  # a configured bot admin


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as opened:
        yield opened


@pytest.fixture
def api() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as running:
        yield running


def bot_config(api: BotApiStandIn, **telegram: object) -> Config:
    """Two fictional outlets, two stories, the bot pointed at the stand-in."""
    return validate_config(
        {
            "outlets": [
                {"name": "Harbour Post", "feeds": ["https://harbour.example/feed"]},
                {"name": "Meridian", "feeds": ["https://meridian.example/rss"]},
            ],
            "stories": [
                {"name": "Varna crossing", "all": ["Varna"]},
                {"name": "Selk floods", "any": ["Selk"]},
            ],
            # Limits raised so that replies in groups are not spaced 3 s apart in tests.
            "telegram": {
                "token": api.token,
                "base_url": api.base_url,
                "admins": [ADMIN],
                "max_messages_per_second": 1000,
                "group_messages_per_minute": 1000,
            }
            | telegram,
        }
    )


@pytest.fixture
def config(api: BotApiStandIn) -> Config:
    return bot_config(api)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def bot(config: Config, store: Store, api: BotApiStandIn, clock: Clock) -> Iterator[RunningBot]:
    with RunningBot(config, store, clock=clock) as running:
        yield running
