"""CB141: people an event "sent to hospital" ("The leak sent more than 600 residents to
hospital", "The crash put 12 people in hospital"). No row of its own: "sent" is a deployment's
cue, whose binding this rule replaces, and "in hospital" a hurt's."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import SENT_SERVICES, names_people

#: The verb before the count: "sent", "put" (general English of accident and disaster news).
_SENT = re.compile(r"\b(sent|sends|sending|put|puts|putting)\s+")
#: After the count: the people, then a hospital ("residents to hospital", "people to hospitals
#: across the city", "in hospital", "to the district hospital").
_TO_CARE = re.compile(
    r"(?:\s+(?:other\s+|more\s+)?(?P<group>(?!on\b)[a-z-]+(?:\s+(?!on\b)[a-z-]+)?))?"
    r"\s+(?:on\s+)?(?:to|in|into)\s+"  # "sent 19 on to clinics near the coast"
    r"(?:the\s+|a\s+)?(?:(?!(?:the|a|an)\b)[\w'-]+\s+){0,2}?(?:hospitals?|clinics?)"
    # then the clause's end, the hurt, when or where ("to hospitals across the city", "with
    # burns"); not a purpose ("to the hospital to stand guard", "for a tour", "as volunteers")
    r"(?:\s*[,.;!?]|\s*$|\s+(?:with|after|across|around|near|outside|along|in|overnight|on|and"
    r"|suffering"
    r"|for\s+treatment|where|since|late|early|last|this|following|because|due|including|but"
    r"|said)\b)"
)
#: People sent to a hospital to work or guard there, not hurt: the services a deployment
#: sends (``rules.nouns.SENT_SERVICES``) and the hospital's own staff ("sent 40 doctors to the
#: hospital"), and patients moved from one hospital to another (a transfer).
_NOT_HURT = SENT_SERVICES | frozenset(
    "doctors nurses surgeons staff volunteers specialists teams patients".split()
)
#: A purpose after the hospital's place: "to hospitals in the city to help as volunteers".
_PURPOSE = re.compile(
    r"[^.;]{0,40}?\b(?:to\s+(?:help|work|volunteer|assist|guard|protest|visit|train|learn"
    r"|sing|perform|donate)|as\s+(?:volunteers|interns|trainees|guards))\b"
)
_HURT = Cue("wounded", r"sent", before=False, after="object")


class SentToHospital(ExtraRule):
    """CB141 · The hurt an event sent to hospital: "The leak sent more than 600 residents to
    hospital" is wounded 600 (not "sent 40 doctors to the hospital", who work there)."""

    code = "CB141"
    rebinds = True  # "sent 45 people to hospital." is hurt, not the deployment "sent" reads
    replaces = ("deployed",)
    words = ("hospital", "clinic")  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        (
            "The leak sent more than 600 residents to hospital.",
            {"category": "wounded", "min": 600},
        ),
        (
            "The blast sent 45 people to hospitals across the city.",
            {"category": "wounded", "min": 45},
        ),
    )
    counter_examples = (
        "The ministry sent 40 doctors to the district hospital.",
        "The charity sent 12 ambulances to the hospital.",
        "The commander sent 30 men to the hospital to stand guard.",
        "The hospital sent 30 patients to another hospital.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found if b.cue.cue.category != "deployed"}
        lowered = sent.text.lower()
        result: list[Binding] = []
        for match in _SENT.finditer(lowered):
            figure = next((f for f in sent.stated if f.start == match.end()), None)
            if figure is None or not figure.figure.min or figure.start in taken:
                continue
            care = _TO_CARE.match(lowered, figure.end)
            if care is None or _PURPOSE.match(lowered, care.end()):
                continue
            group = care["group"]
            if group is not None:
                head = group.split()[-1]
                if head in _NOT_HURT or not (names_people(head) or head == "others"):
                    continue
            cue = CueHit(match.start(1), match.end(1), _HURT)
            text = sent.text[care.start("group") : care.end("group")] if group else None
            result.append(Binding(figure, cue, text, figure.start - cue.end))
        return result
