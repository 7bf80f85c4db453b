"""Crash safety for real: SIGKILL a poller mid-poll, restart, and find no loss and no duplicates."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from crosswire.config import load_config
from crosswire.db import Store
from crosswire.pipeline import poll_once
from tests.crosswire.newsroom import FAST_HTTP, T0, Item, article_page, rss
from tests.support.httpserver import LoopbackServer, RecordedRequest, Response

ARTICLES = 12
PAGE_DELAY = 0.25  # seconds per article page: slow enough to kill the poller between commits


def _stored(db: Path) -> list[tuple[int, str, str]]:
    """(id, url, first_seen) of every stored article, read with plain sqlite3."""
    if not db.exists():
        return []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            rows = conn.execute("SELECT id, url, first_seen FROM articles ORDER BY id").fetchall()
        except sqlite3.OperationalError:  # tables not created yet
            return []
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def _serve(server: LoopbackServer, delay: float) -> None:
    base = server.url("").rstrip("/")
    items = [
        Item(f"harbour-{n}", f"Harbour notice {n}", f"Short notice {n}.", T0, guid=f"hn-{n}")
        for n in range(ARTICLES)
    ]
    server.routes["/wire.xml"] = Response(
        200, {"Content-Type": "application/rss+xml"}, rss(items, base)
    )
    for n in range(ARTICLES):
        paragraphs = [
            f"Harbour notice {n}: the port authority said berth {n} would close for dredging "
            "on Thursday and reopen the following week.",
            f"Ships due at berth {n} will be moved to the outer quay, a spokesperson for the "
            "authority said, adding that pilots had been told of the change.",
            "Fishing boats are not affected. The authority apologised for any delay and said "
            "it would publish updates on its notice board at the harbour office.",
        ]
        server.routes[f"/articles/harbour-{n}"] = Response(
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            article_page(f"Harbour notice {n}", paragraphs),
            delay=delay,
        )


def test_sigkill_mid_poll_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    config_file = tmp_path / "config.yaml"
    with LoopbackServer() as server:
        _serve(server, PAGE_DELAY)
        config_file.write_text(
            yaml.safe_dump(
                {
                    "database": f"sqlite:///{db}",
                    "outlets": [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}],
                    "http": {**FAST_HTTP, "per_host_concurrency": 1},
                }
            )
        )
        poller = subprocess.Popen(
            [sys.executable, "-m", "crosswire", "--config", str(config_file), "poll", "--once"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 30
            while len(_stored(db)) < 3:
                assert poller.poll() is None, poller.stderr.read() if poller.stderr else ""
                assert time.monotonic() < deadline, "poller stored nothing in 30 s"
                time.sleep(0.05)
            poller.send_signal(signal.SIGKILL)
            poller.wait(timeout=10)
        finally:
            if poller.poll() is None:
                poller.kill()
        assert poller.returncode == -signal.SIGKILL
        survivors = _stored(db)
        assert 3 <= len(survivors) < ARTICLES, "the kill should land mid-poll"

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # Feed validators are saved only after all items: the body will be read again.
            assert conn.execute("SELECT body_hash FROM feeds").fetchone() == (None,)

        _serve(server, 0.0)
        config = load_config(config_file)
        with Store.open(config.database) as store:
            summary = asyncio.run(poll_once(config, store))
            assert summary.count("ok") == 1
            assert summary.new_articles == ARTICLES - len(survivors)
            counts = store.counts()
        assert (
            counts["articles"] == counts["article_versions"] == counts["rule_results"] == ARTICLES
        )

    after = _stored(db)
    urls = [url for _, url, _ in after]
    assert len(urls) == len(set(urls)) == ARTICLES
    assert set(survivors) <= set(after)  # same ids, URLs and first-seen times as before the kill


def _hold_pages_until_both_read_the_feeds(server: LoopbackServer) -> None:
    """Serve no article page before both pollers have read both feeds (four feed requests),
    so the race happens however late a loaded machine starts the second process."""

    def held(page: Response) -> Callable[[RecordedRequest], Response]:
        def respond(_: RecordedRequest) -> Response:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if server.count("/wire.xml") + server.count("/wire.xml?copy=2") >= 4:
                    break
                time.sleep(0.01)
            return page

        return respond

    for n in range(ARTICLES):
        page = server.routes[f"/articles/harbour-{n}"]
        assert isinstance(page, Response)
        server.routes[f"/articles/harbour-{n}"] = held(page)


def test_two_pollers_at_once_store_each_article_once(tmp_path: Path) -> None:
    """Two processes polling the same feeds into one SQLite file race on every insert."""
    db = tmp_path / "race.db"
    config_file = tmp_path / "config.yaml"
    with LoopbackServer() as server:
        _serve(server, 0.02)
        feeds = [server.url("/wire.xml"), server.url("/wire.xml?copy=2")]
        server.routes["/wire.xml?copy=2"] = server.routes["/wire.xml"]
        _hold_pages_until_both_read_the_feeds(server)
        config_file.write_text(
            yaml.safe_dump(
                {
                    "database": f"sqlite:///{db}",
                    "outlets": [{"name": "Harbour Wire", "feeds": feeds}],
                    "http": FAST_HTTP,
                }
            )
        )
        Store.open(f"sqlite:///{db}").close()  # migrate first so both start at once
        command = [sys.executable, "-m", "crosswire", "--config", str(config_file), "poll"]
        pollers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)]
        pollers.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        results = [p.communicate(timeout=60) for p in pollers]
        page_fetches = [server.count(f"/articles/harbour-{n}") for n in range(ARTICLES)]
    assert max(page_fetches) >= 2, "the pollers should have raced for the same article"
    for poller, (_, stderr) in zip(pollers, results, strict=True):
        assert poller.returncode == 0, stderr.decode()
    stored = _stored(db)
    assert len(stored) == len({url for _, url, _ in stored}) == ARTICLES
    with sqlite3.connect(db) as conn:
        versions = conn.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0]
        results_rows = conn.execute("SELECT COUNT(*) FROM rule_results").fetchone()[0]
    assert versions == results_rows == ARTICLES
