"""CB151: a part before "of whom" with a fate of its own ("20 inmates escaped, seven of whom
had been recaptured by Monday")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.part_fates import fate_of_its_own
from rules.claims.parts import Binding, SentenceParse
from rules.numbers import count_at

#: A count right before "of whom" after a comma: ", seven of whom", ", 12 of whom" (general
#: English of a relative clause on a part; the figure finder leaves such a part out,
#: ``PARTITIVE_NOT_COUNT``).
_PART = re.compile(
    r",\s+(?P<part>\d{1,3}(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+of\s+whom\b", re.IGNORECASE
)


class PartWithItsOwnFate(ExtraRule):
    """CB151 · "Twenty inmates escaped, seven of whom had been recaptured" is arrested 7: a
    part before "of whom" whose own verb tells a fate (recaptured, arrested, freed, rescued)
    that its whole, told just before, does not share is a claim of that fate, as the part
    after "of whom" is ("of whom seven were recaptured", ``part_fates``)."""

    code = "CB151"
    words = (" of whom ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Twenty inmates escaped, seven of whom had been recaptured by Monday.",
            {"category": "arrested", "min": 7, "max": 7},
        ),
        (
            "Nine hostages were seized, four of whom were later freed.",
            {"category": "rescued", "min": 4, "max": 4},
        ),
    )
    counter_examples = (
        # the same fate as the whole's: a part of it, no claim of its own
        "Police arrested 50 protesters, 20 of whom were detained overnight.",
        # a verb of no fate
        "Twenty inmates escaped, seven of whom were from Orme.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        parts = []
        for match in _PART.finditer(sent.text):
            figure = count_at(sent.text, *match.span("part"))
            if figure is None or figure.start in taken:
                continue
            if not fate_of_its_own(sent.text, figure):
                continue
            index = sent.cues.first_from(match.end())
            cue = sent.cues.hits[index] if index is not None else None
            if cue is None or not cue.cue.before or cue.start - match.end() > _REACH:
                continue
            parts.append(Binding(figure, cue, None, 0))
        return parts


#: How far after "of whom" the fate's cue may start: the auxiliaries ("have since been").
_REACH = 30
