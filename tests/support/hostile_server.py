"""Hostile feeds for the poll tests: huge feeds, slow pages, quote storms, peak memory.

Everything is fictional and generated here; the server is
:class:`tests.support.httpserver.LoopbackServer` on 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from crosswire.config import Config, HttpConfig, validate_config
from tests.support.httpserver import LoopbackServer, RecordedRequest, Response

RSS = "application/rss+xml"
HTML = "text/html; charset=utf-8"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUICK_HTTP: dict[str, Any] = {
    "per_host_delay": 0,
    "per_host_concurrency": 4,
    "connect_timeout": 2,
    "read_timeout": 10,
}
if "allow_networks" in HttpConfig.model_fields:  # with the network policy: allow our servers
    QUICK_HTTP["allow_networks"] = ["127.0.0.0/8"]
#: A short wire summary (below the full-text threshold, so the page is fetched).
TEASER = "Harbour officials gave an update on the ferry service."
#: A feed text long enough to stand as the article (no page fetch).
LONG_SUMMARY = (
    "The coastal council met on Thursday to discuss the winter timetable for the island "
    "ferries, and agreed to keep the late crossing running until the end of March. "
) * 5
PAGE_PARAGRAPHS = (
    "The regional coastguard said on Monday that 9 fishermen were missing after two trawlers "
    "collided in fog off the northern cape, and that a search would continue overnight.",
    "A spokesperson for the fishermen's union said crews had warned about the fog for weeks. "
    "The port authority did not immediately respond to a request for comment.",
    "Relatives waited at the harbour office for news while lifeboats from three stations "
    "searched the water around the cape, the coastguard added in a later statement.",
)


@dataclass(frozen=True)
class FeedEntry:
    """One generated item: links to ``{base}/{path}``."""

    path: str
    title: str
    text: str
    published: datetime


def numbered_entries(prefix: str, count: int, text: str = LONG_SUMMARY) -> list[FeedEntry]:
    """``count`` items, newest first, one minute apart: ``{prefix}/0`` is the newest."""
    return [
        FeedEntry(f"{prefix}/{n}", f"{prefix} item {n}", text, T0 - timedelta(minutes=n))
        for n in range(count)
    ]


def rss(entries: Sequence[FeedEntry], base: str) -> bytes:
    """An RSS 2.0 feed of ``entries``; GUIDs are the item paths."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Hostile Wire</title><link>{base}/</link><description>test</description>"
    ]
    for entry in entries:
        when = entry.published.strftime("%a, %d %b %Y %H:%M:%S +0000")
        parts.append(
            f"<item><title>{escape(entry.title)}</title><link>{base}/{entry.path}</link>"
            f'<guid isPermaLink="false">{entry.path}</guid><pubDate>{when}</pubDate>'
            f"<description>{escape(entry.text)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def etag_feed(body: bytes, etag: str) -> Callable[[RecordedRequest], Response]:
    """A feed that never changes: 304 when the client sends its ETag."""

    def handle(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(304, {"ETag": etag})
        return Response(200, {"Content-Type": RSS, "ETag": etag}, body)

    return handle


def article_page(title: str, paragraphs: Sequence[str] = PAGE_PARAGRAPHS) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>Hostile Wire 2026</footer></body></html>"
    ).encode()


def serve_pages(server: LoopbackServer, paths: Sequence[str], *, delay: float = 0.0) -> None:
    """Article pages at ``paths``, each answering after ``delay`` seconds."""
    for path in paths:
        server.routes[f"/{path}"] = Response(200, {"Content-Type": HTML}, article_page(path), delay)


def quote_storm(size: int) -> str:
    """One "sentence" of ``size`` characters: claims and attributions in unbalanced quotes,
    with no full stop anywhere."""
    unit = (
        '"the harbour police said 7 sailors were killed, \u201cwitnesses told reporters '
        "3 more were missing, 'an official said "
    )
    return (unit * (size // len(unit) + 1))[:size]


def config_for(db: Path, outlets: Sequence[dict[str, Any]], **http: Any) -> Config:
    """A validated Config on a test database; ``http`` overrides the quick settings."""
    return validate_config(
        {"database": f"sqlite:///{db}", "outlets": list(outlets), "http": {**QUICK_HTTP, **http}}
    )


def descendants(pid: int) -> list[int]:
    """Process ids below ``pid`` (children, grandchildren, ...), read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory (VmHWM) of one process so far, in MB; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_watching_memory(
    command: Sequence[str], *, timeout: float
) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``command``; return its result and the largest peak RSS (MB) seen in it or any
    of its descendants (the worker pool), sampled every 50 ms while it runs."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, float] = {}
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{command[:3]} did not finish in {timeout} s")
            for pid in [process.pid, *descendants(process.pid)]:
                peaks[pid] = max(peaks.get(pid, 0.0), peak_rss_mb(pid))
            time.sleep(0.05)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    return result, max(peaks.values(), default=0.0)
