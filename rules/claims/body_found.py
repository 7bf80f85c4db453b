"""A body found: "a body was found in the canal", "divers recovered a second body".

Search-and-recovery and crime reports count their dead by the bodies found. The verbs are
general English of such reports (no corpus harvest); "a body of water", "a body camera",
"the governing body" name no dead, and "the body"/"his body" is someone told of before.
"""

from __future__ import annotations

import re

from rules.claims.ordinals import ORDINALS

_ORDINAL = "|".join(ORDINALS)
#: Verbs of finding a body, passive ("was found") or active ("found a body").
_FOUND = r"(?:found|recovered|retrieved|discovered|pulled\s+(?:out|from)|washed\s+(?:up|ashore))"
#: The body's one person: an article, an ordinal ("a second"), a possessive of a person
#: ("a man's", "a 30-year-old woman's"), then "body".
_ONE = (
    rf"(?P<det>\b(?:a|an|one|the)\s+(?:(?P<ordinal>{_ORDINAL})\s+)?)"
    r"(?:(?:unidentified|young|elderly|badly\s+decomposed|decomposed|charred|partially\s+clothed)\s+)?"
    r"(?:(?P<owner>(?:\d{1,3}-year-old\s+)?[A-Za-z]+)['\u2019]s\s+)?body"
)
#: "a body was found", "a second body has been recovered from the river"
BODY_FOUND = re.compile(
    rf"{_ONE}\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:later\s+|also\s+|since\s+)?"
    rf"(?P<verb>{_FOUND})\b",
    re.IGNORECASE,
)
#: "divers recovered a second body", "a jogger found a man's body near the trail"
FOUND_BODY = re.compile(rf"\b(?P<verb>{_FOUND})\s+{_ONE}\b", re.IGNORECASE)
#: What makes the match no corpse: "a body of water", "a body camera", "the body armour",
#: "a second body was found to have signed" (a body of people).
NOT_A_CORPSE = re.compile(
    r"\s+(?:of|camera|cameras|armou?r|blow|scan|part|parts|politic|to)\b", re.IGNORECASE
)
