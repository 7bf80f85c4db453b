"""CB137: people a community "lost" to a killer of people, or that "we lost", died."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.lost_people import lost_otherwise

#: "lost", with "we" before it or not: "we lost", "we've lost", "the city lost" (the "lost"
#: cue alone needs a personnel noun, "lost 200 men": a firm "lost 200 people" to layoffs).
_LOST = re.compile(
    r"\b(?:(we(?:'ve|\u2019ve|\s+have|\s+had)?)\s+(?:just\s+|already\s+|now\s+|still\s+)?)?(lost)\s+"
)
#: The people a speaker's side lost, right after the count.
_PEOPLE = re.compile(
    r"\s+(?:(?:young|more|innocent|good|beautiful|other)\s+)?(people|lives|residents|neighbou?rs"
    r"|friends|children|kids|members|students|patrons|guests|colleagues|employees|workers"
    r"|brothers|sisters|sons|daughters)\b"
)
#: What kills people, after "to": "lost 39 people to gunfire", "to the virus" (general
#: English of news on violence and disasters; "to rival clubs" is ``lost_otherwise``'s).
_TO_A_KILLER = re.compile(
    r"\s+to\s+(?:the\s+)?(?:gun\s+violence|gunfire|guns|violence|bullets|shootings?|homicides?"
    r"|murders?|overdoses?|drugs|fentanyl|the\s+virus|virus|covid(?:-19)?|cancer|disease"
    r"|floods?|flooding|storms?|fires?|fighting|war|quakes?|earthquakes?|crashes|suicides?)\b"
)
_KILLED = Cue("killed", r"lost", before=False, after="object")


class LostToAKiller(ExtraRule):
    """CB137 · People lost to a killer of people, or lost by "we": "the city lost 39 people
    to gunfire last year", "'We lost two people tonight,' the owner said" are killed 39 and 2
    (a side's "lost 200 men" is the "lost" cue's; "lost 200 people" alone may be jobs cut).
    """

    code = "CB137"
    words = ("lost",)  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        ("The city lost 39 people to gunfire last year.", {"category": "killed", "min": 39}),
        ('"We lost two people tonight," the owner said.', {"category": "killed", "min": 2}),
        ("We've lost 12 residents to the flood.", {"category": "killed", "min": 12}),
    )
    counter_examples = (
        "The firm lost 200 people in the restructuring.",
        "We lost two people to rival clubs this summer.",
        "The party lost 12 members to defections.",
        "We lost two games in a row.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result: list[Binding] = []
        lowered = sent.text.lower()
        for match in _LOST.finditer(lowered):
            figure = next((f for f in sent.stated if f.start == match.end()), None)
            if figure is None or not figure.figure.min:
                continue
            people = _PEOPLE.match(lowered, figure.end)
            if people is None:
                continue
            killer = _TO_A_KILLER.match(lowered, people.end()) is not None
            if not killer and (match[1] is None or lost_otherwise("lost", lowered, match.end(2))):
                continue  # "we lost two people to rival clubs": gone, not dead
            cue = CueHit(match.start(2), match.end(2), _KILLED)
            group = None if people[1] == "lives" else sent.text[people.start(1) : people.end(1)]
            result.append(Binding(figure, cue, group, figure.start - cue.end))
        return result
