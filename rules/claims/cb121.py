"""CB121: the hurt among a count of people who are no casualties ("the rescued", "passengers")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.wholes import whole_before

#: After the part's figure: "of them with burns or other injuries", "of them with cuts and
#: bruises", "of them with broken legs" (general English of rescue and accident reports).
_OF_THEM_WITH = re.compile(
    r"\s+of\s+them\s+(?P<hurt>with\s+"
    r"(?:[a-z-]+\s+(?:or\s+|and\s+)?){0,3}?(?:burns|injuries|wounds|cuts\s+and\s+bruises"
    r"|(?:a\s+)?broken\s+(?:legs?|arms?|bones|ribs|ankles?|wrists?|hips?|pelvis)|fractures))\b",
    re.IGNORECASE,
)
_HURT_CUE = Cue("wounded", "(with injuries)", before=True)


class HurtAmongTheCounted(ExtraRule):
    """CB121 · "Crews brought 60 climbers to safety, nine of them with frostbite or other
    injuries": the hurt among a count of people who are no casualties (the rescued, the
    passengers, the evacuated) are the wounded toll itself, not a part of one (a part of a
    casualty count, "40 were hurt, 12 of them with burns", is CB45's).
    """

    code = "CB121"
    words = (" of them ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Crews brought 60 climbers to safety by dusk, nine of them with frostbite or other"
            " injuries.",
            {"category": "wounded", "min": 9, "max": 9},
        ),
        (
            "Lifeboats rescued 31 fishermen, four of them with cuts and bruises.",
            {"category": "wounded", "min": 4},
        ),
    )
    counter_examples = (
        "Forty people were hurt in the crush, 12 of them with burns.",
        "Crews brought 60 climbers to safety, nine of them with frostbitten guides.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        hurt = []
        for figure in sent.stated:
            match = _OF_THEM_WITH.match(sent.text, figure.end)
            if match is None or figure.start in taken or not figure.figure.min:
                continue
            whole = whole_before(sent.text, found, figure.start, any_count=True)
            if whole is not None and whole.cue.cue.category not in CASUALTY_CATEGORIES:
                cue = CueHit(match.start("hurt"), match.end("hurt"), _HURT_CUE)
                hurt.append(Binding(figure, cue, None, 0))
        return hurt
