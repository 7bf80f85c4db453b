"""CB147: the badly hurt part after "including" ("wounded 45 people, including 11 seriously")."""

from __future__ import annotations

import re

from rules.claims.cb45 import SERIOUSLY_CUE, smaller_than_whole
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.wholes import THEM_REACH, whole_before

#: "including" right before the part's figure, and how badly the part was hurt right after
#: it: general English of injury reports ("injuring 45, including 11 seriously").
_INCLUDING = re.compile(r"\bincluding\s+(?:about\s+|some\s+|at\s+least\s+)?$", re.IGNORECASE)
_HOW = re.compile(r"\s+(?P<how>seriously|critically|severely|gravely|badly)\b(?!\s+\w+ed\b)")


class IncludedBadlyHurt(ExtraRule):
    """CB147 · A part of a count of the hurt told after "including" with how badly it was hurt
    is wounded: "The blast wounded 45 people, including 11 seriously" is also 11 wounded, a
    part (``states_part``), as CB45 reads "11 of them seriously"."""

    code = "CB147"
    states_part = True
    words = (" including ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The blast wounded 45 people, including 11 seriously.",
            {"category": "wounded", "min": 11, "max": 11},
        ),
        (
            "At least 30 people were hurt in the crush, including about six critically.",
            {"category": "wounded", "min": 6, "qualifier": "approximately"},
        ),
    )
    counter_examples = (
        # a whole of the dead, and things damaged, have no badly hurt part
        "The storm killed 12 people, including four seriously ill patients.",
        "Forty houses were damaged, including 11 seriously.",
        "The blast wounded 45 people, including 11 seriously injured children.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        parts = []
        for figure in sent.stated:
            if figure.start in taken or not figure.figure.min:
                continue
            if _INCLUDING.search(sent.text, max(0, figure.start - 30), figure.start) is None:
                continue
            how = _HOW.match(sent.text, figure.end)
            whole = whole_before(sent.text, found, figure.start, reach=THEM_REACH)
            if how is None or whole is None or whole.cue.cue.category != "wounded":
                continue
            if smaller_than_whole(figure, whole, found):
                cue = CueHit(how.start("how"), how.end("how"), SERIOUSLY_CUE)
                parts.append(Binding(figure, cue, None, 0))
        return parts
