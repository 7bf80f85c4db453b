"""CB159: the hurt an active verb carries off by air after an incident ("the clinic sent 15 of
the worst cases to the capital by helicopter", "rescuers flew nine passengers to Orme by air
ambulance")."""

from __future__ import annotations

import re

from rules.air_carried import NO_CARE_PLACE
from rules.care_rows import BY_AIR
from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import SENT_SERVICES, names_people
from rules.numbers import count_at

#: A verb of carrying, its count, who (people, "of them", or "of the" hurt, cases or patients),
#: a place of at most four words and the means by air (general English of accident news).
_FLOWN_OFF = re.compile(
    r"\b(?P<verb>sent|flew|airlifted|evacuated|ferried|took)\s+(?P<n>\S+)"
    r"(?:\s+of\s+(?:them|those|the\s+(?:[\w-]+\s+){0,3}?(?P<hurt>cases|patients|injured|wounded"
    r"|hurt|casualties|victims))|\s+(?:[a-z-]+\s+)?(?P<group>[a-z-]+))?"
    r"\s+to\s+(?P<place>(?:[\w'-]+\s+){0,4}?)by\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:helicopters?|air\s+ambulances?)\b",
    re.IGNORECASE,
)
#: Who are carried as patients when no noun of people counts them ("15 patients", "cases").
_PATIENTS = frozenset("patients casualties victims injured wounded".split())
_FLOWN_OFF_CUE = Cue("wounded", "(flown off)", before=False, after="object")


class HurtFlownOff(ExtraRule):
    """CB159 · A count carried off by helicopter or air ambulance, where the story tells an
    incident (the means' cue, ``rules.air_carried``), is wounded: "The clinic sent 15 of the
    worst cases to the capital by helicopter." Not troops or police flown in, nor people flown
    to safety or home."""

    code = "CB159"
    states_part = True  # "flew eight of them": a part of the hurt told (``PART_RULES``)
    rebinds = True
    replaces = ("deployed", "rescued", "evacuated")
    words = ("helicopter", "air ambulance")  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "A coach fell into a ravine. The clinic sent 15 of the worst cases to the capital "
            "by helicopter.",
            {"category": "wounded", "min": 15},
        ),
        (
            "After the blast, rescuers flew nine workers to Orme by air ambulance.",
            {"category": "wounded", "min": 9, "group": "workers"},
        ),
    )
    counter_examples = (
        "After the ambush, the army flew 200 troops to Bakra by helicopter.",
        "After the flood, crews flew 40 residents to safety by helicopter.",
        "The ministry flew 12 delegates to the capital by helicopter.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        means = [c for c in sent.cues.hits if c.cue.pattern == BY_AIR]
        if not means:
            return []
        taken = {b.figure.start for b in found if b.cue.cue.category == "wounded"}
        result: list[Binding] = []
        for match in _FLOWN_OFF.finditer(sent.text):
            figure = next((f for f in sent.stated if f.start == match.start("n")), None)
            if figure is None:  # "15 of the worst cases": a part the figure finder leaves out
                figure = count_at(sent.text, match.start("n"), match.end("n"))
            if figure is None or not figure.figure.min or figure.start in taken:
                continue
            if NO_CARE_PLACE.match(sent.text, match.start("place") - 1) or not any(
                match.start() < c.start < match.end() + 1 for c in means
            ):
                continue
            group = match["group"]
            if group is not None and (
                group.lower() in SENT_SERVICES
                or not (names_people(group.lower()) or group.lower() in _PATIENTS)
            ):
                continue  # "flew 200 troops", "flew 12 crates"
            cue = CueHit(match.start("verb"), match.end("verb"), _FLOWN_OFF_CUE)
            result.append(Binding(figure, cue, group, figure.start - cue.end))
        return result
