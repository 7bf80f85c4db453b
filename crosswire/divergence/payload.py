"""Divergences as JSON: the ``crosswire divergences --json`` contract (docs/DIVERGENCE.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from crosswire.divergence.model import Divergence, Source, StatedAttribution, StatedClaim

#: Evidence sentences are cut to this many characters around their start in payloads.
EXCERPT_CHARS = 600


def divergence_json(divergence: Divergence) -> dict[str, Any]:
    """The stable JSON shape of one divergence; kind-specific fields only where they apply."""
    data: dict[str, Any] = {
        "story": divergence.story,
        "kind": divergence.kind,
        "category": divergence.category,
        "group": divergence.group,
        "summary": divergence.summary,
        "headline": divergence.headline,
        "key": divergence.key,
        "claims": [claim_json(c) for c in divergence.claims]
        + [attribution_json(a) for a in divergence.attributions],
    }
    if divergence.kind == "non_response":
        data["party"] = divergence.party
    if divergence.kind == "revision":
        data["before"] = [claim_json(c) for c in divergence.before]
        data["after"] = [claim_json(c) for c in divergence.after]
        data["stealth"] = bool(divergence.stealth)
    if divergence.extra:
        data["details"] = dict(divergence.extra)
    return data


def claim_json(claim: StatedClaim) -> dict[str, Any]:
    return {
        **_where(claim.source),
        "min": _plain(claim.min),
        "max": _plain(claim.max),
        "qualifier": claim.qualifier,
        "figure_text": claim.figure_text,
        "category": claim.category,
        "group": claim.group,
        "claimant": claim.claimant,
        "via": claim.via,
        "text": claim.text[:EXCERPT_CHARS],
    }


def attribution_json(attribution: StatedAttribution) -> dict[str, Any]:
    """A non-response or a quote, in the claims list of a ``non_response`` divergence."""
    return {
        **_where(attribution.source),
        "min": None,
        "max": None,
        "qualifier": None,
        "figure_text": "",
        "claimant": attribution.party,
        "via": None,
        "kind": attribution.kind,
        "cue": attribution.cue,
        "text": attribution.text[:EXCERPT_CHARS],
    }


#: What each side of a ``non_response`` divergence did, as its claims list reads.
ATTRIBUTION_LABELS = {"non_response": "no comment", "statement": "quoted"}


def attribution_label(claim: dict[str, Any]) -> str:
    """How a claim of ``attribution_json`` reads in place of a figure; "" for a figure.

    >>> attribution_label({"kind": "non_response", "cue": "declined to comment"})
    'no comment (declined to comment)'
    >>> attribution_label({"kind": "statement", "cue": "said"})
    'quoted (said)'
    """
    label = ATTRIBUTION_LABELS.get(str(claim.get("kind")), "")
    cue = " ".join(str(claim.get("cue") or "").split())
    return f"{label} ({cue})" if label and cue else label


def seen_utc(claim: dict[str, Any]) -> str:
    """When a claim's page was read, for people: "2026-03-02 06:00 UTC"; "" when unknown.

    >>> seen_utc({"seen_at": "2026-03-02T08:00:00+02:00"})
    '2026-03-02 06:00 UTC'
    """
    try:
        seen = datetime.fromisoformat(str(claim.get("seen_at")))
    except ValueError:
        return ""
    return f"{seen.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _where(source: Source) -> dict[str, Any]:
    """Where and when the evidence was read."""
    return {
        "outlet": source.outlet,
        "url": source.url,
        "seen_at": source.seen_at.isoformat(),
        "published": source.published.isoformat() if source.published else None,
        "version": source.version,
    }


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
