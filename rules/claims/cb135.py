"""CB135: a part of a deployment sent from elsewhere: "900 firefighters, 200 of them from ..."."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse

#: After a deployed count: ", 200 of them sent from neighbouring provinces", ", 80 of them
#: from other regions", ", 40 of whom were flown in from the capital": the part that came
#: from elsewhere (general English of disaster and security reports).
_PART_FROM = re.compile(
    r",\s*(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?(?P<part>[\w,-]+)\s+of\s+"
    r"(?:them|whom)\s+(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:(?:sent|flown|drafted|brought|drawn|rushed|dispatched|bused|airlifted)\s+(?:in\s+)?)?"
    r"from\s+(?:other|neighbouring|neighboring|nearby|outside|across|abroad|the\s+)",
    re.IGNORECASE,
)


class PartSentFromElsewhere(ExtraRule):
    """CB135 · "More than 900 firefighters had been deployed, 200 of them sent from
    neighbouring provinces": the part that came from elsewhere is deployed 200, a part of
    the 900 (``states_part``: no second deployment to add to it).
    """

    code = "CB135"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" of them ", " of whom ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "More than 900 firefighters had been deployed, 200 of them sent from other regions.",
            {"category": "deployed", "min": 200, "max": 200},
        ),
        (
            "Police deployed 300 officers, 40 of them from neighbouring counties.",
            {"category": "deployed", "min": 40, "max": 40},
        ),
    )
    counter_examples = (
        "Police deployed 300 officers, 40 of them women.",
        "Six people were hurt, two of them from other towns.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        deployed = [b for b in sent.bound.values() if b.cue.cue.category == "deployed"]
        result = []
        for whole in deployed:
            after = max(whole.figure.end, whole.cue.end)
            match = _PART_FROM.search(sent.text, after)
            if match is None or ";" in sent.text[after : match.start()]:
                continue
            part = next((f for f in sent.stated if f.start == match.start("part")), None)
            if part is None or part.figure.min is None or whole.figure.figure.min is None:
                continue
            if part.figure.min >= whole.figure.figure.min:
                continue  # a part is less than its whole
            result.append(Binding(part, whole.cue, None, 0))
        return result
