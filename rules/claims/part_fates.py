"""A part after "of whom" told by a clause of a fate other than its whole's: "26 inmates
escaped, of whom 19 were recaptured" is arrested 19, a claim of its own; "arrested 50
protesters, of whom 20 were detained overnight" is a part of the arrested, which stays a
part. General English of follow-ups on escapes and abductions.

The same holds for any fate the part's own verb tells when its whole has none ("the boat
carried 58 migrants, of whom 11 drowned": killed 11) or when the part died and its whole was
hurt or taken ("30 were wounded, of whom four later died": killed 4). General English of
relative clauses on a part.
"""

from __future__ import annotations

import re

from rules.claims.parts import Cues
from rules.numbers import FigureSpan

#: A part told by a clause of a fate other than its whole's (the part's own claim): "26
#: escaped, of whom 19 were recaptured" or "19 of whom were recaptured"; not "arrested 50, of
#: whom 20 were detained".
_NEW_FATE = re.compile(
    r"(?:\s+of\s+whom)?\s+(?:were|was|(?:have|had|has)\s+(?:since\s+)?been)\s+(?:since\s+|later\s+)?"
    r"(?P<fate>recaptured|rearrested|arrested|detained|freed|released|rescued)\b",
    re.IGNORECASE,
)
_HELD = re.compile(r"\b(?:arrest|detain|recaptur|rearrest|held|custody)", re.IGNORECASE)
_LET_GO = re.compile(r"\b(?:free|releas|rescu)", re.IGNORECASE)
_SAME_FATE = {
    **dict.fromkeys(("recaptured", "rearrested", "arrested", "detained"), _HELD),
    **dict.fromkeys(("freed", "released", "rescued"), _LET_GO),
}


def fate_of_its_own(text: str, figure: FigureSpan, cues: Cues | None = None) -> bool:
    """Is the part at ``figure`` told by a clause of a fate its whole (told within 80
    characters before it) does not share?

    >>> from rules.numbers import find_figures
    >>> def own(text: str) -> bool:
    ...     return fate_of_its_own(text, find_figures(text)[-1])
    >>> own("26 escaped, of whom 19 were recaptured.")
    True
    >>> own("Police arrested 50, of whom 20 were detained.")
    False
    """
    fate = _NEW_FATE.match(text, figure.end)
    if fate is None:
        return cues is not None and _fate_after_whole(text, figure, cues)
    whole = text[max(0, figure.start - 80) : figure.start]
    return _SAME_FATE[fate["fate"].lower()].search(whole) is None


#: "of whom" and its kin before a part (not "including" nor a bracket: a list of parts).
_OF_WHOM = re.compile(r"\b(?:of|among)\s+(?:whom|them|which)\s*$", re.IGNORECASE)
#: Words between a part and its verb: "of whom 19 are still missing", "four later died".
_PART_GAP = re.compile(
    r"(?:\s+(?:more|others|people|are|were|was|is|have|has|had|been|still|later|since|so"
    r"|far|subsequently|also|now|reportedly))*\s*",
    re.IGNORECASE,
)


def _fate_after_whole(text: str, figure: FigureSpan, cues: Cues) -> bool:
    """Does the part after "of whom" have a verb of its own whose fate its whole (in the 120
    characters before it) lacks: any fate when the whole has none, a death when it has no
    death ("30 were wounded, of whom four later died")?

    >>> from rules.claims.parts import CueHit
    >>> from rules.numbers import find_figures
    >>> def own(text: str, hits: list[CueHit]) -> bool:
    ...     return _fate_after_whole(text, find_figures(text)[-1], Cues(hits))
    >>> own("The bus carried 40 people, of whom 12 were injured.", [])
    False
    """
    if not _OF_WHOM.search(text, max(0, figure.start - 20), figure.start):
        return False
    index = cues.first_from(figure.end)
    if index is None:
        return False
    part = cues.hits[index]
    if not _PART_GAP.fullmatch(text, figure.end, part.start):
        return False
    lo = figure.start - 120
    whole = {hit.cue.category for hit in cues.hits if lo <= hit.start and hit.end <= figure.start}
    return not whole or (part.cue.category == "killed" and "killed" not in whole)
