"""CB98: the whole of a part told by its own state noun: "two of the six hostages"."""

from __future__ import annotations

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class WholeOfThePart(ExtraRule):
    """CB98 · The whole of a part, when a noun of a state stands right after it and the part
    has a fate of its own: "Two of the six hostages were released" is freed 2 and held 6.

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
    )
    counter_examples = (
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
