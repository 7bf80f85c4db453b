"""The wounded left when a part of the shot died: "three people were shot, one fatally"."""

from __future__ import annotations

import re
from dataclasses import replace

from rules.claims.parts import Binding

#: The qualifiers of a whole of the shot that its fatal part leaves a count of wounded:
#: "three", "at least nine", "more than 20" (not "dozens" or "between 10 and 12").
_WHOLE = frozenset({"exact", "at_least", "more_than"})
_VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|scores|several|many|tens)\b", re.IGNORECASE)


def wounded_besides_the_dead(found: list[Binding]) -> list[Binding]:
    """ "Three people were shot, one fatally": the shot who did not die were wounded, so
    the whole (killed or wounded 3) becomes wounded 2 beside the fatal part (killed 1); "at
    least 9 were shot, three of them fatally" is at least 6 wounded (an open whole keeps its
    qualifier)."""
    fatal = [b for b in found if b.cue.cue.pattern == "fatally" and b.figure.figure.max]
    if not fatal:
        return found
    result = []
    for binding in found:
        figure = binding.figure.figure
        part = next((f for f in fatal if f.figure.start > binding.figure.end), None)
        whole = (
            binding.cue.cue.category == "killed_or_wounded"
            and figure.qualifier in _WHOLE
            and not _VAGUE.search(figure.text)
        )
        dead = None if part is None else part.figure.figure.max
        if part is None or not whole or figure.min is None or dead is None:
            result.append(binding)
            continue
        rest = figure.min - dead
        if rest < 0 or (figure.max is not None and figure.max != figure.min):
            result.append(binding)
            continue
        wounded = replace(binding.cue.cue, category="wounded")
        high = None if figure.max is None else rest
        result.append(
            replace(
                binding,
                figure=replace(binding.figure, figure=replace(figure, min=rest, max=high)),
                cue=replace(binding.cue, cue=wounded),
            )
        )
    return result
