"""Typed results of text analysis: attributions and casualty claims.

Offsets are character offsets into the analysed text. ``start``/``end`` give the sentence the
finding stands in (at most 1,000 characters); ``text`` is a bounded excerpt of it around the
finding (the whole sentence when it has at most 600 characters), and
``text == document[text_start:text_end]``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from rules.frozen_init import frozen_init

AttributionKind = Literal["statement", "non_response"]

Qualifier = Literal[
    "exact",
    "approximately",
    "at_least",
    "more_than",
    "at_most",
    "fewer_than",
    "almost",
    "range",
    "unspecified",
]


@frozen_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the analysed text."""

    start: int
    end: int
    text: str


@frozen_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said something (or pointedly did not), in which sentence."""

    source: str
    cue: str
    kind: AttributionKind
    anonymous: bool
    text: str
    start: int
    end: int
    via: str | None = None
    source_span: Span | None = None
    cue_span: Span | None = None
    #: Code of the rule that found it ("AT01"); see ``rules.speech.registry``.
    rule: str = ""
    #: Where ``text`` lies in the document (the excerpt; ``start``/``end`` are the sentence).
    text_start: int | None = None
    text_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@frozen_init
@dataclass(frozen=True, slots=True)
class Figure:
    """A number as stated: bounds plus the qualifier that produced them.

    "at least 30" -> Figure(30, None, "at_least"); "10–12,000" -> Figure(10000, 12000, "range").
    """

    min: float | None
    max: float | None
    qualifier: Qualifier
    text: str = ""


@frozen_init
@dataclass(frozen=True, slots=True)
class Claim:
    """A casualty (or other headcount) claim found in a sentence."""

    category: str
    min: float | None
    max: float | None
    qualifier: Qualifier
    group: str | None
    claimant: str | None
    via: str | None
    text: str
    start: int
    end: int
    figure_text: str = ""
    figure_span: Span | None = None
    as_of: str | None = None
    #: The span of years the figure covers when it is a running total ("since 2004", "over the
    #: past six years"): a war's dead or a decade's statistic, not the toll of the news.
    period: str | None = None
    #: Code of the rule that bound the figure to its cue ("CB01"); see ``rules.claims.registry``.
    rule: str = ""
    #: Where ``text`` lies in the document (the excerpt; ``start``/``end`` are the sentence).
    text_start: int | None = None
    text_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the rules found in one text."""

    claims: tuple[Claim, ...] = field(default_factory=tuple)
    attributions: tuple[Attribution, ...] = field(default_factory=tuple)
    #: Findings left out because the document had more than the cap (0 when none were).
    claims_dropped: int = 0
    attributions_dropped: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "claims": [c.to_json() for c in self.claims],
            "attributions": [a.to_json() for a in self.attributions],
            "truncated": {
                "claims": self.claims_dropped,
                "attributions": self.attributions_dropped,
            },
        }


def _json(obj: Claim | Attribution) -> dict[str, Any]:
    data = asdict(obj)
    whole = (obj.text_start, obj.text_end) in ((None, None), (obj.start, obj.end))
    if whole:  # text is the whole sentence: text_start/text_end only mark a cut excerpt
        del data["text_start"], data["text_end"]
    for key, value in list(data.items()):
        if isinstance(value, float) and value.is_integer():
            data[key] = int(value)
    return data
