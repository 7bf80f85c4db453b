"""CB31: the people a count names right after its group ("shot dead two lawyers, A and B")."""

from __future__ import annotations

from rules.claims.appositions import apposed_parts
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class ApposedList(ExtraRule):
    """CB31 · The people listed right after a count and its group are its parts, when they
    add up to it: "gunmen shot dead two lawyers, Ana Ruiz and Tomas Brel" is also 1 and 1.
    """

    code = "CB31"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (",", ":")  # the engine's gate, ``ExtraRule.words``
    figure = True  # it binds the items after a bound count (``ExtraRule.figure``)
    examples = (
        (
            "Gunmen shot dead two lawyers, Ana Ruiz and Tomas Brel, near Kessel.",
            {"category": "killed", "min": 1, "figure_text": "Tomas Brel"},
        ),
        (
            "GUNMEN SHOT DEAD THREE LAWYERS: ANA RUIZ, A NOTARY, TOMAS BREL, AND IDA VENN.",
            {"category": "killed", "min": 1, "figure_text": "IDA VENN"},
        ),
    )
    counter_examples = (
        # three people counted, two named: the names are not all of them
        "Gunmen shot dead three lawyers, Ana Ruiz and Tomas Brel among them.",
        "Two lawyers were hurt, the Kessel Daily Post said.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return apposed_parts(sent, list(sent.bound.values()))
