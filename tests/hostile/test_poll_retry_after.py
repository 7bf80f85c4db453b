"""A server that asks for time (429 with Retry-After, 503) is left alone until then."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from crosswire.cli import main
from crosswire.db import Store
from crosswire.pipeline import PollSummary, poll_once
from crosswire.poll_run import utc_now
from tests.support.hostile_server import QUICK_HTTP, RSS, config_for, numbered_entries, rss
from tests.support.httpserver import LoopbackServer, Response

BUSY = Response(429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"slow down")


def test_retry_after_holds_poll_once_and_even_force(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        server.routes["/feed.xml"] = BUSY
        config = config_for(
            tmp_path / "x.db", [{"name": "Busy", "feeds": [server.url("/feed.xml")]}]
        )
        now = utc_now()

        def poll(after: timedelta, *, force: bool = False) -> PollSummary:
            return asyncio.run(poll_once(config, store, now=now + after, force=force))

        first = poll(timedelta(0))
        assert first.feeds[0].status == "failed" and "429" in (first.feeds[0].reason or "")
        [feed] = store.feeds()
        assert feed.next_poll_reason == "retry_after"
        assert feed.next_poll_at == now + timedelta(hours=1)

        for force in (False, True):
            held = poll(timedelta(minutes=1), force=force)
            assert held.feeds[0].status == "deferred"
            assert "deferred until" in (held.feeds[0].reason or "")
            assert "Retry-After" in (held.feeds[0].reason or "")
        assert server.count("/feed.xml") == 1

        server.routes["/feed.xml"] = Response(
            200, {"Content-Type": RSS}, rss(numbered_entries("b", 2), server.url("").rstrip("/"))
        )
        after = poll(timedelta(hours=1, minutes=1))
        assert after.feeds[0].status == "ok" and server.count("/feed.xml") == 2
        assert store.feeds()[0].next_poll_reason is None


def test_a_busy_answer_holds_poll_once_but_force_overrides_it(tmp_path: Path) -> None:
    with LoopbackServer() as server, Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        server.routes["/feed.xml"] = Response(503, {"Content-Type": "text/plain"}, b"down")
        config = config_for(
            tmp_path / "x.db", [{"name": "Down", "feeds": [server.url("/feed.xml")]}]
        )
        now = utc_now()
        asyncio.run(poll_once(config, store, now=now))
        assert store.feeds()[0].next_poll_reason == "server_busy"

        held = asyncio.run(poll_once(config, store, now=now + timedelta(minutes=1)))
        assert held.feeds[0].status == "deferred" and server.count("/feed.xml") == 1
        forced = asyncio.run(poll_once(config, store, now=now + timedelta(minutes=1), force=True))
        assert forced.feeds[0].status == "failed" and server.count("/feed.xml") == 2


def test_the_command_reports_the_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LoopbackServer() as server:
        server.routes["/feed.xml"] = BUSY
        path = tmp_path / "config.yaml"
        path.write_text(
            yaml.safe_dump(
                {
                    "database": f"sqlite:///{tmp_path / 'cli.db'}",
                    "outlets": [{"name": "Busy", "feeds": [server.url("/feed.xml")]}],
                    "http": QUICK_HTTP,
                }
            ),
            encoding="utf-8",
        )
        assert main(["--config", str(path), "poll", "--once"]) == 0
        capsys.readouterr()
        assert main(["--config", str(path), "poll", "--once", "--force"]) == 0
        out = capsys.readouterr().out
        assert "0 failed, 0 paused, 1 deferred" in out
        assert "deferred until" in " ".join(out.split())
        assert server.count("/feed.xml") == 1
