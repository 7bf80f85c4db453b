"""The pipeline against real loopback feeds and pages, stored in a real SQLite file."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import crosswire.pipeline as pipeline
from crosswire.config import Config
from crosswire.db import FeedState, Store
from crosswire.db.schema import article_versions, articles, rule_results
from crosswire.feed_items import newest_first, pick_items
from crosswire.items import ItemKey
from crosswire.pipeline import PollSummary, held_until, poll_once, recheck_articles
from crosswire.workers import Workers
from monitors.model import FeedItem
from tests.crosswire.newsroom import (
    FERRY_UPDATE,
    T0,
    Item,
    article_page,
    make_config,
    rss,
    serve_wire,
)
from tests.support.httpserver import LoopbackServer, Response

FERRY_STORY = {"name": "Kessa ferry", "any": ["ferry", "capsized"]}
NOW = T0 + timedelta(minutes=10)


def wire_config(tmp_path: Path, server: LoopbackServer, *extra: dict[str, Any]) -> Config:
    outlets = [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}, *extra]
    return make_config(tmp_path / "crosswire.db", outlets, [FERRY_STORY])


def poll(config: Config, store: Store, **kwargs: Any) -> PollSummary:
    return asyncio.run(poll_once(config, store, now=kwargs.pop("now", NOW), **kwargs))


def report(summary: PollSummary, path: str) -> pipeline.FeedReport:
    return next(feed for feed in summary.feeds if feed.url.endswith(path))


def article_text(store: Store, slug: str) -> str:
    with store.engine.connect() as conn:
        return str(
            conn.execute(select(articles.c.text).where(articles.c.url.like(f"%/{slug}"))).scalar()
        )


def test_first_poll_stores_full_text_findings_and_story_matches(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    summary = poll(wire_config(tmp_path, server), store)

    assert [(f.status, f.new_articles) for f in summary.feeds] == [("ok", 3)]
    assert (summary.new_articles, summary.new_versions, summary.matched_stories) == (3, 0, 1)
    by_slug = {a.url.rsplit("/", 1)[-1]: a for a in store.list_articles()}
    assert set(by_slug) == {"ferry", "market", "bridge"}
    assert by_slug["ferry"].stories == ("Kessa ferry",)
    assert by_slug["market"].stories == ()
    assert by_slug["ferry"].published == T0
    # The feed only had a one-line summary; the stored text is the page's main text.
    assert "Rescue boats pulled 61 survivors" in article_text(store, "ferry")
    assert "All rights reserved" not in article_text(store, "ferry")
    assert server.count("/articles/ferry") == 1
    assert store.counts()["rule_results"] == 3
    [feed] = store.feeds()
    assert feed.last_status == "ok" and feed.failures == 0 and feed.last_error is None
    assert feed.next_poll_at is not None and feed.next_poll_at > NOW


def test_second_poll_with_etag_is_not_modified_and_adds_nothing(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server, etag='"wire-1"')
    config = wire_config(tmp_path, server)
    poll(config, store)
    before = store.counts()

    second = poll(config, store, now=NOW + timedelta(hours=1))

    assert [f.status for f in second.feeds] == ["not_modified"]
    assert second.new_articles == 0
    assert store.counts() == before
    assert server.requests_for("/wire.xml")[-1].headers.get("if-none-match") == '"wire-1"'
    assert server.count("/articles/ferry") == 1


def test_unchanged_body_without_validators_is_not_modified(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    config = wire_config(tmp_path, server)
    poll(config, store)
    second = poll(config, store, now=NOW + timedelta(hours=1))
    assert [f.status for f in second.feeds] == ["not_modified"]
    assert store.counts()["articles"] == 3 and store.counts()["article_versions"] == 3
    assert server.count("/wire.xml") == 2 and server.count("/articles/market") == 1


def test_a_material_revision_becomes_a_new_version(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    config = wire_config(tmp_path, server)
    poll(config, store)

    serve_wire(server, ferry_updated=True)
    second = poll(config, store, now=NOW + timedelta(hours=2))

    assert (second.new_articles, second.new_versions) == (0, 1)
    ferry = next(a for a in store.list_articles() if a.url.endswith("/ferry"))
    assert ferry.versions == 2 and ferry.title.endswith("at least 23 dead")
    assert "At least 23 people were killed" in article_text(store, "ferry")
    with store.engine.connect() as conn:
        texts = conn.execute(
            select(article_versions.c.text)
            .join(articles, articles.c.id == article_versions.c.article_id)
            .where(articles.c.url.like("%/ferry"))
            .order_by(article_versions.c.version)
        ).scalars()
        assert ["61 survivors" in t for t in texts] == [True, False]
        analysed = conn.execute(select(func.count()).select_from(rule_results)).scalar_one()
    assert analysed == 4  # three first versions plus the ferry's second
    # Items whose feed entry did not change were not fetched again.
    assert server.count("/articles/market") == 1


def test_failing_feeds_do_not_stop_the_others(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    server.routes["/down.xml"] = Response(503, {"Content-Type": "text/plain"}, b"maintenance")
    server.routes["/page.html"] = Response(
        200, {"Content-Type": "text/html"}, article_page("Not a feed", ["Just a page."])
    )
    broken = {
        "name": "Broken Gazette",
        "feeds": [
            server.url("/missing.xml"),
            server.url("/down.xml"),
            server.url("/page.html"),
            "http://127.0.0.1:9/refused.xml",
        ],
    }
    summary = poll(wire_config(tmp_path, server, broken), store)

    assert report(summary, "/wire.xml").status == "ok"
    assert store.counts()["articles"] == 3
    failed = [f for f in summary.feeds if f.outlet == "Broken Gazette"]
    assert [f.status for f in failed] == ["failed"] * 4
    assert all(f.reason for f in failed)
    assert "404" in (report(summary, "/missing.xml").reason or "")
    assert "503" in (report(summary, "/down.xml").reason or "")
    stored = {feed.url.rsplit("/", 1)[-1]: feed for feed in store.feeds()}
    assert stored["missing.xml"].last_error and stored["missing.xml"].failures > 0
    assert stored["wire.xml"].last_error is None


def test_repeated_hard_failures_pause_a_feed(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    config = wire_config(tmp_path, server, {"name": "Gone", "feeds": [server.url("/gone.xml")]})
    server.routes["/gone.xml"] = Response(410, {}, b"gone")
    statuses = []
    for hour in range(30):
        summary = poll(config, store, now=NOW + timedelta(hours=hour))
        statuses.append(report(summary, "/gone.xml").status)
        if statuses[-1] == "paused":
            break
    assert statuses[-1] == "paused" and "failed" in statuses
    requests = server.count("/gone.xml")
    again = poll(config, store, now=NOW + timedelta(days=3))
    assert report(again, "/gone.xml").status == "paused"
    assert server.count("/gone.xml") == requests  # a paused feed is not fetched
    resumed = poll(config, store, now=NOW + timedelta(days=3), include_paused=True)
    assert report(resumed, "/gone.xml").status == "failed"
    assert server.count("/gone.xml") == requests + 1


def test_an_unexpected_error_is_recorded_on_that_feed_only(
    tmp_path: Path, server: LoopbackServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_wire(server)
    server.routes["/boom.xml"] = Response(200, {"Content-Type": "application/rss+xml"}, b"<rss/>")
    real_parse = pipeline.parse_feed_job

    def parse_or_explode(body: bytes, url: str, content_type: str | None) -> Any:
        if url.endswith("/boom.xml"):
            raise RuntimeError("parser exploded")
        return real_parse(body, url, content_type)

    # A patched job cannot be pickled into a worker process: run jobs in threads here.
    monkeypatch.setattr(pipeline, "parse_feed_job", parse_or_explode)
    boom = {"name": "Boom Daily", "feeds": [server.url("/boom.xml")]}
    summary = poll(wire_config(tmp_path, server, boom), store, workers=Workers(processes=False))

    assert report(summary, "/wire.xml").status == "ok"
    assert report(summary, "/boom.xml").status == "failed"
    boom_feed = next(feed for feed in store.feeds() if feed.url.endswith("/boom.xml"))
    assert (
        boom_feed.last_error is not None and "RuntimeError: parser exploded" in boom_feed.last_error
    )


def test_an_article_in_two_feeds_of_an_outlet_is_stored_once(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    base = server.url("").rstrip("/")

    def top_feed(summary: str) -> Response:
        slug = "ferry?utm_source=rss&utm_medium=top"
        body = rss([Item(slug, "Ferry capsizes off Kessa, at least 14 dead", summary, T0)], base)
        return Response(200, {"Content-Type": "application/rss+xml"}, body)

    server.routes["/top.xml"] = top_feed("Short.")
    outlets = [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml"), server.url("/top.xml")]}]
    config = make_config(tmp_path / "crosswire.db", outlets, [FERRY_STORY])
    summary = poll(config, store)

    assert summary.count("ok") == 2 and summary.new_articles == 3
    urls = [a.url for a in store.list_articles()]
    assert len(urls) == len(set(urls)) == 3
    assert not any("utm_" in url for url in urls)

    # The second feed's blurb for the same story keeps changing: that is not a revision.
    for n, blurb in enumerate(["Ferry down off Kessa.", "Kessa ferry disaster: latest."]):
        server.routes["/top.xml"] = top_feed(blurb)
        again = poll(config, store, now=NOW + timedelta(hours=n + 1))
        assert report(again, "/top.xml").status == "ok" and again.new_versions == 0
    assert [a.versions for a in store.list_articles()] == [1, 1, 1]
    assert store.counts()["article_versions"] == 3


def test_outlet_without_full_text_keeps_the_feed_text(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    outlets = [{"name": "Harbour Wire", "full_text": False, "feeds": [server.url("/wire.xml")]}]
    poll(make_config(tmp_path / "crosswire.db", outlets), store)
    assert article_text(store, "ferry") == "A passenger ferry capsized off Kessa."
    assert server.count("/articles/ferry") == 0


def test_recheck_turns_a_silently_edited_page_into_a_version(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    config = wire_config(tmp_path, server)
    poll(config, store)
    due_at = [a.next_recheck_at for a in store.due_rechecks(NOW + timedelta(days=365))]
    assert due_at and all(when is not None and when > NOW for when in due_at)

    # The page changes but the feed entry does not: only a re-check can see it.
    edited = article_page("Ferry capsizes off Kessa", FERRY_UPDATE)
    server.routes["/articles/ferry"] = Response(200, {"Content-Type": "text/html"}, edited)
    assert poll(config, store, now=NOW + timedelta(minutes=20)).new_versions == 0

    all_due = max(when for when in due_at if when is not None)
    summary = asyncio.run(recheck_articles(config, store, now=all_due))
    assert summary.checked == 3 and summary.new_versions == 1
    ferry = next(a for a in store.list_articles() if a.url.endswith("/ferry"))
    assert ferry.versions == 2
    assert "At least 23 people were killed" in article_text(store, "ferry")


def test_odd_items_are_skipped_without_failing_the_feed(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    base = server.url("").rstrip("/")
    feed = rss(
        [
            Item("tide", "Spring tides expected", "Tides peak on Friday.", T0, guid="tide-1"),
            Item("x" * 3000, "An item with an absurd link", "Short.", T0),
            Item("pier", "Pier reopens", "The pier reopened.", T0, guid="g" * 3000),
        ],
        base,
    ).replace(b"<link>" + base.encode() + b"/articles/tide</link>", b"")
    server.routes["/odd.xml"] = Response(200, {"Content-Type": "application/rss+xml"}, feed)
    outlets = [{"name": "Odd Wire", "full_text": False, "feeds": [server.url("/odd.xml")]}]
    summary = poll(make_config(tmp_path / "crosswire.db", outlets), store)
    assert [f.status for f in summary.feeds] == ["ok"]
    # No link (its GUID is not a URL): skipped. Over-long link: skipped. Over-long GUID: kept.
    assert [a.url for a in store.list_articles()] == [f"{base}/articles/pier"]


def test_progress_is_reported_once_per_feed(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    extra = {"name": "Quiet Times", "feeds": [server.url("/quiet.xml")]}
    seen: list[str] = []
    summary = poll(
        wire_config(tmp_path, server, extra), store, progress=lambda r: seen.append(r.url)
    )
    assert sorted(seen) == sorted(feed.url for feed in summary.feeds)
    assert len(seen) == 2


def _feed(**changes: Any) -> FeedState:
    base = FeedState(
        id=1, url="https://w.test/feed", outlet_id=1, outlet="W", full_text=True, etag=None,
        last_modified=None, body_hash=None, next_poll_at=None, last_polled_at=None,
        failures=0.0, last_error=None, last_status=None, last_http_status=None, paused=False,
        poll_interval=None,
    )  # fmt: skip
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("reason", "force", "held"),
    [
        (None, False, False),  # our own schedule: poll --once polls anyway
        ("server_busy", False, True),
        ("server_busy", True, False),  # --force overrides a 429/503 backoff
        ("retry_after", False, True),
        ("retry_after", True, True),  # ... but never an active Retry-After
    ],
)
def test_held_until(reason: Any, force: bool, held: bool) -> None:
    later = NOW + timedelta(hours=1)
    feed = _feed(next_poll_at=later, next_poll_reason=reason)
    assert held_until(feed, NOW, force=force) == (later if held else None)
    assert held_until(feed, later + timedelta(seconds=1), force=force) is None  # time has come


def test_items_are_taken_newest_first_undated_last() -> None:
    dated = [Item(f"d{n}", f"d{n}", "s", T0 + timedelta(hours=n)) for n in (1, 3, 2)]
    parsed = [
        FeedItem(
            guid=None, url=i.slug, title=i.title, summary="", content="", published=i.published
        )
        for i in dated
    ]
    undated = FeedItem(guid=None, url="u", title="u", summary="", content="", published=None)
    assert [i.title for i in newest_first([undated, *parsed])] == ["d3", "d2", "d1", "u"]


def test_known_unchanged_items_are_skipped_and_new_ones_capped() -> None:
    def keyed(n: int) -> tuple[FeedItem, ItemKey]:
        item = FeedItem(
            guid=f"g{n}", url=f"u{n}", title=f"t{n}", summary="", content="", published=None
        )
        return item, ItemKey(f"https://w.test/{n}", f"g{n}", "", f"hash{n}")

    items = [keyed(n) for n in range(6)] + [keyed(0)]  # the same story listed twice
    by_url = {"https://w.test/0": "hash0", "https://w.test/1": "old"}  # 0 unchanged, 1 edited
    by_guid = {"g2": "hash2"}  # known by GUID, unchanged
    todo, capped = pick_items(items, by_url, by_guid, max_new=2)
    assert [key.url.rsplit("/", 1)[-1] for _, key in todo] == ["1", "3", "4"]
    assert capped == 1
