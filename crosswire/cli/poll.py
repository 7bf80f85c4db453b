"""``poll``, ``run`` and ``check-config``: the commands that drive the monitors."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from crosswire.cli.alerts import divergence_step, summary_line
from crosswire.cli.common import (
    Command,
    UsageError,
    one_line,
    open_store,
    positive_float,
    require_config,
)
from crosswire.config import Config
from crosswire.watchrules import effective_config, with_chat_additions

if TYPE_CHECKING:
    from crosswire.db import Store
    from crosswire.pipeline import FeedReport, PollSummary
    from crosswire.scheduler import ServiceTiming


def cmd_check_config(args: argparse.Namespace, out: Console) -> int:
    """Validate the configuration only."""
    config = require_config(args)
    feeds = sum(len(outlet.feeds) for outlet in config.outlets)
    out.print(
        f"config OK: {len(config.outlets)} outlets, {feeds} feeds, {len(config.stories)} stories",
        soft_wrap=True,
    )
    return 0


def cmd_poll(args: argparse.Namespace, out: Console) -> int:
    """Poll every configured feed once and print what happened."""
    config = require_config(args)
    with open_store(config) as store:
        config = effective_config(config, store)  # with outlets and rules added from chats
        summary = run_poll(config, store, out, include_paused=args.retry_paused, force=args.force)
        print_summary(summary, out)
        step = divergence_step(config, store, out)
    out.print(summary_line(step), soft_wrap=True)
    return 0


def run_poll(
    config: Config, store: Store, out: Console, *, include_paused: bool, force: bool = False
) -> PollSummary:
    """Poll once; show a progress bar only when stdout is a terminal."""
    from crosswire.pipeline import poll_once

    total = sum(len(outlet.feeds) for outlet in config.outlets)
    if not out.is_terminal:
        return asyncio.run(poll_once(config, store, include_paused=include_paused, force=force))
    columns = (TextColumn("polling"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=out, transient=True) as bar:
        task = bar.add_task("poll", total=total)

        def advance(_report: FeedReport) -> None:
            bar.advance(task)

        return asyncio.run(
            poll_once(config, store, progress=advance, include_paused=include_paused, force=force)
        )


def print_summary(summary: PollSummary, out: Console) -> None:
    """Per-feed table, then one line of totals."""
    table = Table(title="Poll summary", show_lines=False)
    for name in ("outlet", "feed", "status", "new", "revised", "deferred", "reason"):
        table.add_column(name, overflow="fold")
    for feed in sorted(summary.feeds, key=lambda f: (f.status != "failed", f.outlet, f.url)):
        table.add_row(
            feed.outlet,
            feed.url,
            feed.status.replace("_", " "),
            str(feed.new_articles),
            str(feed.new_versions),
            f"{feed.deferred_items:,}",
            feed.reason or "",
        )
    out.print(table)
    out.print(
        f"feeds: {summary.count('ok')} ok, {summary.count('not_modified')} not modified, "
        f"{summary.count('failed')} failed, {summary.count('paused')} paused, "
        f"{summary.count('deferred')} deferred; "
        f"new articles: {summary.new_articles}; new versions: {summary.new_versions}; "
        f"matched stories: {summary.matched_stories}",
        soft_wrap=True,
    )
    for line in follow_up_lines(summary):
        out.print(line, soft_wrap=True)


def follow_up_lines(summary: PollSummary) -> list[str]:
    """What this poll left for later: carried-over items and owed page texts."""
    lines = []
    if summary.deferred_items:
        lines.append(f"deferred {summary.deferred_items:,} items to the next poll")
    owed = summary.fulltext
    if summary.fulltext_failed or owed.tried or owed.pending:
        lines.append(
            f"full text: {summary.fulltext_failed} new article page(s) not read; "
            f"{owed.recovered} of {owed.tried} owed page(s) read now"
            f"{f', {owed.given_up} given up' if owed.given_up else ''}; "
            f"{owed.pending} still owed (retried with backoff)"
        )
    return lines


def cmd_run(args: argparse.Namespace, out: Console) -> int:
    """Run the scheduler until SIGINT or SIGTERM."""
    from crosswire.scheduler import ServiceTiming

    config = require_config(args)
    timing = ServiceTiming(dispatch_every=args.dispatch_every)
    # Without a token alerts go to the console; a bot consumes the outbox itself.
    consumer = None if config.telegram.token else _console_consumer(out)
    with open_store(config) as store:
        base = config
        config = effective_config(base, store)  # with outlets and rules added from chats
        # Chat additions made while running are taken in at the next dispatch round.
        asyncio.run(
            _serve(config, store, timing, consumer, lambda: with_chat_additions(base, store))
        )
    return 0


async def _serve(
    config: Config,
    store: Store,
    timing: ServiceTiming,
    consumer: Callable[[Store], object] | None,
    reload: Callable[[], Config],
) -> None:
    """The scheduler, with the consumers registered as entry points (the bot) around it."""
    from crosswire.consumers import ConsumerError, load_consumers
    from crosswire.scheduler import run_service

    try:
        consumers = load_consumers(config, store)
    except ConsumerError as exc:
        raise UsageError([str(exc)]) from None
    started = []
    try:
        for running in consumers:
            try:
                await running.start()
            except Exception as exc:  # e.g. the Bot API unreachable or the token refused
                raise UsageError(
                    [f"cannot start {type(running).__name__}: {one_line(exc)}"]
                ) from None
            started.append(running)
        await run_service(config, store, timing=timing, on_alerts=consumer, reload=reload)
    finally:
        for running in reversed(started):
            await running.stop()


def _poll_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--once", action="store_true", help="poll every feed once now (the default)"
    )
    parser.add_argument(
        "--retry-paused", action="store_true", help="unpause paused feeds and poll them too"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="poll feeds a server asked to wait (429/503), except those with an active Retry-After",
    )


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dispatch-every",
        type=positive_float,
        default=30.0,
        metavar="SECONDS",
        help="how often to look for due feeds (default 30)",
    )


def _console_consumer(out: Console) -> Callable[[Store], object]:
    """Print alerts on the console (used when no Telegram bot is configured)."""
    from crosswire.console_alerts import deliver_to_console

    def deliver(store: Store) -> int:
        return deliver_to_console(store, lambda text: out.print(text, soft_wrap=True, markup=False))

    return deliver


CHECK_CONFIG = Command(cmd_check_config, "validate the configuration and exit")
POLL = Command(cmd_poll, "poll every feed once and print a summary", _poll_arguments)
RUN = Command(cmd_run, "poll on schedule until SIGINT/SIGTERM", _run_arguments)
