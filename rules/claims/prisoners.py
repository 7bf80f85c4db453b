"""Figures taken prisoner, captive or hostage: a claim no binding route reads (CB13)."""

from __future__ import annotations

import re

import re2

from rules.categories import Cue
from rules.claims.parts import Binding, CueHit
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, names_people
from rules.numbers import FigureSpan

#: "took 14 soldiers prisoner", "had taken two pilots captive", "are holding 23 passengers
#: hostage": the figure sits between the verb and the state, so neither a figure-then-cue nor a
#: cue-then-figure reading binds it.
_TAKEN = re.compile(
    r"\b(?:took|taken|take|takes|taking|held|holding|hold|holds)\s+(?P<rest>[^.;:!?]{1,120}?)"
    r"\s+(?P<state>prisoners?|captives?|hostages?)\b",
    re.IGNORECASE,
)
#: What every match of ``_TAKEN`` holds, for RE2 over an ASCII sentence: its state's noun
#: (CB13's hint, ``ExtraRule.hints``; read in the engine's one pass, and most sentences with
#: "took" or "held" name no prisoner, captive or hostage).
STATE_HINT = re2.compile(r"(?i)prisoner|captive|hostage")
#: Words a group of people between the verb and the state never holds (English grammar).
_NOT_IN_GROUP = frozenset("for the a an with to of in on at by from".split())
_TAKEN_CUE = Cue("captured", "taken prisoner", before=True)
_HOSTAGE_CUE = Cue("kidnapped", "taken hostage", before=True)


def taken_prisoner(text: str, figures: list[FigureSpan]) -> list[Binding]:
    """Figures taken prisoner, captive or hostage: "Rebels took 14 soldiers prisoner"."""
    found = []
    for match in _TAKEN.finditer(text):
        rest_start, rest_end = match.span("rest")
        state = _HOSTAGE_CUE if match.group("state").lower().startswith("hostage") else _TAKEN_CUE
        cue = CueHit(match.start("state"), match.end("state"), state)
        inside = [f for f in figures if rest_start == f.start and f.end <= rest_end]
        paired = _PAIRED.fullmatch(text, inside[0].end, rest_end) if inside else None
        if paired and all(names_people(w.lower()) for w in paired.group().split()[::2]):
            found.append(Binding(inside[0], cue, paired.group().strip(), 3))
            continue  # "had taken about 150 guests and staff hostage": one group of two kinds
        if not inside or _SEPARATOR.search(text, rest_start, rest_end):
            found.extend(_listed(text, rest_start, rest_end, figures, cue))
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
        found.append(Binding(figure, cue, " ".join(group) or None, len(group)))
    return found


#: A count's group of two kinds of people: "150 guests and staff", "20 soldiers and police".
_PAIRED = re.compile(r"\s+[a-z-]+\s+and\s+[a-z-]+", re.IGNORECASE)
#: Between the items of a list of captives: "the mayor and three councillors", "a priest, two
#: nurses and a cook".
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
#: One captive told by a noun with a determiner of its own: "the mayor", "a young nurse".
#: Its place may follow: "the mayor of San Lucas".
_ONE = re.compile(
    r"(?:the|an?|his|her|their|its)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})?",
    re.I,
)
#: The name set off after one captive: "the mayor of San Lucas, Pedro Ruiz Lara, and ...".
_NAME = re.compile(r"(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){1,4}")
#: A counted group: the figure's words, then up to three words of the group.
_GROUP = re.compile(r"(?:\s+[a-z-]+){1,3}", re.IGNORECASE)


def _listed(
    text: str, start: int, end: int, figures: list[FigureSpan], cue: CueHit
) -> list[Binding]:
    """Each item of a list of captives, or of one captive told by a noun ("took the mayor and
    three councillors hostage" is 1 + 3); nothing unless every item is a person or a count."""
    by_start = {f.start: f for f in figures}
    found = []
    at = start
    for separator in [*_SEPARATOR.finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        figure = by_start.get(at)
        if figure is not None and figure.end < stop:
            group = _GROUP.fullmatch(text, figure.end, stop)
            if group is None or any(w.lower() in _NOT_IN_GROUP for w in group.group().split()):
                return []
            found.append(Binding(figure, cue, group.group().strip(), 0))
        elif found and found[-1].figure.figure.max == 1 and _NAME.fullmatch(text, at, stop):
            pass  # the name of the captive before it, not one more
        else:
            one = _ONE.fullmatch(text, at, stop)
            if one is None or one["noun"].lower() not in PERSON_NOUNS:
                return []
            single = FigureSpan(at, stop, Figure(1, 1, "exact", text[at:stop]))
            found.append(Binding(single, cue, one["noun"], 0))
        if separator is None:
            return found
        at = separator.end()
    return found
