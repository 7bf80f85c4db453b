"""CB51: the victims after an inverted casualty clause ("Also killed were ...")."""

from __future__ import annotations

from rules.claims.inverted import inverted_victims
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class InvertedVictims(ExtraRule):
    """CB51 · A casualty participle that opens its clause, with its victims after "was" or
    "were": "Also killed were two firefighters" is killed 2; "Killed were a teacher and her
    son" is 1 and 1; "Also injured in the blast was a vendor" is wounded 1.
    """

    code = "CB51"
    words = (" was ", " were ", " are")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Also killed were two firefighters.",
            {"category": "killed", "min": 2, "group": "firefighters"},
        ),
        (
            "Killed were a teacher and her son, the police said.",
            {"category": "killed", "min": 1, "group": "son"},
        ),
        (
            "ALSO HURT IN THE CRUSH AT THE GATE WAS A STUDENT FROM ORSK.",
            {"category": "wounded", "min": 1, "group": "STUDENT"},
        ),
        (
            "Also killed in the stampede was Ana Ruiz, a baker.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        # the present of a coroner's list, and "found" before the participle (round 8)
        ("Dead are a bus driver and his son, the coroner said.", {"group": "son"}),
        (
            "Found dead inside the car were two men, deputies said.",
            {"category": "killed", "min": 2, "group": "men"},
        ),
    )
    counter_examples = (
        # the participle does not open the clause: a reduced relative before the verb
        "The soldiers killed in the ambush were buried on Sunday.",
        # not a casualty participle
        "Also arrested were two farmers.",
        # "was" opens a clause of its own: "the one killed was the driver" is no list
        "Those killed were not named by the police.",
        "Killed is a word the family will not use, their lawyer said.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return inverted_victims(sent)
