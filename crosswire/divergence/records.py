"""Outlet records: transparent counts and rates from what Crosswire observed, no opaque score.

Each field's formula (docs/DIVERGENCE.md "Outlet records"):

- ``claims``: key figures in the outlet's articles (current versions);
  ``named`` / ``anonymous`` / ``unsourced``: of those, credited to a specific named claimant,
  to an anonymous or vague one ("officials", "a source"), or to no one;
  ``named_rate``: named / claims.
- ``exclusives``: figures only this outlet carried after the grace period;
  ``exclusives_confirmed``: of those, later carried by another independent source (the
  exclusive resolved); ``exclusives_unconfirmed``: still alone.
- ``figures_revised``: revisions of its articles that changed a figure;
  ``stealth_edits``: revisions of any kind with no correction or update note.
- ``first_to_report``: stories in which its article was the earliest published.
- ``outside_consensus``: its key figures whose interval does not contain the story's
  ``best`` value (the median of independent sources, ``aggregates``) when at least three
  independent sources gave one.
- ``non_responses``: non-responses it reported ("did not respond", "declined to comment").
- ``copies``: its articles linked as wire copies of another outlet's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crosswire.divergence.keyfigures import KeyFigures
from crosswire.divergence.model import ArticleFindings
from crosswire.divergence.parties import party_key, specific

FIELDS = (
    "claims",
    "named",
    "anonymous",
    "unsourced",
    "named_rate",
    "exclusives",
    "exclusives_confirmed",
    "exclusives_unconfirmed",
    "figures_revised",
    "stealth_edits",
    "first_to_report",
    "outside_consensus",
    "non_responses",
    "copies",
)


#: The story's best value per (category, group), where enough sources gave one.
Consensus = dict[tuple[str, str], float]


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, name: str, amount: int = 1) -> None:
        self.counts[name] += amount


def outlet_records(
    stories: Iterable[tuple[Sequence[ArticleFindings], Sequence[KeyFigures], Consensus]],
    divergences: Iterable[dict[str, Any]],
    copies: dict[str, int],
) -> list[dict[str, Any]]:
    """Per outlet, the counts above; ``stories`` holds (latest findings, key figures, table)."""
    tallies: dict[str, _Tally] = {}

    def tally(outlet: str) -> _Tally:
        return tallies.setdefault(outlet, _Tally())

    counted: set[int] = set()
    for latest, keyed, consensus in stories:
        fresh = [
            (f, k) for f, k in zip(latest, keyed, strict=True) if f.source.article_id not in counted
        ]
        counted.update(f.source.article_id for f, _ in fresh)
        _count_sources([f for f, _ in fresh], [k for _, k in fresh], consensus, tally)
        first = min(latest, key=lambda f: f.source.when, default=None)
        if first is not None:
            tally(first.source.outlet).add("first_to_report")
    seen: set[str] = set()
    for divergence in divergences:
        key = str(divergence.get("key"))
        if key not in seen:  # one article can sit in several stories
            seen.add(key)
            _count_divergence(divergence, tally)
    for outlet, count in copies.items():
        tally(outlet).add("copies", count)
    return [_record(outlet, t) for outlet, t in sorted(tallies.items(), key=lambda i: i[0].lower())]


def _count_sources(
    latest: Sequence[ArticleFindings],
    keyed: Sequence[KeyFigures],
    consensus: Consensus,
    tally: Any,
) -> None:
    for findings, figures in zip(latest, keyed, strict=True):
        outlet = tally(findings.source.outlet)
        anonymous = {a.party_key for a in findings.attributions if a.anonymous}
        outlet.add("non_responses", sum(a.kind == "non_response" for a in findings.attributions))
        for slot, claim in figures.items():
            outlet.add("claims")
            key = party_key(claim.claimant)
            if not key:
                outlet.add("unsourced")
            elif key in anonymous or not specific(key):
                outlet.add("anonymous")
            else:
                outlet.add("named")
            best = consensus.get(slot)
            if (
                best is not None
                and claim.interval is not None
                and not claim.interval.contains(best)
            ):
                outlet.add("outside_consensus")


def _count_divergence(divergence: dict[str, Any], tally: Any) -> None:
    claims = divergence.get("claims") or [{}]
    outlet = claims[0].get("outlet")
    if not outlet:
        return
    kind = divergence.get("kind")
    if kind == "exclusive":
        tally(outlet).add("exclusives")
        confirmed = divergence.get("resolved_at") is not None
        tally(outlet).add("exclusives_confirmed" if confirmed else "exclusives_unconfirmed")
    elif kind == "revision":
        if (divergence.get("details") or {}).get("figure_changed"):
            tally(outlet).add("figures_revised")
        if divergence.get("stealth"):
            tally(outlet).add("stealth_edits")


def _record(outlet: str, tally: _Tally) -> dict[str, Any]:
    counts: dict[str, Any] = dict(tally.counts)
    claims = counts["claims"]
    counts["named_rate"] = round(counts["named"] / claims, 3) if claims else None
    return {"outlet": outlet, **counts}
