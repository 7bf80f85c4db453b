"""How a figure divergence reads: its summary and headline, written once the pairs of one key
are pooled (``detect.merge``), from all the claims it holds (pure).

An update reads as steps of the toll in the order it moved, each value once with who told it,
and within a step each qualifier apart ("around 30" and "at least 30" are two readings of 30);
a conflict or discrepancy names each figure once with its outlets and claimant; an attribution
names each credit with the outlets that give it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from crosswire.divergence.claimants import update_order
from crosswire.divergence.groups import group_of
from crosswire.divergence.model import Divergence, StatedClaim
from crosswire.divergence.parties import party_key
from crosswire.divergence.wording import figure, says, toll_words, who


def restate(divergence: Divergence) -> Divergence:
    """Summary and headline from all the claims a (possibly merged) figure divergence holds."""
    claims = _distinct(divergence.claims)
    if not claims:
        return divergence
    label = group_of(claims[0].group).label
    tolls = toll_words(claims[0].category)
    if divergence.kind == "update":
        steps = _steps(sorted(claims, key=lambda c: (update_order(c), *_in_time(c)[1:])))
        summary = " → ".join(
            "; ".join(
                ", ".join(dict.fromkeys(map(who, told))) + f": {figure(told[0])}"
                for told in _as_told(step)
            )
            for step in steps
        )
        headline = f"Updated {tolls} ({label}): " + " → ".join(
            " / ".join(figure(told[0]) for told in _as_told(step)) for step in steps
        )
    elif divergence.kind == "attribution":
        credits: dict[str, list[str]] = {}
        for claim in claims:
            slot = party_key(claim.claimant) + "|" + party_key(claim.via)
            credits.setdefault(slot, []).append(f"{claim.outlet} ({figure(claim)})")
        shown = {party_key(c.claimant) + "|" + party_key(c.via): _credit(c) for c in claims}
        summary = "; ".join(
            f"credited to {shown[slot]} by {', '.join(dict.fromkeys(outlets))}"
            for slot, outlets in credits.items()
        )
        headline = f"Same figure, different sources: {summary}"
    else:
        ordered = sorted(claims, key=lambda c: (c.stated or 0, c.source.when))
        summary = "; ".join(_by_origin(ordered))
        word = "Conflicting" if divergence.kind == "conflict" else "Differing"
        headline = f"{word} {tolls} ({label}): {' vs '.join(_by_figure(ordered))}"
    return replace(divergence, claims=claims, summary=summary, headline=headline)


def _steps(ordered: Sequence[StatedClaim]) -> list[list[StatedClaim]]:
    """Claims in order, those in a row with the same value as one step: "around 30" told by
    five outlets in turn is one step of the toll, not five."""
    steps: list[list[StatedClaim]] = []
    for claim in ordered:
        if steps and steps[-1][0].stated == claim.stated:
            steps[-1].append(claim)
        else:
            steps.append([claim])
    return steps


def _as_told(step: Sequence[StatedClaim]) -> list[list[StatedClaim]]:
    """A step's claims by qualifier: "at least 30" is never filed under "around 30"."""
    told: dict[str, list[StatedClaim]] = {}
    for claim in step:
        told.setdefault(claim.qualifier, []).append(claim)
    return list(told.values())


def _by_figure(claims: Sequence[StatedClaim]) -> list[str]:
    """Each figure once with who gives it: "30 killed (Ledger, Post +1 copy, per the police)"."""
    outlets: dict[str, dict[int, list[str]]] = {}
    credits: dict[str, str] = {}
    for claim in claims:
        if claim.claimant:
            credits.setdefault(figure(claim).lower(), claim.claimant)
        by_origin = outlets.setdefault(figure(claim).lower(), {})
        by_origin.setdefault(claim.source.origin_id, []).append(claim.outlet)
    shown = []
    for text, by_origin in outlets.items():
        names = []
        for group in by_origin.values():
            extra = len(group) - 1
            names.append(
                group[0] + (f" +{extra} cop{'y' if extra == 1 else 'ies'}" if extra else "")
            )
        credit = f", per {credits[text]}" if text in credits else ""
        shown.append(f"{text} ({', '.join(names)}{credit})")
    return shown


def _by_origin(claims: Sequence[StatedClaim]) -> list[str]:
    """Each independent source's statement once, its wire copies counted, not repeated."""
    first: dict[tuple[int, str], str] = {}
    copies: dict[tuple[int, str], int] = {}
    for claim in claims:
        slot = (claim.source.origin_id, figure(claim).lower())
        if slot in first:
            copies[slot] = copies.get(slot, 0) + 1
        else:
            first[slot] = says(claim)
    shown = []
    for slot, text in first.items():
        count = copies.get(slot, 0)
        shown.append(text + (f" (+{count} cop{'y' if count == 1 else 'ies'})" if count else ""))
    return list(dict.fromkeys(shown))


def _in_time(claim: StatedClaim) -> tuple[datetime, str, str, int, int]:
    """When a claim was told, then a fixed order for claims told at the same time (one poll
    reads many articles at once, and their ids follow the order the fetches ended in)."""
    source = claim.source
    return (source.when, source.outlet, source.url, source.version, claim.start)


def _distinct(claims: Sequence[StatedClaim]) -> tuple[StatedClaim, ...]:
    seen: set[tuple[int, str, str]] = set()
    kept = []
    for claim in sorted(claims, key=_in_time):
        slot = (claim.source.article_id, claim.category, claim.group_key)
        if slot not in seen:
            seen.add(slot)
            kept.append(claim)
    return tuple(kept)


def _credit(claim: StatedClaim) -> str:
    credit = claim.claimant or "no one"
    return f"{credit} (via {claim.via})" if claim.via else credit
