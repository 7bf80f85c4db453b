"""CB13: figures taken prisoner, captive or hostage."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.prisoners import STATE_HINT, taken_prisoner


class TakenPrisoner(ExtraRule):
    """CB13 · A figure taken prisoner, captive or hostage: "took 14 soldiers prisoner"."""

    code = "CB13"
    words = ("ak", "oo", "held", "hold")  # the engine's gate, ``ExtraRule.words``
    hints = (STATE_HINT,)  # the state's noun, which every finding names (``ExtraRule.hints``)
    examples = (
        ("Rebels said they had taken 14 soldiers prisoner.", {"category": "captured", "min": 14}),
        ("The gang took two tourists hostage.", {"category": "kidnapped", "min": 2}),
        ("Gunmen are holding 23 bus passengers hostage.", {"category": "kidnapped", "min": 23}),
    )
    counter_examples = (
        "It took 14 hours to free the prisoner.",
        "The families held 12 vigils for the hostages.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        bound = {b.figure.start for b in found}
        unbound = [f for f in sent.figures if f.start not in bound]
        return taken_prisoner(sent.text, unbound)
