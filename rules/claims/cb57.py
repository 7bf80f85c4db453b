"""CB57: ", killing the clerk": one person named with "the" as the object of a participle."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.cb20 import counted_span
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: A participle clause that tells what the event did to one person the reader meets in it:
#: "opened fire in the store, killing the clerk and wounding a customer", "the truck struck
#: the car, killing the driver". The usual shape of US crime and crash leads (general
#: knowledge of news English): the participle follows a comma or "and", and its object is
#: one person with "the" and up to two words before the noun. A possessive after the noun
#: ("killing the clerk's brother") or a figure inside ("killing the two guards") is left to
#: the other rules.
_PARTICIPLE_THE = re.compile(
    r"(?:,|\band)\s+(?:(?:then|also)\s+)?"
    r"(?P<verb>killing|fatally\s+(?:shooting|wounding|stabbing|injuring|striking)"
    r"|wounding|injuring|critically\s+(?:injuring|wounding))\s+"
    r"(?P<one>the)\s+(?P<words>[A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,2})",
    re.IGNORECASE,
)
_WOUNDED_CUE = Cue("wounded", "(multiple)", before=True)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("killing the", "wounding the", "injuring the", "fatally")


class ParticipleKilledThe(ExtraRule):
    """CB57 · ", killing the clerk": the one person a participle clause kills or wounds.

    A definite single victim is usually a repeated mention, so other rules leave "the"
    alone; but the object of a participle after the main clause is how a lead first tells
    what the shots or the crash did. Killed for "killing", "fatally shooting"; wounded for
    "wounding", "injuring". Not when a figure or another rule counts the person already.
    """

    code = "CB57"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A man fired into the Quill Street bakery on Monday, killing the owner.",
            {"category": "killed", "min": 1, "max": 1, "group": "owner"},
        ),
        (
            "A van ran a red light and struck a sedan, killing the young driver.",
            {"category": "killed", "min": 1, "group": "driver"},
        ),
        (
            "Two men robbed the kiosk on Dorr Road, wounding the night clerk.",
            {"category": "wounded", "min": 1, "group": "clerk"},
        ),
    )
    counter_examples = (
        # a thing, not a person
        "The storm toppled a tree, killing the power to 400 homes.",
        # a figure inside: the count's own rules read it
        "The blast tore through the depot, killing the two guards on duty.",
        # the person is the possessor, not the one hurt
        "The bomb went off, killing the mayor's horse.",
        # no participle clause
        "Police are still killing the time before the trial.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        counted = [counted_span(sent.text, b) for b in found]
        figures = [(f.start, f.end) for f in sent.figures]
        bindings = []
        for match in _PARTICIPLE_THE.finditer(sent.text):
            noun = _person(sent.text, match)
            if noun is None:
                continue
            start, end = match.start("one"), noun.end()
            if any(s < end and start < e for s, e in (*counted, *figures)):
                continue
            verb = match["verb"].lower()
            cue_of = KILLED_CUE if ("killing" in verb or "fatally" in verb) else _WOUNDED_CUE
            figure = FigureSpan(start, match.end("one"), Figure(1, 1, "exact", match["one"]))
            cue = CueHit(match.start("verb"), match.end("verb"), cue_of)
            bindings.append(Binding(figure, cue, noun.group(), 0))
        return bindings


_WORD = re.compile(r"[A-Za-z'-]+")
#: After the person noun: a possessive ("the clerk's brother") or a hyphen makes it no object.
_NOT_OBJECT = re.compile(r"['\u2019]s?\b|-")


def _person(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The first person noun of the up to three words after "the" ("the young driver")."""
    for word in _WORD.finditer(text, match.start("words"), match.end("words")):
        if word.group().lower() in PERSON_NOUNS:
            return None if _NOT_OBJECT.match(text, word.end()) else word
    return None
