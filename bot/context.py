"""What handlers share, kept in ``application.bot_data``: configuration, stores, clock, timing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram.ext import ContextTypes

from crosswire.config import Config, StoryConfig
from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from crosswire.reads import OutboxLike, open_outbox
from crosswire.watchrules import WatchedStory, watch_rules

CONSUMER = "telegram"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class BotTiming:
    """How often the bot wakes up and how patiently it retries; tests shorten these."""

    poll_timeout: float = 10.0  # getUpdates long-poll seconds
    outbox_every: float = 5.0  # seconds between looks at the outbox
    digest_check_every: float = 30.0  # seconds between checks for due digests
    network_retries: int = 4  # attempts per message on network errors
    retry_base: float = 1.0  # first backoff in seconds; doubles per attempt
    pending_limit: int = 1000  # alerts read from the outbox per round
    per_chat_gap: float = 1.05  # seconds between two messages to one chat (Telegram: ~1/s)


@dataclass
class BotServices:
    """The services one running bot uses; ``outbox`` is opened on first use."""

    config: Config
    store: Store
    timing: BotTiming = field(default_factory=BotTiming)
    now: Callable[[], datetime] = utc_now
    outbox_factory: Callable[[Store], OutboxLike] = open_outbox
    _outbox: OutboxLike | None = None

    @property
    def chats(self) -> BotStore:
        return BotStore(self.store)

    @property
    def outbox(self) -> OutboxLike:
        if self._outbox is None:
            self._outbox = self.outbox_factory(self.store)
        return self._outbox

    def rules(self) -> list[WatchedStory]:
        return watch_rules(self.config, self.store)

    def find_story(self, name: str) -> StoryConfig | None:
        """The watched story called ``name`` (case-insensitively)."""
        key = name.strip().casefold()
        return next((r.story for r in self.rules() if r.story.name.casefold() == key), None)


Context = ContextTypes.DEFAULT_TYPE


def services(context: Context) -> BotServices:
    found: Any = context.bot_data["services"]
    assert isinstance(found, BotServices)
    return found
