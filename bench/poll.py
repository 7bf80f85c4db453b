"""Benchmark the polling pipeline (Fetcher + parse_feed) against a local feed server.

A separate process serves N realistic 20-item RSS feeds with ETags from several loopback
addresses (so per-host limits behave as with many outlets); a share of the feeds changes
between rounds. The client polls every feed each round with conditional GETs, parses what
changed, and reports feeds/s, CPU seconds per 1,000 feeds and peak memory. A plain sequential
``feedparser.parse(url)`` loop over a subset of the same feeds is the baseline.

    python bench/poll.py [--feeds 2000] [--rounds 2] [--hosts 50] [--changed 10]

``--parse-speed`` also times feedparser with and without the fast options on the real feeds
in ../shared/eval-data/feeds (skipped with a message when that folder is absent).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import multiprocessing
import random
import resource
import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

import feedparser

from monitors.feeds import FAST_OPTIONS, parse_feed
from monitors.fetch import Fetcher, FetchPolicy, make_client

ROOT = Path(__file__).resolve().parents[1]
EVAL_FEEDS = ROOT.parent / "shared" / "eval-data" / "feeds"
WORDS = (
    "ministry officials said council harbour strike ferry bridge minister residents police "
    "hospital election vote budget report inquiry storm flooding farmers union workers port "
    "prices market court judge ruling appeal mayor district school teachers rail service "
    "army ceasefire talks border aid convoy night morning statement spokesman confirmed "
    "denied estimated according witnesses injured killed displaced rescue teams"
).split()


# ---------------------------------------------------------------- feed server (child process)


def feed_version(feed: int, round_number: int, changed_percent: int) -> int:
    """How many times feed ``feed`` has changed by round ``round_number`` (deterministic)."""
    return sum(
        1 for r in range(1, round_number + 1) if (feed * 7919 + r * 104729) % 100 < changed_percent
    )


def render_feed(feed: int, version: int) -> bytes:
    """A 20-item RSS 2.0 feed whose newest ``version`` items appeared after the first round."""
    rng = random.Random(feed)
    start = datetime(2026, 3, 1, tzinfo=UTC) - timedelta(hours=feed % 24)
    items = []
    for serial in range(version + 19, version - 1, -1):
        item_rng = random.Random(feed * 100_000 + serial)
        title = " ".join(item_rng.choice(WORDS) for _ in range(9)).capitalize()
        paragraphs = "".join(
            "<p>" + " ".join(item_rng.choice(WORDS) for _ in range(40)) + ".</p>" for _ in range(3)
        )
        when = format_datetime(start + timedelta(minutes=37 * serial), usegmt=True)
        items.append(
            f"<item><title>{title}</title>"
            f"<link>https://outlet{feed % 97}.example.org/news/{feed}/{serial}</link>"
            f'<guid isPermaLink="false">feed{feed}-item{serial}</guid>'
            f"<pubDate>{when}</pubDate>"
            f"<description><![CDATA[{paragraphs}]]></description></item>"
        )
    outlet = " ".join(rng.choice(WORDS) for _ in range(2)).title()
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{outlet} News {feed}</title><link>https://outlet{feed % 97}.example.org/</link>"
        f"<description>Latest stories</description><ttl>15</ttl>{''.join(items)}"
        "</channel></rss>"
    ).encode()


async def _serve(
    hosts: int, round_value: Synchronized[int], changed_percent: int, ports: Any
) -> None:
    cache: dict[int, tuple[int, bytes, str]] = {}

    def current(feed: int) -> tuple[bytes, str]:
        version = feed_version(feed, round_value.value, changed_percent)
        cached = cache.get(feed)
        if cached is None or cached[0] != version:
            cached = (version, render_feed(feed, version), f'"f{feed}-v{version}"')
            cache[feed] = cached
        return cached[1], cached[2]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request_line = await reader.readline()
                if not request_line:
                    break
                headers: dict[str, str] = {}
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                path = request_line.split()[1].decode()
                try:
                    feed = int(path.rsplit("/", 1)[1])
                except (IndexError, ValueError):
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    continue
                body, etag = current(feed)
                if headers.get("if-none-match") == etag:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\n\r\n".encode())
                else:
                    writer.write(
                        (
                            "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8"
                            f"\r\nETag: {etag}\r\nContent-Length: {len(body)}\r\n\r\n"
                        ).encode()
                        + body
                    )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    servers = []
    for host in range(hosts):
        server = await asyncio.start_server(handle, f"127.0.1.{host + 1}", 0, backlog=1024)
        servers.append(server)
        ports.put(server.sockets[0].getsockname()[1])
    await asyncio.Event().wait()


def serve_forever(
    hosts: int, round_value: Synchronized[int], changed_percent: int, ports: Any
) -> None:
    """Entry point of the server process."""
    asyncio.run(_serve(hosts, round_value, changed_percent, ports))


# ---------------------------------------------------------------- client measurements


@dataclass(frozen=True)
class RoundStats:
    name: str
    feeds: int
    changed: int
    not_modified: int
    errors: int
    items: int
    wall: float
    cpu: float

    def line(self) -> str:
        per_thousand = self.cpu / self.feeds * 1000
        return (
            f"{self.name:<22} {self.feeds:>6} feeds  {self.feeds / self.wall:>8.0f} feeds/s  "
            f"{per_thousand:>6.2f} CPU s/1000 feeds  200:{self.changed} 304:{self.not_modified} "
            f"errors:{self.errors} items:{self.items}"
        )


async def pipeline_round(
    name: str, fetcher: Fetcher, urls: list[str], etags: dict[str, str]
) -> RoundStats:
    """Poll every URL once with its ETag and parse the bodies that changed."""
    counts = {"changed": 0, "not_modified": 0, "errors": 0, "items": 0}

    async def poll(url: str) -> None:
        result = await fetcher.fetch(url, etag=etags.get(url))
        if result.not_modified:
            counts["not_modified"] += 1
        elif result.error or result.body is None:
            counts["errors"] += 1
        else:
            counts["changed"] += 1
            feed = parse_feed(result.body, url=url, content_type=result.content_type)
            counts["items"] += len(feed.items)
            if result.etag:
                etags[url] = result.etag

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(poll(url) for url in urls))
    return RoundStats(
        name,
        len(urls),
        counts["changed"],
        counts["not_modified"],
        counts["errors"],
        counts["items"],
        time.perf_counter() - wall,
        time.process_time() - cpu,
    )


def baseline_round(urls: list[str]) -> RoundStats:
    """The naive loop: feedparser fetches and parses each URL in turn, default options."""
    items = errors = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for url in urls:
        parsed = feedparser.parse(url)
        items += len(parsed.entries)
        errors += int(not parsed.entries)
    return RoundStats(
        "baseline feedparser",
        len(urls),
        len(urls) - errors,
        0,
        errors,
        items,
        time.perf_counter() - wall,
        time.process_time() - cpu,
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parse_speed() -> None:
    """Time feedparser with default and fast options on the real sample feeds."""
    folders = [EVAL_FEEDS / "miniflux_fixtures", EVAL_FEEDS / "feedjira_sample_feeds"]
    if not all(folder.is_dir() for folder in folders):
        print(f"parse speed: skipped, sample feeds not found under {EVAL_FEEDS}")
        return
    bodies = [
        path.read_bytes()
        for folder in folders
        for path in sorted(folder.rglob("*.xml"))
        if path.is_file()
    ]
    total_mb = sum(map(len, bodies)) / 1e6
    print(f"\nparse speed on {len(bodies)} real XML feeds ({total_mb:.1f} MB), best of 3:")
    variants: list[tuple[str, dict[str, Any]]] = [
        ("feedparser defaults", {}),
        ("sanitize_html=False", {"sanitize_html": False}),
        ("resolve_relative_uris=False", {"resolve_relative_uris": False}),
        ("both (our FAST_OPTIONS)", dict(FAST_OPTIONS)),
        ("both + Content-Location base", {**FAST_OPTIONS, "content-location": True}),
    ]
    results: dict[str, float] = {}
    for label, options in variants:
        headers = {"content-type": "application/xml"}
        if options.pop("content-location", False):
            headers["content-location"] = "https://example.org/feed"
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for body in bodies:
                feedparser.parse(io.BytesIO(body), response_headers=headers, **options)
            best = min(best, time.process_time() - started)
        results[label] = best
        print(f"  {label:<30} {best:6.2f} CPU s  {len(bodies) / best:7.0f} feeds/s")
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for body in bodies:
            parse_feed(body, url="https://example.org/feed", content_type="application/xml")
        best = min(best, time.process_time() - started)
    print(
        f"  {'parse_feed (fast + html_to_text)':<30} {best:6.2f} CPU s  "
        f"{len(bodies) / best:7.0f} feeds/s"
    )
    speedup = results["feedparser defaults"] / results["both (our FAST_OPTIONS)"]
    print(f"  fast options speed-up over defaults: {speedup:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--hosts", type=int, default=50, help="loopback addresses to spread over")
    parser.add_argument("--changed", type=int, default=10, help="percent changed per round")
    parser.add_argument("--baseline", type=int, default=300, help="feeds in the baseline loop")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--per-host-delay", type=float, default=0.0)
    parser.add_argument("--parse-speed", action="store_true", help="also time parse options")
    args = parser.parse_args(argv)

    context = multiprocessing.get_context("spawn")
    round_value = context.Value("i", 0)
    ports = context.Queue()
    server = context.Process(
        target=serve_forever,
        args=(args.hosts, round_value, args.changed, ports),
        daemon=True,
    )
    server.start()
    try:
        host_ports = [ports.get(timeout=30) for _ in range(args.hosts)]
        urls = [
            f"http://127.0.1.{feed % args.hosts + 1}:{host_ports[feed % args.hosts]}/feed/{feed}"
            for feed in range(args.feeds)
        ]
        policy = replace(
            FetchPolicy(),
            concurrency=args.concurrency,
            per_host_concurrency=max(2, args.concurrency // args.hosts),
            per_host_delay=args.per_host_delay,
            allow_networks=("127.0.0.0/8",),  # the benchmark's feeds are served on loopback
        )
        print(
            f"{args.feeds} feeds on {args.hosts} loopback hosts, {args.rounds} rounds, "
            f"~{args.changed}% changed per round; concurrency {policy.concurrency}, "
            f"per host {policy.per_host_concurrency}, per-host delay {policy.per_host_delay}s; "
            f"python {sys.version.split()[0]}"
        )

        async def run_pipeline() -> list[RoundStats]:
            etags: dict[str, str] = {}
            stats = []
            async with make_client(policy) as client:
                fetcher = Fetcher(client, policy)
                for number in range(args.rounds):
                    round_value.value = number
                    label = "cold (no ETags)" if number == 0 else f"round {number} (conditional)"
                    stats.append(await pipeline_round(label, fetcher, urls, etags))
            return stats

        pipeline = asyncio.run(run_pipeline())
        pipeline_peak = peak_rss_mb()
        for stats in pipeline:
            print(stats.line())
        print(f"peak memory (max RSS) after pipeline: {pipeline_peak:.0f} MB")

        round_value.value = 0
        subset = urls[: min(args.baseline, len(urls))]
        baseline = baseline_round(subset)
        print(baseline.line() + f"   (subset of {len(subset)}, scaled per 1000)")
        print(f"peak memory (max RSS) after baseline: {peak_rss_mb():.0f} MB")

        base_cpu = baseline.cpu / baseline.feeds
        base_rate = baseline.feeds / baseline.wall
        for stats in pipeline:
            print(
                f"ratio {stats.name:<22} {stats.feeds / stats.wall / base_rate:6.1f}x feeds/s, "
                f"{base_cpu / (stats.cpu / stats.feeds):6.1f}x less CPU per feed than baseline"
            )
        steady = pipeline[-1]
        per_cycle = steady.cpu / steady.feeds * 10_000
        print(
            f"projected CPU for 10,000 feeds per cycle at this change rate: {per_cycle:.1f} s "
            f"of a 300 s budget per core"
        )
    finally:
        server.terminate()
        server.join(timeout=10)
    if args.parse_speed:
        parse_speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
