"""A count with no noun of its own after a count of people of another place or day: "killed
31 people in Marvia, 11 in Tolesk and five in Corro" is 47, each place's people apart.

Only where the first count has its own place or time phrase before the comma or "and" (a
breakdown of a whole, "killed 31 people, 11 in Tolesk", details the 31), and not a
comparison ("11 more than the army said"). Pure helper of ``crosswire.divergence.totals``.
"""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim
from rules.claims.cb04 import Coordinated
from rules.claims.cb16 import GappedCount

#: The rules that read such a count: coordinated after a verb's object, or gapped.
_ELLIPTIC = frozenset((Coordinated.code, GappedCount.code))
#: After the first count's figure: its noun and a place or time of its own ("people in
#: Marvia", "were killed on Monday").
_OWN_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|at|near|across|inside|outside)\s[^,;]*?(?:,|\band\b)",
    re.IGNORECASE,
)
#: After the elliptic figure: a comparison, no count of people.
_COMPARED = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)


def elliptic_addend(claim: StatedClaim, parts: list[StatedClaim]) -> bool:
    """Is ``claim`` a count of people of another place or day that adds to the count of
    people before it in its sentence (``parts``)?"""
    if claim.group is not None or claim.rule not in _ELLIPTIC or claim.figure_start is None:
        return False
    if _COMPARED.match(claim.text, claim.figure_start + len(claim.figure_text)):
        return False
    first = next(
        (
            c
            for c in parts
            if c.group is not None
            and c.figure_start is not None
            and c.figure_start < claim.figure_start
        ),
        None,
    )
    if first is None or first.figure_start is None:
        return False
    own = _OWN_PLACE.match(first.text, first.figure_start + len(first.figure_text))
    return own is not None and own.end() <= claim.figure_start
