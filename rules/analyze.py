"""The rules' entry point: text in, ``Analysis`` out."""

from __future__ import annotations

from rules.attribution import find_attributions
from rules.casualties import find_claims
from rules.model import Analysis
from rules.text import Document


def analyze(text: str) -> Analysis:
    """Find attributions (statements, non-responses) and casualty claims in ``text``.

    Attributions come first: a claim's claimant and via are taken from them.
    """
    doc = Document(text)
    attributions = find_attributions(doc)
    claims = find_claims(doc, attributions)
    return Analysis(claims=tuple(claims), attributions=tuple(attributions))
