"""``demo``: the bundled fictional outlets, served on loopback, polled and analysed."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from crosswire.cli.alerts import divergence_step, summary_line
from crosswire.cli.analyze import figure_text
from crosswire.cli.common import Command, open_store
from crosswire.cli.divergences import print_divergences
from crosswire.cli.poll import print_summary
from crosswire.config import Config

if TYPE_CHECKING:
    from crosswire.db import ArticleListing, StoredAnalysis


def cmd_demo(args: argparse.Namespace, out: Console) -> int:
    """Serve the bundled fictional feeds on loopback, poll, compare outlets, then a revision."""
    from crosswire.demo import serve_demo
    from crosswire.divergence.service import story_divergences
    from crosswire.pipeline import poll_once

    database = f"sqlite:///{Path(args.keep).resolve()}" if args.keep else None
    with serve_demo(database=database) as site:
        # Every demo article is fresh, so exclusives are shown without the grace period.
        settings = site.config.divergence.model_copy(update={"exclusive_grace_hours": 0.0})
        config: Config = site.config.model_copy(update={"divergence": settings})
        with open_store(config) as store:
            first = asyncio.run(poll_once(config, store))
            print_summary(first, out)
            print_demo_findings(store.list_articles(), store.latest_analyses(), out)
            out.rule("Alerts after the first poll")
            step = divergence_step(config, store, out)
            out.print(summary_line(step), soft_wrap=True)
            print_divergences(story_divergences(store, config), out)
            # The demo site then serves updated versions of some stories: poll again.
            site.revise()
            second = asyncio.run(poll_once(config, store))
            out.rule("After the outlets revised their stories")
            out.print(
                f"second poll: {second.count('not_modified')} feed(s) not modified, "
                f"{second.new_articles} new article(s), {second.new_versions} new version(s)",
                soft_wrap=True,
            )
            for article in (a for a in store.list_articles() if a.versions > 1):
                out.print(
                    f"  revised: {article.outlet}: {article.title} ({article.versions} versions)",
                    soft_wrap=True,
                )
            step = divergence_step(config, store, out)
            out.print(summary_line(step), soft_wrap=True)
    if args.keep:
        out.print(f"database kept at {args.keep}", soft_wrap=True)
    return 0


def print_demo_findings(
    listing: Sequence[ArticleListing], analyses: Sequence[StoredAnalysis], out: Console
) -> None:
    """Articles per outlet, story matches, claims per outlet and non-responses."""
    per_outlet: dict[str, list[ArticleListing]] = {}
    per_story: dict[str, list[ArticleListing]] = {}
    for article in listing:
        per_outlet.setdefault(article.outlet, []).append(article)
        for story in article.stories:
            per_story.setdefault(story, []).append(article)

    table = Table("outlet", "articles", "titles", title="Articles per outlet")
    for outlet, articles in sorted(per_outlet.items()):
        table.add_row(outlet, str(len(articles)), "\n".join(a.title for a in articles))
    out.print(table)

    table = Table("story", "outlet", "title", title="Story matches")
    for story, articles in sorted(per_story.items()):
        for article in articles:
            table.add_row(story, article.outlet, article.title)
    out.print(table if per_story else "No story matches.")

    claims = Table("outlet", "category", "figure", "claimant", title="Claims per outlet")
    silences = Table("outlet", "who", "sentence", title="Non-responses")
    for analysis in analyses:
        for claim in analysis.claims:
            claims.add_row(
                analysis.outlet,
                str(claim.get("category", "")),
                figure_text(claim),
                str(claim.get("claimant") or "(unattributed)"),
            )
        for attribution in analysis.attributions:
            if attribution.get("kind") == "non_response":
                silences.add_row(
                    analysis.outlet, str(attribution.get("source", "")), attribution.get("text")
                )
    out.print(claims if claims.row_count else "No casualty claims found.")
    out.print(silences if silences.row_count else "No non-responses found.")


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep", metavar="DB", help="keep the demo database at this path")


DEMO = Command(cmd_demo, "poll bundled fictional feeds served locally", _demo_arguments)
