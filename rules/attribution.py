"""Attributions: who said what ("X said", "according to X"), non-responses, anonymity."""

from __future__ import annotations

from rules.model import Attribution
from rules.text import Document


def find_attributions(doc: Document) -> list[Attribution]:
    """Every attribution in ``doc``, in text order. Placeholder: finds none yet."""
    del doc
    return []
