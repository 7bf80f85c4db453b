"""Alert delivery through the real PTB bot to the Bot API stand-in, under Telegram's limits.

Two scenarios, each 1,000 alerts for 500 chats (half private chats, half groups), with the
stand-in enforcing Telegram's flood limits (1 message/s per chat, 20/min per group, 30/s
overall; anything faster is answered 429 with retry_after):

* ``burst``: 50 stories x 20 alerts at once; each chat follows one story, so every chat
  has 20 alerts pending and gets them batched into one message.
* ``steady``: 500 stories x 2 alerts; each chat follows one story and gets 2 messages.

It prints messages sent, time to drain, messages/s against the configured overall limit,
the busiest second per chat, the busiest minute per group, the busiest second overall, and
how many 429s the stand-in answered. Run: ``python3 bench/deliver.py [--chats 500]``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import build_app
from bot.context import BotTiming
from bot.delivery import Deliverer
from crosswire.config import validate_config
from crosswire.db import Store
from crosswire.db.bot_store import BotStore
from crosswire.outbox import Outbox
from tests.bot.alerts_data import conflict
from tests.support.botapi import BotApiStandIn, Sent


@dataclass(frozen=True)
class Result:
    scenario: str
    alerts: int
    chats: int
    messages: int
    seconds: float
    rejected_429: int
    busiest_chat_second: int
    busiest_group_minute: int
    busiest_second: int
    acknowledged: int


def _busiest(times: list[float], window: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def _measure(sent: list[Sent], groups: set[int]) -> tuple[int, int, int]:
    per_chat: dict[int, list[float]] = defaultdict(list)
    for message in sent:
        per_chat[message.chat_id].append(message.at)
    chat_second = max((_busiest(t, 1.0) for t in per_chat.values()), default=0)
    group_minute = max(
        (_busiest(t, 60.0) for chat, t in per_chat.items() if chat in groups), default=0
    )
    overall = _busiest([m.at for m in sent], 1.0)
    return chat_second, group_minute, overall


def run(scenario: str, chats: int, alerts: int, stories: int, rate: float) -> Result:
    with tempfile.TemporaryDirectory() as tmp, BotApiStandIn(enforce_limits=True) as api:
        config = validate_config(
            {
                "stories": [{"name": f"Story {i}", "all": [f"word{i}"]} for i in range(stories)],
                "telegram": {
                    "token": api.token,
                    "base_url": api.base_url,
                    "max_messages_per_second": rate,
                },
            }
        )
        groups: set[int] = set()
        with Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}") as store:
            chat_store = BotStore(store)
            now = datetime.now(UTC)
            for i in range(chats):
                chat_id = 10_000 + i if i % 2 == 0 else -1_000_000 - i
                kind = "private" if chat_id > 0 else "group"
                api.add_chat(chat_id, kind, title=None if kind == "private" else f"Group {i}")
                if kind == "group":
                    groups.add(chat_id)
                chat_store.upsert_chat(chat_id, kind, None, None, now)
                chat_store.subscribe(chat_id, f"Story {i % stories}", None, None, now)
            outbox = Outbox(store)
            for i in range(alerts):
                story = f"Story {i % stories}"
                outbox.enqueue(story, "conflict", f"Alert {i}: tolls differ", conflict(story))
            started = time.perf_counter()
            acknowledged = asyncio.run(_drain(config, store))
            seconds = time.perf_counter() - started
        sent = list(api.sent)
        rejected = sum(1 for method, _ in api.calls if method == "sendMessage") - len(sent)
        chat_second, group_minute, overall = _measure(sent, groups)
        return Result(
            scenario,
            alerts,
            chats,
            len(sent),
            seconds,
            rejected,
            chat_second,
            group_minute,
            overall,
            acknowledged,
        )


async def _drain(config: object, store: Store) -> int:
    from crosswire.config import Config

    assert isinstance(config, Config)
    app = build_app(config, store, timing=BotTiming(pending_limit=5000))
    await app.initialize()
    try:
        deliverer = app.bot_data["deliverer"]
        assert isinstance(deliverer, Deliverer)
        acknowledged = 0
        for _ in range(10):
            report = await deliverer.round()
            acknowledged += report.acknowledged
            if report.alerts == 0:
                break
        return acknowledged
    finally:
        await app.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=500)
    parser.add_argument("--alerts", type=int, default=1000)
    parser.add_argument(
        "--rate", type=float, default=30.0, help="telegram.max_messages_per_second (default 30)"
    )
    args = parser.parse_args()
    limit = args.rate
    results = [
        run("burst", args.chats, args.alerts, max(1, args.alerts // 20), args.rate),
        run("steady", args.chats, args.alerts, max(1, args.alerts // 2), args.rate),
    ]
    print(
        f"bot limits: {limit:g} msg/s overall, 20/min per group, 1/s per chat; the stand-in "
        "answers 429 above 30/s, 20/min per group, 1/s per chat"
    )
    header = (
        "scenario  alerts chats  messages  drain s  msg/s  429s  max/chat/s  max/group/min  "
        "max/s  acked"
    )
    print(header)
    for r in results:
        print(
            f"{r.scenario:<9} {r.alerts:>6} {r.chats:>5} {r.messages:>9} {r.seconds:>8.1f} "
            f"{r.messages / r.seconds:>6.1f} {r.rejected_429:>5} {r.busiest_chat_second:>11} "
            f"{r.busiest_group_minute:>14} {r.busiest_second:>6} {r.acknowledged:>6}"
        )


if __name__ == "__main__":
    main()
