"""The one who shot themselves, counted as hurt, gives way to a death the article tells.

Rule CB53 reads "a girl accidentally shot herself in the foot" as one wounded (or killed or
wounded) person. When the same article states a death ("Girl who shot herself has died",
"Hunter dies of a wound to the thigh"), the one who shot themselves is that dead person, told
again; counting them among the wounded as well would double them. Only a death of one person
is theirs: "a gunman killed two people ... then accidentally shot himself in the leg" keeps him
among the wounded (review 7).
"""

from __future__ import annotations

from dataclasses import replace

from crosswire.divergence.model import ArticleFindings
from rules.claims.cb53 import ShotThemselves

#: The rule that reads the one who shot themselves.
SELF_SHOT = ShotThemselves.code


def without_self_shot_if_dead(findings: ArticleFindings) -> ArticleFindings:
    """The findings less CB53's claims when the article states the death of one person."""
    if not any(c.rule == SELF_SHOT for c in findings.claims):
        return findings
    deaths = [c.stated or 0 for c in findings.claims if c.category == "killed"]
    if not any(dead >= 1 for dead in deaths) or any(dead > 1 for dead in deaths):
        return findings
    return replace(findings, claims=tuple(c for c in findings.claims if c.rule != SELF_SHOT))
