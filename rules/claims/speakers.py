"""A counted group that speaks is no count of those hit: "the ambush killed 14 soldiers, two
military sources told the Orsk Herald" counts 14 killed, and the two sources are who tells it.

Origin: general English news style: the speaker of a report is often a counted group after the
claim ("three residents said", "two officials told reporters").
"""

from __future__ import annotations

import re

from rules.claims.parts import Binding

#: A verb of saying right after the counted group (an auxiliary or "also" may stand
#: between); not "reported", which also takes the harm as object ("three drivers reported
#: injuries").
_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:also|later|have|had|has)\s+)?(?:said|say|says|told|tell|added)\b",
    re.IGNORECASE,
)
#: Before the figure: a comma that closes the claim's clause ("..., two sources told").
_CLAUSE_BEFORE = re.compile(r",\s*$")
#: How far after the figure its group may end.
_REACH = 60


def speaks(text: str, binding: Binding) -> bool:
    """Is the figure's group, after a comma, the subject of a verb of saying right after it?
    Not an object inside a phrase ("accused of shooting three neighbours told police")."""
    if not _CLAUSE_BEFORE.search(text, max(0, binding.figure.start - 3), binding.figure.start):
        return False
    end = binding.figure.end
    if binding.group:
        at = text.find(binding.group, end, end + _REACH)
        if at < 0:
            return False
        end = at + len(binding.group)
    return _SPEECH_AFTER.match(text, end) is not None
