"""Figures taken prisoner, captive or hostage: a claim no binding route reads (CB13)."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.parts import Binding, CueHit
from rules.numbers import FigureSpan

#: "took 14 soldiers prisoner", "had taken two pilots captive", "are holding 23 passengers
#: hostage": the figure sits between the verb and the state, so neither a figure-then-cue nor a
#: cue-then-figure reading binds it.
_TAKEN = re.compile(
    r"\b(?:took|taken|take|takes|taking|held|holding|hold|holds)\s+(?P<rest>[^.;:!?]{1,80}?)"
    r"\s+(?P<state>prisoners?|captives?|hostages?)\b",
    re.IGNORECASE,
)
#: Words a group of people between the verb and the state never holds (English grammar).
_NOT_IN_GROUP = frozenset("for the a an with to of in on at by from".split())
_TAKEN_CUE = Cue("captured", "taken prisoner", before=True)
_HOSTAGE_CUE = Cue("kidnapped", "taken hostage", before=True)


def taken_prisoner(text: str, figures: list[FigureSpan]) -> list[Binding]:
    """Figures taken prisoner, captive or hostage: "Rebels took 14 soldiers prisoner"."""
    found = []
    for match in _TAKEN.finditer(text):
        rest_start, rest_end = match.span("rest")
        inside = [f for f in figures if rest_start == f.start and f.end <= rest_end]
        if not inside:
            continue
        figure = inside[0]
        group = text[figure.end : rest_end].split()
        if group and group[-1].lower() == "as":
            group.pop()  # "took several civilians as hostages"
        if len(group) > 3 or not all(w.isalpha() for w in group):
            continue
        if group and group[0].lower() == "of":
            group = []  # "took several of them prisoner": no group named
        elif any(w.lower() in _NOT_IN_GROUP for w in group):
            continue  # "held 12 vigils for the hostages": the state is another noun's
        state = _HOSTAGE_CUE if match.group("state").lower().startswith("hostage") else _TAKEN_CUE
        cue = CueHit(match.start("state"), match.end("state"), state)
        found.append(Binding(figure, cue, " ".join(group) or None, len(group)))
    return found
