"""Which items of a feed to handle in this poll, and handling them within the cap and budget.

Items are taken newest first. Known items whose feed entry is unchanged cost one batched
lookup and nothing more; new items count against ``http.max_new_items``; items are handled
concurrently (the fetcher keeps its per-host limits) until ``http.feed_budget`` runs out.
Whatever is left is counted, so the caller can carry it over to the next poll.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC

from crosswire.db import FeedState
from crosswire.items import ItemKey, ItemOutcome, item_key, store_item
from crosswire.poll_run import PollRun
from monitors.model import FeedItem

log = logging.getLogger(__name__)

#: Items of one feed handled at once, per allowed request to its host.
ITEMS_PER_HOST_SLOT = 2


@dataclass(frozen=True, slots=True)
class HandledItems:
    """The items of one feed after a poll: what was done, and what waits for the next."""

    outcomes: tuple[ItemOutcome, ...]
    deferred: int


async def handle_items(
    run: PollRun, feed: FeedState, items: Sequence[FeedItem], base_url: str, deadline: float
) -> HandledItems:
    """Store the feed's new and changed items, newest first, within the cap and the budget."""
    keyed = [
        (item, key)
        for item in newest_first(items)
        if (key := item_key(item, base_url, feed.url)) is not None
    ]
    by_url, by_guid = run.store.item_feed_hashes(
        feed.outlet_id,
        [key.url for _, key in keyed],
        [key.guid for _, key in keyed if key.guid is not None],
    )
    todo, capped = pick_items(keyed, by_url, by_guid, run.config.http.max_new_items)
    queue = iter(todo)
    outcomes: list[ItemOutcome] = []
    counts = {"started": 0, "failed": 0}

    async def worker() -> None:
        for item, key in queue:
            if time.monotonic() >= deadline:
                return
            counts["started"] += 1
            try:
                outcomes.append(await store_item(run, feed, item, key))
            except Exception:
                # Left for the next poll, which reads the same body again (no validators saved).
                log.exception("feed %s: could not store item %s", feed.url, key.url)
                counts["failed"] += 1

    slots = max(1, run.config.http.per_host_concurrency * ITEMS_PER_HOST_SLOT)
    await asyncio.gather(*(worker() for _ in range(min(slots, len(todo)))))
    not_started = len(todo) - counts["started"]
    if not_started:
        log.info(
            "feed %s: time budget spent, %d items left for the next poll", feed.url, not_started
        )
    return HandledItems(tuple(outcomes), capped + not_started + counts["failed"])


def newest_first(items: Sequence[FeedItem]) -> list[FeedItem]:
    """Items by publication time, newest first; undated items keep their feed order, last."""
    dated = [
        (when if when.tzinfo is not None else when.replace(tzinfo=UTC), item)
        for item in items
        if (when := item.published or item.updated) is not None
    ]
    undated = [item for item in items if (item.published or item.updated) is None]
    dated.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in dated] + undated


def pick_items(
    keyed: Sequence[tuple[FeedItem, ItemKey]],
    by_url: dict[str, str | None],
    by_guid: dict[str, str | None],
    max_new: int,
) -> tuple[list[tuple[FeedItem, ItemKey]], int]:
    """Items worth handling (new ones up to ``max_new``, changed known ones) and how many new
    ones are left over for the next poll. Known, unchanged items cost nothing more."""
    todo: list[tuple[FeedItem, ItemKey]] = []
    new = capped = 0
    seen: set[str] = set()
    for item, key in keyed:
        if key.url in seen:
            continue
        seen.add(key.url)
        known = key.url in by_url or (key.guid is not None and key.guid in by_guid)
        if known:
            stored = by_url.get(key.url) if key.url in by_url else by_guid.get(key.guid or "")
            if stored != key.feed_hash:
                todo.append((item, key))
            continue
        if new >= max_new:
            capped += 1
            continue
        new += 1
        todo.append((item, key))
    return todo, capped
