"""CB141: people an event "sent to hospital" ("The leak sent more than 600 residents to
hospital", "The crash put 12 people in hospital")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import names_people

#: The verb before the count: "sent", "put" (general English of accident and disaster news).
_SENT = re.compile(r"\b(sent|sends|sending|put|puts|putting)\s+")
#: After the count: the people, then a hospital ("residents to hospital", "people to hospitals
#: across the city", "in hospital", "to the district hospital").
_TO_CARE = re.compile(
    r"(?:\s+(?P<group>[a-z-]+(?:\s+[a-z-]+)?))?\s+(?:to|in|into)\s+(?:the\s+|a\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:hospitals?|clinics?)\b"
)
#: People sent to a hospital to work there, not hurt: "sent 40 doctors to the hospital".
_CARERS = frozenset(
    """doctors nurses medics paramedics surgeons staff volunteers specialists teams workers
    officers police soldiers troops guards""".split()
)
_HURT = Cue("wounded", r"sent", before=False, after="object")


class SentToHospital(ExtraRule):
    """CB141 · The hurt an event sent to hospital: "The leak sent more than 600 residents to
    hospital" is wounded 600 (not "sent 40 doctors to the hospital", who work there)."""

    code = "CB141"
    words = ("hospital", "clinic")  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        (
            "The leak sent more than 600 residents to hospital.",
            {"category": "wounded", "min": 600},
        ),
        ("The crash put 12 people in hospital.", {"category": "wounded", "min": 12}),
    )
    counter_examples = (
        "The ministry sent 40 doctors to the district hospital.",
        "The charity sent 12 ambulances to the hospital.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        lowered = sent.text.lower()
        result: list[Binding] = []
        for match in _SENT.finditer(lowered):
            figure = next((f for f in sent.stated if f.start == match.end()), None)
            if figure is None or not figure.figure.min or figure.start in taken:
                continue
            care = _TO_CARE.match(lowered, figure.end)
            if care is None:
                continue
            group = care["group"]
            if group is not None:
                head = group.split()[-1]
                if head in _CARERS or not names_people(head):
                    continue
            cue = CueHit(match.start(1), match.end(1), _HURT)
            text = sent.text[care.start("group") : care.end("group")] if group else None
            result.append(Binding(figure, cue, text, figure.start - cue.end))
        return result
