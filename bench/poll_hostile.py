"""Time one ``poll --once`` against two hostile loopback cases: a huge feed and slow pages.

``big``: one feed of N items (default 20,000) beside three small feeds on the same server;
reports when each feed finished, so a huge feed holding the others shows up as the small
feeds finishing late. ``slow``: one feed of summary-only items whose article pages each take
``--delay`` seconds; reports the poll's total time against the sum of the delays.

    python bench/poll_hostile.py big [--items 20000] [--max-new-items N]
    python bench/poll_hostile.py slow [--pages 4] [--delay 3]

Everything runs on 127.0.0.1 (the server is ``tests.support.httpserver.LoopbackServer``) with
a fresh SQLite file; the figures go into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crosswire.config import HttpConfig, validate_config  # noqa: E402
from crosswire.db import Store  # noqa: E402
from crosswire.pipeline import FeedReport, poll_once  # noqa: E402
from tests.support.httpserver import LoopbackServer, Response  # noqa: E402

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RSS = "application/rss+xml"


def feed_body(base: str, prefix: str, count: int, summary: str) -> bytes:
    """An RSS feed of ``count`` items, newest first, one minute apart."""
    entries = "".join(
        f"<item><title>{prefix} item {n}</title><link>{base}/{prefix}/{n}</link>"
        f"<guid>{prefix}-{n}</guid>"
        f"<pubDate>{(T0 - timedelta(minutes=n)).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f"<description>{summary} {n}.</description></item>"
        for n in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{prefix}</title>'
        f"<link>{base}/</link><description>bench</description>{entries}</channel></rss>"
    ).encode()


def page(n: int) -> bytes:
    paragraph = (
        "The harbour authority said the night ferry to the islands would resume on Friday "
        "after repairs to the loading ramp, and that tickets already sold remain valid. "
    )
    return (
        f"<html><body><article><h1>Page {n}</h1><p>{paragraph * 4}</p><p>{paragraph * 3}</p>"
        "</article></body></html>"
    ).encode()


def config_for(db: Path, outlets: list[dict[str, Any]], **http: Any) -> Any:
    settings = {"per_host_delay": 0, "per_host_concurrency": 4, "read_timeout": 30, **http}
    if "allow_networks" in HttpConfig.model_fields:  # with the network policy: allow loopback
        settings["allow_networks"] = ["127.0.0.0/8"]
    return validate_config({"database": f"sqlite:///{db}", "outlets": outlets, "http": settings})


def run_poll(config: Any, store: Store) -> tuple[float, dict[str, float], Any]:
    started = time.perf_counter()
    finished: dict[str, float] = {}

    def progress(report: FeedReport) -> None:
        finished[report.url.rsplit("/", 1)[-1]] = time.perf_counter() - started

    summary = asyncio.run(poll_once(config, store, progress=progress))
    return time.perf_counter() - started, finished, summary


def bench_big(items: int, max_new: int | None) -> None:
    summary_text = "A short fictional wire summary long enough to stand as the text of item"
    with LoopbackServer() as server, tempfile.TemporaryDirectory() as folder:
        base = server.url("").rstrip("/")
        big = feed_body(base, "big", items, summary_text)
        server.routes["/big.xml"] = Response(200, {"Content-Type": RSS}, big)
        outlets = [{"name": "Huge Wire", "full_text": False, "feeds": [server.url("/big.xml")]}]
        for n in range(3):
            path = f"/small{n}.xml"
            body = feed_body(base, f"small{n}", 5, summary_text)
            # Answering a little late, the small feeds are still in flight while the big
            # one is parsed: a parse on the event loop shows up as their finishing late.
            server.routes[path] = Response(200, {"Content-Type": RSS}, body, delay=1.0)
            outlets.append({"name": f"Small {n}", "full_text": False, "feeds": [server.url(path)]})
        limits: dict[str, Any] = {"max_bytes": 50_000_000}
        if max_new is not None:  # None: the configured default (older code has no cap)
            limits["max_new_items"] = max_new
        config = config_for(Path(folder) / "bench.db", outlets, **limits)
        with Store.open(config.database) as store:
            total, finished, summary = run_poll(config, store)
            stored = store.counts()["articles"]
        body_mb = len(big) / 1e6
    print(f"big: one feed of {items} items ({body_mb:.1f} MB) beside three 5-item feeds")
    for name, seconds in sorted(finished.items(), key=lambda kv: kv[1]):
        print(f"  {name:<12} finished after {seconds:7.2f} s")
    deferred = getattr(summary, "deferred_items", 0)
    print(f"  poll total {total:.2f} s; articles stored {stored}; deferred {deferred}")


def bench_slow(pages: int, delay: float) -> None:
    with LoopbackServer() as server, tempfile.TemporaryDirectory() as folder:
        base = server.url("").rstrip("/")
        slow = feed_body(base, "slow", pages, "Teaser")
        server.routes["/slow.xml"] = Response(200, {"Content-Type": RSS}, slow)
        for n in range(pages):
            server.routes[f"/slow/{n}"] = Response(
                200, {"Content-Type": "text/html; charset=utf-8"}, page(n), delay=delay
            )
        outlets = [{"name": "Slow Wire", "feeds": [server.url("/slow.xml")]}]
        config = config_for(Path(folder) / "bench.db", outlets)
        with Store.open(config.database) as store:
            total, _, _ = run_poll(config, store)
            stored = store.counts()["articles"]
        concurrent = server.max_concurrent
    print(
        f"slow: {pages} pages of one feed, {delay:g} s each (sum {pages * delay:g} s): "
        f"poll took {total:.2f} s; at most {concurrent} requests at once; {stored} articles"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=("big", "slow"))
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--max-new-items", type=int, help="http.max_new_items for the big feed")
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--delay", type=float, default=3.0)
    args = parser.parse_args(argv)
    if args.case == "big":
        bench_big(args.items, args.max_new_items)
    else:
        bench_slow(args.pages, args.delay)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS of the polling process (server included): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
