"""CB25: one person after "the death of", "the killing of", "the murder of"."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import GROUP_END, GROUP_STOP
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "... of a 19-year-old", "... of an 18-year-old man", "... of his 3-year-old son".
_ONE_AFTER_OF = re.compile(
    r"\s+(?P<one>an?|his|her|their)\s+(?:(?P<age>(?:\d{1,3}|[a-z]+)[-\s](?:year|month)s?[-\s]old)"
    r"(?:\s+(?P<noun>[A-Za-z'-]+))?|(?:[A-Za-z'-]+\s+)?(?P<person>[A-Za-z'-]+))",
    re.IGNORECASE,
)


class OneAfterDeathOf(ExtraRule):
    """CB25 · "arrested in the slaying of a 19-year-old": the one after "of" died.

    A person by age ("a 19-year-old", "an 18-year-old man") or by a person noun ("the
    killing of his nephew"), right after a killing noun with "of".
    """

    code = "CB25"
    examples = (
        ("Deputies arrested Kell in the slaying of a 19-year-old.", {"min": 1}),
        ("Police are investigating the killing of his nephew.", {"group": "nephew"}),
    )
    counter_examples = (
        "The death of a 40-year-old law was mourned by no one.",
        "She spoke of the deaths of a generation of farmers.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        bindings = []
        for cue in sent.cues.hits:
            if cue.cue.category not in CASUALTY_CATEGORIES or cue.cue.after != "object":
                continue
            if not sent.low[cue.start : cue.end].endswith(" of"):
                continue
            match = _ONE_AFTER_OF.match(sent.text, cue.end)
            if match is None or match.start("one") in taken:
                continue
            word = (match["noun"] or match["person"] or "").lower()
            if word in GROUP_STOP or word in GROUP_END:
                word = ""  # "of a 16-year-old who ...": the age is the person
            if match["age"] is None and word not in PERSON_NOUNS:
                continue
            if match["age"] is not None and word and word not in PERSON_NOUNS:
                continue  # "a 40-year-old law": an age, but no person
            start, end = match.span("one")
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            bindings.append(Binding(figure, cue, word or match["age"], 0))
        return bindings
