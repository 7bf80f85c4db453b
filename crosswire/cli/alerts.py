"""The step after a poll, shared by ``poll`` and ``demo``: compare outlets, then print alerts."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from crosswire.config import Config
from crosswire.console_alerts import deliver_to_console
from crosswire.db import Store
from crosswire.divergence.service import RefreshSummary, refresh


def divergence_step(
    config: Config, store: Store, out: Console, *, now: datetime | None = None
) -> RefreshSummary:
    """Run the divergence step; without a Telegram token, print new alerts to the console."""
    summary = refresh(store, config, now or datetime.now(UTC))
    if not config.telegram.token:
        deliver_to_console(store, lambda text: out.print(text, soft_wrap=True, markup=False))
    return summary


def summary_line(summary: RefreshSummary) -> str:
    return (
        f"divergences: {summary.divergences} in {summary.stories} changed stor"
        f"{'y' if summary.stories == 1 else 'ies'}; {summary.alerts} new alert(s); "
        f"{summary.copies_linked} wire cop{'y' if summary.copies_linked == 1 else 'ies'} linked"
        + _reanalysed(summary)
    )


def _reanalysed(summary: RefreshSummary) -> str:
    """What was made again after a rules upgrade; nothing in the usual case."""
    if not summary.reanalysed and not summary.deferred:
        return ""
    waiting = f", {summary.deferred} stor{'y' if summary.deferred == 1 else 'ies'} waiting"
    return f"; {summary.reanalysed} result(s) of older rules made again" + (
        waiting if summary.deferred else ""
    )
