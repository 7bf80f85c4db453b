"""The shot who lived, for the key figures: "Three people were shot, one fatally" is 2 wounded.

The rules report the figures as the text states them: killed or wounded 3 (the shot) and
killed 1 (the fatal part, CB03 or CB22). The key figures count each person once, as killed
or as wounded, so before they are chosen the whole becomes the wounded it leaves: 3 - 1 = 2
wounded beside the 1 killed; "at least 9 were shot, three of them fatally" is at least 6
wounded (an open whole keeps its qualifier). A vague whole ("dozens") or a range is left as
stated. Pure: claim dicts in, claim dicts out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crosswire.divergence.intervals import VAGUE
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
