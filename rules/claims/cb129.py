"""CB129: people moved out of danger by the authorities ("had moved nearly 40,000 residents
out of coastal districts") are evacuated."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.nouns import names_people
from rules.scene_rows import MOVED_OUT

_PATTERN = MOVED_OUT[0][0]


class MovedOutOfDanger(ExtraRule):
    """CB129 · Civilians moved out of danger are evacuated: "The province had moved nearly
    40,000 residents out of coastal districts" is evacuated 40,000 (residents). The cue
    (``rules.scene_rows.MOVED_OUT``) holds the figure; this rule binds the figure inside it.
    """

    code = "CB129"
    words = ("moved", "relocated", "bused", "bussed", "ferried", "shifted", "trucked")
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
            "The army moved 500 villagers away from the volcano.",
            {"category": "evacuated", "min": 500, "group": "villagers"},
        ),
    )
    counter_examples = (
        "The navy moved 3,000 troops to the border.",
        "The company moved 300 workers out of the plant.",
        "Officials moved the meeting to 3 p.m. at the town hall.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        bindings = []
        for hit in sent.cues.hits:
            if hit.cue.pattern != _PATTERN:
                continue
            inside = [f for f in sent.figures if hit.start < f.start and f.end < hit.end]
            if len(inside) != 1 or (inside[0].start, inside[0].end) in taken:
                continue
            figure = inside[0]
            words = sent.text[figure.end : hit.end].split()
            group = next((w.lower() for w in words if names_people(w.lower())), None)
            bindings.append(Binding(figure, hit, group, 0))
        return bindings
