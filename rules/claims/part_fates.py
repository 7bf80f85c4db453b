"""A part after "of whom" told by a clause of a fate other than its whole's: "26 inmates
escaped, of whom 19 were recaptured" is arrested 19, a claim of its own; "arrested 50
protesters, of whom 20 were detained overnight" is a part of the arrested, which stays a
part. General English of follow-ups on escapes and abductions.
"""

from __future__ import annotations

import re

from rules.numbers import FigureSpan

#: A part told by a clause of a fate other than its whole's (the part's own claim): "26
#: escaped, of whom 19 were recaptured"; not "arrested 50, of whom 20 were detained".
_NEW_FATE = re.compile(
    r"\s+(?:were|was|(?:have|had|has)\s+(?:since\s+)?been)\s+(?:since\s+|later\s+)?"
    r"(?P<fate>recaptured|rearrested|arrested|detained|freed|released|rescued)\b",
    re.IGNORECASE,
)
_HELD = re.compile(r"\b(?:arrest|detain|recaptur|rearrest|held|custody)", re.IGNORECASE)
_LET_GO = re.compile(r"\b(?:free|releas|rescu)", re.IGNORECASE)
_SAME_FATE = {
    **dict.fromkeys(("recaptured", "rearrested", "arrested", "detained"), _HELD),
    **dict.fromkeys(("freed", "released", "rescued"), _LET_GO),
}


def fate_of_its_own(text: str, figure: FigureSpan) -> bool:
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
        return False
    whole = text[max(0, figure.start - 80) : figure.start]
    return _SAME_FATE[fate["fate"].lower()].search(whole) is None
