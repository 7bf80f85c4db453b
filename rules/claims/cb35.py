"""CB35: a count whose members are listed between commas before the verb."""

from __future__ import annotations

from rules.claims.appositions import apposed_wholes
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse


class ApposedWhole(BoundRule):
    """CB35 · A count followed by its members between commas binds to the verb after them:
    "four villagers, three men and a boy, were killed" is killed 3.
    """

    code = "CB35"
    examples = (
        (
            "Four villagers, three men and a boy, were killed in the raid.",
            {"category": "killed", "min": 4, "group": "villagers"},
        ),
        (
            "FOUR PEOPLE, ANA RUIZ, TOMAS BREL AND TWO CHILDREN, WERE WOUNDED.",
            {"category": "wounded", "min": 4, "group": "PEOPLE"},
        ),
        (
            "Nine people - six miners and three rescuers - died in the second blast.",
            {"category": "killed", "min": 9, "group": "people"},
        ),
    )
    counter_examples = (
        # the list does not add up to the count: a description, not the members
        "Four villagers, three men and a boy from Orsk, said they saw the blast.",
        "Five villagers, three men and a boy, were killed.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if "," not in sent.text and " -" not in sent.text and "\u2014" not in sent.text:
            return {}
        return apposed_wholes(sent)
