"""A fictional newsroom for the core's tests: two outlets' feeds and article pages on loopback.

The stories are invented (a ferry disaster in the made-up port of Kessa) and written for
these tests; the routes are served by ``tests.support.httpserver.LoopbackServer``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from crosswire.config import Config, validate_config
from tests.support.httpserver import LoopbackServer, RecordedRequest, Response

FAST_HTTP = {
    "per_host_delay": 0,
    "per_host_concurrency": 4,
    # generous: on a loaded machine a loopback server's thread may wait seconds for the GIL,
    # and a feed that times out is backed off past a test's patience
    "connect_timeout": 15,
    "read_timeout": 15,
    "allow_networks": ["127.0.0.0/8"],  # the loopback servers these tests start
}


@dataclass(frozen=True)
class Item:
    """One fictional news item for a test feed."""

    slug: str
    title: str
    summary: str
    published: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    guid: str | None = None


def rss(items: Sequence[Item], base: str, *, title: str = "Test Wire") -> bytes:
    """An RSS 2.0 feed of ``items`` whose links point at ``base``/articles/<slug>."""
    entries = []
    for item in items:
        guid = item.guid or f"{base}/articles/{item.slug}"
        entries.append(
            "<item>"
            f"<title>{escape(item.title)}</title>"
            f"<link>{base}/articles/{item.slug}</link>"
            f'<guid isPermaLink="false">{escape(guid)}</guid>'
            f"<pubDate>{format_datetime(item.published)}</pubDate>"
            f"<description>{escape(item.summary)}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{base}/</link><description>test</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def article_page(title: str, paragraphs: Sequence[str]) -> bytes:
    """A plain news article page with a nav bar and footer around the story."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>© Test Wire 2026. All rights reserved.</footer>"
        "</body></html>"
    ).encode()


def make_config(
    db_path: Path,
    outlets: Sequence[dict[str, Any]],
    stories: Sequence[dict[str, Any]] = (),
) -> Config:
    """A validated Config for a test database with fast, polite-enough HTTP settings."""
    return validate_config(
        {
            "database": f"sqlite:///{db_path}",
            "outlets": list(outlets),
            "stories": list(stories),
            "http": FAST_HTTP,
        }
    )


T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

FERRY_PARAGRAPHS = (
    "At least 14 people were killed when a passenger ferry capsized off the port of Kessa "
    "on Monday morning, the regional coastguard said.",
    "Rescue boats pulled 61 survivors from the water in heavy swell, and divers were still "
    "searching the hull in the afternoon, a coastguard spokesperson told reporters at the quay.",
    "The ferry operator, Blue Line Shipping, did not immediately respond to a request for "
    "comment. Relatives gathered outside the harbour office waiting for news of the missing.",
)

FERRY_UPDATE = (
    "At least 23 people were killed when a passenger ferry capsized off the port of Kessa "
    "on Monday morning, the regional coastguard said, raising an earlier toll.",
    "Rescue boats pulled 58 survivors from the water in heavy swell. Divers recovered more "
    "bodies from the hull overnight, a coastguard spokesperson told reporters at the quay.",
    "The ferry operator, Blue Line Shipping, declined to comment. Relatives gathered outside "
    "the harbour office, and the port authority said an inquiry would open on Wednesday.",
)

MARKET_PARAGRAPHS = (
    "The Kessa fish market reopened on Tuesday after a week of repairs to its roof, which "
    "was damaged in last month's storm, the city council said in a statement.",
    "Traders said business was slow on the first morning but expected customers to return "
    "by the weekend. The council said the repairs had cost less than planned.",
    "A spokesperson for the traders' association welcomed the reopening and thanked the "
    "workers who finished the job ahead of schedule despite the poor weather.",
)

BRIDGE_PARAGRAPHS = (
    "Engineers closed the old Kessa bridge to lorries on Wednesday after inspectors found "
    "cracks in two of its supports, the regional roads agency said.",
    "Cars and buses may still cross, but heavy traffic will be sent along the coast road "
    "for at least three months while the supports are repaired, the agency added.",
    "Haulage firms said the detour would add an hour to each journey. The agency said it "
    "was looking at ways to shorten the closure and would publish a timetable next week.",
)


def items(*, ferry_updated: bool = False) -> list[Item]:
    """The Harbour Wire feed: short summaries, so full text comes from the pages."""
    ferry_title = "Ferry capsizes off Kessa, at least " + ("23" if ferry_updated else "14")
    ferry_title += " dead"
    return [
        Item("ferry", ferry_title, "A passenger ferry capsized off Kessa.", T0),
        Item(
            "market", "Kessa fish market reopens", "The market reopened.", T0 - timedelta(hours=3)
        ),
        Item("bridge", "Old bridge closed to lorries", "Cracks found.", T0 - timedelta(hours=6)),
    ]


def etag_route(
    body: bytes, etag: str, content_type: str = "application/rss+xml"
) -> Callable[[RecordedRequest], Response]:
    """A handler that answers 304 when the client sends the current ETag."""

    def handle(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(304, {"ETag": etag})
        return Response(200, {"Content-Type": content_type, "ETag": etag}, body)

    return handle


def serve_wire(
    server: LoopbackServer, *, ferry_updated: bool = False, etag: str | None = None
) -> None:
    """Install (or replace) the Harbour Wire feed and its pages on ``server``."""
    base = server.url("").rstrip("/")
    body = rss(items(ferry_updated=ferry_updated), base, title="Harbour Wire")
    if etag is None:
        server.routes["/wire.xml"] = Response(200, {"Content-Type": "application/rss+xml"}, body)
    else:
        server.routes["/wire.xml"] = etag_route(body, etag)
    ferry = FERRY_UPDATE if ferry_updated else FERRY_PARAGRAPHS
    pages: dict[str, tuple[str, Sequence[str]]] = {
        "ferry": ("Ferry capsizes off Kessa", ferry),
        "market": ("Kessa fish market reopens", MARKET_PARAGRAPHS),
        "bridge": ("Old bridge closed to lorries", BRIDGE_PARAGRAPHS),
    }
    for slug, (title, paragraphs) in pages.items():
        server.routes[f"/articles/{slug}"] = Response(
            200, {"Content-Type": "text/html; charset=utf-8"}, article_page(title, paragraphs)
        )
