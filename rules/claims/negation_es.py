"""Spanish denials: a figure nobody in it was hurt, or a toll said to be untrue.

"Ninguno de los 200 pasajeros resultó herido" counts no one, as the English "None of the
200 passengers was hurt" (a claim of 0); "No es cierto que murieron 40 personas" and "negó
que hubiera 12 heridos" state no toll at all. Origin: Spanish grammar of negation (the
negative words "no", "nadie", "ningún"; the verbs of denial), not any evaluation document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rules.claims.parts import Binding
from rules.language import accent_tolerant
from rules.model import Figure
from rules.numbers import FigureSpan

_EDGE = r"(?<![\w\ufffd])"
_END = r"(?![\w\ufffd])"

#: "ninguno de los" right before the figure: the figure counts those spared.
_NONE_OF = re.compile(
    rf"{_EDGE}(?P<none>ningun[oa]|{accent_tolerant('ningún')})\s+de\s+(?:los|las|sus|estos|estas)\s+$",
    re.IGNORECASE,
)

#: A negative word or a verb of denial in the figure's clause; "no más de"/"no menos de"
#: bound a figure and deny nothing.
_DENIAL = re.compile(
    rf"{_EDGE}(?:no(?!\s+(?:{accent_tolerant('más')}|menos)\s+de{_END})|nadie|ningun[oa]?"
    rf"|{accent_tolerant('ningún')}|{accent_tolerant('negó')}\s+que|niegan?\s+que"
    rf"|negaron\s+que|{accent_tolerant('desmintió')}\s+que|desmienten?\s+que){_END}",
    re.IGNORECASE,
)

#: Clause edges: punctuation that ends the clause a figure stands in.
_CLAUSE_EDGE = re.compile(r"[,;:()\u2014]")


def without_denials(text: str, binding: Binding) -> Binding | None:
    """``binding``, its figure made 0 after "ninguno de los", or None when its clause denies it.

    >>> from rules.claims.spanish import spanish_bindings
    >>> [(b.figure.figure.min, b.group) for b in spanish_bindings(
    ...     "Ninguno de los 80 turistas resultó herido, dijo el guía.")]
    [(0, 'turistas')]
    >>> spanish_bindings("El alcalde negó que hubiera 25 heridos en la plaza.")
    ()
    """
    figure = binding.figure
    none_of = _NONE_OF.search(text, max(0, figure.start - 40), figure.start)
    if none_of is not None:
        word = none_of.span("none")
        zero = Figure(0, 0, "exact", text[word[0] : word[1]])
        return replace(binding, figure=FigureSpan(word[0], word[1], zero))
    start = _clause_start(text, figure.start)
    if _denied(text, start, figure.start):
        return None
    cue = binding.cue
    if cue.start >= figure.end and _denied(text, figure.end, cue.start):
        return None  # "40 personas no murieron"
    return binding


def _denied(text: str, start: int, end: int) -> bool:
    # Not ``search(text, start, end)``: the look-ahead past "no" must see beyond ``end``.
    match = _DENIAL.search(text, start)
    return match is not None and match.start() < end


def _clause_start(text: str, offset: int) -> int:
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, offset - 200), offset)]
    return edges[-1] if edges else max(0, offset - 200)
