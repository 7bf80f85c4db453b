"""The divergence model: claims in their article's context, intervals, key figures, divergences.

Everything here is a frozen dataclass built from stored rows by ``crosswire.divergence.load``
and consumed by the pure comparison modules, so the comparison never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crosswire.divergence.settings import DivergenceKind


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a claim allows: ``lo``..``hi`` with open or closed ends (``hi`` None = no cap)."""

    lo: float
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False

    def contains(self, value: float) -> bool:
        above = value > self.lo if self.lo_open else value >= self.lo
        if self.hi is None:
            return above
        below = value < self.hi if self.hi_open else value <= self.hi
        return above and below


@dataclass(frozen=True, slots=True)
class Source:
    """Where a claim was read: one version of one article of one outlet."""

    article_id: int
    outlet: str
    url: str
    version: int
    seen_at: datetime
    published: datetime | None
    #: The article this one copies (a wire copy's original), else its own id.
    origin_id: int
    title: str = ""

    @property
    def when(self) -> datetime:
        """When the outlet said it: publication (or first sight) for a first version, and
        when Crosswire saw a later version, since that is when its text changed."""
        if self.version > 1:
            return self.seen_at
        return self.published or self.seen_at


@dataclass(frozen=True, slots=True)
class StatedClaim:
    """One casualty claim as an outlet stated it, with its interval and context."""

    source: Source
    category: str
    group: str | None
    group_key: str
    qualifier: str
    min: float | None
    max: float | None
    interval: Interval | None  # None: no figure ("some soldiers were killed")
    stated: float | None  # the number the text gives (a range's midpoint)
    claimant: str | None
    via: str | None
    text: str
    figure_text: str
    start: int
    figure_start: int | None = None  # offset of the figure in ``text``
    as_of: str | None = None
    in_title: bool = False
    places: frozenset[str] = frozenset()
    #: One person mentioned ("a man was killed"): at least one, not a toll of one.
    single: bool = False
    #: Made by a rule whose claims may detail a count beside them ("including 7 children").
    part: bool = False
    #: The code of the rule that made the claim ("CB22"), or "" when the findings name none.
    rule: str = ""
    #: The span a running total covers ("since 2004", "in the current electoral process"):
    #: the rules' ``Claim.period``; such a figure is background, never the key figure.
    period: str | None = None

    @property
    def outlet(self) -> str:
        return self.source.outlet


@dataclass(frozen=True, slots=True)
class StatedAttribution:
    """An attribution (statement or non-response) in its article's context."""

    source: Source
    party: str  # who, as written
    party_key: str  # normalised name for matching (``parties.party_key``)
    kind: str  # statement / non_response
    cue: str
    text: str
    anonymous: bool = False


@dataclass(frozen=True, slots=True)
class ArticleFindings:
    """One version of an article with what the rules found in it."""

    source: Source
    claims: tuple[StatedClaim, ...] = ()
    attributions: tuple[StatedAttribution, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Divergence:
    """A way two or more accounts of one story differ, with the claims as evidence.

    ``key`` identifies the divergence across runs (same kind, story, category, group and the
    same pair of origins); ``fingerprint`` changes when it materially changes (a new outlet, a
    new figure, a revision), which is when it alerts again.
    """

    kind: DivergenceKind
    story: str
    key: str
    summary: str
    headline: str
    claims: tuple[StatedClaim, ...] = ()
    category: str | None = None
    group: str | None = None
    party: str | None = None
    before: tuple[StatedClaim, ...] = ()
    after: tuple[StatedClaim, ...] = ()
    stealth: bool | None = None
    attributions: tuple[StatedAttribution, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        parts = sorted(
            f"{c.outlet}|{c.figure_text.lower()}|{c.claimant or ''}"
            for c in (*self.claims, *self.before, *self.after)
        )
        parts += sorted(f"{a.source.outlet}|{a.kind}" for a in self.attributions)
        return "\n".join(parts)
