"""CB93: one person that police found, told hurt or dead by what follows the noun."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: The police report's "found a man who had been shot", "located a woman, who was pronounced
#: dead", "found a man shot in the chest": a verb of finding, one person as its object, and a
#: relative clause or a participle that leads straight into a casualty cue (general English
#: of US, British and Canadian police statements; crime round 9). Not "found a man with a
#: bullet wound in his shoulder": such a finding is mostly a death the story tells elsewhere
#: (or only in its headline), and a wound-or-death of one would then stand as the wounded.
_FOUND_ONE = re.compile(
    r"\b(?:found|find|discovered|located)\s+(?P<one>an?)\s+(?:(?!and\b|who\b)[\w'-]+\s+){0,3}?"
    r"(?P<noun>[a-z-]+)(?:\s*,)?\s+"
    r"(?:who\s+(?:had|has)\s+been\s+(?:\w+ly\s+)?|who\s+(?:was|is)\s+(?:later\s+)?"
    r"(?:(?:pronounced|declared)\s+)?)?$",
    re.IGNORECASE,
)
#: How far before its cue the finding verb may stand, in characters.
_REACH = 90


class FoundOneHurt(ExtraRule):
    """CB93 · "Deputies found a clerk who had been shot in the chest" is one hurt or dead:
    the one person found, when a relative clause or a participle leads from the noun
    straight into a casualty cue. Only a person noun; not when another rule counts
    the same person.
    """

    code = "CB93"
    # the engine's gate: a finding verb before one person
    words = ("found a", "find a", "discovered a", "located a")
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Deputies got there to find a clerk who had been shot in the chest.",
            {"category": "killed_or_wounded", "min": 1, "group": "clerk"},
        ),
        (
            "Officers found a man, who was pronounced dead at the scene.",
            {"category": "killed", "min": 1, "group": "man"},
        ),
        ("Police found a man shot in the chest behind a store.", {"min": 1, "group": "man"}),
        (
            "Deputies found a woman who had been stabbed in the neck.",
            {"category": "killed_or_wounded", "min": 1, "group": "woman"},
        ),
    )
    counter_examples = (
        # a thing found
        "Officers found a car that had been shot up.",
        "Officers found a rifle with a scope.",
        # a wound found: often a death told elsewhere
        "Troopers found a driver, 41, with a bullet wound in his shoulder.",
        # the finding names no casualty
        "Officers found a man who had been drinking.",
        "Police found a witness who said she heard shots.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        result = []
        for hit in sent.cues.hits:
            if hit.cue.category not in CASUALTY_CATEGORIES:
                continue
            match = _FOUND_ONE.search(sent.text, max(0, hit.start - _REACH), hit.start)
            if match is None or match["noun"].lower() not in PERSON_NOUNS:
                continue
            if sent.low.startswith(("with", "suffering"), hit.start):
                continue  # "found a boy with a wound to the head": a death told apart, often

            start, end = match.span("one")
            if any(s < match.end("noun") and start < e for s, e in taken):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            result.append(Binding(figure, hit, match["noun"], hit.start - end))
        return result
