"""The count a part details: the nearest count before it in its clause ("40 were hurt, 12 of
them seriously": the 40), read by the part rules CB45 and CB121."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.parts import Binding

#: Between the whole and its part: a comma, within the clause.
_REACH = 80
#: "of them" points back to a count, so its whole may stand further off, in the sentence:
#: "nine climbers were hurt and flown by helicopter to the valley clinic at Orme, and three of
#: them are still in intensive care".
THEM_REACH = 160


def whole_before(
    text: str, found: list[Binding], at: int, any_count: bool = False, reach: int = _REACH
) -> Binding | None:
    """The casualty count the part at ``at`` details (``any_count``: any count of people,
    CB121's): the nearest before it, in its clause, at most ``reach`` characters off."""
    before = [
        b
        for b in found
        if b.figure.end <= at
        and at - b.figure.end <= reach
        and (any_count or b.cue.cue.category in CASUALTY_CATEGORIES)
        and (b.figure.figure.min or 0) > 1
        and not re.search(r"[;:.]", text[b.figure.end : at])
    ]
    return max(before, key=lambda b: b.figure.end) if before else None
