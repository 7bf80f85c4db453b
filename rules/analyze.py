"""The rules' entry point: text in, ``Analysis`` out."""

from __future__ import annotations

from rules.model import Analysis


def analyze(text: str) -> Analysis:
    """Find attributions and casualty claims in ``text``.

    Placeholder until the rule families land: finds nothing.
    """
    del text
    return Analysis()
