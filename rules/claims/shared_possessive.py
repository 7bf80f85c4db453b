"""A second person who shares the first one's possessive: "the deaths of his wife and daughter".

After "the killing of his wife", a bare person noun joined by "and" ("and daughter", "and
stepson") is one more victim: English lets the second noun share "his" (general grammar;
issue 9, round 8). With a determiner of its own ("and her mother") the second person is
CB40's. Pure helper of ``rules.claims.cb25``.
"""

from __future__ import annotations

import re

from rules.claims.parts import Binding
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "his wife and daughter": the possessive, the first noun, "and", a bare noun that is not
#: itself a possessor ("his wife and daughter's friend").
_PAIR = re.compile(
    r"\s+(?:his|her|their)\s+(?P<first>[A-Za-z'-]+)\s+and\s+(?P<second>[A-Za-z-]+)\b"
    r"(?!['\u2019])",
    re.IGNORECASE,
)


#: The plural acts after which two nouns are two people: "the deaths of", "the killings of".
_PLURAL_ACTS = ("deaths of", "killings of", "murders of", "shootings of", "slayings of")
#: A title's complement after the second noun: "mother of his children" (the same person).
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def shared_possessive(text: str, one: Binding) -> Binding | None:
    """The second person of "his wife and daughter" after the one ``one`` counts, or None."""
    if not text[one.cue.start : one.cue.end].lower().rstrip().endswith(_PLURAL_ACTS):
        return None  # "the death of her husband and partner of 40 years" is one person
    match = _PAIR.match(text, one.cue.end)
    if match is None or match["first"].lower() not in PERSON_NOUNS:
        return None
    if _OF_AFTER.match(text, match.end()):
        return None  # "his wife and mother of his three children": one person, two titles
    if match["second"].lower() not in PERSON_NOUNS or one.figure.end > match.start("first"):
        return None
    start, end = match.span("second")
    figure = FigureSpan(start, end, Figure(1, 1, "exact", match["second"]))
    return Binding(figure, one.cue, match["second"], one.distance)
