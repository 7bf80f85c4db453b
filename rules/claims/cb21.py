"""CB21: a toll grown by one, stated by its ordinal."""

from __future__ import annotations

from rules.claims.figures import has_any
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.natural_death import natural_death_after
from rules.claims.ordinals import ORDINAL_DEATH, ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

#: The ordinal words, one of which a sentence this rule reads holds (a cheap first test).
_ORDINAL_WORDS = tuple(ORDINALS)


class OrdinalDeath(ExtraRule):
    """CB21 · "A third victim died": the ordinal of the latest death is the toll.

    Only a finite verb of dying: "the second person to die in a chase this year" is a
    ranking, not this event's toll.
    """

    code = "CB21"
    words = ("die", "succumb", "dead")  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("Police said a third victim died on Friday after the Pine Street shooting.", {"min": 3}),
        ("Second victim dies after Harlow bar shooting", {"category": "killed", "min": 2}),
        ("2nd victim dies after Harlow bar shooting", {"category": "killed", "min": 2}),
        (
            "A second man was taken to a hospital, where he later died.",
            {"category": "killed", "min": 2},
        ),
        (
            "A third passenger injured in the crash has since died.",
            {"category": "killed", "min": 3},
        ),
    )
    counter_examples = (
        "She was the second person to die in a police chase this year.",
        "A third resident of the care home has died of the flu.",
        "A third man was wounded in the shooting.",
        "A second man was taken to a hospital, where he was treated and released.",
        "Orme man is 3rd person to die in a police chase this year",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        low = sent.low
        if not has_any(low, _ORDINAL_WORDS):
            return []
        bindings = []
        counts = [*sent.bound.values(), *found]
        for match in ORDINAL_DEATH.finditer(sent.text):
            if natural_death_after(sent.text, match.end("verb")):
                continue  # "A third resident of the home has died of Covid"
            if match["bare"] is not None and any(b.figure.end <= match.start() for b in counts):
                continue  # "Five were killed; a sixth later died": one more (CB82)
            start, end = match.span("ordinal")
            value = ORDINALS[match["ordinal"].lower()]
            figure = FigureSpan(start, end, Figure(value, value, "exact", match["ordinal"]))
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            bindings.append(Binding(figure, cue, None, 0))
        return bindings
