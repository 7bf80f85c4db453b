"""The commands, their usage and help text, as one table (menu, /help and docs use it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommandHelp:
    name: str
    usage: str
    summary: str  # one line, for the command menu
    details: str = ""  # more for /help NAME
    admin: bool = False  # configured bot admins only


COMMANDS: tuple[CommandHelp, ...] = (
    CommandHelp("start", "", "what this bot does and how to begin"),
    CommandHelp("help", "[COMMAND]", "the commands, or one command in detail"),
    CommandHelp("stories", "", "watched stories with article, outlet and claim counts"),
    CommandHelp(
        "subscribe",
        "STORY|all [--chat @channel]",
        "get alerts for a story (or all) in this chat or topic",
        "In a forum, alerts go to the topic you subscribe in. Group settings are for group "
        "admins. --chat @channel configures a channel where you and the bot are admins.",
    ),
    CommandHelp("unsubscribe", "STORY|all [--chat @channel]", "stop alerts for a story (or all)"),
    CommandHelp(
        "mute",
        "STORY|all [DURATION|off] [--chat @channel]",
        "pause a story's alerts, or all (default 24h; e.g. 30m, 2h, 3d, 1w; off unmutes)",
    ),
    CommandHelp(
        "watch",
        "add NAME KEYWORD… [--any …] [--exclude …] [--outlets …] [--kinds …] [--min-diff 20%] "
        "[--regex RE] | list | show NAME | remove NAME",
        "watch rules: which articles form a story, and which divergences alert",
        'Keywords after NAME must all appear; quote phrases ("border clash"). --kinds takes '
        "conflict, discrepancy, update, exclusive, attribution, non_response, revision. "
        "A rule added here works exactly like one in config.yaml.",
    ),
    CommandHelp("claims", "STORY", "key figures per category: spread, conservative, low/best/high"),
    CommandHelp("divergences", "STORY", "where outlets' accounts of a story differ"),
    CommandHelp("sources", "", "outlet records and readers' feedback on extractions"),
    CommandHelp(
        "digest",
        "[at HH:MM [TZ] | off]",
        "the daily digest now, or set its time and IANA zone, or turn it off",
    ),
    CommandHelp(
        "outlet",
        "add NAME FEED_URL… | remove NAME | list",
        "manage outlets and see each feed's state (bot admins)",
        "Feed URLs must pass the network policy: no loopback, private, link-local or "
        "metadata addresses.",
        admin=True,
    ),
)

BY_NAME = {command.name: command for command in COMMANDS}


def usage(name: str) -> str:
    """``/name usage`` as plain text."""
    command = BY_NAME[name]
    return f"/{name} {command.usage}".rstrip()
