"""CB66: "We have six victims, one of them deceased": a count of victims told by its parts."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SHOT_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse

#: A count of victims, then a part of them with its fate or condition: how officials speak
#: at a scene or a news conference ("we have four victims, one of them deceased", "three
#: victims, two of whom are in critical condition"). General English of police briefings
#: (round 7); the victims' noun alone says that they were hurt or killed, the part which.
_VICTIMS_BY_PARTS = re.compile(
    r"\s+(?:[a-z]+\s+)?(?P<noun>victims)\s*,\s*(?:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d{1,2}|all|both)\s+of\s+(?:them|whom)\s+(?:(?:is|are|was|were)\s+)?(?:now\s+)?"
    r"(?:deceased|dead|critical|hospitali[sz]ed|in\s+(?:\w+\s+)?(?:critical|serious|stable"
    r"|grave|fair|good)\s+condition)\b",
    re.IGNORECASE,
)


class VictimsByParts(ExtraRule):
    """CB66 · "We have six victims, one of them deceased": six killed or wounded.

    A count of "victims" followed by a part of them and its fate; the part itself is read by
    CB22 ("one of them deceased": the key figures then count the rest as wounded, five, as of
    "six shot, one fatally") or CB45 ("two of them in critical condition"). Not a count of victims
    with no part told ("the five victims of the fraud").
    """

    code = "CB66"
    words = ("victims",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            '"We have four victims, one of them deceased," the sheriff told reporters.',
            # the count as stated; the key figures take the dead part off it
            # (``crosswire.divergence.shot_lived``), as of "four shot, one fatally"
            {"category": "killed_or_wounded", "min": 4, "max": 4, "group": "victims"},
        ),
        (
            "Deputies found three victims, two of whom were in critical condition.",
            {"category": "killed_or_wounded", "min": 3},
        ),
    )
    counter_examples = (
        "The court heard from the five victims of the fraud.",
        "Six victims, three of them lawyers, testified on Monday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        bindings = []
        for figure in sent.figures:
            if figure.start in taken or not figure.figure.min or figure.figure.min < 2:
                continue
            match = _VICTIMS_BY_PARTS.match(sent.text, figure.end)
            if match is None:
                continue
            cue = CueHit(match.start("noun"), match.end("noun"), SHOT_CUE)
            bindings.append(Binding(figure, cue, match["noun"], cue.start - figure.end))
        return bindings
