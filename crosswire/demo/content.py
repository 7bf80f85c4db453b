"""The demo's fictional outlets and articles, loaded from the package's data files.

``feeds/<key>.yaml`` describes an outlet and the format of its feed; ``pages/<key>--<slug>.txt``
holds one article: YAML front matter between ``---`` lines, then paragraphs separated by blank
lines. ``pages/<key>--<slug>--v2.txt`` is a later revision of the same article. Published times
are stored as minutes before "now" so the demo always looks like a live story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Literal

import yaml

FeedFormat = Literal["rss2", "atom", "rss1", "jsonfeed"]
FEED_FORMATS: tuple[FeedFormat, ...] = ("rss2", "atom", "rss1", "jsonfeed")


@dataclass(frozen=True, slots=True)
class DemoOutlet:
    """A fictional outlet: its name, feed format and where the feed is served."""

    key: str
    name: str
    format: FeedFormat
    feed_path: str
    description: str
    full_content: bool  # False: the feed carries summaries only; text is on the pages


@dataclass(frozen=True, slots=True)
class DemoArticle:
    """One fictional article, dated relative to the moment the demo was loaded."""

    outlet: str
    slug: str
    title: str
    author: str
    section: str
    summary: str
    paragraphs: tuple[str, ...]
    published: datetime
    updated: datetime | None = None
    revision: int = 1
    update_note: str | None = None

    @property
    def path(self) -> str:
        return f"/{self.outlet}/articles/{self.slug}.html"

    @property
    def guid(self) -> str:
        return f"{self.outlet}-{self.slug}"

    @property
    def modified(self) -> datetime:
        return self.updated or self.published

    @property
    def text(self) -> str:
        """Title and body as plain text, as a reader would see it."""
        return "\n\n".join((self.title, *self.paragraphs))


def _data() -> Traversable:
    return files("crosswire.demo")


def load_outlets() -> tuple[DemoOutlet, ...]:
    """Every demo outlet, in a stable order."""
    outlets = []
    for entry in sorted(_data().joinpath("feeds").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        raw = yaml.safe_load(entry.read_text(encoding="utf-8"))
        feed_format = raw["format"]
        if feed_format not in FEED_FORMATS:
            raise ValueError(f"{entry.name}: unknown feed format {feed_format!r}")
        outlets.append(
            DemoOutlet(
                key=entry.name.removesuffix(".yaml"),
                name=str(raw["name"]),
                format=feed_format,
                feed_path=str(raw["feed_path"]),
                description=str(raw["description"]),
                full_content=bool(raw["full_content"]),
            )
        )
    return tuple(outlets)


def load_articles(now: datetime, *, revised: bool) -> tuple[DemoArticle, ...]:
    """Every demo article, newest first within each outlet; ``revised`` picks v2 texts."""
    pages = {e.name: e for e in _data().joinpath("pages").iterdir() if e.name.endswith(".txt")}
    articles = []
    for name in sorted(pages):
        stem = name.removesuffix(".txt")
        if stem.endswith("--v2"):
            continue
        chosen = pages.get(f"{stem}--v2.txt") if revised else None
        outlet, slug = stem.split("--", 1)
        articles.append(_parse_article(outlet, slug, (chosen or pages[name]), now))
    return tuple(sorted(articles, key=lambda a: (a.outlet, -a.published.timestamp())))


def _parse_article(outlet: str, slug: str, entry: Traversable, now: datetime) -> DemoArticle:
    text = entry.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    updated = meta.get("updated_minutes_ago")
    return DemoArticle(
        outlet=outlet,
        slug=slug,
        title=str(meta["title"]),
        author=str(meta["author"]),
        section=str(meta.get("section", "World")),
        summary=" ".join(str(meta["summary"]).split()),
        paragraphs=tuple(" ".join(p.split()) for p in body.split("\n\n") if p.strip()),
        published=now - timedelta(minutes=int(meta["minutes_ago"])),
        updated=None if updated is None else now - timedelta(minutes=int(updated)),
        revision=int(meta.get("revision", 1)),
        update_note=meta.get("update_note"),
    )
