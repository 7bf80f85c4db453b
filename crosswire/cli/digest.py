"""``digest``: the daily digest as Markdown, HTML or text, without Telegram."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console

from crosswire.cli.common import (
    Command,
    UsageError,
    one_line,
    open_existing_store,
    require_config,
    resolve_story,
)
from crosswire.db.bot_store import ALL_STORIES, BotStore
from crosswire.digest import FORMATS, collect_digest, parse_since, render_digest
from crosswire.watchrules import effective_stories


def cmd_digest(args: argparse.Namespace, out: Console) -> int:
    """Write the digest of the last ``--since`` to ``-o FILE`` or stdout."""
    config = require_config(args)
    try:
        window = parse_since(args.since)
    except ValueError as exc:
        raise UsageError([f"--since: {exc}"]) from None
    with open_existing_store(config) as store:
        watched = [s.name for s in effective_stories(config, store)]
        zone = config.digest.timezone
        stories = watched
        if args.chat is not None:
            chat = BotStore(store).chat(args.chat)
            if chat is None:
                raise UsageError([f"--chat: no chat {args.chat} has used the bot"])
            zone = chat.digest_zone or zone
            subscribed = [s.story for s in BotStore(store).subscriptions(args.chat)]
            stories = watched if ALL_STORIES in subscribed else subscribed
        if args.story is not None:
            stories = [str(resolve_story(config, store, args.story))]
        now = datetime.now(UTC)
        digest = collect_digest(config, store, stories, now - window, now)
    text = render_digest(digest, args.format, ZoneInfo(zone))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError([f"-o {args.output}: cannot write: {one_line(exc)}"]) from None
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--chat", type=int, metavar="ID", help="the stories this chat follows")
    parser.add_argument("--story", metavar="NAME", help="only this story")
    parser.add_argument(
        "--since", default="24h", metavar="AGE", help="window, e.g. 24h, 90m, 7d (default 24h)"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="md", help="md, html or text (default md)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


DIGEST = Command(cmd_digest, "write the daily digest as Markdown, HTML or text", _arguments)
