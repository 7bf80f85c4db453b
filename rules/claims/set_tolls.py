"""A toll set by a verb with its bound and no preposition: "put the toll as high as 60"."""

from __future__ import annotations

import re

from rules.claims.lexicon import SET_VERBS
from rules.claims.parts import CueHit
from rules.numbers import FigureSpan

#: A verb of setting a figure right before the toll ("put the death toll", "estimated the
#: number of dead"; general English of official and unofficial tolls).
_SET_BEFORE = re.compile(
    rf"\b(?:{SET_VERBS})\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
#: A bound written as a comparison, which stands in for "at": "as high as", "as many as",
#: "above 100" ("has long put the toll above 100").
_AS_BOUND = re.compile(
    r"as\s+(?:high|many|low|few)\s+as\b|(?:well\s+)?(?:above|below)\b", re.IGNORECASE
)
#: A verb of setting earlier in the clause: "put the dead at 8 and the wounded at 23" (the
#: hurt's cue holds its own "at", ``rules.cue_rows.WOUNDED_TOLL``).
_SET_IN_CLAUSE = re.compile(rf"\b(?:{SET_VERBS})\b[^.;:]*$", re.IGNORECASE)


def set_as_high(text: str, cue_start: int, figure_text: str) -> bool:
    """Does a toll noun at ``cue_start`` take a figure "as high as ..." right after it, with a
    verb of setting before it? "Local media put the toll as high as 60" (not "the toll as high
    as 60" with no verb, a fragment).

    >>> set_as_high("Reports put the toll as high as 60.", 16, "as high as 60")
    True
    >>> set_as_high("The toll, as high as 60.", 4, "as high as 60")
    False
    >>> set_as_high("Families put the toll above 100.", 17, "above 100")
    True
    """
    return bool(_AS_BOUND.match(figure_text)) and bool(
        _SET_BEFORE.search(text, max(0, cue_start - 60), cue_start)
    )


def bare_toll(text: str, cue: CueHit, figure: FigureSpan) -> bool:
    """May a toll cue take the figure right after it, with no word between? Casualties may
    ("12 casualties"), and a toll set "as high as" a figure by a verb (``set_as_high``)."""
    if cue.cue.category == "killed_or_wounded":
        return True
    if text[cue.end - 3 : cue.end].lower() == " at":
        return bool(_SET_IN_CLAUSE.search(text, max(0, cue.start - 120), cue.start))
    return set_as_high(text, cue.start, figure.figure.text)
