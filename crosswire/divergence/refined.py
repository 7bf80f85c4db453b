"""The wounded key figure: the lead's open count made precise, and kept with its dead.

Pure helpers of ``crosswire.divergence.keyfigures``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosswire.divergence.model import StatedClaim
from crosswire.divergence.totals import ADDED, sentence_total


def refined(ordered: list[StatedClaim]) -> StatedClaim:
    """The lead's open count ("injuring more than 200"), or the exact count a later sentence
    gives inside it ("Nazari said 246 people had been injured"): the same toll made precise,
    not a part of it (a part is smaller than the lead's bound) nor another event's (at most
    half as large again)."""
    lead = ordered[0]
    if lead.category != "wounded" or lead.qualifier not in ("at_least", "more_than"):
        return lead
    bound = lead.min or 0
    finer = [
        c for c in ordered[1:] if c.qualifier == "exact" and bound < (c.stated or 0) <= bound * 1.5
    ]
    return finer[-1] if finer else lead


def with_its_killed(
    chosen: StatedClaim | None,
    killed: StatedClaim | None,
    current: list[StatedClaim],
    claims: Iterable[StatedClaim],
) -> StatedClaim | None:
    """The hurt of the killed key figure's sentence, when the chosen hurt count's sentence
    gives dead of its own that the key figure is not: "killing over 30 shoppers and
    hurting at least 70, police said" keeps 70 against "A ministry put the count higher:
    36 dead and 95 in its wards" (another account, not the lead's
    toll made precise). Otherwise ``chosen``."""
    if chosen is None or killed is None or killed.stated is None or chosen.start == killed.start:
        return chosen
    rival = any(
        c.category == "killed"
        and c.start == chosen.start
        and c.stated is not None
        and c.stated != killed.stated
        and _another_claimant(c, killed)
        and not _more(c)  # "two more had died overnight": an update
        and not _LATER.match(c.text)  # "By evening, officials said 24 had died": an update
        for c in claims
    )
    own = [c for c in current if c.start == killed.start and not c.part]
    return sentence_total(own) if rival and own else chosen


#: A sentence that opens with a later time tells an update: "By evening, ...", "Later, ...".
_LATER = re.compile(r"\W*(?:by|later|overnight|as\s+of)\b", re.IGNORECASE)


def _more(claim: StatedClaim) -> bool:
    """A count of more ("two more", "another three") adds to a toll: no rival's."""
    if ADDED.match(claim.group or "") or claim.figure_start is None:
        return ADDED.match(claim.group or "") is not None
    return _MORE.match(claim.text, claim.figure_start + len(claim.figure_text)) is not None


_MORE = re.compile(r"\s+more\b", re.IGNORECASE)


def _another_claimant(one: StatedClaim, other: StatedClaim) -> bool:
    """Do two claims name different claimants (both named)? Officials who update a toll "by
    evening" name none, or the same."""
    first, second = (one.claimant or "").lower(), (other.claimant or "").lower()
    return bool(first and second) and first not in second and second not in first
