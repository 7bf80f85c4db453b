"""CB07: the one named before 'and N others'."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.people import (
    one_more,
)


class OneMore(ExtraRule):
    """CB07 · "She and six others were killed": the one named before "and" counts too."""

    code = "CB07"
    #: The engine's gate (``ExtraRule.words``): every pattern of ``one_more`` holds "and" in
    #: some case, but the one listed before a comma.
    words = ("and", ",")
    examples = (
        ("She and six others were killed.", {"category": "killed", "min": 1}),
        (
            "Two deputies and an FBI agent were wounded in the raid on Elm Road.",
            {"category": "wounded", "min": 1, "group": "agent"},
        ),
    )
    counter_examples = ("Eight others were killed.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return one_more(sent.text, sent.figures, sent.bound)
