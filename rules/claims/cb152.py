"""CB152: the part of a count of the hurt sent on elsewhere for care ("treated 40 of the
wounded and sent nine to the provincial capital", "sent 18 of them on to the regional
hospital")."""

from __future__ import annotations

import re

import re2

from rules.categories import Cue
from rules.claims.cb45 import smaller_than_whole
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.wholes import THEM_REACH, whole_before
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import ASCII_SPACE, FigureSpan

#: A verb of sending on, a bare count (or "N of them"), and where to: "sent nine to the
#: capital", "had transferred 18 of them to Orme General" (general English of casualty
#: reports from clinics and field hospitals). A count with a noun of its own ("sent 300
#: soldiers to") is a deployment, not read here.
_SENT_ON = re.compile(
    r"\b(?P<verb>sent|transferred|referred|moved|rushed|flown|airlifted)\s+"
    r"(?P<part>\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?)(?:\s+of\s+(?:them|those))?"
    r"\s+(?:on\s+)?to\s+(?P<place>(?:[\w'-]+\s+){0,3}[\w'-]+)",
    re.IGNORECASE,
)
#: The verb and the space after it that open every match of ``_SENT_ON``, for RE2 over an
#: ASCII sentence (``ExtraRule.hints``): most sentences with " to " send no one.
_SENT_ON_HINT = re2.compile(
    rf"(?i)\b(?:sent|transferred|referred|moved|rushed|flown|airlifted){ASCII_SPACE}"
)
#: Where care goes on: a hospital or clinic, a city ("the provincial capital"), or a place's
#: name ("Orme General"); not a prison, a court or a school ("sent three to prison").
_CARE_PLACE = re.compile(
    r"\b(?:hospitals?|clinics?|infirmary|medical|trauma|burns?|capital|city)\b|^(?:the\s+)?[A-Z]"
)
_NO_CARE = re.compile(
    r"\b(?:prisons?|jails?|courts?|cells|custody|police|stations?|schools?|morgues?|work)\b",
    re.IGNORECASE,
)
_SENT_ON_CUE = Cue("wounded", "(sent on)", before=False, after="object")


class HurtSentOn(ExtraRule):
    """CB152 · A part of a count of the hurt sent on for care is wounded, a part
    (``states_part``): "The clinic treated 40 of the wounded and had sent nine to the
    provincial capital" is also 9 wounded, as "nine of them were taken to hospital" is. Only
    after a count of the wounded in the same clause-run, and smaller than it."""

    code = "CB152"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" to ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    hints = (_SENT_ON_HINT,)  # its verb (``ExtraRule.hints``)
    examples = (
        (
            "The clinic treated 40 of the wounded and had sent nine to the provincial capital.",
            {"category": "wounded", "min": 9, "max": 9},
        ),
        (
            "Medics treated 30 injured people and sent 18 of them to the district hospital.",
            {"category": "wounded", "min": 18, "max": 18},
        ),
    )
    counter_examples = (
        # people of their own sent: a deployment
        "Thirty people were wounded and the army sent 300 soldiers to the district.",
        # no count of the hurt before it
        "The clinic sent nine to the provincial capital.",
        # more than the whole: not a part of it
        "Four people were hurt, and the town sent 40 to the capital.",
        # sent on for no care: a court's sentence
        "Thirty people were hurt, and the court sent three to prison.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in (*found, *sent.bound.values())}
        parts = []
        for match in _SENT_ON.finditer(sent.text):
            value = number_value(match["part"])
            start, end = match.span("part")
            place = match["place"]
            if not value or start in taken or _NO_CARE.search(place):
                continue
            if not _CARE_PLACE.search(place):
                continue
            figure = FigureSpan(start, end, Figure(value, value, "exact", match["part"]))
            whole = whole_before(sent.text, found, start, reach=THEM_REACH)
            if whole is None or whole.cue.cue.category != "wounded":
                continue
            if smaller_than_whole(figure, whole, found):
                cue = CueHit(match.start("verb"), match.end("verb"), _SENT_ON_CUE)
                parts.append(Binding(figure, cue, None, 0))
        return parts
