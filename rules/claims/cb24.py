"""CB24: a pair named by one noun ("his parents") among the victims."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

#: Nouns that name exactly two people (general English kinship).
_PAIR = re.compile(
    r"\b(?P<det>his|her|their)\s+(?:own\s+)?(?P<noun>parents|grandparents)\b(?!['’])",
    re.IGNORECASE,
)
#: How close the pair stands to what counts it: the verb before ("killing his parents") or
#: the figure it is joined to ("his parents and three siblings").
_REACH = 40
_JOINED = re.compile(r"\s*,?\s*and\s", re.IGNORECASE)
#: Only other objects of the same verb may stand between it and the pair ("killed his wife and
#: her parents"), not "a cashier was wounded and her parents ...".
_OBJECTS = re.compile(
    r"\s*(?:(?:his|her|their|an?|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*(?:,\s*(?:and\s+)?|and\s+))*",
    re.IGNORECASE,
)


class PairOfParents(ExtraRule):
    """CB24 · "killed his parents and two cousins": "his parents" are two people.

    Only next to what counts the victims: right after the casualty verb, or joined by "and"
    to a figure bound to one.
    """

    code = "CB24"
    words = ("parents",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("The farmer's nephew killed his parents and two cousins, police said.", {"min": 2}),
        ("The gunman killed his grandparents at their farm.", {"group": "grandparents"}),
    )
    counter_examples = (
        "His parents said the boy was killed at school.",
        "Officers killed a gunman in his parents' garage.",
        "A cashier was wounded on Friday and her parents rushed to the clinic.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        bindings = []
        for match in _PAIR.finditer(sent.text):
            start, end = match.span("det")
            cue = _joined_cue(sent.text, match, found) or _verb_before(sent, match.start())
            if cue is None or any(b.figure.start == start for b in found):
                continue
            figure = FigureSpan(start, end, Figure(2, 2, "exact", match["det"]))
            bindings.append(Binding(figure, cue, match["noun"], 0))
        return bindings


def _verb_before(sent: SentenceParse, offset: int) -> CueHit | None:
    """The casualty verb just before the pair ("killing his parents"), if any."""
    index = sent.cues.last_before(offset)
    if index is None:
        return None
    cue = sent.cues.hits[index]
    between = sent.text[cue.end : offset]
    if cue.cue.after != "object" or cue.cue.category not in CASUALTY_CATEGORIES:
        return None
    return cue if len(between) <= _REACH and _OBJECTS.fullmatch(between) else None


def _joined_cue(text: str, match: re.Match[str], found: list[Binding]) -> CueHit | None:
    """The cue of a figure joined to the pair by "and" ("his parents and three children")."""
    for binding in found:
        gap = text[match.end() : binding.figure.start]
        if 0 <= len(gap) <= 12 and _JOINED.match(gap):
            return binding.cue
    return None
