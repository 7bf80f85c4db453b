"""CB26: the next part of the same partitive, after "and" ("... and three were minors")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse

#: "eight of the dead were women and three were minors": the first part, its predicate noun,
#: "and", the second count, and its own predicate noun.
_NEXT_PART = re.compile(
    r"\s+of\s+(?:the|those)\s+\w+\s+(?:were|are)\s+[A-Za-z-]+\s*,?\s+and\s+", re.IGNORECASE
)
_NOUN_PREDICATE = re.compile(
    r"\s+(?:were|are)\s+(?P<group>[A-Za-z-]+)\b(?!\s+(?:by|in|at|to)\b)", re.IGNORECASE
)


class NextPart(ExtraRule):
    """CB26 · "Eight of the dead were women and three were minors": a count after "and"
    whose predicate is a plural noun is the next part of the same whole (killed 3, minors).
    """

    code = "CB26"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    examples = (
        (
            "Eight of the dead were women and three were minors, the Orsk coroner said.",
            {"category": "killed", "min": 3, "group": "minors"},
        ),
    )
    counter_examples = (
        "Eight of the dead were women and three were found in the river.",
        "Two of the injured were nurses and one was released.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if " of the " not in sent.low and " of those " not in sent.low:
            return []
        taken = {b.figure.start for b in found}
        bindings = []
        for part in found:
            gap = _NEXT_PART.match(sent.text, part.figure.end)
            if gap is None or part.cue.start > gap.end():
                continue
            figure = next((f for f in sent.figures if f.start == gap.end()), None)
            if figure is None or figure.start in taken or not figure.figure.max:
                continue
            noun = _NOUN_PREDICATE.match(sent.text, figure.end)
            if noun is None or noun["group"].lower().endswith(("ed", "ing")):
                continue
            if noun["group"].lower() in ("released", "found", "taken", "still", "now", "later"):
                continue
            bindings.append(Binding(figure, part.cue, noun["group"], figure.start - part.cue.end))
        return bindings
