"""Follow-up reads of article pages: owed full texts, and re-checks for silent revisions.

``retry_fulltext`` re-reads the pages of articles stored with their feed text because the page
could not be read. A page text that arrives replaces the *current* version's text in place,
with its rule results redone in the same transaction (``Store.fulltext_arrived``): getting the
text we meant to have all along is not an editorial revision, so no version is added.
``recheck_articles`` re-reads recently published pages and versions material changes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime

from crosswire.config import Config
from crosswire.db import FulltextArrival, KnownArticle, Store
from crosswire.items import PageRead, add_version_if_material, page_outcome, read_page
from crosswire.poll_run import PollRun, open_run
from crosswire.workers import Workers
from monitors.fetch import Fetcher
from monitors.revisions import content_hash, recheck_delay

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FulltextSummary:
    """How a round of owed page reads went, and what is still owed afterwards."""

    tried: int = 0
    recovered: int = 0
    failed: int = 0  # could not be read again; retried later
    given_up: int = 0  # retries ran out; the feed text stays
    pending: int = 0  # still owed after this round


@dataclass(frozen=True, slots=True)
class RecheckSummary:
    """How a round of revision re-checks went."""

    checked: int = 0
    new_versions: int = 0
    failed: int = 0


async def retry_fulltext(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    limit: int = 100,
    fetcher: Fetcher | None = None,
    workers: Workers | None = None,
) -> FulltextSummary:
    """Re-read the pages of up to ``limit`` articles whose full text is owed and due."""
    async with open_run(config, store, now=now, fetcher=fetcher, workers=workers) as run:
        due = store.due_fulltext(run.now, limit=limit)
        outcomes = await asyncio.gather(*(_retry(run, article) for article in due))
    backlog = store.fulltext_backlog()
    return FulltextSummary(
        tried=len(outcomes),
        recovered=sum(1 for state in outcomes if state == "recovered"),
        failed=sum(1 for state in outcomes if state == "pending"),
        given_up=sum(1 for state in outcomes if state == "failed"),
        pending=backlog.get("pending", 0),
    )


async def _retry(run: PollRun, article: KnownArticle) -> str:
    attempts = article.fulltext_attempts + 1
    try:
        page = await read_page(run, article.url)
        outcome = page_outcome(page, attempts, run.now)
        if page.text is not None and len(page.text) > len(article.text):
            return await _arrived(run, article, page.text)
    except Exception as exc:  # retried on the same schedule as an unreadable page
        log.exception("unexpected error reading the page of %s", article.url)
        outcome = page_outcome(PageRead(None, f"internal error: {exc!r}"[:200]), attempts, run.now)
    run.store.record_fulltext_attempt(article.id, outcome)
    return outcome.state


async def _arrived(run: PollRun, article: KnownArticle, text: str) -> str:
    findings = await run.findings(
        outlet=article.outlet, title=article.title, text=text, url=article.url
    )
    published = article.published or article.first_seen
    recheck = recheck_delay(published, 0, now=run.now)
    arrival = FulltextArrival(
        article_id=article.id,
        version=article.version,
        text=text,
        content_hash=content_hash(text),
        next_recheck_at=run.now + recheck if recheck is not None else None,
    )
    if not run.store.fulltext_arrived(arrival, findings, run.now):
        return "pending"  # a new version came in meanwhile; the next round sees it
    log.info("%s: full text arrived (version %d replaced in place)", article.url, article.version)
    return "recovered"


async def recheck_articles(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    limit: int = 100,
    fetcher: Fetcher | None = None,
    workers: Workers | None = None,
) -> RecheckSummary:
    """Re-fetch recently published articles whose re-check is due; version material changes."""
    async with open_run(config, store, now=now, fetcher=fetcher, workers=workers) as run:
        due = store.due_rechecks(run.now, limit=limit)
        outcomes = await asyncio.gather(*(_recheck(run, article) for article in due))
    return RecheckSummary(
        checked=len(outcomes),
        new_versions=sum(1 for outcome in outcomes if outcome is True),
        failed=sum(1 for outcome in outcomes if outcome is None),
    )


async def _recheck(run: PollRun, article: KnownArticle) -> bool | None:
    """True: new version; False: unchanged; None: the page could not be read."""
    checks = article.checks_done + 1
    published = article.published or article.first_seen
    delay = recheck_delay(published, checks, now=run.now)
    next_at = run.now + delay if delay is not None else None
    if not article.full_text or article.text_source != "page":
        run.store.set_recheck(article.id, checks_done=checks, next_at=None)
        return False
    try:
        page_text = (await read_page(run, article.url)).text
        changed = False
        if page_text:
            outcome = await add_version_if_material(
                run, article, article.title, page_text, "page", None
            )
            changed = outcome.new_version
    except Exception:
        log.exception("unexpected error re-checking %s", article.url)
        page_text = None
        changed = False
    run.store.set_recheck(article.id, checks_done=checks, next_at=next_at)
    if page_text is None:
        return None
    return changed
