"""The nouns of bodies and people that speak in the news ("the ministry said", "said
police"): general knowledge of wire attribution, no corpus harvest."""

from __future__ import annotations

SPEAKER_NOUNS = frozenset(
    """ministry official officials spokesman spokeswoman spokesperson army police government
    agency group campaign company president minister governor mayor commander military
    office council committee authorities service party leader chief director navy guard force
    forces board court prosecutor prosecutors hospital school university union club team firm
    airline operator embassy brigade battalion regiment premier coastguard""".split()
)
