"""CB87: a side that "lost N of its own" in an attack had N of its people killed."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

#: "lost two of their own", "the police lost one of their own": the idiom of a side, a force
#: or a community whose members died (general English of news reports; "lost 200 men" says
#: killed or wounded, and stays the "lost" cue's).
_OWN = re.compile(
    r"\blost\s+(?P<figure>\S+(?:\s+\S+)?)\s+of\s+(?:their|its|our|his|her)\s+own\b"
    # "own" ends the phrase: "two of its own games" is no one
    r"(?=\s*(?:[,.;:!?\"]|$)|\s+(?:in|on|at|during|when|while|and|after|before|since|near"
    r"|over|last|this|yesterday|today)\b)"
)
#: The cue the claims are bound to: the idiom names deaths.
_LOST_OWN = Cue("killed", _OWN.pattern, before=False, after="object")


class LostOfTheirOwn(ExtraRule):
    """CB87 · "Lost N of their own" is N killed: "the group said it lost two of its own in
    the raid" is killed 2 (group none: the side's own people).
    """

    code = "CB87"
    words = (" own",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("The militia said it lost two of its own in the raid.", {"category": "killed", "min": 2}),
        ("THE POLICE LOST ONE OF THEIR OWN IN THE SHOOTOUT.", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        # no figure of people: a lost thing
        "The club lost two of its own games at home.",
        "The team lost 2 of their own fans to rival clubs.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result: list[Binding] = []
        for match in _OWN.finditer(sent.text.lower()):
            start = match.start("figure")
            figure = next(
                (f for f in sent.stated if f.start == start and f.end == match.end("figure")),
                None,
            )
            if figure is None and match["figure"] == "one":
                figure = FigureSpan(
                    start, start + 3, Figure(1, 1, "exact", sent.text[start : start + 3])
                )
            if figure is None or not figure.figure.min:
                continue
            cue = CueHit(match.start(), match.start() + len("lost"), _LOST_OWN)
            result.append(Binding(figure, cue, None, start - cue.end))
        return result
