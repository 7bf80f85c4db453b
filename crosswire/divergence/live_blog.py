"""A live blog told newest first (a pure helper of ``keyfigures``).

Live pages stamp each entry with its time and put the newest at the top: "21:15 — The siege
is over ...", then "19:55 — The ministry has raised its toll to 19". There the toll nearest
the top is the latest, whatever words of change a lower, older entry uses.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from crosswire.divergence.latest_toll import is_update
from crosswire.divergence.model import StatedClaim

#: An entry's time stamp at the start of a paragraph: "21:15 —", "9.40pm -", "10:05 a.m. GMT:".
_STAMP = re.compile(
    r"^[ \t]*(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)[ \t]*(?P<half>[ap]\.?m\.?)?"
    r"(?:[ \t]*(?:GMT|UTC|BST|CET|EST|local(?:\s+time)?))?[ \t]*(?:[\u2014\u2013:|]|-{1,2})",
    re.MULTILINE | re.IGNORECASE,
)
#: Entries that make a live page: fewer stamps are a timeline inside an ordinary story.
_ENTRIES = 3


@functools.lru_cache(maxsize=64)
def newest_first(text: str) -> bool | None:
    """Is ``text`` a live page whose stamped entries run from the newest down (``True``), from
    the oldest down (``False``), or no live page (``None``)?

    >>> newest_first("Live.\\n\\n21:15 — Over.\\n\\n19:55 — Toll 19.\\n\\n18:00 — Toll 12.")
    True
    >>> newest_first("08:00 — Start.\\n\\n09:30 — More.\\n\\n11:00 — Later.")
    False

    Remembered for the last few texts: the key figures ask it for each category of one article.
    """
    if "\n" not in text:
        return None
    times = [_minutes(match) for match in _STAMP.finditer(text)]
    if len(times) < _ENTRIES:
        return None
    paragraphs = sum(1 for part in text.split("\n") if part.strip())
    if 2 * len(times) < paragraphs - 1:
        return None  # "Here is how the day unfolded: 06:10 — ...": a timeline in a story
    later_below = sum(1 for upper, lower in pairwise(times) if lower > upper)
    earlier_below = len(times) - 1 - later_below
    # one step may go the other way (a page that ran past midnight, an entry pinned on top)
    if later_below <= 1 and earlier_below >= _ENTRIES - 1:
        return True
    if earlier_below <= 1 and later_below >= _ENTRIES - 1:
        return False
    return None


def _minutes(stamp: re.Match[str]) -> int:
    hour = int(stamp["hour"]) % 24
    half = (stamp["half"] or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + int(stamp["minute"])


def latest_entry(totals: list[StatedClaim]) -> StatedClaim:
    """The toll of the latest entry (``totals`` newest first), passing over one smaller than
    a toll before it that no word tells as changed: "a local doctor says he alone has
    treated 9" late on a page is a part, not the toll lowered."""
    most = max((t.stated or 0) for t in totals)
    return next((t for t in totals if (t.stated or 0) >= most or is_update(t)), totals[0])
