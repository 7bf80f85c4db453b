"""More hurt told after the wounded count: "Five were shot. Four more were hurt as people fled".

Pure helper of ``crosswire.divergence.keyfigures``. A count told as added to one before it
("four more", "two additional people") is more people, not the same ones
told again, so the wounded key figure adds it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswire.divergence.model import StatedClaim

#: "four more", "three additional": the words after a figure that tell it as added.
_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b", re.IGNORECASE)


def with_more_hurt(
    chosen: StatedClaim | None, claims: list[StatedClaim], every: tuple[StatedClaim, ...]
) -> StatedClaim | None:
    """``chosen`` plus the count told as added to it in the next sentence that counts the
    wounded (``claims``: the article's current wounded claims; ``every``: all its claims).

    Not "three dead and seven more hurt": beside the dead, "more" adds to them, and the
    sentence restates the toll. Not after a part ("Three were taken to Mercy; two more went
    to St Luke's"): then "more" adds to the part, and both are of the count. Only an exact
    count is added: "dozens more", "at least two more" give no number to sum.
    """
    if chosen is None or chosen.stated is None or chosen.in_title:
        return chosen
    deaths = {c.start for c in every if c.category == "killed"}
    later = sorted({c.start for c in claims if c.start > chosen.start})
    if not later or later[0] in deaths:
        return chosen
    more = [
        c
        for c in claims
        if c.start == later[0] and not c.single and not c.part and c.qualifier == "exact"
    ]
    if not more or not all(_added(c) for c in more):
        return chosen
    return replace(chosen, stated=chosen.stated + sum(c.stated or 0 for c in more))


def _added(claim: StatedClaim) -> bool:
    end = (claim.figure_start or 0) + len(claim.figure_text)
    return _MORE_AFTER.match(claim.text, end) is not None
