"""CB106: a toll set again by "it" later in its sentence ("officials revised it to 38")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.cb28 import counts_else
from rules.claims.cb83 import SET_IT
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans

_SET_IT = re.compile(SET_IT, re.IGNORECASE)
#: The singular count noun "it" stands for: "the toll", "the figure", "the tally".
_COUNT_NOUN = re.compile(r"\b(?:toll|figure|tally|count)\b", re.IGNORECASE)


class TollSetAgainByIt(ExtraRule):
    """CB106 · "The toll climbed to 41 overnight, but by morning officials had revised it down
    to 38": "it", after a toll named earlier in its sentence, is that toll set again; the figure
    counts what the toll's own count counts (killed 38). Only when the count before "it" is a
    claim of the sentence and a count noun ("toll", "figure") comes before that count.
    """

    code = "CB106"
    words = (" it ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "The toll climbed to 41 overnight, but by morning officials had revised it down to 38.",
            {"category": "killed", "min": 38, "max": 38},
        ),
        (
            "The ministry gave an injury toll of 60, then raised it to 75 on Tuesday.",
            {"category": "wounded", "min": 75, "max": 75},
        ),
    )
    counter_examples = (
        # no count noun for "it" to stand for: "it" is the bridge
        "Floods killed 12 people and the army put it at the top of its list of 20 repairs.",
        # a measure of something else
        "The toll rose to 41, and the bank raised it to 5 percent.",
        # "it" before any toll
        "Officials put it at 40 before the toll of 12 dead was known.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        bindings = sorted((*sent.bound.values(), *found), key=lambda b: b.figure.start)
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for match in _SET_IT.finditer(text):
            figure = next((f for f in sent.figures if f.start == match.end()), None)
            if figure is None or (figure.start, figure.end) in taken or figure.figure.min is None:
                continue
            before = [b for b in bindings if b.figure.end <= match.start()]
            if not before or before[-1].cue.cue.category not in ("killed", "wounded"):
                continue
            first = before[-1]
            if not _COUNT_NOUN.search(text, 0, first.figure.start) or counts_else(
                text, figure.end, first.group
            ):
                continue
            cue = CueHit(match.start(), match.end(), Cue(first.cue.cue.category, "toll", False))
            result.append(Binding(figure, cue, first.group, 0))
        return result
