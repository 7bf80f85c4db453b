"""One poll of the configured feeds: fetch → parse → pick items → store → analyse → record.

Each feed is polled in its own task over one shared HTTP client; parsing, page-text extraction
and rule analysis run in a small process pool (:mod:`crosswire.workers`), so no feed holds the
event loop. Within a feed, items are handled newest first and concurrently (the fetcher keeps
per-host limits), at most ``http.max_new_items`` new ones and for at most ``http.feed_budget``
seconds; what is left is carried over to the next poll, recorded on the feed and reported.

Every article is written in one transaction (with its first version, rule results and story
matches), and a feed's validators and body hash are only saved once all its items are handled,
so a crash or a carry-over makes the next poll read the same body again: nothing is lost.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crosswire.config import Config
from crosswire.db import FeedState, FeedUpdate, OutletSpec, Store
from crosswire.db.records import FeedStatus, PollHold
from crosswire.feed_items import HandledItems, handle_items
from crosswire.fulltext_jobs import (
    FulltextSummary,
    RecheckSummary,
    recheck_articles,
    retry_fulltext,
)
from crosswire.items import (
    FULL_TEXT_MIN_CHARS,
    page_markup,
)
from crosswire.poll_run import PollRun, fetch_policy, open_run, utc_now
from crosswire.workers import Workers, parse_feed_job
from monitors.fetch import Fetcher
from monitors.model import ErrorKind, FetchResult, ParsedFeed
from monitors.schedule import after_failure, next_poll_delay

__all__ = [
    "FULL_TEXT_MIN_CHARS",
    "FeedReport",
    "PollSummary",
    "RecheckSummary",
    "fetch_policy",
    "page_markup",
    "poll_once",
    "recheck_articles",
    "utc_now",
]

log = logging.getLogger(__name__)

VALIDATOR_LENGTH = 100  # the shorter of the etag / last_modified columns
#: A feed with items carried over is polled again this soon (when its schedule is later).
CARRY_OVER_DELAY = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class FeedReport:
    """How one feed's poll went."""

    outlet: str
    url: str
    status: FeedStatus
    reason: str | None = None
    new_articles: int = 0
    new_versions: int = 0
    matched_stories: int = 0
    deferred_items: int = 0  # carried over to the next poll (item cap or time budget)
    fulltext_failed: int = 0  # new articles whose page could not be read (retry scheduled)


@dataclass(frozen=True, slots=True)
class PollSummary:
    """Per-feed reports of one poll, with totals, and the owed page texts retried after it."""

    feeds: tuple[FeedReport, ...] = ()
    fulltext: FulltextSummary = field(default_factory=FulltextSummary)

    @property
    def new_articles(self) -> int:
        return sum(feed.new_articles for feed in self.feeds)

    @property
    def new_versions(self) -> int:
        return sum(feed.new_versions for feed in self.feeds)

    @property
    def matched_stories(self) -> int:
        return sum(feed.matched_stories for feed in self.feeds)

    @property
    def deferred_items(self) -> int:
        return sum(feed.deferred_items for feed in self.feeds)

    @property
    def fulltext_failed(self) -> int:
        return sum(feed.fulltext_failed for feed in self.feeds)

    def count(self, status: FeedStatus) -> int:
        """How many feeds ended with ``status``."""
        return sum(1 for feed in self.feeds if feed.status == status)


Progress = Callable[[FeedReport], None]


def outlet_specs(config: Config) -> list[OutletSpec]:
    """The configured outlets and feeds in the shape the Store syncs."""
    return [
        OutletSpec(
            name=outlet.name,
            full_text=outlet.full_text,
            homepage=str(outlet.homepage) if outlet.homepage else None,
            feeds=tuple(
                (str(feed.url), feed.poll_interval or outlet.poll_interval) for feed in outlet.feeds
            ),
        )
        for outlet in config.outlets
    ]


def held_until(feed: FeedState, now: datetime, *, force: bool = False) -> datetime | None:
    """When a server asked us to come back, if that is still ahead; ``force`` overrides a
    429/503 backoff but never an explicit Retry-After."""
    if feed.next_poll_reason is None or feed.next_poll_at is None or feed.next_poll_at <= now:
        return None
    if force and feed.next_poll_reason != "retry_after":
        return None
    return feed.next_poll_at


async def poll_once(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    include_paused: bool = False,
    force: bool = False,
    workers: Workers | None = None,
) -> PollSummary:
    """Poll every configured feed once, then retry owed page texts that are due.

    A feed whose server asked for time (Retry-After, 429, 503) is reported as deferred until
    then; ``force`` polls it anyway unless it sent Retry-After. Paused feeds are reported.
    """
    store.sync_outlets(outlet_specs(config))
    if include_paused:
        store.resume_feeds()
    async with open_run(config, store, now=now, workers=workers) as run:
        reports = await poll_feeds(
            config,
            store,
            store.feeds(),
            now=run.now,
            progress=progress,
            fetcher=run.fetcher,
            workers=run.workers,
            force=force,
        )
        fulltext = await retry_fulltext(
            config, store, now=run.now, fetcher=run.fetcher, workers=run.workers
        )
    return PollSummary(reports.feeds, fulltext)


async def poll_due(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    fetcher: Fetcher | None = None,
    workers: Workers | None = None,
) -> PollSummary:
    """Poll only the feeds whose ``next_poll_at`` has come."""
    moment = now or utc_now()
    due = store.due_feeds(moment)
    return await poll_feeds(config, store, due, now=moment, fetcher=fetcher, workers=workers)


async def poll_feeds(
    config: Config,
    store: Store,
    feeds: Sequence[FeedState],
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    workers: Workers | None = None,
    force: bool = True,
) -> PollSummary:
    """Poll ``feeds`` concurrently through one shared HTTP client (``fetcher``'s, or a new one).

    Feeds held by their server (see :func:`held_until`) are reported as deferred, not fetched.
    """
    async with open_run(config, store, now=now, fetcher=fetcher, workers=workers) as run:

        async def one(feed: FeedState) -> FeedReport:
            report = await _poll_feed_guarded(run, feed, force=force)
            if progress is not None:
                progress(report)
            return report

        reports = await asyncio.gather(*(one(feed) for feed in feeds))
    return PollSummary(tuple(reports))


async def _poll_feed_guarded(run: PollRun, feed: FeedState, *, force: bool) -> FeedReport:
    """Poll one feed; an unexpected error is logged and recorded on that feed only."""
    if feed.paused:
        return FeedReport(feed.outlet, feed.url, "paused", feed.last_error)
    until = held_until(feed, run.now, force=force)
    if until is not None:
        asked = "Retry-After" if feed.next_poll_reason == "retry_after" else "busy answer"
        when = until.strftime("%Y-%m-%d %H:%M:%S UTC")
        return FeedReport(feed.outlet, feed.url, "deferred", f"deferred until {when} ({asked})")
    try:
        return await _poll_feed(run, feed)
    except Exception as exc:
        log.exception("unexpected error polling feed %s", feed.url)
        reason = f"internal error: {type(exc).__name__}: {_one_line(str(exc))}"
        try:
            return _record_failure(run, feed, reason, "soft", None, None)
        except Exception:
            log.exception("could not record the failure of feed %s", feed.url)
            return FeedReport(feed.outlet, feed.url, "failed", reason)


async def _poll_feed(run: PollRun, feed: FeedState) -> FeedReport:
    deadline = time.monotonic() + run.config.http.feed_budget
    result = await run.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    if not result.ok:
        reason = result.error or "fetch failed"
        return _record_failure(
            run, feed, reason, result.error_kind or "soft", result.retry_after, result.status
        )
    body = result.body or b""
    body_hash = hashlib.sha256(body).hexdigest()
    if result.not_modified or body_hash == feed.body_hash:
        return _record_not_modified(run, feed, result)

    parsed = await run.workers.run(parse_feed_job, body, result.final_url, result.content_type)
    if not parsed.ok:
        return _record_failure(
            run, feed, parsed.error or "not a feed", "hard", result.retry_after, result.status
        )
    handled = await handle_items(run, feed, parsed.items, result.final_url, deadline)
    return _record_ok(run, feed, result, parsed, handled, body_hash)


def _record_ok(
    run: PollRun,
    feed: FeedState,
    result: FetchResult,
    parsed: ParsedFeed,
    handled: HandledItems,
    body_hash: str,
) -> FeedReport:
    """Store the feed's new schedule (and its validators once every item is handled)."""
    published = [item.published for item in parsed.items if item.published is not None]
    delay = next_poll_delay(
        published,
        now=run.now,
        configured=_interval(feed),
        ttl=parsed.ttl,
        max_age=result.max_age,
        retry_after=result.retry_after,
    )
    notes = [f"recovered from malformed feed: {parsed.bozo_reason}"] if parsed.bozo else []
    outcomes = handled.outcomes
    failed_pages = sum(outcome.fulltext_failed for outcome in outcomes)
    if failed_pages:
        notes.append(f"{failed_pages} article page(s) not read, retry scheduled")
    if handled.deferred:
        notes.append(f"deferred {handled.deferred:,} items to the next poll")
        delay = min(delay, CARRY_OVER_DELAY)
    complete = handled.deferred == 0
    # Validators last, and only when every item was handled: a crash before this line, or a
    # carry-over, makes the next poll read the same body again.
    run.store.record_feed_poll(
        feed.id,
        FeedUpdate(
            polled_at=run.now,
            status="ok",
            next_poll_at=run.now + delay,
            failures=0.0,
            paused=False,
            http_status=result.status,
            error=None,
            etag=_fits(result.etag, VALIDATOR_LENGTH) if complete else None,
            last_modified=_fits(result.last_modified, VALIDATOR_LENGTH) if complete else None,
            body_hash=body_hash if complete else None,
            replace_validators=True,
            next_poll_reason=_hold(None, result.retry_after, delay),
            deferred_items=handled.deferred,
        ),
    )
    return FeedReport(
        feed.outlet,
        feed.url,
        "ok",
        "; ".join(notes) or None,
        new_articles=sum(outcome.new_article for outcome in outcomes),
        new_versions=sum(outcome.new_version for outcome in outcomes),
        matched_stories=sum(outcome.matched_stories for outcome in outcomes),
        deferred_items=handled.deferred,
        fulltext_failed=failed_pages,
    )


def _hold(
    http_status: int | None, retry_after: timedelta | None, delay: timedelta
) -> PollHold | None:
    """Whether the next poll time was asked for by the server (see ``held_until``)."""
    if retry_after is not None and retry_after >= delay:
        return "retry_after"
    if http_status in (429, 503):
        return "server_busy"
    return None


def _record_not_modified(run: PollRun, feed: FeedState, result: FetchResult) -> FeedReport:
    delay = next_poll_delay(
        run.store.recent_published(feed.id),
        now=run.now,
        configured=_interval(feed),
        ttl=None,
        max_age=result.max_age,
        retry_after=result.retry_after,
    )
    run.store.record_feed_poll(
        feed.id,
        FeedUpdate(
            polled_at=run.now,
            status="not_modified",
            next_poll_at=run.now + delay,
            failures=0.0,
            paused=False,
            http_status=result.status,
            etag=_fits(result.etag, VALIDATOR_LENGTH) or feed.etag,
            last_modified=_fits(result.last_modified, VALIDATOR_LENGTH) or feed.last_modified,
            body_hash=feed.body_hash,
            replace_validators=True,
            next_poll_reason=_hold(None, result.retry_after, delay),
        ),
    )
    return FeedReport(feed.outlet, feed.url, "not_modified")


def _record_failure(
    run: PollRun,
    feed: FeedState,
    reason: str,
    kind: ErrorKind,
    retry_after: timedelta | None,
    http_status: int | None,
) -> FeedReport:
    outcome = after_failure(feed.failures, kind, retry_after=retry_after)
    log.debug("feed %s failed: %s", feed.url, reason)
    run.store.record_feed_poll(
        feed.id,
        FeedUpdate(
            polled_at=run.now,
            status="paused" if outcome.paused else "failed",
            next_poll_at=run.now + outcome.delay,
            failures=outcome.failures,
            paused=outcome.paused,
            http_status=http_status,
            error=reason,
            next_poll_reason=_hold(http_status, retry_after, outcome.delay),
            deferred_items=feed.deferred_items,
        ),
    )
    shown = f"{reason} (paused after repeated failures)" if outcome.paused else reason
    return FeedReport(feed.outlet, feed.url, "failed", shown)


def _interval(feed: FeedState) -> timedelta | None:
    return timedelta(seconds=feed.poll_interval) if feed.poll_interval else None


def _fits(value: str | None, limit: int) -> str | None:
    """A validator short enough to store; a longer one is dropped (the body hash still helps)."""
    return value if value is not None and len(value) <= limit else None


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
