"""CB108: a toll's figure before its count noun ("brought to 40 the number of people killed")."""

from __future__ import annotations

import re

from rules.changed_values import TOLL_MOVERS
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.claims.toll_people import NUMBER_OF_GROUP

#: Right before the figure: a verb that moves a toll and "to" ("brought to", "raising to",
#: "pushes to", "took to"), the general English of a toll updated by a new event.
_MOVED_TO = re.compile(rf"\b{TOLL_MOVERS}\s+(?:the\s+total\s+)?to\s+$", re.IGNORECASE)
#: Between the figure and its toll noun: only "the" ("to 40 the number of dead").
_THE = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)


class FrontedTollFigure(ExtraRule):
    """CB108 · "The clashes brought to 40 the number of people killed": a verb that moves a
    toll, "to", the figure, then the toll's count noun ("the number of dead", "the death
    toll"), which the figure rules read only with its figure after it. The figure is the
    toll's new value, in the toll's category, with the count noun's people as the group.
    """

    code = "CB108"
    words = (" to ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The clashes on Friday brought to 40 the number of people killed since the unrest"
            " began.",
            {"category": "killed", "min": 40, "max": 40, "group": "people"},
        ),
        (
            "The death of a third climber brings to 23 the number of people who have died on"
            " the pass this winter.",
            {"category": "killed", "min": 23, "max": 23},
        ),
        (
            "Saturday's blasts raised to 112 the number of wounded.",
            {"category": "wounded", "min": 112, "max": 112},
        ),
    )
    counter_examples = (
        # the figure is no toll's: a count of something else moved
        "The vote brought to 40 the number of seats the party holds.",
        "The merger raised to 12 the number of plants the group runs.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for figure in sent.figures:
            if (figure.start, figure.end) in taken or figure.figure.min is None:
                continue
            if not _MOVED_TO.search(text, max(0, figure.start - 24), figure.start):
                continue
            at = _THE.match(text, figure.end)
            index = sent.cues.first_from(figure.end)
            if at is None or index is None:
                continue
            cue = sent.cues.hits[index]
            if cue.start > at.end() or cue.cue.after != "toll":
                continue  # the toll noun must follow at once: "to 40 the number of dead"
            counted = NUMBER_OF_GROUP.match(text, at.end())
            group = (counted.group(1) or counted.group(2)) if counted else None
            result.append(Binding(figure, cue, group, 0))
        return result
