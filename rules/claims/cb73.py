"""CB73: counts listed with people after a killing cue."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.mixed import listed_counts
from rules.claims.parts import Binding, SentenceParse


class ListedCounts(ExtraRule):
    """CB73 · A count listed after a person in the object of a killing, the list closed by
    "and", counts its group too: "the murder of Ana Ruiz, two guards and a driver" is also
    killed 2; "the assassination of Rector Ivo Sarn, five other priests and two women" is
    also 5 and 2.
    """

    code = "CB73"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    figure = True  # it binds the stated counts of its list (``ExtraRule.figure``)
    examples = (
        (
            "The court heard of the murder of Ana Ruiz, two guards and a driver.",
            {"category": "killed", "min": 2, "group": "guards"},
        ),
        (
            "THE ASSASSINATION OF RECTOR IVO SARN, FIVE OTHER PRIESTS, AND TWO WOMEN SHOCKED ORSK.",
            {"category": "killed", "min": 5, "group": "OTHER PRIESTS"},
        ),
    )
    counter_examples = (
        # the list is the subject of a clause of its own
        "After the killing of Ana Ruiz, two brothers and a cousin were arrested.",
        # the rest of the list details the first count
        "The murder of three herders, two men and a boy, was never solved.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return listed_counts(sent, found)
