"""CB62: in Spanish, coordinated figures share one cue ("300 niños y 200 mujeres fueron...")."""

from __future__ import annotations

import re

from rules.claims.kinds import SpanishBoundRule
from rules.claims.lexicon_es import PEOPLE_NOUNS_ES, words_pattern
from rules.claims.parts import Binding
from rules.numbers import FigureSpan

_GROUP = words_pattern(PEOPLE_NOUNS_ES)

#: A figure's own group, then "y", "e" or a comma before the next figure.
_JOIN = re.compile(
    rf"\s+(?:de\s+)?(?P<group>{_GROUP})\s*(?:,\s*(?:y\s+|e\s+)?|\s(?:y|e)\s+)", re.IGNORECASE
)
_GROUP_AFTER = re.compile(rf"\s+(?:de\s+)?(?P<group>{_GROUP})(?![\w\ufffd])", re.IGNORECASE)

#: After the group, the start of the figure's own clause: "se" or a finite verb of the third
#: person plural ("marcharon", "protestaban", "exigen"), so "murieron 3 mineros y 200
#: vecinos marcharon" gives the 200 no toll. The Spanish counterpart of ``_own_clause`` in
#: ``rules.claims.binding``; endings from Spanish conjugation. Words of five letters or more
#: only, so "en", "bien" and other short words ending alike are no verbs.
#: A relative pronoun between the right figure and its cue: the clause is that figure's only.
_RELATIVE = re.compile(
    r"(?<![\w\ufffd])(?:que|quienes|los\s+cuales|las\s+cuales)(?![\w\ufffd])", re.I
)

_OWN_VERB = re.compile(
    r"\s+(?:se|(?:no\s+)?[a-z\u00e1-\u00fa\ufffd]{3,}(?:ron|an|en|\u00e1n|\ufffdn))(?![\w\ufffd])",
    re.IGNORECASE,
)


class SpanishCoordinated(SpanishBoundRule):
    """CB62 · Spanish: figures joined by "y" or a comma share the cue of their neighbour.

    Each figure must name its own group ("300 niños y 200 mujeres"), so a figure of
    something else joined to a toll does not take its cue ("emplea a 1.200 personas y 3
    murieron" gives only the 3), nor does one beside a group with a relative clause of its
    own ("400 alumnos y 30 profesores que fueron evacuados"); a group followed by its own
    verb or "se" starts a clause of its own ("murieron 3 mineros y 200 vecinos marcharon"
    gives only the 3).
    """

    code = "CB62"
    examples = (
        (
            "Unos 300 niños y 200 mujeres fueron evacuados de la zona de Brenes por la noche.",
            {"category": "evacuated", "min": 300, "group": "niños"},
        ),
        (
            "En la explosión de la mina murieron 5 soldados y 3 civiles.",
            {"category": "killed", "min": 3, "group": "civiles"},
        ),
    )
    counter_examples = (
        "La fábrica emplea a 1.200 personas y 3 murieron en el incendio de la nave.",
        "En la riada murieron 4 pescadores y 300 vecinos marcharon hoy hasta el puerto.",
        "Murieron tres policías y 800 personas se concentraron ante el juzgado de Tarvela.",
        "El colegio tiene 400 alumnos y 30 profesores que fueron evacuados ayer.",
    )

    def find(
        self, text: str, figures: list[FigureSpan], bound: dict[int, Binding]
    ) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for i in reversed(range(len(figures) - 1)):  # right to left: "4, 10 y 3 heridos"
            right = bound.get(i + 1) or found.get(i + 1)
            if i in bound or right is None or right.group is None:
                continue
            if right.cue.start < right.figure.end:
                continue  # the cue stands before: handled from the left
            if _RELATIVE.search(text, right.figure.end, right.cue.start):
                continue  # "400 alumnos y 30 profesores que fueron evacuados": only the 30
            join = _JOIN.fullmatch(text, figures[i].end, figures[i + 1].start)
            if join is not None:
                found[i] = Binding(figures[i], right.cue, join.group("group"), right.distance)
        for i in range(1, len(figures)):  # left to right: "murieron 5 soldados y 3 civiles"
            left = bound.get(i - 1) or found.get(i - 1)
            if i in bound or i in found or left is None or left.cue.start > left.figure.start:
                continue
            group = _GROUP_AFTER.match(text, figures[i].end)
            if group is None or _OWN_VERB.match(text, group.end()):
                continue  # no group of its own, or a clause of its own
            if _JOIN.fullmatch(text, figures[i - 1].end, figures[i].start):
                found[i] = Binding(figures[i], left.cue, group.group("group"), left.distance)
        return found
