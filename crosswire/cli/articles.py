"""``articles``: the stored articles."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from crosswire.cli.common import (
    Command,
    open_existing_store,
    require_config,
    resolve_story,
    write_json_line,
)

if TYPE_CHECKING:
    from crosswire.db import ArticleListing


def article_json(article: ArticleListing) -> dict[str, Any]:
    """The stable JSON shape of one article (see ``crosswire articles --json``)."""
    return {
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "stories": list(article.stories),
        "versions": article.versions,
        "duplicate_of": article.duplicate_of,
    }


def cmd_articles(args: argparse.Namespace, out: Console) -> int:
    """List stored articles, newest first."""
    config = require_config(args)
    with open_existing_store(config) as store:
        story = resolve_story(config, store, args.story)
        listing = store.list_articles(story=story)
    if args.json:
        for article in listing:
            write_json_line(article_json(article))
        return 0
    table = Table(title=f"{len(listing)} article(s)")
    for name in ("published", "outlet", "title", "stories", "versions", "url"):
        table.add_column(name, overflow="fold")
    for article in listing:
        published = article.published.strftime("%Y-%m-%d %H:%M") if article.published else ""
        table.add_row(
            published,
            article.outlet,
            article.title + (" [duplicate]" if article.duplicate_of else ""),
            ", ".join(article.stories),
            str(article.versions),
            article.url,
        )
    out.print(table)
    return 0


def _articles_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--story", metavar="NAME", help="only articles matched to this story (any case)"
    )
    parser.add_argument("--json", action="store_true", help="JSON Lines, one article per line")


ARTICLES = Command(cmd_articles, "list stored articles", _articles_arguments)
