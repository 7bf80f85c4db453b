"""CB105: one of a group of people as the object of a verb of harm, capture or release."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: "one of the guards", "one of his bodyguards", "one of the mayor's aides", with at most one
#: word before the plural ("one of the rebel leaders"). General English partitive.
_ONE_OF = re.compile(
    r"\b(?P<one>one)\s+of\s+(?:the\s+[A-Za-z-]+['’]s|the|his|her|their|its|our)\s+"
    r"(?P<first>[A-Za-z-]+)(?:\s+(?P<second>[A-Za-z-]+))?",
    re.IGNORECASE,
)
#: Between the verb and "one": nothing, or the particle of "shot dead", "gunned down".
_PARTICLE = re.compile(r"\s+(?:(?:dead|down)\s+)?", re.IGNORECASE)


class OneOfTheObject(ExtraRule):
    """CB105 · "Gunmen killed one of the guards": one person of the group the partitive names,
    in the category of the verb before it ("wounded one of his bodyguards", "kidnapped one
    of the engineers", "freed one of the hostages"). "One of" is no figure of its own (it is
    also "one of the deadliest"); the passive is CB22's ("one of the guards was killed").
    """

    code = "CB105"
    words = (" one of ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Gunmen killed one of the guards outside the bank.",
            {"category": "killed", "min": 1, "max": 1, "group": "guards"},
        ),
        (
            "The rebels shot dead one of his bodyguards.",
            {"category": "killed", "min": 1, "group": "bodyguards"},
        ),
        ("The kidnappers freed one of the hostages.", {"category": "rescued", "min": 1}),
    )
    counter_examples = (
        # no person after "one of", and no verb of harm before it
        "The blast destroyed one of the buildings.",
        "The storm killed one of the engines.",
        "Police questioned one of the guards.",
        "It was one of the deadliest attacks in years.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        text, hits = sent.text, sent.cues.hits
        bindings = []
        for match in _ONE_OF.finditer(text):
            start, end = match.span("one")
            words = (match["first"], match["second"])
            plural = next((w for w in words if w and is_human_plural(w)), None)
            if start in taken or plural is None:
                continue
            cue = next((c for c in reversed(hits) if c.end <= start), None)
            if cue is None or cue.cue.after != "object":
                continue
            if not _PARTICLE.fullmatch(text, cue.end, start):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            binding = Binding(figure, cue, plural, start - cue.end)
            if acceptable(binding):
                bindings.append(binding)
        return bindings
