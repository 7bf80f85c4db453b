"""Shared helpers for the core's tests: configs, feeds and pages written for the tests."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from crosswire.config import Config, validate_config
from crosswire.db import Store

FAST_HTTP = {
    "per_host_delay": 0,
    "per_host_concurrency": 4,
    "connect_timeout": 2,
    "read_timeout": 5,
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


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store in a temporary file."""
    with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as opened:
        yield opened
