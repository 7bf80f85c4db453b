"""The figure of speech "shot himself in the foot" (harmed his own cause), read by CB53 and
CB49. Real foot wounds are common in US local crime news ("A hunter shot himself in the foot
on Saturday"), so only positive evidence makes it the idiom: what follows it ("by refusing to
debate", "again", "so many times", "politically", "with this decision"), and no gun, wound or
police told in its sentence (general English idiom)."""

from __future__ import annotations

import re

from rules.hyperbole import sentence_of

_IDIOM_AFTER = re.compile(
    r"\s+(?:by\s+[a-z]+ing|again|so\s+many\s+times|politically|with\s+(?:this|that|the|his|her"
    r"|their|its)\s+(?:decision|vote|remarks?|comments?|move|plan|policy|announcement))\b",
    re.IGNORECASE,
)
_REAL_SHOT = re.compile(
    r"\b(?:guns?|pistol|handgun|rifle|revolver|shotgun|firearms?|weapons?|caliber|calibre"
    r"|bullets?|rounds?|hospitals?|wounds?|injur\w*|police|deputies|officers|sheriff|hunting"
    r"|range|accident\w*)\b",
    re.IGNORECASE,
)
#: The reflexive and the foot right after a shooting verb: "shot himself in the foot".
_OWN_FOOT = re.compile(
    r"\s+(?:himself|herself|itself|themselves)\s+in\s+(?:the|his|her|its|their)\s+(?:foot|feet)\b",
    re.IGNORECASE,
)


def foot_idiom(text: str, end: int) -> bool:
    """Is the "shot himself in the foot" that ends at ``end`` the figure of speech?

    >>> text = "The senator shot himself in the foot by refusing to debate."
    >>> foot_idiom(text, text.index(" by"))
    True
    >>> text = "A hunter shot himself in the foot on Saturday."
    >>> foot_idiom(text, text.index(" on"))
    False
    """
    if _IDIOM_AFTER.match(text, end) is None:
        return False
    return _REAL_SHOT.search(sentence_of(text, max(0, end - 1), end)) is None


def own_foot_idiom(text: str, end: int) -> bool:
    """Does the shooting verb ending at ``end`` open the figure of speech ("The senator shot
    himself in the foot by refusing to debate")?"""
    foot = _OWN_FOOT.match(text, end)
    return foot is not None and foot_idiom(text, foot.end())
