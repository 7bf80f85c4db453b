"""Store one feed item: a new article (with its page text), a new version, or nothing.

A summary-only item's page is fetched for the full text. When that fails the article is still
stored, with the feed's text, and its ``fulltext_state`` says a retry is owed (see
:mod:`crosswire.fulltext_jobs`); nothing is lost and nothing is hidden.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urljoin

from crosswire.db import FeedState, FulltextUpdate, KnownArticle, NewArticle, Revision
from crosswire.db.records import TextSource
from crosswire.db.schema import URL_LENGTH
from crosswire.poll_run import PollRun
from crosswire.workers import page_text_job
from monitors.fetch import PAGE_ACCEPT
from monitors.model import FeedItem
from monitors.revisions import content_hash, is_material_change, recheck_delay
from monitors.schedule import fulltext_retry_delay
from monitors.urls import canonical_url

log = logging.getLogger(__name__)

#: A feed text shorter than this is taken to be a summary; the page is fetched for the rest.
FULL_TEXT_MIN_CHARS = 600


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What storing one item did."""

    new_article: bool = False
    new_version: bool = False
    matched_stories: int = 0
    fulltext_failed: bool = False  # its page could not be read; a retry is scheduled


@dataclass(frozen=True, slots=True)
class PageRead:
    """An article page's main text, or why there is none."""

    text: str | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ItemKey:
    """How a feed item is identified: its canonical URL and GUID, and what the feed said."""

    url: str
    guid: str | None
    feed_text: str
    feed_hash: str


def item_key(item: FeedItem, base_url: str, feed_url: str) -> ItemKey | None:
    """The identity of ``item``, or None (logged) when it has no usable link."""
    link = item.url or (item.guid if item.guid and item.guid.startswith("http") else None)
    if not link:
        log.info("feed %s: skipping item without a link: %r", feed_url, item.title[:80])
        return None
    url = canonical_url(urljoin(base_url, link))
    if len(url) > URL_LENGTH:
        log.info("feed %s: skipping item with a %d-character URL", feed_url, len(url))
        return None
    guid = item.guid if item.guid is not None and len(item.guid) <= URL_LENGTH else None
    feed_text = feed_text_of(item)
    return ItemKey(url, guid, feed_text, content_hash(f"{item.title}\n{feed_text}"))


async def store_item(run: PollRun, feed: FeedState, item: FeedItem, key: ItemKey) -> ItemOutcome:
    """Store a feed item as a new article, a new version of a known one, or nothing."""
    if key.guid != item.guid:
        item = replace(item, guid=key.guid)  # an over-long GUID: identify it by URL alone
    known = run.store.find_article(url=key.url, outlet_id=feed.outlet_id, guid=key.guid)
    if known is None:
        return await _new_article(run, feed, item, key)
    if known.feed_hash == key.feed_hash or known.feed_id not in (None, feed.id):
        # Unchanged, or listed by another feed of the outlet whose summary may differ:
        # only the feed it came from is compared, so feeds cannot flip-flop versions.
        return ItemOutcome()
    return await _revise_from_feed(run, known, item.title, key.feed_text, key.feed_hash)


async def _new_article(run: PollRun, feed: FeedState, item: FeedItem, key: ItemKey) -> ItemOutcome:
    text, source, fulltext = key.feed_text, "feed", None
    if feed.full_text and len(key.feed_text) < FULL_TEXT_MIN_CHARS:
        page = await read_page(run, key.url)
        fulltext = page_outcome(page, 1, run.now)
        if page.text and len(page.text) > len(key.feed_text):
            text, source = page.text, "page"
    published = item.published or item.updated
    recheck = recheck_delay(published or run.now, 0, now=run.now) if source == "page" else None
    findings = await run.findings(outlet=feed.outlet, title=item.title, text=text, url=key.url)
    article_id = run.store.insert_article(
        NewArticle(
            url=key.url,
            guid=item.guid,
            outlet_id=feed.outlet_id,
            feed_id=feed.id,
            title=item.title,
            published=published,
            text=text,
            text_source=_source(source),
            content_hash=content_hash(text),
            feed_hash=key.feed_hash,
            next_recheck_at=run.now + recheck if recheck is not None else None,
            fulltext=fulltext,
        ),
        findings,
        run.now,
    )
    if article_id is None:  # stored meanwhile by another feed of the outlet or process
        return ItemOutcome()
    failed = fulltext is not None and fulltext.state != "ok"
    return ItemOutcome(
        new_article=True, matched_stories=len(findings.stories), fulltext_failed=failed
    )


def page_outcome(page: PageRead, attempts: int, now: datetime) -> FulltextUpdate:
    """The full-text state after attempt number ``attempts`` to read a page."""
    if page.text is not None:
        return FulltextUpdate("ok", attempts)
    delay = fulltext_retry_delay(attempts)
    if delay is None:
        return FulltextUpdate("failed", attempts, page.error)
    return FulltextUpdate("pending", attempts, page.error, now + delay)


async def _revise_from_feed(
    run: PollRun, known: KnownArticle, title: str, feed_text: str, feed_hash: str
) -> ItemOutcome:
    """The feed's item changed: compare like with like (page text or feed text)."""
    if known.text_source == "page":
        page_text = (await read_page(run, known.url)).text if known.full_text else None
        if not page_text:
            run.store.note_feed_item(known.id, feed_hash)
            return ItemOutcome()
        new_text, source = page_text, "page"
    else:
        new_text, source = feed_text, "feed"
    return await add_version_if_material(run, known, title, new_text, source, feed_hash)


async def add_version_if_material(
    run: PollRun,
    known: KnownArticle,
    title: str,
    new_text: str,
    source: str,
    feed_hash: str | None,
) -> ItemOutcome:
    """Store ``new_text`` as the next version when it (or the title) changed materially."""
    title_changed = " ".join(title.split()) != " ".join(known.title.split())
    if not (title_changed or is_material_change(known.text, new_text)):
        if feed_hash is not None:
            run.store.note_feed_item(known.id, feed_hash)
        return ItemOutcome()
    findings = await run.findings(outlet=known.outlet, title=title, text=new_text, url=known.url)
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
        return ItemOutcome()
    log.info("%s: version %d", known.url, version)
    return ItemOutcome(new_version=True, matched_stories=len(findings.stories))


async def read_page(run: PollRun, url: str) -> PageRead:
    """Fetch an article page and extract its main text (in the worker pool)."""
    result = await run.fetcher.fetch(url, accept=PAGE_ACCEPT)
    if not result.ok or not result.body:
        reason = result.error or "empty page"
        log.info("could not fetch page %s: %s", url, reason)
        return PageRead(None, reason)
    markup = page_markup(result.body, result.content_type)
    text = await run.workers.run(page_text_job, markup, result.final_url)
    return PageRead(text, None if text else "no article text found on the page")


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


def feed_text_of(item: FeedItem) -> str:
    """The longer of an item's content and summary."""
    content, summary = item.content.strip(), item.summary.strip()
    return content if len(content) >= len(summary) else summary


def _source(value: str) -> TextSource:
    return "page" if value == "page" else "feed"
