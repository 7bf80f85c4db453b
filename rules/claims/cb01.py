"""CB01: a figure before its cue."""

from __future__ import annotations

from rules.claims.binding import bind_before
from rules.claims.kinds import FigureRule
from rules.claims.parts import Binding, SentenceParse


class FigureThenCue(FigureRule):
    """CB01 · A figure before its cue, with its group between: "12 soldiers were killed".

    Also "40 dead", "300 casualties", and single people as one: "a police officer was killed".
    """

    code = "CB01"
    examples = (
        ("At least 30 Ukrainian soldiers were killed.", {"category": "killed", "min": 30}),
        ("Twelve people were hospitalised.", {"category": "wounded", "min": 12}),
        ("A police officer was killed.", {"category": "killed", "min": 1, "max": 1}),
        # the predicate after a relative clause governs (``rules.claims.relative_main``)
        ("Two medics who crossed the river were hurt.", {"category": "wounded", "min": 2}),
        ("The 12 miners who were trapped were rescued.", {"category": "rescued", "min": 12}),
        # the hurt who then died (``rules.claims.relative_fate``)
        ("Two women who were injured in the crash died.", {"category": "killed", "min": 2}),
        # a wound named by its limb (``cue_fragments.WOUND_IN_A_LIMB``)
        ("A cyclist, 19, sustained an arm wound, deputies said.", {"category": "wounded"}),
        ("Two guards suffered leg wounds in the holdup.", {"category": "wounded", "min": 2}),
    )
    counter_examples = (
        "In 2022, 30 lawmakers voted for the bill.",
        "The 34-year-old mayor opened the new bridge.",
        "The team lost 3-1 after its striker was injured.",
        # a movement of people at large, in or out of a relative clause
        "Two medics crossed the river at dawn.",
        # a wound to the head may kill: not read as hurt alone
        "A cyclist sustained a head wound in the crash.",
    )

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        return bind_before(sent.text, sent.figures, i, sent.cues)
