"""One poll of the configured feeds: fetch → parse → store → full text → analyse → match → record.

Each feed is polled in its own task over one shared HTTP client. Every article is written in
one transaction (with its first version, rule results and story matches) and a feed's
validators and body hash are only saved after all its items are stored, so a crash mid-poll
loses nothing committed and the next poll picks up exactly where this one stopped.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

from crosswire.analysis import findings_for, watch_rules
from crosswire.config import Config, HttpConfig
from crosswire.db import (
    FeedState,
    FeedUpdate,
    KnownArticle,
    NewArticle,
    OutletSpec,
    Revision,
    Store,
)
from crosswire.db.records import FeedStatus, TextSource
from crosswire.db.schema import URL_LENGTH
from monitors.feeds import parse_feed
from monitors.fetch import PAGE_ACCEPT, Fetcher, FetchPolicy, make_client
from monitors.fulltext import extract_main_text
from monitors.matching import WatchRule
from monitors.model import ErrorKind, FeedItem, FetchResult
from monitors.revisions import content_hash, is_material_change, recheck_delay
from monitors.schedule import after_failure, next_poll_delay
from monitors.urls import canonical_url

log = logging.getLogger(__name__)

#: A feed text shorter than this is taken to be a summary; the page is fetched for the rest.
FULL_TEXT_MIN_CHARS = 600
VALIDATOR_LENGTH = 100  # the shorter of the etag / last_modified columns


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


@dataclass(frozen=True, slots=True)
class PollSummary:
    """Per-feed reports of one poll, with totals."""

    feeds: tuple[FeedReport, ...] = ()

    @property
    def new_articles(self) -> int:
        return sum(feed.new_articles for feed in self.feeds)

    @property
    def new_versions(self) -> int:
        return sum(feed.new_versions for feed in self.feeds)

    @property
    def matched_stories(self) -> int:
        return sum(feed.matched_stories for feed in self.feeds)

    def count(self, status: FeedStatus) -> int:
        """How many feeds ended with ``status``."""
        return sum(1 for feed in self.feeds if feed.status == status)


@dataclass(frozen=True, slots=True)
class RecheckSummary:
    """How a round of revision re-checks went."""

    checked: int = 0
    new_versions: int = 0
    failed: int = 0


Progress = Callable[[FeedReport], None]


@dataclass(frozen=True, slots=True)
class _ItemOutcome:
    new_article: bool = False
    new_version: bool = False
    matched_stories: int = 0


@dataclass(frozen=True, slots=True)
class _Run:
    """What every step of one poll shares."""

    store: Store
    fetcher: Fetcher
    stories: tuple[WatchRule, ...]
    now: datetime


def fetch_policy(http: HttpConfig) -> FetchPolicy:
    """The fetch limits configured under ``http:``."""
    return FetchPolicy(
        user_agent=http.user_agent,
        connect_timeout=http.connect_timeout,
        read_timeout=http.read_timeout,
        max_redirects=http.max_redirects,
        max_bytes=http.max_bytes,
        per_host_concurrency=http.per_host_concurrency,
        per_host_delay=http.per_host_delay,
        concurrency=http.concurrency,
    )


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


def utc_now() -> datetime:
    return datetime.now(UTC)


async def poll_once(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    include_paused: bool = False,
) -> PollSummary:
    """Poll every configured feed once, whatever its schedule; paused feeds are reported."""
    store.sync_outlets(outlet_specs(config))
    if include_paused:
        store.resume_feeds()
    return await poll_feeds(config, store, store.feeds(), now=now, progress=progress)


async def poll_due(
    config: Config, store: Store, *, now: datetime | None = None, fetcher: Fetcher | None = None
) -> PollSummary:
    """Poll only the feeds whose ``next_poll_at`` has come."""
    moment = now or utc_now()
    return await poll_feeds(config, store, store.due_feeds(moment), now=moment, fetcher=fetcher)


async def poll_feeds(
    config: Config,
    store: Store,
    feeds: Sequence[FeedState],
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
) -> PollSummary:
    """Poll ``feeds`` concurrently through one shared HTTP client (``fetcher``'s, or a new one)."""
    if fetcher is None:
        policy = fetch_policy(config.http)
        async with make_client(policy) as client:
            return await poll_feeds(
                config, store, feeds, now=now, progress=progress, fetcher=Fetcher(client, policy)
            )
    run = _Run(store, fetcher, watch_rules(config), now or utc_now())

    async def one(feed: FeedState) -> FeedReport:
        report = await _poll_feed_guarded(run, feed)
        if progress is not None:
            progress(report)
        return report

    reports = await asyncio.gather(*(one(feed) for feed in feeds))
    return PollSummary(tuple(reports))


async def _poll_feed_guarded(run: _Run, feed: FeedState) -> FeedReport:
    """Poll one feed; an unexpected error is logged and recorded on that feed only."""
    if feed.paused:
        return FeedReport(feed.outlet, feed.url, "paused", feed.last_error)
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


async def _poll_feed(run: _Run, feed: FeedState) -> FeedReport:
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

    parsed = parse_feed(body, url=result.final_url, content_type=result.content_type)
    if not parsed.ok:
        return _record_failure(
            run, feed, parsed.error or "not a feed", "hard", result.retry_after, result.status
        )

    new_articles = new_versions = matched = 0
    for item in parsed.items:
        outcome = await _store_item(run, feed, item, base_url=result.final_url)
        new_articles += outcome.new_article
        new_versions += outcome.new_version
        matched += outcome.matched_stories

    published = [item.published for item in parsed.items if item.published is not None]
    delay = next_poll_delay(
        published,
        now=run.now,
        configured=_interval(feed),
        ttl=parsed.ttl,
        max_age=result.max_age,
        retry_after=result.retry_after,
    )
    note = f"recovered from malformed feed: {parsed.bozo_reason}" if parsed.bozo else None
    # Validators last: a crash before this line makes the next poll re-read the same body.
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
            etag=_fits(result.etag, VALIDATOR_LENGTH),
            last_modified=_fits(result.last_modified, VALIDATOR_LENGTH),
            body_hash=body_hash,
            replace_validators=True,
        ),
    )
    return FeedReport(feed.outlet, feed.url, "ok", note, new_articles, new_versions, matched)


def _record_not_modified(run: _Run, feed: FeedState, result: FetchResult) -> FeedReport:
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
        ),
    )
    return FeedReport(feed.outlet, feed.url, "not_modified")


def _record_failure(
    run: _Run,
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
        ),
    )
    shown = f"{reason} (paused after repeated failures)" if outcome.paused else reason
    return FeedReport(feed.outlet, feed.url, "failed", shown)


async def _store_item(run: _Run, feed: FeedState, item: FeedItem, *, base_url: str) -> _ItemOutcome:
    """Store a feed item as a new article, a new version of a known one, or nothing."""
    link = item.url or (item.guid if item.guid and item.guid.startswith("http") else None)
    if not link:
        log.info("feed %s: skipping item without a link: %r", feed.url, item.title[:80])
        return _ItemOutcome()
    url = canonical_url(urljoin(base_url, link))
    if len(url) > URL_LENGTH:
        log.info("feed %s: skipping item with a %d-character URL", feed.url, len(url))
        return _ItemOutcome()
    if item.guid is not None and len(item.guid) > URL_LENGTH:
        item = replace(item, guid=None)  # identify it by URL alone
    feed_text = _feed_text(item)
    feed_hash = content_hash(f"{item.title}\n{feed_text}")
    known = run.store.find_article(url=url, outlet_id=feed.outlet_id, guid=item.guid)
    if known is None:
        return await _new_article(run, feed, item, url, feed_text, feed_hash)
    if known.feed_hash == feed_hash or known.feed_id not in (None, feed.id):
        # Unchanged, or listed by another feed of the outlet whose summary may differ:
        # only the feed it came from is compared, so feeds cannot flip-flop versions.
        return _ItemOutcome()
    return await _revise_from_feed(run, known, item.title, feed_text, feed_hash)


async def _new_article(
    run: _Run, feed: FeedState, item: FeedItem, url: str, feed_text: str, feed_hash: str
) -> _ItemOutcome:
    text, source = feed_text, "feed"
    if feed.full_text and len(feed_text) < FULL_TEXT_MIN_CHARS:
        page_text = await fetch_main_text(run.fetcher, url)
        if page_text and len(page_text) > len(feed_text):
            text, source = page_text, "page"
    published = item.published or item.updated
    recheck = recheck_delay(published or run.now, 0, now=run.now) if source == "page" else None
    findings = findings_for(
        outlet=feed.outlet, title=item.title, text=text, url=url, stories=run.stories
    )
    article_id = run.store.insert_article(
        NewArticle(
            url=url,
            guid=item.guid,
            outlet_id=feed.outlet_id,
            feed_id=feed.id,
            title=item.title,
            published=published,
            text=text,
            text_source=_source(source),
            content_hash=content_hash(text),
            feed_hash=feed_hash,
            next_recheck_at=run.now + recheck if recheck is not None else None,
        ),
        findings,
        run.now,
    )
    if article_id is None:  # stored meanwhile by another feed of the outlet or process
        return _ItemOutcome()
    return _ItemOutcome(new_article=True, matched_stories=len(findings.stories))


async def _revise_from_feed(
    run: _Run, known: KnownArticle, title: str, feed_text: str, feed_hash: str
) -> _ItemOutcome:
    """The feed's item changed: compare like with like (page text or feed text)."""
    if known.text_source == "page":
        page_text = await fetch_main_text(run.fetcher, known.url) if known.full_text else None
        if not page_text:
            run.store.note_feed_item(known.id, feed_hash)
            return _ItemOutcome()
        new_text, source = page_text, "page"
    else:
        new_text, source = feed_text, "feed"
    return _add_version_if_material(run, known, title, new_text, source, feed_hash)


def _add_version_if_material(
    run: _Run,
    known: KnownArticle,
    title: str,
    new_text: str,
    source: str,
    feed_hash: str | None,
) -> _ItemOutcome:
    title_changed = " ".join(title.split()) != " ".join(known.title.split())
    if not (title_changed or is_material_change(known.text, new_text)):
        if feed_hash is not None:
            run.store.note_feed_item(known.id, feed_hash)
        return _ItemOutcome()
    findings = findings_for(
        outlet=known.outlet, title=title, text=new_text, url=known.url, stories=run.stories
    )
    version = run.store.add_version(
        Revision(
            article_id=known.id,
            expected_version=known.version,
            title=title,
            text=new_text,
            text_source=_source(source),
            content_hash=content_hash(new_text),
            feed_hash=feed_hash if feed_hash is not None else known.feed_hash,
        ),
        findings,
        run.now,
    )
    if version is None:
        return _ItemOutcome()
    log.info("%s: version %d", known.url, version)
    return _ItemOutcome(new_version=True, matched_stories=len(findings.stories))


async def recheck_articles(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    limit: int = 100,
    fetcher: Fetcher | None = None,
) -> RecheckSummary:
    """Re-fetch recently published articles whose re-check is due; version material changes."""
    moment = now or utc_now()
    due = store.due_rechecks(moment, limit=limit)
    if not due:
        return RecheckSummary()
    if fetcher is None:
        policy = fetch_policy(config.http)
        async with make_client(policy) as client:
            return await recheck_articles(
                config, store, now=moment, limit=limit, fetcher=Fetcher(client, policy)
            )
    run = _Run(store, fetcher, watch_rules(config), moment)
    outcomes = await asyncio.gather(*(_recheck(run, article) for article in due))
    return RecheckSummary(
        checked=len(outcomes),
        new_versions=sum(1 for outcome in outcomes if outcome is True),
        failed=sum(1 for outcome in outcomes if outcome is None),
    )


async def _recheck(run: _Run, article: KnownArticle) -> bool | None:
    """True: new version; False: unchanged; None: the page could not be read."""
    checks = article.checks_done + 1
    published = article.published or article.first_seen
    delay = recheck_delay(published, checks, now=run.now)
    next_at = run.now + delay if delay is not None else None
    if not article.full_text or article.text_source != "page":
        run.store.set_recheck(article.id, checks_done=checks, next_at=None)
        return False
    try:
        page_text = await fetch_main_text(run.fetcher, article.url)
        changed = False
        if page_text:
            outcome = _add_version_if_material(run, article, article.title, page_text, "page", None)
            changed = outcome.new_version
    except Exception:
        log.exception("unexpected error re-checking %s", article.url)
        page_text = None
        changed = False
    run.store.set_recheck(article.id, checks_done=checks, next_at=next_at)
    if page_text is None:
        return None
    return changed


async def fetch_main_text(fetcher: Fetcher, url: str) -> str | None:
    """Fetch an article page and extract its main text; None when either step fails."""
    result = await fetcher.fetch(url, accept=PAGE_ACCEPT)
    if not result.ok or not result.body:
        if result.error:
            log.info("could not fetch page %s: %s", url, result.error)
        return None
    markup = page_markup(result.body, result.content_type)
    return await asyncio.to_thread(extract_main_text, markup, url=result.final_url)


def page_markup(body: bytes, content_type: str | None) -> bytes | str:
    """A page decoded by the charset its headers declare; raw bytes (for the extractor to
    sniff a ``<meta charset>``) when they declare none or an unknown one."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            try:
                return body.decode(value.strip().strip("\"'"), errors="replace")
            except LookupError:
                return body
    return body


def _feed_text(item: FeedItem) -> str:
    content, summary = item.content.strip(), item.summary.strip()
    return content if len(content) >= len(summary) else summary


def _interval(feed: FeedState) -> timedelta | None:
    return timedelta(seconds=feed.poll_interval) if feed.poll_interval else None


def _source(value: str) -> TextSource:
    return "page" if value == "page" else "feed"


def _fits(value: str | None, limit: int) -> str | None:
    """A validator short enough to store; a longer one is dropped (the body hash still helps)."""
    return value if value is not None and len(value) <= limit else None


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
