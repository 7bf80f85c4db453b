"""CB33: the part of a toll given after "including"."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.subsets import subset_parts


class IncludedPart(ExtraRule):
    """CB33 · A part given after "including" is a claim of its own group, of the category of
    the count it details: "killed 23 people, including 7 children" is also 7 children.
    """

    code = "CB33"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = ("includ", "among")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The raid killed 23 people, including 7 children, in Kessel.",
            {"category": "killed", "min": 7, "group": "children"},
        ),
        (
            "One person died and nine were wounded, including two firefighters.",
            {"category": "wounded", "min": 2, "group": "firefighters"},
        ),
        (
            "The landslide killed six people, including farmer Ana Ruiz.",
            {"category": "killed", "min": 1, "figure_text": "farmer Ana Ruiz"},
        ),
        (
            "FIVE HIKERS, INCLUDING A CHILD, WERE INJURED.",
            {"category": "wounded", "min": 1, "group": "CHILD"},
        ),
        (
            "Eleven people died in the floods, including a family of four in Brell.",
            {"category": "killed", "min": 4, "group": "family"},
        ),
        (
            "Rescuers found 17 bodies, including three members of one family.",
            {"category": "killed", "min": 3, "group": "members of one family"},
        ),
        (
            # two counted parts between commas before the verb: the whole binds across both
            "THE PRIEST SAID 11 VILLAGERS, INCLUDING THREE NURSES AND TWO DRIVERS, WERE SHOT DEAD.",
            {"category": "killed", "min": 2, "group": "DRIVERS"},
        ),
    )
    counter_examples = (
        "The storm damaged 40 homes, including 12 schools.",
        "Nine people were killed; rescuers, including 30 volunteers, searched all night.",
        "Officials counted 12 dead at dawn including 3 houses burned.",
        "Police detained three people, including one man who was shot.",
        "Cops: 7 Wounded, Including Girl Posted: Sunday",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return subset_parts(sent.text, sent.stated, found, sent.cues)
