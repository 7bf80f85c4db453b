"""Slow article pages: fetched concurrently, and a feed's time budget carries the rest over."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path

from crosswire.db import Store
from crosswire.pipeline import PollSummary, poll_once
from tests.support.hostile_server import (
    T0,
    TEASER,
    config_for,
    etag_feed,
    numbered_entries,
    rss,
    serve_pages,
)
from tests.support.httpserver import LoopbackServer

NOW = T0 + timedelta(minutes=5)


def test_slow_pages_of_one_feed_are_fetched_at_once(tmp_path: Path) -> None:
    pages, delay = 4, 3.0
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        entries = numbered_entries("slow", pages, TEASER)
        server.routes["/feed.xml"] = etag_feed(rss(entries, base), '"slow-1"')
        serve_pages(server, [entry.path for entry in entries], delay=delay)
        config = config_for(
            tmp_path / "x.db", [{"name": "Slow", "feeds": [server.url("/feed.xml")]}]
        )

        started = time.monotonic()
        summary = asyncio.run(poll_once(config, store, now=NOW))
        elapsed = time.monotonic() - started

        assert summary.new_articles == pages and summary.deferred_items == 0
        # The pages were in flight together (one after another, this took 12 s + overhead);
        # measured about 3.8 s on an idle machine, so the bound below leaves a wide margin.
        assert server.max_concurrent >= 3
        assert elapsed < pages * delay
        assert {a.fulltext_state for a in store.due_rechecks(NOW + timedelta(days=30))} == {"ok"}


def test_a_spent_time_budget_carries_the_rest_over_to_the_next_poll(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        entries = numbered_entries("story", 8, TEASER)
        server.routes["/feed.xml"] = etag_feed(rss(entries, base), '"never-changes"')
        paths = [entry.path for entry in entries]
        # Every page takes longer than the whole budget: only the first wave can start.
        serve_pages(server, paths, delay=2.0)
        outlets = [{"name": "Budget", "feeds": [server.url("/feed.xml")]}]
        tight = config_for(tmp_path / "x.db", outlets, feed_budget=1, per_host_concurrency=2)

        first = asyncio.run(poll_once(tight, store, now=NOW))
        stored = store.counts()["articles"]
        assert first.feeds[0].status == "ok"
        # Four items at a time (2 per host × 2): the rest cannot start before a 2 s page ends.
        assert stored <= 4 and first.deferred_items == 8 - stored
        assert f"deferred {8 - stored:,} items to the next poll" in (first.feeds[0].reason or "")
        [feed] = store.feeds()
        assert feed.deferred_items == 8 - stored and feed.etag is None  # read it all again

        serve_pages(server, paths)  # fast again; the feed itself has not changed
        later = config_for(tmp_path / "x.db", outlets)
        second: PollSummary = asyncio.run(poll_once(later, store, now=NOW + timedelta(minutes=3)))
        assert (second.new_articles, second.deferred_items) == (8 - stored, 0)
        assert store.counts()["articles"] == 8
        assert all(server.count(f"/{path}") >= 1 for path in paths)
        # Everything handled: the validators are kept and the next poll is conditional.
        third = asyncio.run(poll_once(later, store, now=NOW + timedelta(hours=2)))
        assert third.feeds[0].status == "not_modified"
        assert (
            server.requests_for("/feed.xml")[-1].headers.get("if-none-match") == '"never-changes"'
        )
