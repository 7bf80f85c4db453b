"""Run the real PTB Application in a thread of its own against the Bot API stand-in.

Tests stay synchronous: they inject updates into the stand-in and wait for what the bot
sends; ``call`` runs a coroutine (a delivery round, a digest check) on the bot's own loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, TypeVar

from telegram.ext import Application

from bot.app import build_app, start_bot, stop_bot
from bot.context import BotServices, BotTiming
from crosswire.config import Config
from crosswire.db.store import Store

T = TypeVar("T")

#: Quick enough for tests; the outbox and digest jobs only run when a test calls them.
TEST_TIMING = BotTiming(
    poll_timeout=1.0,
    outbox_every=3600.0,
    digest_check_every=3600.0,
    network_retries=3,
    retry_base=0.05,
    per_chat_gap=0.0,
)


class Clock:
    """A settable UTC clock for digests and mutes."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 12, 1, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class RunningBot:
    """``with RunningBot(config, store) as bot:`` — polling until the block ends."""

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        clock: Clock | None = None,
        timing: BotTiming = TEST_TIMING,
    ) -> None:
        self.config = config
        self.clock = clock or Clock()
        self.app: Application[Any, Any, Any, Any, Any, Any] = build_app(
            config, store, timing=timing, now=self.clock
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def services(self) -> BotServices:
        found = self.app.bot_data["services"]
        assert isinstance(found, BotServices)
        return found

    def __enter__(self) -> RunningBot:
        self._thread.start()
        if not self._started.wait(30):
            raise AssertionError("the bot did not start")
        if self._error is not None:
            raise self._error
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def call(self, make: Callable[[], Awaitable[T]], timeout: float = 60.0) -> T:
        """Run ``make()`` on the bot's event loop and return its result."""
        assert self._loop is not None

        async def runner() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(runner(), self._loop).result(timeout)

    def deliver(self) -> Any:
        """One delivery round, as the outbox job runs it."""
        deliverer = self.app.bot_data["deliverer"]
        return self.call(deliverer.round)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced to the test thread
            self._error = exc
            self._started.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await start_bot(self.app, self.config, poll_timeout=1)
        self._started.set()
        try:
            await self._stop.wait()
        finally:
            await stop_bot(self.app)
