"""Pure text analysis: attributions, non-responses, anonymous sourcing, casualty claims.

``analyze(text)`` is the one entry point the rest of Crosswire uses.
"""

from rules.analyze import analyze
from rules.claims.registry import GROUP_AFTER_RULES, PART_RULES
from rules.model import Analysis, Attribution, Claim, Figure, Span

__all__ = [
    "GROUP_AFTER_RULES",
    "PART_RULES",
    "Analysis",
    "Attribution",
    "Claim",
    "Figure",
    "Span",
    "analyze",
]
