"""CB77: the members of a count listed between a pair of dashes right after it."""

from __future__ import annotations

from rules.claims.appositions import bracketed_parts
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class DashedList(ExtraRule):
    """CB77 · The groups or people listed between a pair of dashes right after a count and
    its group are its parts, when they add up to it: "seven monks -- four farmers and three
    teachers -- were killed" is also killed 4 farmers and 3 teachers. Dashes set off such a
    breakdown as often as brackets do (CB50), in wire copy with a double hyphen.
    """

    code = "CB77"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" -", "—", "–")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Seven monks -- four farmers and three teachers -- were killed by gunmen.",
            {"category": "killed", "min": 4, "group": "farmers"},
        ),
        (
            "NINE GUARDS — FIVE POLICEMEN AND FOUR SOLDIERS — AND A DRIVER WERE WOUNDED.",
            {"category": "wounded", "min": 4, "group": "SOLDIERS"},
        ),
    )
    counter_examples = (
        # the dashes do not add up to the count: a description, not its members
        "Seven monks -- four of them elderly -- were killed by gunmen.",
        # a dash that closes nothing: an aside running on to the end
        "Seven monks were killed -- four farmers and three teachers survived.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return bracketed_parts(sent, list(sent.bound.values()), dashes=True)
