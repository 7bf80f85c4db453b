"""CB06: a double or triple killing."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import MULTIPLE_WORDS
from rules.claims.parts import Binding, SentenceParse
from rules.claims.people import (
    multiple_killings,
)


class MultipleKilling(ExtraRule):
    """CB06 · "A double murder" is two killed, "a triple shooting" three shot."""

    code = "CB06"
    words = MULTIPLE_WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (("Police are investigating a double murder.", {"category": "killed", "min": 2}),)
    counter_examples = ("The striker scored a double in the final.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return multiple_killings(sent.text)
