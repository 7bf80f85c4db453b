"""CB98: the whole of a part told by its own state noun: "two of the six hostages"."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse

#: After a freed part's whole: a clause of taking them ("14 of the 31 people they took
#: hostage", "of the 20 passengers who were seized") or its participle alone ("five of the 11
#: workers abducted from the camp", review51c; not "taken", said of hospital trips):
#: general English of kidnapping reports.
_TAKEN_AFTER = re.compile(
    r"\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:they|it|who|that|the\s+\w+)\s+"
    r"(?:had\s+|have\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:took|taken)"
    r"|(?:(?:they|it|who|that|the\s+\w+)\s+(?:had\s+|have\s+|were\s+|had\s+been\s+"
    r"|have\s+been\s+)?)?(?:seized|abducted|kidnapped|held|snatched))\b",
    re.IGNORECASE,
)
_HELD_CUE = Cue("kidnapped", "N of the M they took", before=False, after="object")


class WholeOfThePart(ExtraRule):
    """CB98 · The whole of a part, when a noun of a state stands right after it and the part
    has a fate of its own: "Two of the six hostages were released" is freed 2 and held 6;
    also a freed part of people a clause says were taken ("released 14 of the 31 people they
    took hostage" is held 31).

    The noun (a cue of its own: "hostages", "missing") counts the whole in its category; the
    part's verb counts the part in another. Wholes of the killed and the hurt are left to the
    rules of parts ("two of the 12 wounded later died" is killed 2; the toll of the hurt is
    the count less them), so only other states are read here (general English of partitives).
    """

    code = "CB98"
    words = (" of ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Two of the six hostages were released unharmed on Sunday.",
            {"category": "kidnapped", "min": 6},
        ),
        (
            "Rebels freed three of the eleven hostages at dawn.",
            {"category": "kidnapped", "min": 11},
        ),
        (
            "The gang released nine of the 22 people it had seized.",
            {"category": "kidnapped", "min": 22, "group": "people"},
        ),
        # the whole's participle alone (review51c)
        (
            "Six of the 19 herders abducted from the valley were freed on Sunday.",
            {"category": "kidnapped", "min": 19, "group": "herders"},
        ),
    )
    counter_examples = (
        # no part freed: the whole's participle stays the figure rules' (review51c)
        "Three of the 19 herders abducted from the valley have since emigrated.",
        # the whole's noun is no state of its own
        "Two of the six passengers were released unharmed.",
        # the part has the whole's own state
        "Two of the six hostages are still held in the hills.",
        # wholes of the hurt are left to the rules of parts
        "Two of the 12 wounded later died.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        parts = {b.figure.start: b.cue.cue.category for b in found}
        wholes = []
        for start, whole in sent.partitives.items():
            taken = _TAKEN_AFTER.match(sent.text, whole.end)
            if taken is not None and parts.get(start) == "rescued":
                cue = CueHit(taken.end("noun"), taken.end(), _HELD_CUE)
                wholes.append(Binding(whole, cue, taken["noun"], 0))
                continue  # "released 14 of the 31 people they took hostage": 31 were held
            index = sent.cues.first_from(whole.end)
            if index is None or start not in parts:
                continue
            cue = sent.cues.hits[index]
            category = cue.cue.category
            if category in CASUALTY_CATEGORIES or category == parts[start] or not cue.cue.before:
                continue
            if sent.text[whole.end : cue.start].strip():
                continue  # the state noun stands right after the whole: "the six hostages"
            noun = sent.text[cue.start : cue.end]
            wholes.append(Binding(whole, cue, noun, 0))
        return wholes
