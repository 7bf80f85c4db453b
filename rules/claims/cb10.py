"""CB10: named people with ages."""

from __future__ import annotations

import re2

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import AGE_AFTER_COMMA
from rules.claims.people import (
    named_lists,
)
from rules.numbers import ASCII_SPACE

#: ``AGE_AFTER_COMMA`` for RE2 over ASCII text, without what may follow the age: the rule's
#: first test, read in the engine's one pass (``ExtraRule.hints``).
_AGE_HINT = re2.compile(rf"[A-Za-z],{ASCII_SPACE}+(?:age{ASCII_SPACE}+)?\d{{1,3}}")


class NamedVictims(ExtraRule):
    """CB10 · Named people with ages: "Ann Roe, 34, and Ed Roe, 2, were killed" is 2."""

    code = "CB10"
    words = (",",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    hints = (_AGE_HINT,)
    examples = (("Ann Roe, 34, and Ed Roe, 2, were killed.", {"category": "killed", "min": 2}),)
    counter_examples = ("Ann Roe, 34, and Ed Roe, 2, were honoured.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not AGE_AFTER_COMMA.search(sent.text):
            return []
        return named_lists(sent.text, sent.cues, found)
