"""CB10: named people with ages."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import AGE_AFTER_COMMA
from rules.claims.people import (
    named_lists,
)


class NamedVictims(ExtraRule):
    """CB10 · Named people with ages: "Ann Roe, 34, and Ed Roe, 2, were killed" is 2."""

    code = "CB10"
    words = (",",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (("Ann Roe, 34, and Ed Roe, 2, were killed.", {"category": "killed", "min": 2}),)
    counter_examples = ("Ann Roe, 34, and Ed Roe, 2, were honoured.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not AGE_AFTER_COMMA.search(sent.text):
            return []
        return named_lists(sent.text, sent.cues, found)
