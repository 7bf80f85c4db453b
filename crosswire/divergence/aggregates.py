"""Per story, category and group: the spread of key figures and the values a careful reader uses.

Only independent sources count: the key figures of one origin (an original and its wire copies)
count once, through the earliest of them; but when a revised original and a copy of its first
version now give different values, each value is shown (``sources`` still counts the origin
once), so a digest never hides the original's current figure behind a stale copy. Given those
figures' stated values and intervals:

- ``spread``: the lowest and highest stated value.
- ``conservative`` (after ACLED's practice of taking the lowest credible figure): the lowest
  stated value among *well-sourced* figures (credited to a named, non-anonymous claimant, or
  given by two or more independent sources); the lowest stated value when none is. A figure
  its own named claimant later replaced ("at least nine", the agency said in the morning;
  "around 30", the same agency said at noon) is out of date and never the conservative value.

One outlet is one source: two of its own articles giving the same figure are one line and
one source, not two (only a wire copy of another outlet's article shares that origin).
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

from crosswire.divergence.groups import group_of
from crosswire.divergence.keyfigures import KeyFigures
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.parties import named, party_key, same_party


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
        _row(category, group, _one_per_outlet(list(by_origin.values())))
        for (category, group), by_origin in sorted(slots.items())
    ]


def _one_per_outlet(claims: list[StatedClaim]) -> list[StatedClaim]:
    """One figure per outlet and value, the earliest: an outlet repeating its own figure in a
    second article is one line, not two."""
    held: dict[tuple[str, float | None], StatedClaim] = {}
    for claim in sorted(claims, key=lambda c: (c.source.when, c.source.url)):
        held.setdefault((claim.outlet, claim.stated), claim)
    return list(held.values())


def _sources(claims: list[StatedClaim]) -> dict[int, str]:
    """Each claim's independent source (by ``id``): the outlet of its origin when that origin
    is among them (an original and its wire copies are one), else its origin article."""
    originals = {
        c.source.origin_id: c.outlet for c in claims if c.source.article_id == c.source.origin_id
    }
    return {
        id(c): originals.get(c.source.origin_id, f"origin:{c.source.origin_id}") for c in claims
    }


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
        # how the group reads ("border guards (castria)"), as alerts name it; ``group`` is its key
        "group_label": group_of(min(claims, key=lambda c: c.source.when).group).label,
        "sources": len(set(_sources(claims).values())),
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
    sources = _sources(claims)
    current = [c for c in claims if not _superseded(c, claims)]
    given: dict[float, set[str]] = {}
    for claim in current:
        if claim.stated is not None:
            given.setdefault(claim.stated, set()).add(sources[id(claim)])
    well_sourced = [
        c.stated
        for c in current
        if c.stated is not None and (named(c.claimant) or len(given[c.stated]) >= 2)
    ]
    pool = well_sourced or list(given)
    return min(pool) if pool else None


def _superseded(claim: StatedClaim, claims: list[StatedClaim]) -> bool:
    """Whether the claim's named claimant later gave another figure: the old one is out of
    date ("at least nine", then "around 30", the same agency said)."""
    if claim.stated is None or not named(claim.claimant):
        return False
    own = party_key(claim.claimant)
    return any(
        other.stated is not None
        and other.stated != claim.stated
        and other.source.when > claim.source.when
        and named(other.claimant)
        and same_party(own, party_key(other.claimant))
        for other in claims
    )


def _best(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]
