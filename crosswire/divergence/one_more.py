"""One more single death told in a sentence of its own: "A woman was also found dead".

Pure helper of ``crosswire.divergence.keyfigures``. A single person's death is usually one of
a toll stated elsewhere, so the key figure never adds single people of different sentences.
Crime reports tell two deaths one at a time, though, and mark the second as added: "also"
at its verb ("A woman was also found dead", "Also killed was Ana Ruiz") or "another" before
it ("Another man died at a hospital"). With no count in the article, such a death is one
more than the single death before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswire.divergence.background import BACKGROUND, MONTHS
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.totals import is_perpetrator
from rules.interposed import WEEKDAYS

#: "also" at the verb of a death (general English of news reports).
_ALSO = re.compile(
    r"\balso\s+(?:been\s+)?(?:killed|died|dead|slain|found\s+dead|pronounced\s+dead"
    r"|shot\s+(?:and\s+killed|dead|to\s+death)|fatally\s+(?:shot|stabbed)|stabbed\s+to\s+death)\b"
    r"|\b(?:was|were)\s+also\s+(?:\w+\s+){0,2}?(?:killed|dead|slain)\b",
    re.IGNORECASE,
)
#: "another" right before the figure or its noun: "Another man died at a hospital".
_ANOTHER = re.compile(r"\banother\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
#: A death placed at another time or told as an earlier one of the place: "another man was
#: shot dead there in March", "Another driver was killed at the same crossing in 2019", "the
#: second killing on the street this year": a death of an earlier event, not one more of
#: this one (general English of local crime and crash news).
_ELSEWHEN = re.compile(
    r"\b(?:in|on|since|during|until|last)\s+(?:early\s+|late\s+|mid-)?(?:"
    + "|".join(month.capitalize() for month in MONTHS)  # case-sensitive, as names
    + r")\b"
    r"|\b(?:in|since|during)\s+(?:19|20)\d\d\b|\b(?:this|last|that)\s+year\b"
    r"|\b(?:years?|months?|weeks?)\s+(?:ago|earlier|before)\b"
    r"|\bthe\s+same\s+(?:street|block|road|corner|intersection|crossing|spot|stretch|area"
    r"|neighborhood|neighbourhood|park|bar|complex|building)\b",
)
_DAY = re.compile(rf"\b(?:{'|'.join(sorted(WEEKDAYS))})\b", re.IGNORECASE)
#: A death told as a follow-up ("Another man died Sunday"), which a weekday of its own dates.
_DIED = re.compile(r"\b(?:died|dies|succumbed)\b", re.IGNORECASE)


def with_one_more(chosen: StatedClaim, claims: list[StatedClaim]) -> StatedClaim:
    """``chosen`` (a single death) plus each later single death told as one more.

    ``claims`` are the article's current claims of the category; none but single people may
    stand in them (a count is the toll). The one who opened fire is left to
    ``totals.with_perpetrator``.
    """
    if chosen.stated != 1 or not chosen.single or any(not c.single for c in claims):
        return chosen
    more = {
        c.start
        for c in claims
        if c.start > chosen.start
        and c.stated == 1
        and not is_perpetrator(c.group, c.rule)
        and _told_as_more(c)
        and not _elsewhen(c, chosen)
    }
    return replace(chosen, stated=chosen.stated + len(more)) if more else chosen


def _told_as_more(claim: StatedClaim) -> bool:
    before = claim.text[: claim.figure_start or 0]
    return (
        claim.figure_text.lower() == "another"
        or _ANOTHER.search(before) is not None
        or _ALSO.search(claim.text) is not None
    )


def _elsewhen(claim: StatedClaim, chosen: StatedClaim) -> bool:
    """Whether ``claim`` tells a death of another time or incident than ``chosen``'s:
    "another man was shot dead there in March", "Another man was killed in an unrelated
    shooting", or a weekday that ``chosen``'s sentence does not name ("A woman was also killed
    on Route 9 on Thursday" after a crash on Friday), unless it tells a later death."""
    if _ELSEWHEN.search(claim.text) or BACKGROUND.search(claim.text):
        return True
    days = {d.lower() for d in _DAY.findall(claim.text)}
    own = {d.lower() for d in _DAY.findall(chosen.text)}
    return bool(days) and bool(own) and not days & own and not _DIED.search(claim.text)
