"""CB139: the counts of further hospitals listed after one taken to care, their verb left out
("Four were taken to Dunmore Royal Infirmary, seven to the Lakeside clinic and one to the
burns hospital")."""

from __future__ import annotations

import re

from rules.care_rows import PLACES_OF_CARE
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse

#: A place of care by its kind: "hospital", "medical center", "clinic", "infirmary".
_PLACE_OF_CARE = rf"(?:{PLACES_OF_CARE})"
#: The place of care a care cue ends on: "taken to Dunmore Royal Infirmary", "to a clinic".
_CARE_PLACE = re.compile(_PLACE_OF_CARE + "$", re.IGNORECASE)
#: The next count of the list and its place of care: ", seven to the Lakeside clinic", "and
#: one to the burns hospital" (general English of accident reports).
#: "to the Lakeside clinic", "at the burns hospital": a place of care a count went to, up to
#: four words of its name first (not "to the police station near the clinic", nor "to the
#: hospital morgue", where the dead go); ``crosswire.divergence.elliptic`` reads it too.
TO_PLACE_OF_CARE = (
    r"(?:to|at)\s+(?:the\s+|a\s+)?(?:(?!near\b|by\b|beside\b|outside\b)[\w.'\u2019-]+\s+){0,4}?"
    + _PLACE_OF_CARE
    + r"\b(?!\s+(?:morgue|mortuary)\b)"
)
_NEXT = re.compile(
    r"(?:\s+in\s+[\w'-]+)?"  # the last hospital's town: "St Aldric's Hospital in Varne"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:other|remaining)\s+)?(?P<n>\S+)\s+(?:more\s+)?"
    + TO_PLACE_OF_CARE,
    re.IGNORECASE,
)


class CareListed(ExtraRule):
    """CB139 · After a count taken to a hospital, the counts of other hospitals that share its
    verb are wounded too: "Four were taken to Dunmore Royal Infirmary, seven to the Lakeside
    clinic and one to the burns hospital" is also wounded 7 and 1.
    """

    code = "CB139"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" to ",)  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        (
            "Four were taken to Dunmore Royal Infirmary, seven to the Lakeside clinic and one to "
            "the burns hospital.",
            {"category": "wounded", "min": 7},
        ),
    )
    counter_examples = (
        "Four were taken to Dunmore Royal Infirmary, seven to a police station.",
        "Four were taken to Dunmore Royal Infirmary and seven went home.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        result: list[Binding] = []
        for cue in sent.cues.hits:
            if cue.cue.category != "wounded" or not _CARE_PLACE.search(
                sent.text, cue.start, cue.end
            ):
                continue
            at = cue.end
            for _ in range(6):
                step = _NEXT.match(sent.text, at)
                if step is None:
                    break
                figure = next((f for f in sent.stated if f.start == step.start("n")), None)
                if figure is None or figure.start in taken or not figure.figure.min:
                    break
                result.append(Binding(figure, cue, None, figure.start - cue.end))
                taken.add(figure.start)
                at = step.end()
        return result
