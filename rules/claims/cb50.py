"""CB50: the members of a count listed in brackets right after it."""

from __future__ import annotations

from rules.claims.appositions import bracketed_parts
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class BracketedList(ExtraRule):
    """CB50 · The groups or people listed in brackets right after a count and its group are
    its parts, when they add up to it: "nine people (five soldiers and four civilians) were
    wounded" is also wounded 5 soldiers and 4 civilians; "two ferry hands (a woman and her
    brother)" is 1 and 1. Wire copy and casualty reports break a toll down this way.
    """

    code = "CB50"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = ("(",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Nine people (five soldiers and four civilians) were wounded in the shelling.",
            {"category": "wounded", "min": 4, "group": "civilians"},
        ),
        (
            "TWELVE VILLAGERS (EIGHT FARMERS AND FOUR TEACHERS) DIED WHEN THE BRIDGE WAS SHELLED.",
            {"category": "killed", "min": 4, "group": "TEACHERS"},
        ),
        (
            "Two ferry hands (a woman and her brother) drowned when the boat capsized.",
            {"category": "killed", "min": 1, "group": "brother"},
        ),
    )
    counter_examples = (
        # the brackets do not add up to the count: a description, not its members
        "Nine people (five soldiers and two civilians) were wounded in the shelling.",
        # a breakdown by what befell them is not a list of people
        "The rebels suffered 40 casualties (25 dead and 15 wounded).",
        # brackets that do not follow a casualty count
        "Nine people (five soldiers and four civilians) were arrested at the border.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return bracketed_parts(sent, list(sent.bound.values()))
