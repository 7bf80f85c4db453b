"""Typed rows the Store hands out and takes in; plain frozen dataclasses, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

TextSource = Literal["feed", "page"]
FeedStatus = Literal["ok", "not_modified", "failed", "paused", "deferred"]
#: pending: a page fetch failed and a retry is scheduled; ok: the page text is the
#: article's text; failed: retries ran out (the feed text stays, the reason is kept).
FulltextState = Literal["pending", "ok", "failed"]
#: Why a feed's next_poll_at is set: a 429/503 answer, or an explicit Retry-After.
PollHold = Literal["server_busy", "retry_after"]


@dataclass(frozen=True, slots=True)
class OutletSpec:
    """An outlet as configured: name, options and feed URLs with their intervals."""

    name: str
    full_text: bool
    homepage: str | None
    feeds: tuple[tuple[str, int | None], ...]  # (url, poll interval seconds or None)


@dataclass(frozen=True, slots=True)
class FeedState:
    """A feed with its outlet and everything the poller needs to poll it politely."""

    id: int
    url: str
    outlet_id: int
    outlet: str
    full_text: bool
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    next_poll_at: datetime | None
    last_polled_at: datetime | None
    failures: float
    last_error: str | None
    last_status: str | None
    last_http_status: int | None
    paused: bool
    poll_interval: int | None
    next_poll_reason: PollHold | None = None
    deferred_items: int = 0


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """What one poll of a feed changes in its stored state."""

    polled_at: datetime
    status: FeedStatus
    next_poll_at: datetime
    failures: float
    paused: bool
    http_status: int | None = None
    error: str | None = None
    # Validators are only replaced after a successful fetch; None keeps the stored value.
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    replace_validators: bool = False
    next_poll_reason: PollHold | None = None
    deferred_items: int = 0


@dataclass(frozen=True, slots=True)
class Findings:
    """What analysis and story matching found in one version of an article."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    stories: tuple[str, ...] = ()
    cut: int = 0  # findings left out by the per-article cap
    rules: str | None = None  # fingerprint of the rules that made them (crosswire.rules_version)


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article seen for the first time, ready to be stored as version 1."""

    url: str
    guid: str | None
    outlet_id: int
    feed_id: int | None
    title: str
    published: datetime | None
    text: str
    text_source: TextSource
    content_hash: str
    feed_hash: str
    next_recheck_at: datetime | None
    fulltext: FulltextUpdate | None = None  # None: the page text was not wanted


@dataclass(frozen=True, slots=True)
class FulltextUpdate:
    """The outcome of one attempt to read an article's page text."""

    state: FulltextState
    attempts: int
    error: str | None = None
    next_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class KnownArticle:
    """A stored article with what is needed to spot and record a revision."""

    id: int
    url: str
    guid: str | None
    outlet_id: int
    feed_id: int | None  # the feed it was first seen in; its entry is the one compared
    outlet: str
    full_text: bool
    title: str
    published: datetime | None
    first_seen: datetime
    text: str
    text_source: TextSource
    content_hash: str
    feed_hash: str | None
    version: int
    checks_done: int
    next_recheck_at: datetime | None
    fulltext_state: FulltextState | None = None
    fulltext_error: str | None = None
    fulltext_attempts: int = 0
    next_fulltext_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FulltextArrival:
    """A page text that arrived after the article was stored: it replaces the current
    version's text in place (same version number), with that version's rule results."""

    article_id: int
    version: int  # the version whose text is replaced; a newer one makes this a no-op
    text: str
    content_hash: str
    next_recheck_at: datetime | None


@dataclass(frozen=True, slots=True)
class Revision:
    """A materially changed text of a known article, to be stored as its next version."""

    article_id: int
    expected_version: int  # the version the change was detected against
    title: str
    text: str
    text_source: TextSource
    content_hash: str
    feed_hash: str | None


@dataclass(frozen=True, slots=True)
class ArticleListing:
    """One article as ``crosswire articles`` shows it."""

    url: str
    outlet: str
    title: str
    published: datetime | None
    stories: tuple[str, ...]
    versions: int
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class StoredAnalysis:
    """The rule results for the newest version of one article."""

    url: str
    outlet: str
    title: str
    version: int
    claims: list[dict[str, Any]]
    attributions: list[dict[str, Any]]
