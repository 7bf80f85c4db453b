"""The service: the dispatcher polls due feeds, the schedule lives in the DB, signals stop it."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from crosswire.config import Config
from crosswire.db import FeedUpdate, FulltextUpdate, KnownArticle, Store
from crosswire.pipeline import poll_once, utc_now
from crosswire.scheduler import ServiceTiming, run_service
from tests.crosswire.newsroom import FAST_HTTP, make_config, serve_wire
from tests.support.httpserver import LoopbackServer, Response

QUICK = ServiceTiming(dispatch_every=0.1, recheck_every=60, shutdown_grace=5)


def _run_for(
    config: Config,
    store: Store,
    seconds: float,
    *,
    until_articles: int = 0,
    until: Callable[[], bool] | None = None,
) -> None:
    async def scenario() -> None:
        stop = asyncio.Event()
        service = asyncio.create_task(run_service(config, store, stop=stop, timing=QUICK))
        deadline = time.monotonic() + 30
        while store.counts()["articles"] < until_articles or (until is not None and not until()):
            assert not service.done(), service.exception()
            assert time.monotonic() < deadline, "service did not get there in 30 s"
            await asyncio.sleep(0.05)
        await asyncio.sleep(seconds)
        stop.set()
        await asyncio.wait_for(service, timeout=10)

    asyncio.run(scenario())


def test_dispatcher_polls_due_feeds_and_the_schedule_survives_restarts(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    config = make_config(
        tmp_path / "crosswire.db", [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}]
    )
    _run_for(config, store, 0.5, until_articles=3)
    assert server.count("/wire.xml") == 1  # several dispatcher ticks, but not due again
    [feed] = store.feeds()
    assert feed.last_status == "ok" and feed.next_poll_at is not None
    assert feed.next_poll_at > utc_now()

    _run_for(config, store, 0.5)  # a restart reads the schedule from the database
    assert server.count("/wire.xml") == 1

    now = utc_now()
    store.record_feed_poll(feed.id, FeedUpdate(now, "ok", now, 0.0, False))
    _run_for(config, store, 0.5)
    assert server.count("/wire.xml") == 2
    assert store.counts()["articles"] == 3


def test_run_command_stops_cleanly_on_sigterm(tmp_path: Path, server: LoopbackServer) -> None:
    serve_wire(server)
    db = tmp_path / "run.db"
    config_file = tmp_path / "config.yaml"
    config_file.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{db}",
                "outlets": [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}],
                "http": FAST_HTTP,
            }
        )
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "crosswire", "--config", str(config_file), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60  # a hang guard, generous for a loaded machine
        while server.count("/articles/bridge") == 0:
            assert process.poll() is None, process.communicate()[1].decode()
            assert time.monotonic() < deadline, "run did not poll within 60 s"
            time.sleep(0.05)
        time.sleep(0.3)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr.decode()
    assert "shutting down" in stderr.decode()
    with Store.open(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 3


def test_the_service_retries_owed_page_texts(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    serve_wire(server)
    server.routes["/articles/ferry"] = Response(503, {"Content-Type": "text/plain"}, b"busy")
    config = make_config(
        tmp_path / "crosswire.db", [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}]
    )
    asyncio.run(poll_once(config, store))
    owed = [a for a in _articles(store) if a.fulltext_state == "pending"]
    assert [a.url.rsplit("/", 1)[-1] for a in owed] == ["ferry"]
    assert owed[0].fulltext_error and "503" in owed[0].fulltext_error

    serve_wire(server)  # the page is back; make its retry due now
    store.record_fulltext_attempt(owed[0].id, FulltextUpdate("pending", 1, "x", utc_now()))
    _run_for(config, store, 0.0, until=lambda: _ferry(store).fulltext_state == "ok")
    recovered = _ferry(store)
    assert "Rescue boats pulled 61 survivors" in recovered.text
    assert recovered.version == 1 and store.counts()["article_versions"] == 3


def _articles(store: Store) -> list[KnownArticle]:
    found = [store.get_article(n) for n in range(1, store.counts()["articles"] + 1)]
    return [article for article in found if article is not None]


def _ferry(store: Store) -> KnownArticle:
    return next(a for a in _articles(store) if a.url.endswith("/ferry"))


def test_an_outlet_added_in_a_chat_is_polled_without_a_restart(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    from crosswire.db.bot_store import BotStore
    from crosswire.watchrules import with_chat_additions

    serve_wire(server)
    server.routes["/late.xml"] = server.routes["/wire.xml"]
    base = make_config(
        tmp_path / "crosswire.db", [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}]
    )

    async def scenario() -> None:
        stop = asyncio.Event()
        service = asyncio.create_task(
            run_service(
                base,
                store,
                stop=stop,
                timing=QUICK,
                reload=lambda: with_chat_additions(base, store),
            )
        )
        deadline = time.monotonic() + 30
        while server.count("/wire.xml") == 0:
            assert time.monotonic() < deadline and not service.done()
            await asyncio.sleep(0.05)
        BotStore(store).add_outlet("Late Courier", [server.url("/late.xml")], None, utc_now())
        while server.count("/late.xml") == 0:
            assert time.monotonic() < deadline, "the chat-added outlet was never polled"
            assert not service.done(), service.exception()
            await asyncio.sleep(0.05)
        # An addition the configuration refuses leaves what runs alone, for many rounds.
        BotStore(store).add_outlet("Broken", ["ftp://files.example/feed"], None, utc_now())
        await asyncio.sleep(QUICK.dispatch_every * 5)
        assert any(f.url.endswith("/late.xml") for f in store.feeds())
        BotStore(store).remove_outlet("Broken")
        BotStore(store).remove_outlet("Late Courier")
        while any(f.url.endswith("/late.xml") for f in store.feeds()):
            assert time.monotonic() < deadline, "the removed outlet's feed stayed active"
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(service, timeout=10)

    asyncio.run(scenario())
    assert server.count("/late.xml") == 1
    assert {f.url for f in store.feeds()} == {server.url("/wire.xml")}
