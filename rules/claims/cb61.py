"""CB61: in Spanish, a cue before its figure ("murieron cinco personas", "evacuaron a 300")."""

from __future__ import annotations

import re

from rules.claims.kinds import SpanishRule
from rules.claims.lexicon_es import (
    DWELLING_NOUNS_ES,
    PEOPLE_NOUNS_ES,
    TOLL_GAP_ES,
    words_pattern,
)
from rules.claims.parts import Binding, CueHit
from rules.numbers import FigureSpan

_GAP = re.compile(rf"\s*(?:(?:{words_pattern(TOLL_GAP_ES)})\s+)*", re.IGNORECASE)
_GROUP = re.compile(
    rf"\s+(?:de\s+)?(?P<group>{words_pattern([*PEOPLE_NOUNS_ES, *DWELLING_NOUNS_ES])})"
    r"(?![\w\ufffd])",
    re.IGNORECASE,
)
_WINDOW = 60


class SpanishCueThenFigure(SpanishRule):
    """CB61 · Spanish: a cue, then its figure: a verb before its subject or object, a toll.

    Spanish puts the subject after the verb freely ("resultaron heridas 12 personas"); a
    count noun takes its value after it ("el número de desplazados asciende a 5.000").
    """

    code = "CB61"
    examples = (
        (
            "En el choque de los dos autobuses murieron cinco personas.",
            {"category": "killed", "min": 5, "group": "personas"},
        ),
        (
            "Los bomberos evacuaron a 320 vecinos de la colonia Las Palmas.",
            {"category": "evacuated", "min": 320, "group": "vecinos"},
        ),
        (
            "Según el gobierno, la cifra de desplazados asciende a 1,5 millones.",
            {"category": "displaced", "min": 1_500_000, "group": None},
        ),
        (
            "El incendio obligó a evacuar unas doscientas casas en el cerro.",
            {"category": "evacuated", "min": 200, "qualifier": "approximately"},
        ),
    )
    counter_examples = (
        "Los heridos del 12 de marzo recibieron la visita del ministro.",
        "La muerte del alcalde en 2019 conmocionó a la ciudad y a sus vecinos.",
    )

    def find(self, text: str, figure: FigureSpan, cues: list[CueHit]) -> Binding | None:
        for cue in reversed(cues):
            if cue.end > figure.start or cue.cue.after is None:
                continue
            if figure.start - cue.end > _WINDOW:
                break
            if _GAP.fullmatch(text, cue.end, figure.start) is not None:
                group = _GROUP.match(text, figure.end)
                return Binding(
                    figure, cue, group.group("group") if group else None, figure.start - cue.end
                )
        return None
