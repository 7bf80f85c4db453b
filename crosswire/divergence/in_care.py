"""A wounded count told by the care its people are still in is a part of the hurt, not the toll.

Pure helper of ``crosswire.divergence.keyfigures``. "Bar shooting: 3 still in hospital, 2
critical" counts those not yet sent home; when the article also counts the hurt by their harm
("12 people were injured"), that larger count is the toll, whatever the headline puts first;
so it is of one hospital's intake ("Orme General treated 19 people").
The care words are the usual wording of hospital updates in news English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from crosswire.divergence.model import ArticleFindings, StatedClaim
from crosswire.divergence.other_sides import own_losses

#: After a figure, up to two words of its group, then where the people still are: "3 still in
#: hospital", "three patients remain hospitalised", "two are in critical condition".
_IN_CARE = re.compile(
    r"(?:\s+(?!(?:were|was|have|had|been)\b)[\w'-]+){0,2}?\s+"
    r"(?:(?:still|remain|remains|remained|are|is|were|was)\s+){0,2}"
    r"(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed"
    r"|in\s+(?:critical|serious|stable|fair|good|grave)\s+condition"
    # "five remained in intensive care" (48th session)
    r"|in\s+intensive\s+care"
    # "three remain admitted", "two are still admitted" (47th session)
    r"|(?<=still\s)admitted|(?<=remain\s)admitted|(?<=remains\s)admitted)\b",
    re.IGNORECASE,
)


#: One place of care as the subject that took the figure in: "Orme General treated 19
#: people" counts one hospital's share of the hurt; so does a ward or a unit, and its staff
#: telling their own intake ('"We took in 17 injured patients overnight," a nurse said').
_ONE_PLACE_TOOK = re.compile(
    r"\b(?:hospital|medical\s+cent(?:er|re)|clinic|infirmary|ward|(?:care|burns?|trauma)\s+unit|we)"
    r"\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:treated|admitted|received|took\s+in|took)\s+$",
    re.IGNORECASE,
)


def told_by_care(claim: StatedClaim | None) -> bool:
    """Whether ``claim``'s figure counts people by the care they are in, not by their harm,
    or by one hospital's intake of them."""
    if claim is None or claim.figure_start is None:
        return False
    if _ONE_PLACE_TOOK.search(claim.text, max(0, claim.figure_start - 60), claim.figure_start):
        return True
    end = claim.figure_start + len(claim.figure_text)
    return _IN_CARE.match(claim.text, end) is not None


def harm_over_care(
    chosen: StatedClaim | None,
    findings: ArticleFindings,
    total: Callable[[ArticleFindings, str], StatedClaim | None],
) -> StatedClaim | None:
    """``chosen``, or when it is a count told by care, the larger wounded count the article
    gives by harm (``total`` picks it, as for ``chosen``, among the other claims)."""
    if chosen is None or chosen.stated is None or not told_by_care(chosen):
        return chosen
    others = tuple(c for c in findings.claims if c.category != "wounded" or not told_by_care(c))
    harm = total(replace(findings, claims=others), "wounded")
    if harm is None or harm.stated is None or harm.stated <= chosen.stated:
        return chosen
    return harm


#: A count found or added to a toll: "after divers found three more bodies".
_MORE_FOUND = re.compile(r"\s+(?:more|further|additional)\s+(?:bodies|deaths|dead|victims)\b")


def counted_in_sentence(parts: list[StatedClaim]) -> list[StatedClaim]:
    """One sentence's counts of a category that make its toll: not a smaller count told by
    the care its people are in ("22 climbers were flown to a clinic, where six were in
    intensive care" is 22), nor the few found or added on the way to a larger count told
    beside them ("Nine workers died ... after divers found three more bodies" is nine:
    the three are among the nine), nor the enemy losses ``own_losses`` leaves out."""
    if len(parts) < 2:
        return own_losses(parts)

    def counted(claim: StatedClaim) -> bool:
        if claim.stated is None or claim.figure_start is None:
            return True
        end = claim.figure_start + len(claim.figure_text)
        # a death "in hospital" ("and a fourth died later in hospital") is no care
        cared = claim.category != "killed" and told_by_care(claim)
        if not (cared or _MORE_FOUND.match(claim.text, end)):
            return True
        return not any(
            other is not claim
            and other.stated is not None
            and other.stated > claim.stated
            and not told_by_care(other)
            and not other.part
            for other in parts
        )

    return own_losses([c for c in parts if counted(c)] or parts)
