"""The wounded key figure: the lead's open count made precise, and kept with its dead.

Pure helpers of ``crosswire.divergence.keyfigures``.
"""

from __future__ import annotations

from collections.abc import Iterable

from crosswire.divergence.model import StatedClaim
from crosswire.divergence.totals import sentence_total


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
    gives dead of its own that the key figure is not: "killing more than 20 people and
    wounding at least 50, police said" keeps 50 against "The ministry gave a higher toll,
    saying 27 people had died and 68 were being treated" (another account, not the lead's
    toll made precise). Otherwise ``chosen``."""
    if chosen is None or killed is None or killed.stated is None or chosen.start == killed.start:
        return chosen
    rival = any(
        c.category == "killed"
        and c.start == chosen.start
        and c.stated is not None
        and c.stated != killed.stated
        for c in claims
    )
    own = [c for c in current if c.start == killed.start and not c.part]
    return sentence_total(own) if rival and own else chosen
