"""CB02: a cue before its figure."""

from __future__ import annotations

from rules.claims.binding import bind_after
from rules.claims.kinds import FigureRule
from rules.claims.parts import Binding, SentenceParse


class CueThenFigure(FigureRule):
    """CB02 · A cue before its figure: a verb's object or a count noun's value.

    "killing 12 people", "the death toll rose to 40", "casualties of about 300".
    """

    code = "CB02"
    examples = (
        ("Shelling killed 12 civilians.", {"category": "killed", "min": 12}),
        ("The death toll rose to 40.", {"category": "killed", "min": 40}),
        ("Gunmen abducted 12 students.", {"category": "kidnapped", "min": 12}),
    )
    counter_examples = (
        "The 72nd brigade captured 14 armoured vehicles.",
        "The company reported losses of $3 million.",
    )

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        return bind_after(sent.text, sent.figures, i, sent.cues)
