"""Missing told by people who have not come home: "six shepherds who went into the hills on
Tuesday have not come home", "two divers who set out at noon have not come back" (general
English of missing-person and search reports).

Read only where the clause ends on it ("have not come home, a council official said"): "have not
come home for Easter in years" tells of a habit. Nor of people who fled or were moved out
("4,000 evacuees have not come home"): they are displaced, not lost.
"""

from __future__ import annotations

import re
from typing import Literal

Row = tuple[str, bool, Literal["toll", "object"] | None, bool]

#: "have not come home", "had still not come back" (not "have not returned home", said as often
#: of the displaced who stay away).
NOT_HOME: tuple[Row, ...] = (
    (r"(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?come\s+(?:home|back)", True, None, False),
)

#: Where the clause ends after "come home": a mark, the text's end, "yet" or a new clause.
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?\"')\u201d\u2019]|$|(?:yet|and|but)\b)", re.IGNORECASE)
#: People away from home for their safety, and where a sentence ends.
_WENT_FOR_SAFETY = re.compile(
    r"\b(?:evacuees|evacuated|refugees|displaced|fled|fleeing|flee)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?]\s")


def not_home_lost(text: str, start: int, end: int) -> bool:
    """Does "have not come home" at ``text[start:end]`` tell of people lost: its clause ends
    there, and no flight or evacuation is told before it in its sentence?"""
    if _CLAUSE_ENDS.match(text, end) is None:
        return False
    low = max(0, start - 200)
    ends = [found.end() for found in _SENTENCE_END.finditer(text, low, start)]
    return _WENT_FOR_SAFETY.search(text, ends[-1] if ends else low, start) is None
