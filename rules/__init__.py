"""Pure text analysis: attributions, non-responses, anonymous sourcing, casualty claims.

``analyze(text)`` is the one entry point the rest of Crosswire uses.
"""

from rules.analyze import analyze
from rules.model import Analysis, Attribution, Claim, Figure, Span

__all__ = ["Analysis", "Attribution", "Claim", "Figure", "Span", "analyze"]
