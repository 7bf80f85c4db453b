"""CB04: coordinated figures share a cue."""

from __future__ import annotations

from dataclasses import replace

from rules.claims.binding import coordinate
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse


class Coordinated(BoundRule):
    """CB04 · Coordinated figures share a cue: "12 soldiers and 3 civilians were killed"."""

    code = "CB04"
    examples = (
        ("12 soldiers and 3 civilians were killed.", {"category": "killed", "min": 12}),
        # a part coordinates past its whole ("of the 12 miners")
        ("Two of the 12 miners and 3 guards were killed.", {"category": "killed", "min": 2}),
    )
    counter_examples = (
        "12 soldiers were killed and the bridge was closed.",
        # the first figure heads a clause of its own (``own_verb``)
        "Four soldiers reached the village and 30 residents were killed.",
        "Two gunmen opened fire and five people were killed.",
        "Two of the 12 miners reached the shaft and 3 guards were killed.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        # "Two of the 12 miners and 3 guards": the part's phrase ends past its whole
        wholes = sent.partitives
        figures = [
            replace(f, end=wholes[f.start].end) if f.start in wholes else f for f in sent.figures
        ]
        coordinate(sent.text, figures, sent.cues, bound)
        return {
            i: replace(b, figure=sent.figures[i])
            for i, b in bound.items()
            if sent.bound.get(i) is not b
        }
