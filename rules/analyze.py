"""The rules' entry point: text in, ``Analysis`` out."""

from __future__ import annotations

from dataclasses import replace

from rules.attribution import find_attributions
from rules.casualties import find_claims
from rules.markup import Origins, clean
from rules.model import Analysis, Attribution, Claim, Span
from rules.text import MAX_EXCERPT, Document

#: The most claims, and the most attributions, one document yields; the first ones in text
#: order are kept and the number left out is recorded in ``Analysis``.
MAX_FINDINGS = 500


def analyze(text: str) -> Analysis:
    """Find attributions (statements, non-responses) and casualty claims in ``text``.

    Attributions come first: a claim's claimant and via are taken from them. HTML tags,
    entities and soft hyphens are read through (``rules.markup``); offsets and excerpts
    still point into ``text`` as given.
    """
    cleaned, origins = clean(text)
    doc = Document(cleaned)
    attributions = find_attributions(doc)
    claims = find_claims(doc, attributions)
    kept_claims, kept_attributions = claims[:MAX_FINDINGS], attributions[:MAX_FINDINGS]
    if origins is not None:
        kept_claims = [_claim_in(text, origins, c) for c in kept_claims]
        kept_attributions = [_attribution_in(text, origins, a) for a in kept_attributions]
    return Analysis(
        claims=tuple(kept_claims),
        attributions=tuple(kept_attributions),
        claims_dropped=max(0, len(claims) - MAX_FINDINGS),
        attributions_dropped=max(0, len(attributions) - MAX_FINDINGS),
    )


def _span_in(text: str, origins: Origins, span: Span | None) -> Span | None:
    if span is None:
        return None
    start, end = origins.span(span.start, span.end, len(text))
    return Span(start, end, text[start:end])


def _excerpt_in(
    text: str, origins: Origins, start: int, end: int, key: Span | None
) -> tuple[int, int, str]:
    """The excerpt's offsets in the input; markup may lengthen it, so it is cut again
    around the finding's key span when it grew past four times the bound."""
    lo, hi = origins.span(start, end, len(text))
    if hi - lo > 4 * MAX_EXCERPT and key is not None:
        lo = max(lo, key.start - MAX_EXCERPT // 2)
        hi = min(hi, lo + MAX_EXCERPT)
    return lo, hi, text[lo:hi]


def _claim_in(text: str, origins: Origins, claim: Claim) -> Claim:
    figure = _span_in(text, origins, claim.figure_span)
    lo, hi, excerpt = _excerpt_in(text, origins, _at(claim.text_start), _at(claim.text_end), figure)
    start, end = origins.span(claim.start, claim.end, len(text))
    return replace(
        claim,
        text=excerpt,
        text_start=lo,
        text_end=hi,
        start=start,
        end=end,
        figure_span=figure,
    )


def _attribution_in(text: str, origins: Origins, attribution: Attribution) -> Attribution:
    cue = _span_in(text, origins, attribution.cue_span)
    lo, hi, excerpt = _excerpt_in(
        text, origins, _at(attribution.text_start), _at(attribution.text_end), cue
    )
    start, end = origins.span(attribution.start, attribution.end, len(text))
    return replace(
        attribution,
        text=excerpt,
        text_start=lo,
        text_end=hi,
        start=start,
        end=end,
        source_span=_span_in(text, origins, attribution.source_span),
        cue_span=cue,
    )


def _at(offset: int | None) -> int:
    return offset if offset is not None else 0
