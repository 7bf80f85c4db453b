"""The kinds of claim rule, by what the engine gives their find."""

from __future__ import annotations

from typing import ClassVar

import re2

from rules.base import Rule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.numbers import FigureSpan


class FigureRule(Rule):
    """Base: binds one figure of a sentence to a cue, or returns None."""

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        raise NotImplementedError


class BoundRule(Rule):
    """Base: binds figures left unbound, from what is bound already; returns the new ones."""

    #: It may bind again a figure that is bound already (CB103: a deployment's count that
    #: was hurt). The others return only figures left unbound, so the engine does not call
    #: them on a sentence whose figures are all bound, or that has none.
    rebinds: ClassVar[bool] = False

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        raise NotImplementedError


class ExtraRule(Rule):
    """Base: counts people who have no figure of their own, given the bindings so far."""

    #: Its claims may be parts of a count stated beside them (``registry.PART_RULES``).
    states_part: ClassVar[bool] = False
    #: Its binding of a figure that a figure rule bound in the same category takes that one's
    #: place: the rule reads more of the figure's words (CB22: "Two of them later died" is
    #: the part of the hurt who died, which a toll rule reads as a toll of its own).
    rebinds: ClassVar[bool] = False
    #: The figure rules' categories besides its own whose binding of the same figure its
    #: rebinding replaces (CB141: "sent 600 residents to hospital" is hurt, not sent).
    replaces: ClassVar[tuple[str, ...]] = ()
    #: Its gate, the rule's first and cheapest test, made by the engine (a loop over the
    #: rules' gates costs less than a call of each rule): ``find`` runs only on a sentence
    #: whose lower-cased text holds one of ``words`` (empty: no such test) and, when
    #: ``casualty``, that has a killed/wounded cue (``Cues.casualty``). Every finding of
    #: the rule needs them (``tests/rules/test_rule_gates.py``).
    words: ClassVar[tuple[str, ...]] = ()
    casualty: ClassVar[bool] = False
    #: RE2 patterns one of which every finding of the rule matches on an ASCII sentence (the
    #: rule's own first test, a superset of its regex): the engine looks for them in the
    #: same one RE2 pass as ``words`` and, on an ASCII sentence, calls ``find`` only when
    #: one matched (on other text RE2 and Python's re part, and only ``words`` is read).
    hints: ClassVar[tuple[re2._Regexp, ...]] = ()
    #: Every finding of the rule is, or needs, a figure the parse found (each is drawn from
    #: ``SentenceParse.figures`` or ``stated``, or from ``bound``, whose keys index
    #: ``figures``): the engine does not call it on a sentence with neither.
    figure: ClassVar[bool] = False

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        raise NotImplementedError


class StoryRule(Rule):
    """Base: counts people in a sentence from what the story's sentences before it tell;
    ``category`` is that (see ``rules.casualties``), or ``own_category`` when the story
    tells more than one thing."""

    #: The category the rule's finding has when the story before tells killed and wounded
    #: both; ``None``: the rule then finds nothing.
    own_category: ClassVar[str | None] = None
    #: Its claims are parts of a count told before them (``registry.PART_RULES``).
    states_part: ClassVar[bool] = False

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        raise NotImplementedError


class SpanishRule(Rule):
    """Base: binds one figure of a Spanish sentence to one of its Spanish cues, or None."""

    def find(self, text: str, figure: FigureSpan, cues: list[CueHit]) -> Binding | None:
        raise NotImplementedError


class SpanishBoundRule(Rule):
    """Base: binds figures of a Spanish sentence left unbound, from those bound already."""

    def find(
        self, text: str, figures: list[FigureSpan], bound: dict[int, Binding]
    ) -> dict[int, Binding]:
        raise NotImplementedError
