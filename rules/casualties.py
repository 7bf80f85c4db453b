"""Casualty claims: category, figure, qualifier, group, claimant and via."""

from __future__ import annotations

from collections.abc import Sequence

from rules.model import Attribution, Claim
from rules.text import Document


def find_claims(doc: Document, attributions: Sequence[Attribution]) -> list[Claim]:
    """Every casualty claim in ``doc``, in text order. Placeholder: finds none yet."""
    del doc, attributions
    return []
