"""Exclusives: a figure only one independent source carries, once the grace period is over.

A key figure is exclusive when, in the same story and event, no article of another origin gives
any figure for the same category and a related group. Wire copies share their original's
origin, so a figure republished by five outlets from one wire story is still one source. A
figure that others contradict is a conflict, not an exclusive. A story covered by one
independent source has nothing to compare and gives no exclusives.
Places are not used here: an outlet giving any figure for the category within the event window
covers it, so a place missed in one sentence cannot make an exclusive.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from crosswire.divergence.events import same_event
from crosswire.divergence.groups import group_of, relation
from crosswire.divergence.keyfigures import KeyFigures
from crosswire.divergence.model import Divergence, StatedClaim
from crosswire.divergence.parties import party_key
from crosswire.divergence.wording import figure, says


def exclusives(
    story: str,
    keyed: Sequence[KeyFigures],
    *,
    now: datetime,
    grace: timedelta,
    window: timedelta,
    covering: int,
    outlets: frozenset[str] = frozenset(),
) -> Iterator[Divergence]:
    """One divergence per origin and (category, group) whose figure nobody else carries.

    ``covering`` is how many independent sources cover the story at all, figures or not;
    ``outlets`` the outlets with an article in the story: a figure credited to one of them,
    which gives no such figure itself, says so.
    """
    if covering < 2:
        return
    claims = [c for figures in keyed for c in figures.values() if c.interval is not None]
    by_category: dict[str, list[StatedClaim]] = {}
    for claim in claims:
        by_category.setdefault(claim.category, []).append(claim)
        # "killed" and "killed or wounded" cover each other: a figure for one is coverage.
        for family in _FAMILY.get(claim.category, ()):
            by_category.setdefault(family, []).append(claim)
    reported: set[tuple[int, str, str]] = set()
    for claim in sorted(claims, key=lambda c: c.source.when):
        slot = (claim.source.origin_id, claim.category, claim.group_key)
        if slot in reported or now - claim.source.when < grace:
            continue
        if _corroborated(claim, by_category[claim.category], window):
            continue
        reported.add(slot)
        copies = tuple(
            c
            for c in by_category[claim.category]
            if c.source.origin_id == claim.source.origin_id
            and c.category == claim.category
            and c.group_key == claim.group_key
            and c is not claim
        )
        credited = _credited_outlet(claim, outlets)
        unconfirmed = f" (credited to {credited}, which gives no such figure)" if credited else ""
        yield Divergence(
            kind="exclusive",
            story=story,
            key=f"exclusive|{claim.category}|{claim.group_key}|{claim.source.origin_id}",
            summary=f"only {says(claim)}" + _copies(len(copies)) + unconfirmed,
            headline=f"Exclusive figure: {says(claim)}; no other outlet carries it{unconfirmed}",
            claims=(claim, *copies),
            category=claim.category,
            group=claim.group_key,
            extra={"figure": figure(claim)},
        )


_FAMILY: dict[str, tuple[str, ...]] = {
    "killed": ("killed_or_wounded",),
    "wounded": ("killed_or_wounded",),
    "killed_or_wounded": ("killed", "wounded"),
}


def _corroborated(claim: StatedClaim, others: Sequence[StatedClaim], window: timedelta) -> bool:
    group = group_of(claim.group)
    return any(
        other.source.origin_id != claim.source.origin_id
        and relation(group, group_of(other.group)) != "unrelated"
        and same_event(claim, other, window, places=False)
        for other in others
    )


def _credited_outlet(claim: StatedClaim, outlets: frozenset[str]) -> str | None:
    """The watched outlet a figure is credited to ("according to the Daily Meridian"), if any."""
    for credit in (claim.claimant, claim.via):
        key = party_key(credit)
        for outlet in outlets:
            if key and outlet != claim.outlet and party_key(outlet) == key:
                return outlet
    return None


def _copies(count: int) -> str:
    if not count:
        return ""
    return f" (also in {count} cop{'y' if count == 1 else 'ies'} of it)"
