"""CB23: the one the report speaks of, pronounced dead or dead in hospital."""

from __future__ import annotations

import re

from rules.claims.cb20 import counted_span
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: The formulae of a death in police and hospital reporting, about "the boy", "the victim".
_DEFINITE_DEATH = re.compile(
    r"\b(?P<one>the)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[A-Za-z]+)"
    # an aside about the one: ", a 34-year-old man,", ", identified as ...,", ", who was shot,"
    r"(?:\s*,\s*(?:an?|identified\s+as|later\s+identified\s+as|who|named|\d{1,3}-year-old)\s[^,;:.]{1,60},)?"
    # how the one was hurt, in the same clause: "was shot several times ... and died at the
    # scene" (no word that opens another clause, whose subject may be someone else)
    r"(?:\s+(?:was|had\s+been)\s+(?:shot|stabbed|struck|hit|wounded|beaten)\b"
    r"(?:(?!\b(?:who|which|that|while|after|before|but|when)\b)[^.;:!?]){0,80}?,?\s+and"
    r"(?:\s+(?:later|then))?"
    # or where the one was taken: "was taken to a hospital, where he died"
    r"|\s+(?:was|had\s+been)\s+(?:taken|rushed|transported|flown|airlifted|driven)\s+to\s+"
    r"[^.;:!?]{1,60}?"
    r",?\s+where\s+(?:he|she))?"
    r"\s+(?:was\s+|had\s+been\s+)?"
    r"(?:later\s+)?(?P<verb>pronounced\s+dead|(?:died|succumbed)\s+(?:at|in)\s+(?:an?|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:hospital|medical\s+center|scene)"
    r"|(?:(?<=where\she\s)|(?<=where\sshe\s)|(?<=where\she\slater\s)|(?<=where\sshe\slater\s))"
    r"(?:died|succumbed))\b",
    re.IGNORECASE,
)


#: The same formula with the one as its object: "crews pronounced the victim dead at the
#: scene", "a coroner pronounced him dead" (police and hospital reporting).
_PRONOUNCED_OBJECT = re.compile(
    r"\b(?:pronounced|declared)\s+(?:(?P<one>the)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[A-Za-z]+)"
    r"|(?P<pronoun>him|her))\s+(?P<verb>dead)\b",
    re.IGNORECASE,
)


#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("pronounced", "hospital", "medical", "scene")


class DefiniteDeath(ExtraRule):
    """CB23 · "The toddler was pronounced dead at a hospital": the one a report follows died.

    Only with the formulae of a reported death ("pronounced dead", "died at a hospital");
    "the judge was killed, along with two guards" leaves "the judge" to the count.
    """

    code = "CB23"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The toddler was pronounced dead at a hospital in Orrville.",
            {"category": "killed", "min": 1},
        ),
        ("The victim later died at a local hospital.", {"category": "killed", "group": "victim"}),
        (
            "The victim, a 41-year-old father of three, was pronounced dead at the scene.",
            {"category": "killed", "min": 1, "group": "victim"},
        ),
        (
            "The cashier was shot twice in the chest and died at the scene, police said.",
            {"category": "killed", "min": 1, "group": "cashier"},
        ),
        # the one as the object of "pronounced ... dead"
        (
            "Medics pronounced the night clerk dead at the scene.",
            {"category": "killed", "min": 1, "group": "clerk"},
        ),
        ("A deputy coroner pronounced him dead shortly after 2 a.m.", {"category": "killed"}),
        # where the one was taken: the death told there
        (
            "The clerk was taken to Orme General Hospital, where he later died.",
            {"category": "killed", "min": 1, "group": "clerk"},
        ),
    )
    counter_examples = (
        "The hospital was pronounced safe after the drill.",
        "Critics pronounced the plan dead on arrival.",
        "The boy was taken to a hospital.",
        "The boy was taken to a hospital, where he was treated for a cut.",
        "The driver, who was not hurt, said the victim was taken to a hospital.",
        # another clause's subject died
        "The guard was shot in the arm while his partner died at the scene.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        # "The suspect was pronounced dead": CB20 may count the same one by the noun.
        counted = [counted_span(sent.text, b) for b in found if b.cue.cue.category == "killed"]
        matches = [*_PRONOUNCED_OBJECT.finditer(sent.text)] if "pronounced" in sent.low else []
        if "the " in sent.low:
            matches.extend(_DEFINITE_DEATH.finditer(sent.text))
        bindings = []
        for match in matches:
            one = "one" if match["one"] else "pronoun"
            noun = match["noun"]
            if (noun is not None and noun.lower() not in PERSON_NOUNS) or match.start(one) in taken:
                continue
            end = match.end("noun") if noun else match.end(one)
            if any(s < end and match.start(one) < e for s, e in counted):
                continue
            figure = FigureSpan(match.start(one), match.end(one), Figure(1, 1, "exact", match[one]))
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            taken.add(figure.start)
            bindings.append(Binding(figure, cue, noun, 0))
        return bindings
