"""CB26: the next part of the same partitive, after "and" ("... and two were paramedics")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.nouns import PERSON_NOUNS, is_human_plural

#: "five of the dead were firefighters and two were paramedics": the first part, its noun,
#: "and", the second count, and its own predicate noun; "and that" when both parts are what
#: one speaker said ("told us nine of the dead were nurses, and that two were porters";
#: review52g).
_NEXT_PART = re.compile(
    r"\s+of\s+(?:the|those)\s+\w+\s+(?:were|are)\s+[A-Za-z-]+\s*,?\s+and\s+(?:that\s+)?",
    re.IGNORECASE,
)
_NOUN_PREDICATE = re.compile(
    r"\s+(?:were|are)\s+(?P<group>[A-Za-z-]+)\b(?!\s+(?:by|in|at|to)\b)", re.IGNORECASE
)


class NextPart(ExtraRule):
    """CB26 · "Five of the dead were firefighters and two were paramedics": a count after
    "and" whose predicate names people is the next part of the same whole (killed 2).
    """

    code = "CB26"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" of the ", " of those ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Five of the dead were firefighters and two were paramedics, the Orsk coroner said.",
            {"category": "killed", "min": 2, "group": "paramedics"},
        ),
        (
            "The coroner said nine of the dead were miners, and that three were guards.",
            {"category": "killed", "min": 3, "group": "guards"},
        ),
    )
    counter_examples = (
        "Five of the dead were firefighters and two were found in the river.",
        "Two of the injured were nurses and one was released.",
        "Five of the dead were firefighters and two were among the first to be named.",
        "She said six of the dead were firefighters, and that two were found in the river.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
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
            word = noun["group"].lower() if noun else ""
            if noun is None or not (is_human_plural(word) or word in PERSON_NOUNS):
                continue  # "two were among the first named", "two were also from Orsk"
            bindings.append(Binding(figure, part.cue, noun["group"], figure.start - part.cue.end))
        return bindings
