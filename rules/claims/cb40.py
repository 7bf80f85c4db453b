"""CB40: a relative joined by "and" to a victim, after the victim's description."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import LEADING_AGE
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: A victim picked out by a determiner ("a 15-year-old", "his cousin"), an optional
#: description set off by commas (", Dana Pell, 31,"), then "and" with a possessive: the
#: relative's determiner is where the next victim is counted.
_RELATIVE_AFTER = re.compile(
    r"(?:a|an|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
    r"(?:\s*,\s*[^,;:.()]{1,40}?){0,2}?\s*,?\s+and\s+(?P<det>his|her|their)\b",
    re.IGNORECASE,
)
#: The relative's noun, after an optional age: "and their 4-year-old son".
_NOUN = re.compile(r"\s+([A-Za-z'-]+)")
#: A clause of its own follows the relative: "and her son was wounded" is no second victim of
#: the first conjunct's verb (English auxiliaries and clause verbs).
_OWN_VERB = re.compile(
    r"\s*(?:,\s*\w+\s*,\s*)?(?:was|were|is|are|has|have|had|survived|escaped|fled|called|said|told)\b",
    re.IGNORECASE,
)
#: The casualty categories whose victims can be joined this way.
_CATEGORIES = ("killed", "killed_or_wounded", "wounded")


class RelativeJoined(ExtraRule):
    """CB40 · "shooting a 15-year-old and her uncle": the relative joined is one more victim.

    A single victim of a casualty verb, picked out by a determiner, then, past an optional
    description between commas (a name, an age), "and" with a possessive and a person noun:
    the relative shares the first victim's verb. Not when the relative has a verb of its own
    ("and her son was wounded"), nor for a noun that names no person ("and his dog").
    """

    code = "CB40"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Two men were charged with murdering a 16-year-old and his uncle in Fernhill.",
            {"category": "killed", "min": 1, "group": "uncle"},
        ),
        (
            "Deputies say Corran fatally shot his girlfriend, Lia Brandt, 29, and their"
            " 3-year-old daughter, Mina, at the farmhouse.",
            {"category": "killed", "group": "daughter"},
        ),
        (
            "Police said Hollis killed his wife, 44, and her sister before fleeing.",
            {"category": "killed", "group": "sister"},
        ),
    )
    counter_examples = (
        "The gunman killed a cashier and his dog in the shop on Tallis Road.",
        "Vance shot a neighbor, police said, and his brother was arrested later.",
        "A man killed his landlord and their lawyers called it a tragedy.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        joined = []
        for binding in found:
            figure = binding.figure
            if binding.cue.cue.category not in _CATEGORIES or figure.figure.max != 1:
                continue
            if binding.cue.start > figure.start or not figure.figure.text[:1].isalpha():
                continue  # a victim after its verb, counted by a determiner or a noun
            match = _RELATIVE_AFTER.match(sent.text, figure.start)
            if match is None or match.start("det") in taken:
                continue
            end = match.end("det")
            age = LEADING_AGE.match(sent.text, end)
            noun = _NOUN.match(sent.text, age.end() if age else end)
            if noun is None or noun.group(1).lower() not in PERSON_NOUNS:
                continue
            if _OWN_VERB.match(sent.text, noun.end()):
                continue
            start = match.start("det")
            person = FigureSpan(start, end, Figure(1, 1, "exact", match["det"]))
            taken.add(start)
            joined.append(Binding(person, binding.cue, noun.group(1), start - binding.cue.end))
        return joined
