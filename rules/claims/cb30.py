"""CB30: people listed after the group of those hit ("the dead were identified as ...")."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lists import identified_list
from rules.claims.parts import Binding, SentenceParse


class IdentifiedList(ExtraRule):
    """CB30 · Each person listed after "the dead were identified as" or "among the injured
    are" is one victim: "The dead were identified as Ana Ruiz and Tomas Brel" is 2 × 1.
    """

    code = "CB30"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    examples = (
        (
            "The dead were identified as Ana Ruiz, 34, and Tomas Brel, 19.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        (
            "Among the injured are Ana Ruiz, 61; Tomas Brel, 37; and Ida Venn.",
            {"category": "wounded", "min": 1, "figure_text": "Ida Venn"},
        ),
        (
            "THE INJURED WERE 27-YEAR-OLD TOMAS BREL AND 66-YEAR-OLD IDA VENN.",
            {"category": "wounded", "min": 1, "figure_text": "IDA VENN"},
        ),
        (
            "The coroner identified the dead men as Tomas Brel, 61, and Pedro Valk, 39.",
            {"category": "killed", "min": 1, "figure_text": "Pedro Valk"},
        ),
        (
            "The injured include a teenager and an elderly man.",
            {"category": "wounded", "group": "elderly man"},
        ),
    )
    counter_examples = (
        "The dead were taken to the Kessel morgue on Friday.",
        "The injured were treated at Santa Ana Hospital.",
        "Among the dead are several people from Port Alder.",
        "The suspects were identified as Ana Ruiz and Tomas Brel.",
        "Both of the injured are Kessel Valley College students.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not any(w in sent.low for w in (" as", " are", " were", " includ")):
            return []
        return identified_list(sent.text, sent.cues)
