"""The divergence settings a user can read and tune: qualifier bands, thresholds, alert defaults.

These models are part of ``config.yaml`` (``divergence:`` and each story's ``alert:``); the
defaults here are the documented behaviour (docs/DIVERGENCE.md).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DivergenceKind = Literal[
    "conflict", "discrepancy", "update", "exclusive", "attribution", "non_response", "revision"
]
KINDS: tuple[DivergenceKind, ...] = (
    "conflict",
    "discrepancy",
    "update",
    "exclusive",
    "attribution",
    "non_response",
    "revision",
)
#: What alerts unless a watch rule says otherwise ("revision" alerts only for a changed figure).
DEFAULT_ALERT_KINDS: tuple[DivergenceKind, ...] = (
    "conflict",
    "exclusive",
    "non_response",
    "revision",
)

Fraction = float


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QualifierBands(_Strict):
    """How far a qualified figure reaches around its number, as a fraction of it.

    exact N -> [N, N]; approximately N -> [N(1-a), N(1+a)]; almost N -> [N(1-b), N);
    at least N -> [N, inf); more than N -> (N, inf); up to N -> [0, N]; fewer than N -> [0, N);
    range a-b -> [a, b]; unspecified -> no figure. Rounding widens bounds to whole people.
    """

    approximately: Fraction = Field(default=0.10, ge=0, le=1)
    almost: Fraction = Field(default=0.10, ge=0, le=1)
    #: A vague plural ("dozens", "hundreds") is an open lower bound; it never conflicts upward.
    exact: Fraction = Field(default=0.0, ge=0, le=1)


class WireSettings(_Strict):
    """When two articles count as one source (a wire copy and its original)."""

    #: Share of the shorter text's sampled 3-word shingles found in the other.
    containment: Fraction = Field(default=0.5, gt=0, le=1)
    #: A lower share suffices when the copy credits a wire or another outlet ("(AP)").
    containment_with_cue: Fraction = Field(default=0.25, gt=0, le=1)
    #: Articles further apart than this (hours) are never linked.
    window_hours: float = Field(default=96.0, gt=0, le=24 * 365)


class DivergenceConfig(_Strict):
    """``divergence:`` in config.yaml."""

    qualifiers: QualifierBands = Field(default_factory=QualifierBands)
    #: Compatible figures still diverge ("discrepancy") when stated values differ this much.
    min_diff: Fraction = Field(default=0.2, gt=0, le=10)
    #: A figure carried by one independent source only becomes an "exclusive" after this.
    exclusive_grace_hours: float = Field(default=2.0, ge=0, le=24 * 30)
    #: Claims published further apart than this belong to different events unless one
    #: outlet's later article restates the other's figure.
    event_window_hours: float = Field(default=48.0, gt=0, le=24 * 365)
    wire: WireSettings = Field(default_factory=WireSettings)


class AlertSettings(_Strict):
    """A watch rule's ``alert:``: which divergences of its story are pushed to people."""

    kinds: list[DivergenceKind] = Field(default_factory=lambda: list(DEFAULT_ALERT_KINDS))
    #: Casualty categories to alert on; empty = all.
    categories: list[str] = Field(default_factory=list)
    #: Minimum relative difference for this story's discrepancies; None = divergence.min_diff.
    min_diff: Fraction | None = Field(default=None, gt=0, le=10)
