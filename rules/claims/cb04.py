"""CB04: coordinated figures share a cue."""

from __future__ import annotations

from rules.claims.binding import coordinate
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse


class Coordinated(BoundRule):
    """CB04 · Coordinated figures share a cue: "12 soldiers and 3 civilians were killed"."""

    code = "CB04"
    examples = (("12 soldiers and 3 civilians were killed.", {"category": "killed", "min": 12}),)
    counter_examples = (
        "12 soldiers were killed and the bridge was closed.",
        # the first figure heads a clause of its own (``own_verb``)
        "Four soldiers reached the village and 30 residents were killed.",
        "Two gunmen opened fire and five people were killed.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        coordinate(sent.text, sent.figures, sent.cues, bound)
        return {i: b for i, b in bound.items() if sent.bound.get(i) is not b}
