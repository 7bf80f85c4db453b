"""A count before "released": the captives' own passive, or a count that looks past it.

"Released" takes a count after it ("the rebels released 14 hostages"). Before it, it is the
captives' own passive when only their noun and an auxiliary stand between ("seven hostages
were released on Monday", "the 20 kidnapped peasants have been released"); any other count
before it looks past it to the next verb ("9 other people (names not released) were
injured"). The sentence must speak of captives for "released" to be a cue at all
(``rules.cue_context``). A count after a noun and "of" is that noun's, not the subject's:
"a video of the two hostages was released" tells of the video, and the count looks past it
(a part, "two of the six hostages were released", is the captives' own). General English
grammar of the passive.

>>> bool(_CAPTIVES_PASSIVE.fullmatch(" hostages were "))
True
>>> bool(_CAPTIVES_PASSIVE.fullmatch(" other people (names not "))
False
"""

from __future__ import annotations

import re

from rules.claims.part_aside import in_part_aside
from rules.claims.parts import CueHit, Cues
from rules.cue_rows import RELEASED
from rules.numbers import FigureSpan

#: From a count to "released": at most three words of its noun, then a passive auxiliary.
_CAPTIVES_PASSIVE = re.compile(
    r"(?:\s+[A-Za-z-]+){0,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being"
    r"|were\s+being)\s+(?:(?:later|also|all|both|finally|eventually|reportedly|safely)\s+)?",
    re.IGNORECASE,
)


#: A noun and "of" right before the count ("a video of the", "the names of"), unless the
#: noun is a part or quantity ("two of the", "all of the", "most of").
_NOUN_OF = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+of\s+(?:(?:the|these|those)\s+)?$", re.I)
_PARTS = frozenset(
    """all both each none some most many several few half rest majority dozens hundreds
    one two three four five six seven eight nine ten eleven twelve""".split()
)


def looks_past(text: str, figure: FigureSpan, cue: CueHit) -> bool:
    """Does the count ``figure`` look past the cue ``cue`` to a later verb? Only a "released"
    that is not the count's own passive (module docstring)."""
    if cue.cue.pattern != RELEASED:
        return False
    if _after_noun_of(text, figure):
        return True  # "a video of the two hostages was released"
    return _CAPTIVES_PASSIVE.fullmatch(text, figure.end, cue.start) is None


def released_of_another(text: str, figure: FigureSpan, cue: CueHit) -> bool:
    """Is ``cue`` a "released" said of a noun before the count and "of" ("a video of the two
    hostages was released"), so no verb of the count's, even as the verb after its noun?"""
    return cue.cue.pattern == RELEASED and _after_noun_of(text, figure)


def not_its_verb(text: str, figure: FigureSpan, cues: Cues, cue: CueHit) -> bool:
    """Is ``cue``, the verb after the count's noun, another's: a "released" said of a noun before
    the count (``released_of_another``) or a verb inside the aside of its part ("70 divers,
    including three who were injured, arrived": ``rules.claims.part_aside``)?"""
    if released_of_another(text, figure, cue):
        return True
    return in_part_aside(text, figure, cues, cues.hits.index(cue))


def _after_noun_of(text: str, figure: FigureSpan) -> bool:
    """Does the count come right after a noun and "of", the noun no part ("two of the")?"""
    noun_of = _NOUN_OF.search(text, max(0, figure.start - 30), figure.start)
    return noun_of is not None and noun_of["noun"].lower() not in _PARTS


def past_released(text: str, figure: FigureSpan, cues: Cues, index: int | None) -> int | None:
    """The first cue from ``index`` on that the count ``figure`` does not look past: "9 other
    people (names not released) were injured" binds "injured", and "70 divers, including a
    crew airlifted from the coast, searched the lake" binds "searched"
    (``rules.claims.part_aside``)."""
    while index is not None and (
        looks_past(text, figure, cues.hits[index]) or in_part_aside(text, figure, cues, index)
    ):
        index = index + 1 if index + 1 < len(cues.hits) else None
    return index
