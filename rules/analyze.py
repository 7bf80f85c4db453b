"""The rules' entry point: text in, ``Analysis`` out."""

from __future__ import annotations

from rules.attribution import find_attributions
from rules.casualties import find_claims
from rules.model import Analysis
from rules.text import Document

#: The most claims, and the most attributions, one document yields; the first ones in text
#: order are kept and the number left out is recorded in ``Analysis``.
MAX_FINDINGS = 500


def analyze(text: str) -> Analysis:
    """Find attributions (statements, non-responses) and casualty claims in ``text``.

    Attributions come first: a claim's claimant and via are taken from them.
    """
    doc = Document(text)
    attributions = find_attributions(doc)
    claims = find_claims(doc, attributions)
    return Analysis(
        claims=tuple(claims[:MAX_FINDINGS]),
        attributions=tuple(attributions[:MAX_FINDINGS]),
        claims_dropped=max(0, len(claims) - MAX_FINDINGS),
        attributions_dropped=max(0, len(attributions) - MAX_FINDINGS),
    )
