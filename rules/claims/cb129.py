"""CB129: people moved out of danger by the authorities ("had moved nearly 40,000 residents
out of coastal districts") are evacuated."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.scene_rows import MOVED_PEOPLE, MOVED_VERBS

#: The civilians the cue names, right after its figure (``rules.scene_rows.MOVED_OUT``).
_MOVED = re.compile(rf"\s+(?P<group>{MOVED_PEOPLE})\b", re.IGNORECASE)


class MovedOutOfDanger(ExtraRule):
    """CB129 · Civilians moved out of danger are evacuated: "The province had moved nearly
    40,000 residents out of coastal districts" is evacuated 40,000 (residents). The cue
    (``rules.scene_rows.MOVED_OUT``, the one evacuated cue with a figure inside it) binds
    nothing; this rule binds the figure inside it.
    """

    code = "CB129"
    words = MOVED_VERBS  # the engine's gate: MOVED_OUT's verbs
    figure = True  # its one finding is a figure of ``SentenceParse.figures``
    examples = (
        (
            "The province had moved nearly 40,000 residents out of coastal districts.",
            {"category": "evacuated", "max": 40000, "group": "residents"},
        ),
        (
            "Soldiers moved 3,000 people to higher ground overnight.",
            {"category": "evacuated", "min": 3000, "max": 3000, "group": "people"},
        ),
        (
            "Boats ferried 500 islanders away from the volcano.",
            {"category": "evacuated", "min": 500, "group": "islanders"},
        ),
    )
    counter_examples = (
        "The navy moved 3,000 troops to the border.",
        "Rescuers moved the 12 injured people out of the rubble.",
        "Landlords moved 40 families out of the building to renovate it.",
        "Police moved 50 people away from the cordon.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        bindings = []
        for hit in sent.cues.hits:
            if hit.cue.category != "evacuated" or hit.cue.before or hit.cue.after:
                continue  # only MOVED_OUT binds no figure on either side
            # the first figure is the people's ("moved 400 residents of two hamlets")
            inside = [f for f in sent.figures if hit.start < f.start and f.end < hit.end]
            inside.sort(key=lambda f: f.start)
            if not inside or (inside[0].start, inside[0].end) in taken:
                continue
            moved = _MOVED.match(sent.text, inside[0].end)
            group = moved["group"].lower() if moved else None
            bindings.append(Binding(inside[0], hit, group, 0))
        return bindings
