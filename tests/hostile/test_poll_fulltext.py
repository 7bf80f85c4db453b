"""Article pages that time out: recorded, shown, retried with backoff, replaced in place."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from crosswire.cli.poll import follow_up_lines
from crosswire.db import KnownArticle, Store
from crosswire.db.schema import article_versions, articles, rule_results
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
from tests.support.httpserver import LoopbackServer, Response

NOW = T0 + timedelta(minutes=5)


def owed(store: Store) -> list[KnownArticle]:
    with store.engine.connect() as conn:
        ids = conn.execute(select(articles.c.id).order_by(articles.c.id)).scalars().all()
    found = [store.get_article(article_id) for article_id in ids]
    return [article for article in found if article is not None]


def test_pages_that_time_out_are_retried_and_replace_the_text_in_place(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        entries = numbered_entries("teaser", 2, TEASER)
        server.routes["/feed.xml"] = etag_feed(rss(entries, base), '"t-1"')
        paths = [entry.path for entry in entries]
        serve_pages(server, paths, delay=3.0)  # longer than the read timeout
        config = config_for(
            tmp_path / "x.db",
            [{"name": "Teasers", "feeds": [server.url("/feed.xml")]}],
            read_timeout=1,
        )

        def poll(after: timedelta) -> PollSummary:
            return asyncio.run(poll_once(config, store, now=NOW + after))

        first = poll(timedelta(0))
        assert (first.new_articles, first.fulltext_failed) == (2, 2)
        assert "2 article page(s) not read, retry scheduled" in (first.feeds[0].reason or "")
        assert any("2 still owed" in line for line in follow_up_lines(first))
        for article in owed(store):
            assert article.text == TEASER
            assert (article.fulltext_state, article.fulltext_attempts) == ("pending", 1)
            assert article.fulltext_error and "timeout" in article.fulltext_error
            assert article.next_fulltext_at == NOW + timedelta(minutes=10)

        poll(timedelta(minutes=5))  # not due yet: no page request
        assert [server.count(f"/{path}") for path in paths] == [1, 1]

        third = poll(timedelta(minutes=11))  # due, still timing out: backoff doubles
        assert (third.fulltext.tried, third.fulltext.failed, third.fulltext.pending) == (2, 2, 2)
        assert {a.next_fulltext_at for a in owed(store)} == {NOW + timedelta(minutes=31)}

        serve_pages(server, paths)  # the site recovers
        fourth = poll(timedelta(minutes=32))
        assert (fourth.fulltext.recovered, fourth.fulltext.pending) == (2, 0)
        for article in owed(store):
            assert article.fulltext_state == "ok" and article.text_source == "page"
            assert "9 fishermen were missing" in article.text
            assert article.version == 1  # the text we were owed is not a revision
        with store.engine.connect() as conn:
            versions = conn.execute(select(article_versions.c.text)).scalars().all()
            seen = conn.execute(select(article_versions.c.seen_at)).scalars().all()
            claims = conn.execute(select(rule_results.c.claims)).scalars().all()
        assert len(versions) == 2 and all("9 fishermen" in text for text in versions)
        assert set(seen) == {NOW + timedelta(minutes=32)}  # the divergence step sees it as new
        assert len(claims) == 2 and all(
            any(claim["min"] == 9 for claim in found) for found in claims
        )


def test_a_page_that_never_comes_is_given_up_with_its_reason(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        base = server.url("").rstrip("/")
        server.routes["/feed.xml"] = etag_feed(
            rss(numbered_entries("gone", 1, TEASER), base), '"g-1"'
        )
        server.routes["/gone/0"] = Response(404, {"Content-Type": "text/plain"}, b"no")
        config = config_for(
            tmp_path / "x.db", [{"name": "Gone", "feeds": [server.url("/feed.xml")]}]
        )

        states = []
        for day in range(8):
            asyncio.run(poll_once(config, store, now=NOW + timedelta(days=day)))
            [article] = owed(store)
            states.append(article.fulltext_state)
        assert states[:5] == ["pending"] * 5 and states[5:] == ["failed"] * 3
        assert server.count("/gone/0") == 6
        assert article.fulltext_error and "404" in article.fulltext_error
        assert article.text.startswith(TEASER)  # the feed text is kept, nothing lost
