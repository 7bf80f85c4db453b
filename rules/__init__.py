"""Pure text analysis: attributions, non-responses, anonymous sourcing, casualty claims.

``analyze(text)`` is the one entry point the rest of Crosswire uses.
"""

from rules.analyze import analyze
from rules.claims.registry import FIGURE_RULE_CODES, PART_RULES
from rules.model import Analysis, Attribution, Claim, Figure, Span

__all__ = [
    "FIGURE_RULE_CODES",
    "PART_RULES",
    "Analysis",
    "Attribution",
    "Claim",
    "Figure",
    "Span",
    "analyze",
]
