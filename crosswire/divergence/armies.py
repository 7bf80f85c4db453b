"""Whose forces a count names: two armies, or two police forces, each counting its own dead.

A border clash is reported side by side: "Four Dravian soldiers were killed, the Dravian
defence ministry said" and "Koreshia's army said two of its soldiers died". Both counts are
of soldiers, yet they are the two sides' own dead and add up to the toll of the clash (6).
A count names its side by a proper modifier ("Dravian soldiers") or, through a possessive
("two of its soldiers", "its own troops"), by its claimant ("Koreshia's army"). A count one side
gives of the other side's men ("30 Dravian troops were killed, Koreshia's army said") is a
claim of enemy losses, never added.

>>> same_side("koreshi", "koreshia"), same_side("lebanese", "lebanon")
(True, True)
>>> same_side("french", "france")
True
>>> same_side("dravia", "koresh")
False
"""

from __future__ import annotations

import re

from crosswire.divergence.groups import group_of, side_name
from crosswire.divergence.model import StatedClaim

#: A possessive before the count's noun that stands for the claimant, a body: "two of its
#: soldiers", "its own troops" ("their" may stand for anyone named before: "Dravian forces
#: tried to storm the ridge and 20 of their soldiers were killed").
_POSSESSIVE = re.compile(r"\b(?:its|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Capitalised words of a claimant that name no country: articles, titles and the names of
#: a state's bodies (general English of news copy).
_NOT_A_SIDE = frozenset(
    """the a an defence defense ministry army military armed forces interior police general
    staff command joint spokesman spokeswoman spokesperson officials official state news
    agency media office president minister national federal royal""".split()
)


#: Demonyms whose country's name does not share their stem (general knowledge).
_IRREGULAR = {
    "french": "france",
    "dutch": "netherlands",
    "danish": "denmark",
    "swiss": "switzerland",
    "welsh": "wales",
    "greek": "greece",
    "thai": "thailand",
    "filipino": "philippines",
    "british": "britain",
    "norwegian": "norway",
    "peruvian": "peru",
}
#: Endings of demonyms, taken off before the stems are compared: "Lebanese", "Turkish".
_ENDINGS = ("ese", "ish", "ian", "ean", "an", "i", "ic")


def _stem(name: str) -> str:
    name = _IRREGULAR.get(name, name)
    for ending in _ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            return name[: -len(ending)]
    return name


def same_side(a: str, b: str) -> bool:
    """Two folded side names are one side when their stems share their first three letters
    ("lebanese" and "lebanon", "turkish" and "turkey", "koreshi" and "koreshia"). In doubt
    they are one side, so no count is added twice ("iraq" and "iran" stay apart only when
    named so: a neighbour's dead are then left out, never a side's toll doubled)."""
    x, y = _stem(a), _stem(b)
    return x[:3] == y[:3]


def claimant_side(claim: StatedClaim) -> str | None:
    """The country a claimant speaks for: "Koreshia's army" is "koreshia"."""
    words = re.findall(r"[A-Z][\w'’-]*", claim.claimant or "")
    names = [side_name(w) for w in words]
    names = [n for n in names if n not in _NOT_A_SIDE]
    if len(names) != 1:
        return None  # no name, or a body with several (a named person, a UN mission)
    return names[0]


def named_side(claim: StatedClaim) -> str | None:
    """The side whose men a count holds: its own proper modifier, or the claimant's country
    when a possessive stands for it ("its soldiers"); None when neither tells."""
    side = group_of(claim.group).side
    if side is not None:
        return side
    if claim.figure_start is None or not claim.group:
        return None
    after = claim.text[claim.figure_start :]
    at = after.find(claim.group)
    if at < 0 or _POSSESSIVE.search(after[:at]) is None:
        return None
    return claimant_side(claim)


def enemy_count(claim: StatedClaim) -> bool:
    """A count of one side's men given by the other side's claimant."""
    side, speaker = group_of(claim.group).side, claimant_side(claim)
    return side is not None and speaker is not None and not same_side(side, speaker)


def another_army(claim: StatedClaim, chosen_sides: list[str | None]) -> bool:
    """``claim`` counts the own dead of a side other than every side of the chosen sentence's
    counts of the same kind, and its claimant is not that side's enemy."""
    side = named_side(claim)
    if side is None or not chosen_sides or None in chosen_sides or enemy_count(claim):
        return False
    return all(not same_side(side, other or "") for other in chosen_sides)
