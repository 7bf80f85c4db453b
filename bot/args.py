"""Reading command arguments: quoted words, ``--chat`` targets, durations. Pure functions."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from datetime import timedelta

_DURATION = re.compile(r"(\d{1,4})\s*(m|min|h|d|w)", re.I)
_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
#: The longest mute one command can set; longer is "until /mute STORY off".
MAX_MUTE = timedelta(days=365)


class ArgumentProblem(ValueError):
    """Wrong arguments; the message is the one-line reply."""


def words(args: Sequence[str]) -> list[str]:
    """PTB's whitespace-split args re-read with quotes: ``"Harbour Post"`` is one word.

    >>> words(['"Harbour', 'Post"', 'x'])
    ['Harbour Post', 'x']
    """
    text = " ".join(args).replace("“", '"').replace("”", '"').replace("—", "--")
    try:
        return shlex.split(text)
    except ValueError:
        raise ArgumentProblem('unbalanced quotes; close every " you open') from None


def take_option(items: list[str], option: str) -> tuple[list[str], str | None]:
    """Remove ``option VALUE`` from ``items``; the rest and the value (None if absent).

    >>> take_option(["Varna", "--chat", "@news"], "--chat")
    (['Varna'], '@news')
    """
    if option not in items:
        return items, None
    at = items.index(option)
    if at + 1 >= len(items) or items[at + 1].startswith("--"):
        raise ArgumentProblem(f"{option} needs a value")
    return items[:at] + items[at + 2 :], items[at + 1]


def parse_duration(text: str) -> timedelta:
    """``90m``, ``2h``, ``3d``, ``1w`` (also combined: ``1d12h``) -> a timedelta.

    >>> parse_duration("1d12h")
    datetime.timedelta(days=1, seconds=43200)
    """
    compact = text.strip().lower()
    parts = _DURATION.findall(compact)
    if not parts or "".join(f"{n}{u}" for n, u in parts) != compact.replace(" ", ""):
        raise ArgumentProblem(f"not a duration: {text!r} (try 30m, 2h, 3d or 1w)")
    total = timedelta(seconds=sum(int(n) * _UNITS[u] for n, u in parts))
    if total <= timedelta(0) or total > MAX_MUTE:
        raise ArgumentProblem("a duration must be between 1 minute and 365 days")
    return total


def parse_hh_mm(text: str) -> str:
    """``8:30`` or ``08:30`` -> ``08:30``.

    >>> parse_hh_mm("7:05")
    '07:05'
    """
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text.strip())
    if match is None:
        raise ArgumentProblem(f"not a time of day: {text!r} (use HH:MM, 24-hour clock)")
    return f"{int(match.group(1)):02d}:{match.group(2)}"
