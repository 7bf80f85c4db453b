"""A 20,000-item feed: the other feeds do not wait for it, and its items are carried over."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from crosswire.cli.poll import follow_up_lines
from crosswire.db import Store
from crosswire.db.schema import articles
from crosswire.pipeline import FeedReport, poll_once
from tests.support.hostile_server import (
    RSS,
    T0,
    config_for,
    etag_feed,
    numbered_entries,
    rss,
)
from tests.support.httpserver import LoopbackServer, Response

NOW = T0 + timedelta(minutes=5)
HUGE = 20_000
CAP = 200


def stored_paths(store: Store, prefix: str) -> set[str]:
    with store.engine.connect() as conn:
        urls = conn.execute(select(articles.c.url).where(articles.c.url.like(f"%/{prefix}/%")))
        return {url.split("/", 3)[3] for url in urls.scalars()}


def test_a_huge_feed_holds_no_other_feed_and_is_capped_newest_first(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        body = rss(numbered_entries("huge", HUGE, "A wire item."), base)
        server.routes["/huge.xml"] = Response(200, {"Content-Type": RSS}, body)
        outlets = [{"name": "Huge", "full_text": False, "feeds": [server.url("/huge.xml")]}]
        for n in range(3):
            # Answering late, the small feeds are in flight while the huge one is parsed.
            small = rss(numbered_entries(f"small{n}", 5), base)
            server.routes[f"/small{n}.xml"] = Response(200, {"Content-Type": RSS}, small, 1.0)
            outlets.append(
                {"name": f"Small {n}", "full_text": False, "feeds": [server.url(f"/small{n}.xml")]}
            )
        config = config_for(tmp_path / "x.db", outlets, max_bytes=20_000_000, max_new_items=CAP)
        order: list[str] = []

        def progress(report: FeedReport) -> None:
            order.append(report.url.rsplit("/", 1)[-1])

        first = asyncio.run(poll_once(config, store, now=NOW, progress=progress))

        huge = next(feed for feed in first.feeds if feed.url.endswith("/huge.xml"))
        # Parsing the huge feed (seconds of CPU) ran in a worker, not on the event loop.
        assert order[-1] == "huge.xml", (order, huge)
        assert (huge.status, huge.new_articles, huge.deferred_items) == ("ok", CAP, HUGE - CAP)
        assert first.count("ok") == 4 and first.new_articles == CAP + 15
        assert "deferred 19,800 items to the next poll" in follow_up_lines(first)
        assert stored_paths(store, "huge") == {f"huge/{n}" for n in range(CAP)}

        second = asyncio.run(poll_once(config, store, now=NOW + timedelta(minutes=3)))
        # The same body again: the next newest are taken, none skipped, none twice.
        assert second.deferred_items == HUGE - 2 * CAP
        assert stored_paths(store, "huge") == {f"huge/{n}" for n in range(2 * CAP)}
        assert store.counts()["articles"] == 2 * CAP + 15


def test_carried_over_items_all_arrive_though_the_feed_never_changes(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        server.routes["/wire.xml"] = etag_feed(rss(numbered_entries("w", 30), base), '"w-1"')
        outlets = [{"name": "Wire", "full_text": False, "feeds": [server.url("/wire.xml")]}]
        config = config_for(tmp_path / "x.db", outlets, max_new_items=10)

        deferred = []
        for poll in range(3):
            summary = asyncio.run(poll_once(config, store, now=NOW + timedelta(minutes=poll)))
            deferred.append(summary.deferred_items)
        assert deferred == [20, 10, 0]
        assert stored_paths(store, "w") == {f"w/{n}" for n in range(30)}
        # Only once every item was handled were the validators kept.
        sent = [r.headers.get("if-none-match") for r in server.requests_for("/wire.xml")]
        assert sent == [None, None, None]
        last = asyncio.run(poll_once(config, store, now=NOW + timedelta(hours=1)))
        assert last.feeds[0].status == "not_modified"
        assert server.requests_for("/wire.xml")[-1].headers.get("if-none-match") == '"w-1"'
