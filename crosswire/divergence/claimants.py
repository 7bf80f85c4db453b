"""Who stands behind two figures, and whether the second replaces the first (pure).

An update is the same claimant (or an unnamed one) moving its figure: stated at least
``UPDATE_GAP`` apart, or told as an update in its own sentence ("in an updated statement",
"raising its earlier figure of 30", "the toll rose to 57"). An attribution divergence is the
same figure credited to different claimants or passed on through different intermediaries.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crosswire.divergence.latest_toll import UPDATE
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.parties import named, party_key, same_party

#: Two statements of one claimant this far apart are a toll moving, not a contradiction.
UPDATE_GAP = timedelta(hours=3)


def moved_over_time(earlier: StatedClaim, later: StatedClaim) -> bool:
    """The same (or an unnamed) claimant's figure, stated far enough apart to be an update."""
    if later.source.when - earlier.source.when < UPDATE_GAP:
        return False
    return same_claimant(earlier, later)


def same_claimant(a: StatedClaim, b: StatedClaim) -> bool:
    """The same claimant, or one of the two unnamed."""
    first, second = party_key(a.claimant), party_key(b.claimant)
    return not first or not second or same_party(first, second) or first == second


#: A statement's own figure told as replacing an earlier one ("in an updated statement",
#: "raising its earlier figure of 30", "up from 30"); a toll said to move ("the toll rose to
#: 57") is ``keyfigures.UPDATE``, the same test an article's own newer toll passes.
RESTATED = re.compile(
    r"\b(?:updated|revised|new)\s+(?:statement|figure|toll|count|estimate|tally)\b"
    r"|\b(?:rais|revis|updat)(?:ed|ing)\s+(?:its|their|his|her|the)\s+"
    r"(?:(?:earlier|previous|initial)\s+)?(?:figure|toll|count|estimate|tally)\b"
    r"|\bup\s+from\b",
    re.IGNORECASE,
)


def told_as_update(claim: StatedClaim) -> bool:
    return UPDATE.search(claim.text) is not None or RESTATED.search(claim.text) is not None


def credited_differently(a: StatedClaim, b: StatedClaim) -> bool:
    """Named claimants that differ, a named claimant against none, or another intermediary."""
    first, second = party_key(a.claimant), party_key(b.claimant)
    if named(a.claimant) and named(b.claimant):
        if not same_party(first, second):
            return True
    elif named(a.claimant) != named(b.claimant) and not (first and second):
        return True  # credited in one outlet, bare in the other
    return bool(_via(a) or _via(b)) and not same_party(_via(a), _via(b))


def _via(claim: StatedClaim) -> str:
    return party_key(claim.via)


def update_order(claim: StatedClaim) -> datetime:
    """When a figure stands in an update's sequence: a figure told as an update comes after
    plain ones stated up to ``UPDATE_GAP`` later (the wire copy of the old toll published
    after the outlet that already carries the new one)."""
    return claim.source.when + (UPDATE_GAP if told_as_update(claim) else timedelta(0))
