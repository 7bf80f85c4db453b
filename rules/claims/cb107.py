"""CB107: a toll's later value told by a second verb of its own ("rose to 12 and climbed to 15")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.cb28 import counts_else
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans

#: After a toll's figure and maybe a time ("on Monday", "by noon", "overnight"), the same
#: toll's next value: "and climbed to 15", ", then rose to 37", "and then to 15" (the general
#: English of a toll told through the day).
_THEN_TO = re.compile(
    r"(?P<time>(?:\s+(?:on|by|at|in|after|before|overnight|early|late)(?:\s+[\w'-]+){0,2}?)?)"
    r",?\s+(?:and|then|and\s+then|before)\s+(?:(?:later|again|then)\s+)?"
    r"(?:(?:rose|risen|climbed|jumped|increased|grew|reached|fell|dropped)\s+to"
    r"|(?:(?:stood|was)\s+at)|to)\s+",
    re.IGNORECASE,
)


class TollThenTo(ExtraRule):
    """CB107 · "The death toll rose to 12 on Monday and climbed to 15 on Tuesday": a toll's
    figure followed, past a time, by "and" or "then" and a verb of the toll's change, tells
    the same toll's later value (killed 15). Only after a figure a toll cue bound ("the death
    toll rose to 12"), so "12 people died and ... rose to 40" (another thing) reads nothing.
    """

    code = "CB107"
    words = (" to ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    figure = True  # it binds the figure after a toll's (``ExtraRule.figure``)
    examples = (
        (
            "The death toll rose to 12 on Monday and climbed to 15 on Tuesday.",
            {"category": "killed", "min": 15, "max": 15},
        ),
        (
            "The toll stood at 30 by noon, then rose to 37 after dark.",
            {"category": "killed", "min": 37, "max": 37},
        ),
    )
    counter_examples = (
        # another subject, another thing
        "The death toll rose to 12, while unemployment climbed to 15 percent.",
        "The death toll rose to 12 and the river rose to 15 feet.",
        # no toll before it: a count of people is no toll that rises
        "Twelve people died and the water then rose to 15 metres.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        tolls = [b for b in (*sent.bound.values(), *found) if b.cue.cue.after == "toll"]
        for toll in tolls:
            if toll.cue.end > toll.figure.start or toll.cue.cue.category not in (
                "killed",
                "wounded",
            ):
                continue  # "the toll rose to 12", the cue before its figure
            match = _THEN_TO.match(text, toll.figure.end)
            if match is None:
                continue
            figure = next((f for f in sent.figures if f.start == match.end()), None)
            if figure is None or (figure.start, figure.end) in taken or figure.figure.min is None:
                continue
            if counts_else(text, figure.end, toll.group):
                continue
            cue = CueHit(match.start(), match.end(), Cue(toll.cue.cue.category, "toll", False))
            result.append(Binding(figure, cue, toll.group, 0))
        return result
