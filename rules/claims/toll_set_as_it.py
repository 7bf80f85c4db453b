"""CB158: a toll named first and set by a verb with "it" after it (doctors "disputed the
official toll, putting it at 80")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import DISPUTING, SET_VERBS
from rules.claims.parts import Binding, SentenceParse
from rules.counted_after import people_after

#: "putting it at", "put it at", "estimated it at": the verb of setting with the toll as "it"
#: (general English of rival tolls).
_IT_AT = re.compile(rf"\b(?:{SET_VERBS})\s+it\s+at\s+", re.IGNORECASE)
#: A rival's clause between a toll with its figure and "putting it at": "gave a toll of 40,
#: but doctors disputed it, putting it at 75" (general English of rival tolls; review50d).
_RIVAL = re.compile(rf"\b(?:but|{'|'.join(sorted(DISPUTING))})\b")


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
        (
            "The army gave a toll of 18, but medics disputed it, putting it at 44.",
            {"category": "killed", "min": 44},
        ),
    )
    counter_examples = (
        # a toll bound already and no rival between: no figure is set again
        "The ministry gave a toll of 40 and put it at 12 other regions.",
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
            if tolls and _open(sent, tolls[-1].start in told, tolls[-1].end, match, figure.end):
                toll = tolls[-1]
                out.append(Binding(figure, toll, None, figure.start - toll.end))
        return out


def _open(sent: SentenceParse, told: bool, toll_end: int, match: re.Match[str], end: int) -> bool:
    """May the toll ending at ``toll_end`` take the figure after "it at": a toll with no figure
    yet, or one whose figure a rival's clause disputes before it, setting people again ("of
    40, but doctors disputed it, putting it at 75"; not "was disputed, and the mayor put it
    at 30 minutes of debate")?"""
    if not told:
        return True
    return _RIVAL.search(sent.low, toll_end, match.start()) is not None and people_after(
        sent.text, end
    )
