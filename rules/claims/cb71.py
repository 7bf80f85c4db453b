"""CB71: one person picked out by a possessive noun before a passive casualty participle."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.singles import possessed_people


class PossessedPerson(ExtraRule):
    """CB71 · A person noun after a possessive noun, before "was killed" or "was wounded",
    is one victim: "the senator's driver was killed" is killed 1, as "his driver" is.
    """

    code = "CB71"
    words = ("'", "’")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The senator's driver was killed when the convoy hit a mine.",
            {"category": "killed", "min": 1, "group": "driver"},
        ),
        (
            "TOMAS BREL'S BODYGUARD WAS SERIOUSLY WOUNDED IN THE AMBUSH.",
            {"category": "wounded", "min": 1, "group": "BODYGUARD"},
        ),
        (
            "Ana Ruiz's youngest son was also hurt in the blast.",
            {"category": "wounded", "min": 1, "group": "son"},
        ),
    )
    counter_examples = (
        # not a person after the possessive
        "The mayor's car was damaged in the blast.",
        "The mayor's office was hit by a rocket.",
        # an active verb: the possessed person is the one who acted
        "The senator's driver killed a deer on the road.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return possessed_people(sent.text, sent.cues, found)
