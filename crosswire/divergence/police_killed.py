"""The attacker killed by police, told by a pronoun in the lead: "killing two people before
police shot him dead". Pure helper of ``crosswire.divergence.keyfigures``."""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim

#: Before the pronoun: the police (or troops, guards) and their verb of killing in a clause
#: of what came next ("before police shot him dead"; not "witnesses said officers shot him
#: dead", one of the dead); general English of attack reports.
_POLICE_THEN_VERB = re.compile(
    r"\b(?:before|until|when|then|and)\s+(?:[a-z]+\s+){0,2}?(?:police|policemen|officers?|troopers?"
    r"|deputies|guards?|soldiers|troops)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:shot|killed|kill|shoot)\s+$",
    re.IGNORECASE,
)
#: After the pronoun of "shot": "dead" (a verb of killing needs nothing).
_DEAD = re.compile(r"\s+dead\b", re.IGNORECASE)


def killed_by_police(claim: StatedClaim) -> bool:
    """Is ``claim`` the one person the police killed, told by "him" or "her" ("... before
    police shot him dead", "officers killed her")?

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def one(text):
    ...     at = text.index(" him") + 1
    ...     return StatedClaim(src, "killed", None, "people", "exact", 1, 1, None, 1, None,
    ...                        None, text, "him", 0, figure_start=at, single=True)
    >>> killed_by_police(one("killing two people before police shot him dead"))
    True
    >>> killed_by_police(one("killing two people before police shot him in the leg"))
    False
    >>> killed_by_police(one("killing two people before a cousin shot him dead"))
    False
    >>> killed_by_police(one("a vendor died; witnesses said officers shot him dead"))
    False
    """
    at = claim.figure_start
    if not claim.single or at is None or claim.figure_text.lower() not in ("him", "her"):
        return False
    verb = _POLICE_THEN_VERB.search(claim.text, max(0, at - 60), at)
    if verb is None:
        return False
    shot = verb.group().rstrip().lower().endswith(("shot", "shoot"))
    return not shot or _DEAD.match(claim.text, at + len(claim.figure_text)) is not None
