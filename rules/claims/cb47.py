"""CB47: "N of the victims were taken to a hospital": a part of the victims, wounded."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import FigureSpan

#: A number, "of the", at most one modifier, and a noun for the people a shooting or an
#: attack struck, then a verb of being: "Three of the victims were", "two of the injured
#: men are". The noun is general English for those harmed ("victims", "people shot").
_PART = re.compile(
    r"\b(?P<part>\d{1,3}|[A-Za-z]+)\s+of\s+the\s+(?:[a-z]+\s+)?"
    r"(?:victims|people\s+(?:who\s+were\s+)?(?:shot|hit|struck))\s+"
    r"(?:(?:were|are|remain|remained|remains|have\s+been|had\s+been)\b)",
    re.IGNORECASE,
)
#: How far after the partitive its wounded cue may start: about a clause.
_REACH = 50


class PartOfTheVictimsHurt(ExtraRule):
    """CB47 · "Three of the victims were taken to a hospital" is three wounded, a part.

    A count of the victims by "of the" is left out of the figures (it is a part of a toll
    told elsewhere, ``PARTITIVE_NOT_COUNT``), so a wounded cue after it ("were taken to a
    hospital", "remain in critical condition", "were treated and released") counted
    nobody. It is a part of the victims (``states_part``); one is a person of a toll, no
    count, and deaths are CB22's ("two of the victims later died").
    """

    code = "CB47"
    states_part = True
    words = (" of the ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Three of the victims were taken to Saint Orla Hospital.",
            {"category": "wounded", "min": 3, "max": 3},
        ),
        (
            "Two of the shooting victims remain in critical condition, police said.",
            {"category": "wounded", "min": 2},
        ),
    )
    counter_examples = (
        "One of the victims was taken to Saint Orla Hospital.",
        "Two of the victims were from Harl County.",
        "Two of the victims later died at Saint Orla Hospital.",
        "Three of the victims were identified by their families on Sunday afternoon.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        parts = []
        for match in _PART.finditer(sent.text):
            value = number_value(match["part"])
            start, end = match.span("part")
            if not value or value < 2 or start in taken:
                continue
            cue = next(
                (
                    c
                    for c in sent.cues.hits
                    if match.end() <= c.start <= match.end() + _REACH and c.cue.before
                ),
                None,
            )  # a cue whose figure comes after it ("released 3 hostages") tells of no subject
            if cue is None or cue.cue.category != "wounded":
                continue
            figure = FigureSpan(start, end, Figure(value, value, "exact", match["part"]))
            parts.append(Binding(figure, cue, None, 0))
        return parts
