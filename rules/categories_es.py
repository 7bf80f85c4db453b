"""Spanish words for the casualty categories: rows of ``rules.categories``' one table.

Each row is ``(category, pattern, before, after)`` with the meaning of ``rules.categories.Cue``:
``before`` lets a figure stand before the cue ("12 heridos", "300 familias fueron
evacuadas"), ``after`` lets it follow ("murieron cinco personas", "evacuaron a 300
vecinos", "la cifra de muertos asciende a 40"); Spanish puts the subject after the verb
freely, so most rows allow both. Accented letters also match their plain form and U+FFFD
(``rules.language.accent_tolerant``), so rows write
accents plainly, never inside a character class.

Origin: general knowledge of Spanish news language (wire and Latin-American press usage).
"damnificados" (people affected by a disaster) is deliberately absent: it counts the
affected, most of whom stay at home, so it is not a figure of displacement.
"""

from __future__ import annotations

from typing import Literal

SpanishRow = tuple[str, str, bool, Literal["object", "toll"] | None]

_COUNT_NOUN = r"(?:cifra|número|balance|saldo|total)\s+(?:provisional\s+|oficial\s+)?de"

SPANISH_ROWS: tuple[SpanishRow, ...] = (
    ("killed", rf"{_COUNT_NOUN}\s+(?:muertos|fallecidos|víctimas\s+mortales)", False, "toll"),
    ("wounded", rf"{_COUNT_NOUN}\s+(?:heridos|lesionados)", False, "toll"),
    ("missing", rf"{_COUNT_NOUN}\s+desaparecidos", False, "toll"),
    ("displaced", rf"{_COUNT_NOUN}\s+(?:desplazados|refugiados)", False, "toll"),
    ("evacuated", rf"{_COUNT_NOUN}\s+evacuados", False, "toll"),
    (
        "killed",
        r"muert[oa]s?|fallecid[oa]s?|víctimas\s+mortales|asesinad[oa]s?|perdieron\s+la\s+vida"
        r"|perdió\s+la\s+vida|murieron|murió|fallecieron|falleció|han\s+muerto"
        r"|han\s+fallecido|cadáveres|cuerpos\s+sin\s+vida",
        True,
        "object",
    ),
    ("killed", r"(?:la\s+)?muerte\s+de|mató\s+a|mataron\s+a|asesinó\s+a", False, "object"),
    ("wounded", r"herid[oa]s?|lesionad[oa]s?", True, "object"),
    ("wounded", r"hirió\s+a|dejó\s+heridos\s+a", False, "object"),
    ("missing", r"desaparecid[oa]s?", True, "object"),
    (
        "displaced",
        r"desplazad[oa]s|refugiad[oa]s|albergad[oa]s|reubicad[oa]s"
        r"|se\s+(?:han\s+|habían\s+)?desplazad[oa]|se\s+desplazaron|huyeron"
        r"|abandonaron\s+sus\s+(?:hogares|casas|viviendas)|sin\s+(?:hogar|hogares|techo)"
        r"|(?:en|a)\s+albergues",
        True,
        "object",
    ),
    ("displaced", r"desplazamiento\s+de|obligó\s+a\s+desplazarse\s+a", False, "object"),
    ("evacuated", r"evacuad[oa]s?", True, "object"),
    (
        "evacuated",
        r"evacuaron\s+a|evacuar\s+a|evacuar|evacuación\s+de|evacuando\s+a|evacuó\s+a",
        False,
        "object",
    ),
)
