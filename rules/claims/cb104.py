"""CB104: one of a counted group hurt ("one of the 20 tourists was injured")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: "one of the 20 tourists was injured", "one of the three guards had been badly hurt": one
#: of a group counted by its number, then the one's own passive of hurt (general English of
#: accident and crime reports; CB22 reads the one killed).
_ONE_OF_COUNT_HURT = re.compile(
    r"\b(?P<one>one)\s+of\s+the\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:[a-z-]+\s+)?(?P<plural>[a-z]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:(?:seriously|critically|slightly|badly|severely|gravely)\s+)?"
    r"(?P<verb>injured|wounded|hurt)\b",
    re.IGNORECASE,
)
#: Plurals that name the hurt already: their one is a person of a toll told elsewhere, no
#: count (CB47's counter-example "One of the victims was taken to hospital").
_THE_HURT = frozenset(("victims", "wounded", "injured", "hurt", "casualties", "survivors"))
ONE_HURT_CUE = Cue("wounded", "(one of the count hurt)", before=True)


class OneOfTheCountHurt(ExtraRule):
    """CB104 · "One of the 20 tourists was injured": one of a counted group hurt is wounded 1.

    The group's own count is no claim (it counts those there, not the hurt); the one is,
    when the sentence counts no one hurt or killed else (then it may be a person of that
    toll). The killed one is CB22's.
    """

    code = "CB104"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" of the ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("One of the 20 tourists was injured.", {"category": "wounded", "min": 1, "max": 1}),
        (
            "Police said one of the three guards had been badly hurt.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
    )
    counter_examples = (
        "One of the three victims was injured in the head.",
        "Four people were hurt, and one of the four people was injured badly.",
        "One of the 20 buses was damaged.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if any(b.cue.cue.category in CASUALTY_CATEGORIES for b in found):
            return []
        result = []
        for match in _ONE_OF_COUNT_HURT.finditer(sent.text):
            plural = match["plural"].lower()
            if plural in _THE_HURT or not is_human_plural(plural):
                continue
            start, end = match.span("one")
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            cue = CueHit(match.start("verb"), match.end("verb"), ONE_HURT_CUE)
            result.append(Binding(figure, cue, None, 0))
        return result
