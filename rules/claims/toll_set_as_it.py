"""CB158: a toll named first and set by a verb with "it" after it (doctors "disputed the
official toll, putting it at 80")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SET_VERBS
from rules.claims.parts import Binding, SentenceParse

#: "putting it at", "put it at", "estimated it at": the verb of setting with the toll as "it"
#: (general English of rival tolls).
_IT_AT = re.compile(rf"\b(?:{SET_VERBS})\s+it\s+at\s+", re.IGNORECASE)


class TollSetAsIt(ExtraRule):
    """CB158 · "The doctors said the real toll was higher, putting it at 70" is killed 70:
    the figure a verb of setting gives "it" after a toll cue earlier in the sentence (the
    toll cue's own reach stops at the clause: "was higher, ...")."""

    code = "CB158"
    words = (" it at ",)
    casualty = True
    figure = True
    examples = (
        (
            "Doctors said the real toll was far higher, putting it at between 60 and 75.",
            {"category": "killed", "min": 60, "max": 75},
        ),
        (
            "The union rejected the official death toll and put it at 31.",
            {"category": "killed", "min": 31},
        ),
    )
    counter_examples = (
        # no toll before "it"
        "The council valued the land, putting it at 40 million pesos.",
        # a toll bound already: the figure after "it" is the cost
        "The toll of 12 was disputed, and the mayor put it at 30 minutes of debate.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        told = {b.cue.start for b in found}  # a toll with its figure already
        out = []
        for match in _IT_AT.finditer(sent.text):
            index = sent.figure_from(match.end())
            if index is None:
                continue
            figure = sent.figures[index]
            if figure.start != match.end() or figure.start in taken:
                continue
            tolls = [
                hit
                for hit in sent.cues.hits
                if hit.end <= match.start() and "toll" in sent.low[hit.start : hit.end]
            ]
            if tolls and tolls[-1].start not in told:
                toll = tolls[-1]
                out.append(Binding(figure, toll, None, figure.start - toll.end))
        return out
