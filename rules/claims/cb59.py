"""CB59: "shot two tenants, killing one of them": the part of the shot a participle kills."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import FATAL_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import FigureSpan

#: "..., killing one of them", "fatally wounding two of the men": a participle that tells
#: which of a count just given died (general English of crime reports, round 7). The count
#: of the shot or wounded must stand before it in the sentence (``find``).
_KILLING_PART = re.compile(
    r"\b(?P<verb>killing|fatally\s+(?:wounding|injuring|shooting|stabbing))\s+"
    r"(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+"
    r"(?:them|the\s+[a-z]+)\b",
    re.IGNORECASE,
)


class KillingPartOfThem(ExtraRule):
    """CB59 · "The landlord shot two tenants, killing one of them": the part was killed.

    Only after a count of the shot or wounded in the same sentence, whose rest are then the
    wounded (as with CB22's "one of them fatally"); not when a figure rule bound the part.
    """

    code = "CB59"
    words = ("killing", "fatally")  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "The landlord shot two tenants during a quarrel, killing one of them.",
            {"category": "killed", "min": 1, "max": 1, "figure_text": "one"},
        ),
        (
            "A gunman shot five anglers at the pier, fatally wounding one of the men.",
            {"category": "killed", "min": 1},
        ),
    )
    counter_examples = (
        # no count of the shot before it
        "The fire spread to three barns, killing one of them outright.",
        "Killing one of them was never the plan, the defendant told the jury.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        wholes = [
            b.figure.end
            for b in found
            if b.cue.cue.category in ("killed_or_wounded", "wounded") and b.figure.figure.min
        ]
        taken = {b.figure.start for b in found}
        bindings = []
        for match in _KILLING_PART.finditer(sent.text):
            start, end = match.span("part")
            value = number_value(match["part"])
            if value is None or start in taken or not any(w <= start for w in wholes):
                continue
            figure = FigureSpan(start, end, Figure(value, value, "exact", match["part"]))
            cue = CueHit(match.start("verb"), match.end("verb"), FATAL_CUE)
            bindings.append(Binding(figure, cue, None, 0))
        return bindings
