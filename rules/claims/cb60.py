"""CB60: in Spanish, a figure before its cue ("más de 300 familias fueron evacuadas")."""

from __future__ import annotations

import re

from rules.claims.kinds import SpanishRule
from rules.claims.lexicon_es import AUX_ES, PEOPLE_NOUNS_ES, words_pattern
from rules.claims.parts import Binding, CueHit
from rules.numbers import FigureSpan

#: Between figure and cue: "de" after a scale word, a group of people, then auxiliaries.
_GAP = re.compile(
    rf"\s*(?:de\s+)?(?:(?P<group>{words_pattern(PEOPLE_NOUNS_ES)})(?:\s+|$))?"
    rf"(?:(?:{words_pattern(AUX_ES)})\s+)*",
    re.IGNORECASE,
)
_WINDOW = 100


class SpanishFigureThenCue(SpanishRule):
    """CB60 · Spanish: a figure, its group, auxiliaries, then the cue ("12 personas murieron").

    Only a group of people and auxiliaries may stand between them, so money, dates and
    other nouns never bind ("$2.500 por familia desplazada" is no claim).
    """

    code = "CB60"
    examples = (
        (
            "Más de 300 familias fueron evacuadas por la crecida del río Ardal.",
            {"category": "evacuated", "min": 300, "qualifier": "more_than", "group": "familias"},
        ),
        (
            "Según la alcaldía, hay al menos 1.200 desplazados en la provincia.",
            {"category": "displaced", "min": 1200, "qualifier": "at_least"},
        ),
        (
            "El derrumbe en la mina dejó tres muertos y unos 40 heridos.",
            {"category": "wounded", "min": 40, "qualifier": "approximately"},
        ),
        (
            "Unas 2.000 personas se han desplazado por los combates en la sierra.",
            {"category": "displaced", "min": 2000, "group": "personas"},
        ),
        (
            "Unas 150 familias se quedaron sin hogar por la tormenta en el valle de Orense.",
            {"category": "displaced", "min": 150, "group": "familias"},
        ),
    )
    counter_examples = (
        "El gobierno pagó $2.500 por familia desplazada en la región.",
        "El 30.08.2013 la liga presentó su calendario, con 3-1 en el primer partido.",
        "El equipo ganó por 2 goles a 1 y los heridos del accidente ya están en casa.",
        "Las entradas cuestan 1.500 pesos y el estadio recibió a 40.000 aficionados.",
    )

    def find(self, text: str, figure: FigureSpan, cues: list[CueHit]) -> Binding | None:
        for cue in cues:
            if cue.start < figure.end or not cue.cue.before:
                continue
            if cue.start - figure.end > _WINDOW:
                break
            gap = _GAP.fullmatch(text, figure.end, cue.start)
            if gap is not None:
                return Binding(figure, cue, gap.group("group"), cue.start - figure.end)
        return None
