"""CB34: a person after a casualty noun and "of" ("the murder of a councilman")."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lists import victims_of
from rules.claims.parts import Binding, SentenceParse


class VictimOf(ExtraRule):
    """CB34 · A person after "the murder of", "the killing of" or "the death of" is one victim:
    "the killing of a policeman and his son" is two.
    """

    code = "CB34"
    examples = (
        (
            "Unions condemned the murder of a councilman in Kessel.",
            {"category": "killed", "min": 1, "group": "councilman"},
        ),
        (
            "THE KILLING OF A POLICEMAN AND HIS 2-YEAR-OLD SON SHOCKED THE TOWN.",
            {"category": "killed", "min": 1, "group": "2-YEAR-OLD SON"},
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
