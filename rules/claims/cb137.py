"""CB137: people a community "lost" to a killer of people, or that "we lost", died."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.lost_people import TO_A_KILLER, lost_otherwise
from rules.nouns import KIN

#: "lost", with "we" before it or not: "we lost", "we've lost", "the city lost" (the "lost"
#: cue alone needs a personnel noun, "lost 200 men": a firm "lost 200 people" to layoffs).
_LOST = re.compile(
    r"\b(?:(we(?:'ve|\u2019ve|\s+have|\s+had)?)\s+(?:just\s+|already\s+|now\s+|still\s+)?)?"
    r"(lost)\s+"
)
#: The people a side lost to a killer, right after the count.
_PEOPLE = re.compile(
    r"\s+(?P<kin_of>of\s+(?:his|her|their|our|my)\s+)?"
    r"(?:(?:young|more|innocent|good|beautiful|other)\s+)?(?P<noun>people|lives|residents"
    r"|neighbou?rs|friends|children|kids|babies|members|students|patrons|guests|colleagues|employees|workers"
    r"|brothers|sisters|sons|daughters|fans|villagers|pilgrims|miners|farmers|fishermen"
    r"|grandchildren|relatives|nephews|nieces|cousins|uncles|husbands|wives)\b"
)
#: Those "we lost" with no killer told: people and kin ("we lost three friends tonight"), not
#: staff, pupils or members, who leave ("we've lost 15 employees since the merger").
_WE_LOST = frozenset("people friends children kids babies brothers sisters sons daughters".split())
#: An attack or a disaster kin were lost in: "lost two nephews in the strike" (44th session).
_IN_EVENT = re.compile(
    r"\s+in\s+(?:the|a|an|that|this|last\s+\w+'s)\s+(?:[a-z-]+\s+){0,2}(?:strike|attack|blast"
    r"|bombing|raid|shelling|shooting|fire|explosion|crash|floods?|earthquake|quake|massacre|war"
    r"|fighting|clashes|ambush|collapse|landslide|storm|stampede)"
    # the event's noun ends its phrase: not "the fire drill", "the storm of tweets"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:that|which|on|in|at|near|last|and|when|after|this|earlier)\b)"
)
#: What may follow "we lost three friends" and end the clause: a time or the clause's end, or
#: help that came too late.
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?\"\u201d]|$|\s+(?:tonight|today|yesterday|that\s+night|this\s+morning"
    r"|this\s+week|on\s+\w+day)\b"
    # "we lost four people before the doctors came": help came too late for them
    r"|\s+before\s+(?:the\s+)?(?:help|ambulances?|doctors?|medics|paramedics|rescuers|we|they)"
    r"\s+(?:could|arrived|came|got|reached)\b"
    # "we lost two children on the ward": where carers watched them die (50th session)
    r"|\s+(?:on|in)\s+(?:the|my|our|this|that)\s+(?:ward|unit|wing|clinic|camp)\b)"
)
#: A family right before "lost": "one family lost five people", "the Ruiz family lost four
#: members" (a family's people lost are its dead; general English).
_FAMILY_BEFORE = re.compile(
    r"\b(?:family|families|household|clan)\b(?![-\u2010\u2011]|\s+(?:firm|business|company"
    r"|shop|store|farm|restaurant|bakery|doctors?|goods|feud|run|owned))[^,.;:\d]{0,40}$"
)
#: The family's people it may lose so: kin, not its firm's staff ("lost 12 employees").
_FAMILY_PEOPLE = frozenset(
    "people members relatives children kids sons daughters brothers sisters grandchildren".split()
)
#: A population that left, not died: "lost 100,000 residents to the storm as families moved
#: away", "the census showed" (general English of demography).
_LEFT = re.compile(r"\b(?:moved\s+away|moved\s+out|census|population|relocated|emigrat)", re.I)
_KILLED = Cue("killed", r"lost", before=False, after="object")


class LostToAKiller(ExtraRule):
    """CB137 · People lost to a killer of people, or lost by "we": "the county lost 27 people
    to gun violence", "'We lost three friends tonight,' she said" are killed 27 and 3
    (a side's "lost 200 men" is the "lost" cue's; "lost 200 people" alone may be jobs cut).
    """

    code = "CB137"
    words = ("lost",)  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        ("The county lost 27 people to gun violence.", {"category": "killed", "min": 27}),
        ('"We lost three friends tonight," she said.', {"category": "killed", "min": 3}),
        ("We've lost 12 residents to the flood.", {"category": "killed", "min": 12}),
        ("The village lost six people in the landslide.", {"category": "killed", "min": 6}),
        ('"We lost four people before the ambulances came."', {"category": "killed", "min": 4}),
        ("Her uncle lost three of his sons in one night.", {"category": "killed", "min": 3}),
        ("One family in the hamlet lost five people in a single night.", {"min": 5}),
    )
    counter_examples = (
        "The firm lost 200 people in the restructuring.",
        "The union lost 50 members in the strike.",
        "We lost two players to rival clubs this summer.",
        "The party lost 12 members to defections.",
        "We lost two games in a row.",
        "We've lost 15 employees since the merger.",
        "We lost 50 people in the first week of the strike.",
        "The parish lost 2,000 residents to the floods, the census showed.",
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
            if TO_A_KILLER.match(lowered, people.end()) is not None:
                if _LEFT.search(lowered):
                    continue  # "lost 2,000 residents to the floods, the census showed"
            elif people["noun"] in KIN and (
                people["kin_of"] or _IN_EVENT.match(lowered, people.end())
            ):
                pass  # "lost four of his children", "lost two nephews in the strike": dead kin
            elif people["noun"] in _FAMILY_PEOPLE and _FAMILY_BEFORE.search(
                lowered, max(0, match.start(2) - 60), match.start(2)
            ):
                pass  # "One family in the hamlet lost five people in a night": its dead
            elif match[1] is None or not _we_lost(people, lowered, match.end(2)):
                continue  # "we lost two players to rival clubs", "15 employees since May"
            cue = CueHit(match.start(2), match.end(2), _KILLED)
            group = (
                None
                if people["noun"] == "lives"
                else sent.text[people.start("noun") : people.end("noun")]
            )
            result.append(Binding(figure, cue, group, figure.start - cue.end))
        return result


def _we_lost(people: re.Match[str], lowered: str, lost_end: int) -> bool:
    """ "We lost three friends tonight": people or kin, the clause ending on them or a time."""
    return (
        people["noun"] in _WE_LOST
        and _CLAUSE_END.match(lowered, people.end()) is not None
        and not lost_otherwise("lost", lowered, lost_end)
    )
