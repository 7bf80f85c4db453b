"""The service: the dispatcher polls due feeds, the schedule lives in the DB, signals stop it."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from crosswire.config import Config
from crosswire.db import FeedUpdate, Store
from crosswire.pipeline import utc_now
from crosswire.scheduler import ServiceTiming, run_service
from tests.crosswire.newsroom import FAST_HTTP, make_config, serve_wire
from tests.support.httpserver import LoopbackServer

QUICK = ServiceTiming(dispatch_every=0.1, recheck_every=60, shutdown_grace=5)


def _run_for(config: Config, store: Store, seconds: float, *, until_articles: int = 0) -> None:
    async def scenario() -> None:
        stop = asyncio.Event()
        service = asyncio.create_task(run_service(config, store, stop=stop, timing=QUICK))
        deadline = time.monotonic() + 15
        while store.counts()["articles"] < until_articles:
            assert not service.done(), service.exception()
            assert time.monotonic() < deadline, "service stored nothing in 15 s"
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
        deadline = time.monotonic() + 20
        while server.count("/articles/bridge") == 0:
            assert process.poll() is None, process.communicate()[1].decode()
            assert time.monotonic() < deadline, "run did not poll within 20 s"
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
