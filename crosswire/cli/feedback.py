"""``feedback``: readers' confirm/reject verdicts on alerted figures, as evaluation data."""

from __future__ import annotations

import argparse
from collections import Counter

from rich.console import Console
from rich.table import Table

from crosswire.cli.common import Command, open_existing_store, require_config, write_json_line
from crosswire.db.bot_store import BotStore


def cmd_feedback(args: argparse.Namespace, out: Console) -> int:
    """List every verdict (JSON Lines with ``--json``), then totals per outlet."""
    config = require_config(args)
    with open_existing_store(config) as store:
        rows = BotStore(store).feedback()
    if args.json:
        for row in rows:
            write_json_line(
                {
                    "alert_id": row.alert_id,
                    "story": row.story,
                    "verdict": row.verdict,
                    "user_id": row.user_id,
                    "chat_id": row.chat_id,
                    "at": row.created_at.isoformat(),
                    "claim": row.claim,
                }
            )
        return 0
    if not rows:
        out.print("No feedback yet: readers confirm or reject figures under bot alerts.")
        return 0
    table = Table("when", "story", "outlet", "figure", "claimant", "verdict", "user")
    for row in rows:
        claim = row.claim
        table.add_row(
            row.created_at.strftime("%Y-%m-%d %H:%M"),
            row.story,
            str(claim.get("outlet", "")),
            str(claim.get("figure_text", "")),
            str(claim.get("claimant") or ""),
            row.verdict,
            str(row.user_id),
        )
    out.print(table)
    totals = Counter((str(r.claim.get("outlet", "?")), r.verdict) for r in rows)
    for outlet in sorted({outlet for outlet, _ in totals}):
        out.print(
            f"{outlet}: {totals[(outlet, 'confirm')]} confirmed, "
            f"{totals[(outlet, 'reject')]} rejected",
            soft_wrap=True,
        )
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines, one verdict each")


FEEDBACK = Command(cmd_feedback, "readers' verdicts on alerted figures", _arguments)
