"""A death told as news although the sentence dates the wounding in the past.

"A woman wounded in a shooting last week has died" places the *wounding* last week; the death,
in the present perfect after it, is the article's news. ``background`` would leave the figure
out for its "last week"; ``died_since`` tells the key figure to keep it. General English of
follow-up crime reports: the hurt participle (or "who was shot") after the person, a time of
the hurting, and "has died" or "have died" as the clause's verb.
"""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim

#: After the figure: the person's words, how they were hurt (a participle or "who was shot"),
#: the rest of that phrase within the clause, then the perfect of "die".
_HURT_THEN_DIED = re.compile(
    r"[^,;:.]{0,60}?\b(?:who\s+(?:was|were|had\s+been)\s+)?(?:shot|wounded|injured|hurt"
    r"|stabbed|struck|hit)\b[^;:]{0,100}?\b(?:has|have)\s+(?:since\s+|now\s+)?died\b",
    re.IGNORECASE,
)


def died_since(claim: StatedClaim) -> bool:
    """True for a killed claim whose sentence says the hurt person has died since.

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def claim(text, category="killed"):
    ...     return StatedClaim(src, category, "woman", "people", "exact", 1, 1, None, 1, None,
    ...                        None, text, "A", 0, figure_start=0)
    >>> died_since(claim("A woman wounded in a shooting last week has died, police said."))
    True
    >>> died_since(claim("A teen who was shot on Elm Road last month has since died."))
    True
    >>> died_since(claim("A woman was killed in a separate shooting last week."))
    False
    >>> died_since(claim("A woman wounded in a shooting last week is recovering.", "wounded"))
    False
    """
    if claim.category != "killed" or claim.figure_start is None:
        return False
    return _HURT_THEN_DIED.match(claim.text, claim.figure_start) is not None
