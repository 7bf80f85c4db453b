"""CB34: a person after a casualty noun and "of" ("the murder of a shopkeeper")."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lists import victims_of
from rules.claims.parts import Binding, SentenceParse


class VictimOf(ExtraRule):
    """CB34 · A person after "the murder of", "the killing of" or "the death of" is one victim:
    "the killing of a farmer and his daughter" is two.
    """

    code = "CB34"
    examples = (
        (
            "Residents condemned the murder of a shopkeeper in Kessel.",
            {"category": "killed", "min": 1, "group": "shopkeeper"},
        ),
        (
            "THE KILLING OF A FARMER AND HIS TEENAGE DAUGHTER SHOCKED THE VALLEY.",
            {"category": "killed", "min": 1, "group": "TEENAGE DAUGHTER"},
        ),
    )
    counter_examples = (
        "The death of a dream is hard to bear.",
        "The killing of a bill in the senate angered the union.",
        "Police are investigating the murder of the mayor's driver.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if " of " not in sent.low:
            return []
        return victims_of(sent.text, sent.cues, found)
