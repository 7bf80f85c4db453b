"""CB08: single people listed with no figure."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.people import (
    listed_people,
)


class ListedPeople(ExtraRule):
    """CB08 · Single people listed with no figure: "Man, toddler found dead" counts 2."""

    code = "CB08"
    examples = (("Man, toddler found dead in house fire", {"category": "killed", "min": 1}),)
    counter_examples = ("Man found safe after search",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return listed_people(sent.text, sent.cues, sent.bound)
