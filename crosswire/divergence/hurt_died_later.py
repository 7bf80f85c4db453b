"""The hurt of the toll's sentence who died, told in a later sentence of its own.

"A gunman opened fire, killing one man and wounding four others. One of the injured later
died in hospital." is 2 dead: the later sentence names its dead as a part of "the injured"
(or "the wounded", "the hurt") and gives no toll of its own, so they add to the toll of the
sentence that counted the hurt, or of the sentence right before the one that did ("A bus
overturned, killing one woman. Thirty-one passengers were injured."), also when the part who
died was picked as the toll. Pure helper of ``crosswire.divergence.keyfigures``; the wounded
key already leaves them out (``less_dead``). Kept narrow: a part told "of them" may
be of another count, and a sentence that also states a toll ("..., raising the toll to
three") holds them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crosswire.divergence.model import StatedClaim
from rules.claims.cb22 import PartOfTheShotDied

#: The rule that reads the part of a count who died ("one of the injured later died").
_PART_DIED = PartOfTheShotDied.code
#: Right after the part's figure: "of the injured", "of those wounded", "of the seriously hurt".
_OF_THE_HURT = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:[a-z]+ly\s+)?(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)


def with_hurt_who_died(chosen: StatedClaim, claims: Sequence[StatedClaim]) -> StatedClaim:
    """``chosen`` (the killed key) plus the part of its sentence's hurt count that a later
    sentence tells died, when no other count of the dead is told from ``chosen`` on.

    ``claims`` are the article's current claims, all categories.
    """
    if chosen.stated is None:
        return chosen
    if _died_of_the_hurt(chosen):  # the part who died, picked over the one toll told before
        earlier = [c for c in claims if c.category == "killed" and c.start < chosen.start]
        if len(earlier) != 1 or earlier[0].in_title or earlier[0].stated is None:
            return chosen
        added = with_hurt_who_died(earlier[0], claims)
        return added if added is not earlier[0] else chosen
    counts = [c for c in claims if c.category == "wounded" and not c.part and c.stated]
    hurt = [c.stated for c in counts if c.start == chosen.start]
    # "..., killing one woman. Thirty-one passengers were injured.": the hurt of the next
    # sentence, when the toll's own sentence counts none (review50c)
    hurt = hurt or [c.stated for c in counts if _next_sentence(chosen, c)]
    if len(hurt) != 1:
        return chosen
    dead = [c for c in claims if c.category == "killed" and c.start > chosen.start]
    died = [c for c in dead if _died_of_the_hurt(c)]
    if len(died) != 1 or len(dead) != 1 or (died[0].stated or 0) >= (hurt[0] or 0):
        return chosen  # "One of the injured died, raising the toll to three": a toll holds them
    return replace(chosen, stated=chosen.stated + (died[0].stated or 0))


def _next_sentence(toll: StatedClaim, hurt: StatedClaim) -> bool:
    """Does ``hurt`` stand in the sentence right after the toll's, nothing between them (not
    the hurt of another event told after a sentence of its own)?"""
    end = toll.start + len(toll.text)
    return not toll.in_title and not hurt.in_title and end <= hurt.start <= end + 2


def _died_of_the_hurt(claim: StatedClaim) -> bool:
    """Is ``claim`` a part of "the injured" who died (CB22), in a sentence of its own?"""
    if claim.rule != _PART_DIED or claim.figure_start is None:
        return False
    end = claim.figure_start + len(claim.figure_text)
    return _OF_THE_HURT.match(claim.text, end) is not None
