"""Claims no binding route reads: named single victims, the wounded left when a part of
the shot died, and figures taken prisoner."""

from __future__ import annotations

import re
from dataclasses import replace

from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.parts import Binding, CueHit, Cues
from rules.model import Figure
from rules.numbers import FigureSpan

#: A personal name (two to four capitalised words, initials allowed) right before a passive
#: casualty verb or "died": "Corporal Ivan Pell was killed", "Dana K. Orr died". Mixed-case
#: text only: in all-capital wire copy a name cannot be told from other words.
_NAMED = re.compile(
    r"(?<![\w.'’-])(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3})"
    r"(?=\s+(?:(?:was|has\s+been|had\s+been)\s+(?:(?:fatally|critically|seriously|badly"
    r"|slightly|mortally)\s+)?(?:killed|murdered|shot|stabbed|wounded|injured|hurt)\b"
    r"|died\b))"
)
#: First words that open a sentence or a phrase rather than a name (general English).
_NOT_FIRST = frozenset(
    """The A An His Her Their Its Our My Your This That These Those One Two Three Police
    Officials Authorities Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Yesterday
    Today Earlier Later Also When After Before Meanwhile""".split()
)
#: Last words that make a capitalised phrase an organisation or a place, not a person.
_NOT_LAST = frozenset(
    """United City Hospital Army Police Ministry Party Council Government Company Group
    Department Office Force Forces Team Club School University Bank Court Agency Service
    Station Airport Street Road Bridge Province Region County State Republic""".split()
)
_GAP = 40


def named_victims(text: str, cues: Cues) -> list[Binding]:
    """ "Corporal Ivan Pell was killed": a named person is one victim of the cue after."""
    found = []
    for match in _NAMED.finditer(text):
        words = match.group("name").split()
        if words[0] in _NOT_FIRST or words[-1] in _NOT_LAST:
            continue
        index = cues.first_from(match.end())
        if index is None:
            continue
        cue = cues.hits[index]
        if cue.start - match.end() > _GAP or cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        figure = Figure(1, 1, "exact", match.group("name"))
        span = FigureSpan(match.start("name"), match.end("name"), figure)
        found.append(Binding(span, cue, None, cue.start - match.end()))
    return found


def wounded_besides_the_dead(found: list[Binding]) -> list[Binding]:
    """ "Three people were shot, one fatally": the shot who did not die were wounded, so
    the whole (killed or wounded 3) becomes wounded 2 beside the fatal part (killed 1)."""
    fatal = [b for b in found if b.cue.cue.pattern == "fatally" and b.figure.figure.max]
    if not fatal:
        return found
    result = []
    for binding in found:
        figure = binding.figure.figure
        part = next((f for f in fatal if f.figure.start > binding.figure.end), None)
        whole = binding.cue.cue.category == "killed_or_wounded" and figure.qualifier == "exact"
        if part is None or not whole or figure.max is None or part.figure.figure.max is None:
            result.append(binding)
            continue
        rest = figure.max - part.figure.figure.max
        if rest < 0:
            result.append(binding)
            continue
        wounded = replace(binding.cue.cue, category="wounded")
        result.append(
            replace(
                binding,
                figure=replace(binding.figure, figure=replace(figure, min=rest, max=rest)),
                cue=replace(binding.cue, cue=wounded),
            )
        )
    return result


#: "took 14 soldiers prisoner", "had taken two pilots captive": the figure sits between the
#: verb and the state, so neither a figure-then-cue nor a cue-then-figure reading binds it.
_TAKEN = re.compile(
    r"\b(?:took|taken|take|takes|taking)\s+(?P<rest>[^.;:!?]{1,80}?)"
    r"\s+(?P<state>prisoners?|captives?|hostages?)\b",
    re.IGNORECASE,
)
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
        state = _HOSTAGE_CUE if match.group("state").lower().startswith("hostage") else _TAKEN_CUE
        cue = CueHit(match.start("state"), match.end("state"), state)
        found.append(Binding(figure, cue, " ".join(group) or None, len(group)))
    return found
