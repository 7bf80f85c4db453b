"""CB125: a toll of one death, or the latest of them by its ordinal ("a second death")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.ordinals import ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

_ORDINAL = "|".join(ORDINALS)
#: "one death", "a single fatality", "one more death", "a second death" (its ordinal the
#: toll so far, as CB21's "a third victim died"): general English of outbreak, disaster and
#: police reports, which state a toll of one by its noun.
_ONE_DEATH = re.compile(
    rf"\b(?P<det>(?:one|1|a\s+single|(?P<an>an?)\s+(?P<ordinal>{_ORDINAL})))\s+"
    r"(?:(?:more|new|further|additional|confirmed|reported|related)\s+)?"
    r"(?P<noun>death|fatality)\b",
    re.IGNORECASE,
)
#: Before the figure, what makes it no toll: "more than one death" (a bound of the toll
#: left unstated), "not a single death", "no more than one death", "every one death".
_NOT_A_TOLL_BEFORE = re.compile(
    r"\b(?:than|not|without|every|per)\s+$"
    # "we shall not cover up a single death", "never hid a single death": a pledge
    r"|\b(?:not|never|n't)\s+(?:[a-z]+\s+){1,2}$",
    re.IGNORECASE,
)
#: A bound before the figure: "at least one death" (review39).
_AT_LEAST_BEFORE = re.compile(r"\bat\s+least\s+$", re.IGNORECASE)
#: After the noun, what makes it no death of a person or no count of one: "death row",
#: "death threats", "death penalty", "death certificate", and rates ("one death in every 20
#: cases", "one death per 1,000 births", "one death a day").
_NOT_A_TOLL_AFTER = re.compile(
    r"[\s-]+(?:row|threats?|sentences?|penalty|squads?|certificates?|notices?|warrants?|knell"
    r"|march|traps?|wish|spiral|metal|camps?|rates?|benefits?|toll|in\s+(?:every|each)"
    r"|per|for\s+every|out\s+of|a\s+(?:day|week|month|year)|every)\b",
    re.IGNORECASE,
)


class OneDeath(ExtraRule):
    """CB125 · A toll of one by its noun: "The ministry reported one death" is killed 1; "a
    second death was confirmed" makes two. Not "one death threat", "more than one death" or
    a rate ("one death in every 20 cases").
    """

    code = "CB125"
    words = ("death", "fatalit")  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("The ministry reported one death and 14 injuries.", {"category": "killed", "min": 1}),
        ("A second death was confirmed on Friday.", {"min": 2, "figure_text": "A second"}),
        ("Police said there had been a single fatality.", {"min": 1, "max": 1}),
    )
    counter_examples = (
        "The editor received one death threat a week.",
        "The vaccine caused more than one death, the lawsuit claims.",
        "The disease kills one death in every 20 cases.",
        "Only one death row inmate was released.",
        '"We shall not cover up a single death," the governor said.',
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = [(b.figure.start, b.figure.end) for b in found]
        bindings = []
        for match in _ONE_DEATH.finditer(sent.text):
            start, end = match.span("det")
            if any(s <= start < e for s, e in taken):
                continue
            if _NOT_A_TOLL_BEFORE.search(sent.text, max(0, start - 30), start):
                continue
            if _NOT_A_TOLL_AFTER.match(sent.text, match.end()):
                continue
            value = ORDINALS[match["ordinal"].lower()] if match["ordinal"] else 1
            bound = _AT_LEAST_BEFORE.search(sent.text, max(0, start - 12), start)
            if bound is not None:
                start = bound.start()  # "at least one death": one or more
            words = sent.text[start:end]
            high = None if bound is not None else value
            figure = FigureSpan(
                start, end, Figure(value, high, "at_least" if bound else "exact", words)
            )
            cue = CueHit(match.start("noun"), match.end("noun"), KILLED_CUE)
            bindings.append(Binding(figure, cue, None, 0))
        return bindings
