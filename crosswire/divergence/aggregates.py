"""Per story, category and group: the spread of key figures and the values a careful reader uses.

Only independent sources count: the key figures of one origin (an original and its wire copies)
count once, through the earliest of them; but when a revised original and a copy of its first
version now give different values, each value is shown (``sources`` still counts the origin
once), so a digest never hides the original's current figure behind a stale copy. Given those
figures' stated values and intervals:

- ``spread``: the lowest and highest stated value.
- ``conservative`` (after ACLED's practice of taking the lowest credible figure): the lowest
  stated value among *well-sourced* figures (credited to a named, non-anonymous claimant, or
  given by two or more independent sources); the lowest stated value when none is.
- ``low`` / ``best`` / ``high`` (after UCDP's fatality estimates): ``low`` the smallest lower
  bound any source allows, ``high`` the largest stated value or finite upper bound, ``best`` the
  median stated value (the lower middle one for an even count).

>>> from crosswire.divergence.model import Interval
>>> _best([30.0, 41.0, 30.0, 32.0])
30.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crosswire.divergence.keyfigures import KeyFigures
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.parties import named


def key_figure_table(keyed: Sequence[KeyFigures]) -> list[dict[str, Any]]:
    """One row per (category, group) with its aggregates and the figures behind them."""
    slots: dict[tuple[str, str], dict[tuple[int, float | None], StatedClaim]] = {}
    for figures in keyed:
        for key, claim in figures.items():
            held = slots.setdefault(key, {})
            origin = (claim.source.origin_id, claim.stated)
            if origin not in held or claim.source.when < held[origin].source.when:
                held[origin] = claim
    return [
        _row(category, group, list(by_origin.values()))
        for (category, group), by_origin in sorted(slots.items())
    ]


def _row(category: str, group: str, claims: list[StatedClaim]) -> dict[str, Any]:
    stated = [c.stated for c in claims if c.stated is not None]
    lows = [c.interval.lo for c in claims if c.interval is not None]
    highs = [
        max(c.interval.hi, c.stated or 0) if c.interval and c.interval.hi is not None else c.stated
        for c in claims
    ]
    finite_highs = [h for h in highs if h is not None]
    return {
        "category": category,
        "group": group,
        "sources": len({c.source.origin_id for c in claims}),
        "spread": [min(stated), max(stated)] if stated else None,
        "conservative": _conservative(claims),
        "low": min(lows) if lows else None,
        "best": _best(stated),
        "high": max(finite_highs) if finite_highs else None,
        "figures": [
            {
                "outlet": c.outlet,
                "claimant": c.claimant,
                "via": c.via,
                "min": c.min,
                "max": c.max,
                "qualifier": c.qualifier,
                "figure_text": c.figure_text,
                "url": c.source.url,
            }
            for c in sorted(claims, key=lambda c: (c.stated or 0, c.outlet))
        ],
    }


def _conservative(claims: list[StatedClaim]) -> float | None:
    counts: dict[float, int] = {}
    for claim in claims:
        if claim.stated is not None:
            counts[claim.stated] = counts.get(claim.stated, 0) + 1
    well_sourced = [
        c.stated
        for c in claims
        if c.stated is not None and (named(c.claimant) or counts[c.stated] >= 2)
    ]
    pool = well_sourced or list(counts)
    return min(pool) if pool else None


def _best(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]
