"""The hurt of a count some of whom died: "two of the 12 people wounded later died" is 10.

CB101 reads the whole of such a part as wounded (the article's "12 wounded"), as CB01 does when
a toll stands in the sentence ("the toll rose to four after one of the 30 workers injured
died"); the key figure counts each person once, as killed or as wounded, so it takes the part
that died off the whole. The part is the number written right before "of the".
"""

from __future__ import annotations

import re

from crosswire.divergence.model import ArticleFindings, StatedClaim
from rules.claims.cb101 import HurtWholeOfTheDead
from rules.claims.fates import DYING
from rules.number_values import number_value

HURT_WHOLE = HurtWholeOfTheDead.code
_PART = re.compile(r"\b(?P<part>[\w-]+)\s+of\s+(?:the|those)\s+$", re.IGNORECASE)
#: The part's own death in its clause after the whole ("of the 30 workers injured in the blast
#: died"): the verbs of dying the claim rules read (``rules.claims.fates.DYING``).
_PART_DIED = re.compile(rf"[^,;:]*?\b(?:(?:has|have)\s+)?{DYING}", re.IGNORECASE)


def is_hurt_whole(findings: ArticleFindings, wounded: StatedClaim) -> bool:
    """A whole of the hurt whose part died: CB101's, or a part's whole beside a death."""
    if wounded.rule == HURT_WHOLE:
        return True
    if wounded.figure_start is None or not _PART.search(wounded.text, 0, wounded.figure_start):
        return False
    at = wounded.figure_start
    if not _PART_DIED.match(wounded.text, at):
        return False  # "a guard was killed and two of the 12 people injured were children"
    return any(
        c.category == "killed" and c.start == wounded.start and (c.figure_start or 0) < at
        for c in findings.claims
    )  # not "two of the 12 injured were children, and a guard was killed"


def hurt_whole_of(findings: ArticleFindings, wounded: StatedClaim) -> StatedClaim | None:
    """The hurt whole that ``wounded`` is, or CB101's restating its figure later ("12 people
    were wounded ... Two of the 12 wounded later died": the first count is that whole too)."""
    if is_hurt_whole(findings, wounded):
        return wounded
    return next(
        (
            c
            for c in findings.claims
            if c.rule == HURT_WHOLE and c.stated == wounded.stated and c.start > wounded.start
        ),
        None,
    )


def less_the_part_that_died(wounded: StatedClaim) -> float | None:
    """The whole's figure less its part that died, or the figure when no part is written.

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> text = "Two of the 12 people wounded later died."
    >>> claim = StatedClaim(src, "wounded", "people", "people", "exact", 12, 12, None, 12,
    ...     None, None, text, "12", 0, figure_start=11, rule=HURT_WHOLE)
    >>> less_the_part_that_died(claim)
    10.0
    """
    if wounded.stated is None or wounded.figure_start is None:
        return wounded.stated
    match = _PART.search(wounded.text, 0, wounded.figure_start)
    part = number_value(match["part"]) if match else None
    if part is None or not 0 < part < wounded.stated:
        return wounded.stated
    return float(wounded.stated - part)
