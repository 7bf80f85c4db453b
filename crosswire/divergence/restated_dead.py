"""A wounded count that tells the dead again by their wounds is no count of the hurt.

Pure helper of ``crosswire.divergence.keyfigures``. Crime reports describe the dead by what
killed them: "Three people were found dead in the house ... All three suffered gunshot wounds
to the upper body", "Both had been shot in the head". Rules read the second sentence as a
wounded count; its "all" or "both" says it counts a group told before, and when that group's
size is the article's death toll it is the dead. A wounded "all" of another size ("two were
killed ... all four were taken to hospitals") keeps its count. The words are the usual
wording of news English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from crosswire.divergence.model import ArticleFindings, StatedClaim

#: A count of a group told before: "All three", "all five victims", "both", "Both men".
_WHOLE_GROUP = re.compile(r"(?:\ball(?:\s+of\s+the)?|\bboth)\s*$", re.IGNORECASE)
_BOTH = frozenset(("both", "all"))


def _restates(claim: StatedClaim, dead: float) -> bool:
    if claim.category != "wounded" or claim.stated != dead or claim.figure_start is None:
        return False
    if claim.figure_text.lower() in _BOTH:
        return True
    return _WHOLE_GROUP.search(claim.text, 0, claim.figure_start) is not None


def without_restated_dead(
    findings: ArticleFindings,
    total: Callable[[ArticleFindings, str], StatedClaim | None],
) -> ArticleFindings:
    """The findings less the wounded counts of a whole group ("all three", "both") whose size is
    the death toll ``total`` picks for the article."""
    if not any(c.category == "wounded" and c.figure_start is not None for c in findings.claims):
        return findings
    killed = total(findings, "killed")
    if killed is None or not killed.stated or killed.stated < 2:
        return findings
    kept = tuple(c for c in findings.claims if not _restates(c, killed.stated))
    return findings if len(kept) == len(findings.claims) else replace(findings, claims=kept)
