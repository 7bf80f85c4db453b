"""Typed results of fetching and parsing feeds. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

ErrorKind = Literal["soft", "hard"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one HTTP GET of a feed or page gave.

    ``error`` is a one-line reason when the fetch failed; ``error_kind`` says whether it is
    worth retrying soon (``soft``: timeouts, 429, 5xx) or points at a broken feed
    (``hard``: 404/410, DNS failure, redirect loop, oversized body, not a feed).
    """

    url: str
    final_url: str
    status: int | None
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    retry_after: timedelta | None = None
    max_age: timedelta | None = None
    error: str | None = None
    error_kind: ErrorKind | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, with text already reduced to plain text."""

    guid: str | None
    url: str | None
    title: str
    summary: str
    content: str
    published: datetime | None
    updated: datetime | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed: what could be recovered, and why it was not clean."""

    format: str
    title: str | None
    link: str | None
    items: tuple[FeedItem, ...] = field(default_factory=tuple)
    bozo: bool = False
    bozo_reason: str | None = None
    ttl: timedelta | None = None
    error: str | None = None
    charset_guess: str | None = None  # set when an undeclared charset had to be detected

    @property
    def ok(self) -> bool:
        return self.error is None
