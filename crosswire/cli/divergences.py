"""``divergences``, ``claims`` and ``sources``: what the divergence engine found and stored."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from crosswire.cli.analyze import figure_text
from crosswire.cli.common import (
    Command,
    open_existing_store,
    require_config,
    resolve_story,
    write_json_line,
)
from crosswire.divergence.settings import KINDS


def cmd_divergences(args: argparse.Namespace, out: Console) -> int:
    """List the stored divergences (unresolved), optionally of one story or kind."""
    from crosswire.divergence.service import story_divergences

    config = require_config(args)
    with open_existing_store(config) as store:
        story = resolve_story(config, store, args.story)
        rows = story_divergences(store, config, story, args.kind)
    if args.json:
        for row in rows:
            write_json_line(row)
        return 0
    print_divergences(rows, out)
    return 0


def print_divergences(rows: Sequence[dict[str, Any]], out: Console, title: str = "") -> None:
    """A readable table: kind, story, what diverged, and the outlets involved."""
    if not rows:
        out.print("No divergences: the outlets' accounts agree so far.", soft_wrap=True)
        return
    table = Table("kind", "story", "what diverged", "outlets", title=title or "Divergences")
    for row in rows:
        outlets = sorted({str(c.get("outlet")) for c in row.get("claims", [])})
        kind = str(row.get("kind", ""))
        if row.get("stealth"):
            kind += " (stealth)"
        table.add_row(
            kind, str(row.get("story", "")), str(row.get("summary", "")), ", ".join(outlets)
        )
    out.print(table)


def cmd_claims(args: argparse.Namespace, out: Console) -> int:
    """List the stored claims of each article's current version, with outlet, URL and story."""
    config = require_config(args)
    with open_existing_store(config) as store:
        story = resolve_story(config, store, args.story)
        rows = store.latest_analyses(story=story)
        listing = {a.url: a for a in store.list_articles(story=story)}
    records = [
        {
            **claim,
            "outlet": analysis.outlet,
            "url": analysis.url,
            "title": analysis.title,
            "version": analysis.version,
            "stories": list(listing[analysis.url].stories) if analysis.url in listing else [],
        }
        for analysis in rows
        for claim in analysis.claims
    ]
    if args.json:
        for record in records:
            write_json_line(record)
        return 0
    table = Table("outlet", "category", "figure", "group", "claimant", "via", "version", "url")
    for record in records:
        table.add_row(
            str(record["outlet"]),
            str(record.get("category", "")),
            figure_text(record),
            str(record.get("group") or ""),
            str(record.get("claimant") or "(unattributed)"),
            str(record.get("via") or ""),
            str(record["version"]),
            str(record["url"]),
        )
    out.print(table if records else "No claims stored.")
    return 0


def cmd_sources(args: argparse.Namespace, out: Console) -> int:
    """Outlet records: counts and rates computed from what Crosswire observed."""
    from crosswire.divergence.service import outlet_records

    config = require_config(args)
    with open_existing_store(config) as store:
        records = outlet_records(store, config)
    if args.json:
        for record in records:
            write_json_line(record)
        return 0
    if not records:
        out.print("No outlets with stored articles yet.")
        return 0
    columns = [k for k in records[0] if k in SHORT_NAMES]
    table = Table("outlet", *(SHORT_NAMES[c] for c in columns), title="Outlet records")
    for record in records:
        table.add_row(str(record["outlet"]), *(_cell(record[c]) for c in columns))
    out.print(table)
    out.print("How each number is computed: docs/DIVERGENCE.md#outlet-records", soft_wrap=True)
    return 0


#: Column headers of the ``sources`` table (``--json`` has every field under its full name).
SHORT_NAMES = {
    "claims": "claims",
    "named_rate": "named",
    "anonymous": "anon.",
    "unsourced": "bare",
    "exclusives_confirmed": "excl. confirmed",
    "exclusives_unconfirmed": "excl. alone",
    "figures_revised": "revised",
    "stealth_edits": "stealth",
    "first_to_report": "first",
    "outside_consensus": "off consensus",
    "non_responses": "no comment",
    "copies": "copies",
}


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.0%}" if value <= 1 else f"{value:.1f}"
    return "" if value is None else str(value)


def _divergences_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--story", metavar="NAME", help="only this story (any case)")
    parser.add_argument(
        "--kind", choices=KINDS, metavar="KIND", help="only this kind: " + ", ".join(KINDS)
    )
    parser.add_argument("--json", action="store_true", help="JSON Lines, one divergence per line")


def _claims_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--story", metavar="NAME", help="only claims of articles in this story")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one claim per line")


def _sources_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines, one outlet per line")


DIVERGENCES = Command(cmd_divergences, "list how outlets' accounts diverge", _divergences_arguments)
CLAIMS = Command(cmd_claims, "list stored claims with outlet, URL and version", _claims_arguments)
SOURCES = Command(cmd_sources, "outlet records computed from what was observed", _sources_arguments)
