"""``crosswire run`` finds consumers by entry point and never imports the bot itself."""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points

import pytest

from crosswire.config import validate_config
from crosswire.consumers import GROUP, ConsumerError, load_consumers
from crosswire.db import Store

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"


def test_the_telegram_consumer_is_registered() -> None:
    assert "telegram" in {point.name for point in entry_points(group=GROUP)}


def test_no_token_no_bot_and_a_token_starts_one(store: Store) -> None:
    assert load_consumers(validate_config({}), store) == []
    config = validate_config({"telegram": {"token": TOKEN, "base_url": "http://127.0.0.1:9/bot"}})
    [consumer] = load_consumers(config, store)
    assert type(consumer).__name__ == "TelegramConsumer"


def test_a_broken_consumer_is_one_line(store: Store) -> None:
    broken = EntryPoint(name="pager", value="crosswire.nowhere:factory", group=GROUP)
    with pytest.raises(ConsumerError, match="consumer 'pager' failed to start: No module named"):
        load_consumers(validate_config({}), store, [broken])
