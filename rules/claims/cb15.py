"""CB15: named people joined before a plural casualty verb."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.named import (
    JOINED_HINTS,
    joined_named_victims,
)
from rules.claims.parts import Binding, SentenceParse


class JoinedNamedVictims(ExtraRule):
    """CB15 · Named people joined before a plural casualty verb count one each."""

    code = "CB15"
    casualty = True  # it binds only killed/wounded cues
    hints = JOINED_HINTS  # "and" and a name right before the plural verb
    examples = (
        ("Ana Ruiz and Tomas Brel were killed in the blast.", {"category": "killed", "min": 1}),
        ("REPORTER ANA RUIZ AND TOMAS BREL WERE WOUNDED.", {"category": "wounded", "min": 1}),
    )
    counter_examples = ("Ana Ruiz and Tomas Brel were married in May.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return joined_named_victims(sent.text, sent.cues)
