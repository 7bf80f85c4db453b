"""CB32: people listed after a colon that closes a casualty clause."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lists import colon_list
from rules.claims.parts import Binding, SentenceParse


class ColonList(ExtraRule):
    """CB32 · Two or more people listed after a colon that closes a clause with a casualty
    cue are one victim each: "the officers who died in the ambush: Major A, Captain B and C".
    """

    code = "CB32"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (":",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The ministry named the officers who died in the ambush: Major Ana Ruiz,"
            " Captain Tomas Brel and Sergeant Ida Venn.",
            {"category": "killed", "min": 1, "figure_text": "Captain Tomas Brel"},
        ),
        (
            "THREE GUARDS WERE WOUNDED: ANA RUIZ, A COOK, TOMAS BREL, AND IDA VENN.",
            {"category": "wounded", "min": 1, "figure_text": "IDA VENN"},
        ),
    )
    counter_examples = (
        "Rescuers said: Ana Ruiz and Tomas Brel led the search.",
        "The minister said two people died: Ana Ruiz and Tomas Brel were not among them.",
        "Police named the wounded officer: Sergeant Ida Venn.",
        "Police held two men over the murder of Mayor Ida Venn: Ana Ruiz and Tomas Brel.",
        "Three officers were killed: Ana Ruiz and Tomas Brel were among them.",
        "Two men were arrested after the shooting: Tomas Brel and Ida Venn.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return colon_list(sent.text, sent.cues, found)
