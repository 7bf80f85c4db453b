"""Typed rows of the bot's tables, as ``BotStore`` hands them out; frozen dataclasses, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

ALL_STORIES = "*"


@dataclass(frozen=True, slots=True)
class ChatRecord:
    id: int
    kind: str
    title: str | None
    username: str | None
    active: bool
    inactive_reason: str | None
    digest_off: bool
    digest_time: str | None
    digest_zone: str | None
    digest_thread_id: int | None
    digest_sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class Subscription:
    chat_id: int
    story: str  # a story name, or ALL_STORIES
    thread_id: int | None


@dataclass(frozen=True, slots=True)
class Mute:
    story: str
    until: datetime | None


@dataclass(frozen=True, slots=True)
class WatchRuleRecord:
    name: str
    rule: dict[str, Any]
    chat_id: int | None
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ChatOutlet:
    name: str
    feeds: list[str]
    created_by: int | None


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    alert_id: int
    chat_id: int
    thread_id: int | None
    message_id: int | None
    story: str
    kind: str
    alert: dict[str, Any]


@dataclass(frozen=True, slots=True)
class NewDelivery:
    """One alert sent (or deliberately skipped: ``message_id`` None) to one chat."""

    alert_id: int
    story: str
    kind: str
    alert: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Feedback:
    delivery_id: int
    alert_id: int
    story: str
    claim: dict[str, Any]
    verdict: str
    user_id: int
    chat_id: int
    created_at: datetime


class DuplicateName(ValueError):
    """A watch rule or outlet of that name (case-insensitively) exists already."""
