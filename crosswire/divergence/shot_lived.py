"""The shot who lived, for the key figures: "Three people were shot, one fatally" is 2 wounded.

The rules report the figures as the text states them: killed or wounded 3 (the shot) and
killed 1 (the fatal part, CB03 or CB22). The key figures count each person once, as killed
or as wounded, so before they are chosen the whole becomes the wounded it leaves: 3 - 1 = 2
wounded beside the 1 killed; "at least 9 were shot, three of them fatally" is at least 6
wounded (an open whole keeps its qualifier). A vague whole ("dozens") or a range is left as
stated. Pure: claim dicts in, claim dicts out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from crosswire.divergence.intervals import VAGUE
from crosswire.divergence.model import StatedClaim
from rules.claims.cb03 import FatalPart
from rules.claims.cb22 import PartOfTheShotDied

#: The rules that read the fatal part of the shot: "two fatally", "one of them fatally".
_FATAL_PARTS = frozenset((FatalPart.code, PartOfTheShotDied.code))
#: The qualifiers of a whole that its fatal part leaves a count of wounded.
_WHOLE = frozenset({"exact", "at_least", "more_than"})


def _figure_at(claim: Mapping[str, Any]) -> int:
    span = claim.get("figure_span")
    value = span.get("start") if isinstance(span, Mapping) else None
    return value if isinstance(value, int) else -1


def _fatal_after(claims: list[Mapping[str, Any]], whole: Mapping[str, Any]) -> float | None:
    """The first fatal part's figure after ``whole``'s in its sentence."""
    at = _figure_at(whole)
    same = [c for c in claims if c.get("start") == whole.get("start")]
    # the part is the nearest whole's: "two men were shot and three others were stabbed,
    # one fatally" takes the one off the three (review39)
    wholes = [_figure_at(c) for c in same if c.get("category") == "killed_or_wounded"]
    parts = [
        c
        for c in same
        if c.get("rule") in _FATAL_PARTS
        and _figure_at(c) > at
        and not any(at < w < _figure_at(c) for w in wholes)
        and isinstance(c.get("max"), int | float)
    ]
    if not parts:
        return None
    first = min(parts, key=_figure_at)
    return float(first["max"]) if first["max"] else None


def with_shot_who_lived(claims: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``claims`` with each whole of the shot that has a fatal part read as its wounded."""
    if not any(c.get("rule") in _FATAL_PARTS for c in claims):
        return claims
    result: list[Mapping[str, Any]] = []
    for claim in claims:
        low, high = claim.get("min"), claim.get("max")
        dead = _fatal_after(claims, claim) if claim.get("category") == "killed_or_wounded" else None
        if (
            dead is None
            or claim.get("qualifier") not in _WHOLE
            or VAGUE.search(str(claim.get("figure_text") or ""))
            or not isinstance(low, int | float)
            or (high is not None and high != low)
            or low - dead < 0
        ):
            result.append(claim)
            continue
        rest = low - dead
        result.append(
            {**claim, "category": "wounded", "min": rest, "max": None if high is None else rest}
        )
    return result


def one_beside(shot: StatedClaim | None, wounded: StatedClaim) -> bool:
    """One person shot, then in the same sentence other people wounded: "An 8-year-old girl
    was struck by a bullet ..., and two adults on a porch next door were grazed"."""
    if shot is None or not shot.single or shot.start != wounded.start:
        return False
    if shot.figure_start is None or wounded.figure_start is None:
        return False
    between = shot.text[shot.figure_start : wounded.figure_start].lower()
    after = shot.text[wounded.figure_start : wounded.figure_start + 80].lower()
    if " and " not in between or any(word in between for word in _SAME_PEOPLE_BEFORE):
        return False
    # "two people, including the woman, were", "two people, the woman and her son, were"
    return shot.figure_start < wounded.figure_start and _SAME_PEOPLE_AFTER.match(after) is None


#: Words between the one shot and the wounded count that make the one a part of it: "two
#: of them", "among", "he and two others" (general English of crime copy).
_SAME_PEOPLE_BEFORE = (" of them", " of whom", "includ", "among", " he ", " she ")
#: Words after the wounded count that take the one shot in: an aside that names them
#: ("two people, including the woman,", "two people, the woman and her son,") or a total
#: ("three people were wounded altogether", "in all").
_SAME_PEOPLE_AFTER = re.compile(
    r"[\w-]+(?:\s+[\w-]+)?\s*,|[^.;]*\b(?:altogether|in\s+all|in\s+total|all\s+told)\b"
)
