"""A named person whose killing is told with a possessive: "Ana Ruiz's murder", "the
condemnation of TOMAS BREL'S ASSASSINATION". The name before "'s" is one victim of it.
"""

from __future__ import annotations

import itertools
import re

from rules.claims.named import in_upper_name
from rules.claims.parts import Binding, Cues
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: The possessive killing cue of ``rules.categories`` ("'s murder").
_POSSESSIVE = re.compile(r"(?:'s|')\s", re.IGNORECASE)
#: A noun after the killing that makes the possessor its defendant, not its victim ("Ana
#: Ruiz's murder trial", "... murder charge") (general English).
_DEFENDANT = re.compile(
    r"\s+(?:trial|case|charges?|conviction|suspects?|investigation|inquiry|probe|hearing"
    r"|sentences?|plots?|attempts?)\b",
    re.IGNORECASE,
)
#: Where a name before the possessive cannot reach back past: quotes, brackets, clause marks.
_BOUNDARY = re.compile(r".*[\"“(\[,;:]", re.DOTALL)
#: Two to four capitalised words of a mixed-case name right before the possessive.
_MIXED_NAME = re.compile(r"(?:[A-Z]\.|[A-Z][a-z’-]+)(?:\s+(?:[A-Z]\.|[A-Z][a-z’-]+)){1,3}$")
#: Words that open a phrase, not a name (general English).
_NOT_FIRST = frozenset("The A An His Her Their Its This That Last Monday Sunday".split())
#: A determiner before the capitalised words makes them a description ("the Salvadoran
#: Archbishop's murder"), which is no name (the principle of ``rules.claims.victims``).
_DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|our|this)\s+$", re.IGNORECASE)


def possessed_victims(text: str, cues: Cues) -> list[Binding]:
    """Each named person before a possessive killing cue ("Ana Ruiz's murder") is one victim."""
    upper = text.isupper()
    found: list[Binding] = []
    for cue in cues.hits:
        if not _POSSESSIVE.match(text, cue.start) or _DEFENDANT.match(text, cue.end):
            continue
        if text[cue.start : cue.end].lower().endswith(" of"):
            continue  # "Ana Ruiz's killing of two guards": she is the killer
        span = _upper_name_before(text, cue.start) if upper else _mixed_name_before(text, cue.start)
        if span is None:
            continue
        start, end = span
        if _DETERMINED.search(text, max(0, start - 8), start):
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        found.append(Binding(figure, cue, None, cue.start - end))
    return found


def _mixed_name_before(text: str, end: int) -> tuple[int, int] | None:
    match = _MIXED_NAME.search(text, max(0, end - 60), end)
    if match is None or match.group().split()[0] in _NOT_FIRST:
        return None
    return match.span()


def _upper_name_before(text: str, end: int) -> tuple[int, int] | None:
    window = text[max(0, end - 80) : end]
    cut = _BOUNDARY.match(window)
    words = window[cut.end() if cut else 0 :].split()
    kept = list(itertools.takewhile(in_upper_name, reversed(words)))
    if len(kept) < 2 or not all(w.isalpha() for w in kept):
        return None
    last = kept[0].lower()
    if is_human_plural(last) or last in PERSON_NOUNS:
        return None
    name = " ".join(reversed(kept))
    return end - len(name), end
