"""CB37: the members of an uncounted group, listed between commas before the verb."""

from __future__ import annotations

from rules.claims.appositions import UNCOUNTED_HEAD_HINT, apposed_members
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class ApposedMembers(ExtraRule):
    """CB37 · "The victims, two men and a woman, were killed": the people listed between
    commas after a group with no count of its own ("the victims", "the dead", "the men") are
    the subject of the casualty verb after the list, each item counted as written; when the
    group itself is those hit ("the dead, a farmer and his son, were found"), of its cue.
    """

    code = "CB37"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (",",)  # the engine's gate, ``ExtraRule.words``; ``find`` needs two
    hints = (UNCOUNTED_HEAD_HINT,)  # a group with no count, then a comma or a dash
    examples = (
        (
            "The victims, two men and a woman, were pronounced dead at the scene in Orsk.",
            {"category": "killed", "min": 2, "group": "men"},
        ),
        (
            "The victims, a 19-year-old man and a 22-year-old woman, were pronounced dead.",
            {"category": "killed", "min": 1, "group": "woman"},
        ),
        (
            "Police said the injured, a bus driver and four passengers, were taken to hospital.",
            {"category": "wounded", "min": 4, "group": "passengers"},
        ),
        (
            "The dead, a farmer and his son, were found in a ditch near Orsk.",
            {"category": "killed", "min": 1, "group": "son"},
        ),
    )
    counter_examples = (
        "The victims, two men and a woman, said they had seen the gunman.",
        "The men, two brothers and a cousin, were arrested after the shooting in Orsk.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if sent.low.count(",") < 2:
            return []
        return apposed_members(sent, found)
