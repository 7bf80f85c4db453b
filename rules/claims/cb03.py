"""CB03: a fatal part of the shot."""

from __future__ import annotations

from rules.base import Rule
from rules.claims.parts import Binding
from rules.claims.people import (
    fatally,
    lives,
)
from rules.numbers import FigureSpan


class FatalPart(Rule):
    """CB03 · A part of the shot who died: "six were shot, two fatally"; "claimed 3 lives".

    It runs first, while the figures are chosen, because the part ("two") would otherwise
    be a subset of the whole and no claim of its own.
    """

    code = "CB03"
    examples = (
        ("Five people were shot, three fatally.", {"category": "killed", "min": 3}),
        ("The fire claimed 3 lives.", {"category": "killed", "min": 3}),
    )
    counter_examples = ("Four people were shot and wounded.",)

    def find(self, text: str, span: FigureSpan) -> Binding | None:
        return fatally(text, span) or lives(text, span)
