"""CB81: the part of a count told as "N of them <people>" after it."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.wholes import THEM_REACH
from rules.nouns import is_human_plural

#: ", eight of them pupils": a part of the count before it, named by a plural of people.
#: Origin: general English apposition of a part in news tolls.
_OF_THEM = re.compile(
    # "15 of them children and six of them women": a second part after "and"
    r"(?:,|\band)\s+(?P<figure>\S+(?:\s+\S+)?)\s+of\s+them\s+"
    r"(?P<group>(?:[A-Za-z-]+\s+)?[A-Za-z-]+)(?=\s*[,.;]|\s+(?:and|in|at|on|from|aged|under|over|with)\b|\s*$)",
    re.IGNORECASE,
)
#: ", two of them in a rockslide": a part of the dead by where or how they died, of no group
#: of its own; ", nine of them before they could get to a doctor": by when (general English of
#: news tolls, the verb of the whole left out).
_OF_THEM_IN = re.compile(
    r",\s+(?P<figure>\S+(?:\s+\S+)?)\s+of\s+them\s+(?:(?:in|at|on)\s+(?:a|an|the)?\s*"
    r"|(?:before|after|while|during|within)\s+)(?P<where>\w)",
    re.IGNORECASE,
)


class PartOfThem(ExtraRule):
    """CB81 · "N of them <people>" after a count of those hit is a part of that count, a claim
    of its own group and of the count's category: "the raid killed 31 villagers, eight of them
    pupils" is also 8 pupils killed (as "including eight pupils" is, CB33).
    """

    code = "CB81"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" of them ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Four more deaths were counted, two of them in a rockslide.",
            {"category": "killed", "min": 2, "group": None},
        ),
        (
            "The fever has killed 40 people, nine of them before the clinic opened.",
            {"category": "killed", "min": 9, "group": None},
        ),
        (
            "The raid killed 31 villagers, eight of them pupils.",
            {"category": "killed", "min": 8, "group": "pupils"},
        ),
        (
            "The shelling wounded eleven people, three of them aid workers.",
            {"category": "wounded", "min": 3, "group": "aid workers"},
        ),
        (
            "About 140 patients were hurt, 22 of them children under five.",
            {"category": "wounded", "min": 22, "group": "children"},
        ),
        (
            "At least 20 people are missing, eight of them children.",
            {"category": "missing", "min": 8, "group": "children"},
        ),
        (
            "FOURTEEN PEASANTS WERE WOUNDED, SIX OF THEM WOMEN, THE PRIEST SAID.",
            {"category": "wounded", "min": 6, "group": "WOMEN"},
        ),
    )
    counter_examples = (
        # how badly, not who: CB45's
        "Eleven people were hurt, two of them seriously.",
        # not people
        "The storm destroyed 40 homes, 12 of them schools.",
        # not those hit
        "Police arrested nine men, four of them teenagers.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        bound = {id(b.figure) for b in sent.bound.values()}
        result: list[Binding] = []
        for match in _OF_THEM_IN.finditer(sent.text):
            part = _part(sent, found, match, bound)
            if part is not None:
                result.append(part)
        for match in _OF_THEM.finditer(sent.text):
            figures = (*sent.stated, *sent.partitives.values())  # "six of whom" is partitive
            figure = next((f for f in figures if f.start == match.start("figure")), None)
            head = match["group"].split()[-1]  # "police officers", "aid workers"
            if figure is None or id(figure) in bound or not is_human_plural(head):
                continue
            whole = _whole_before([*sent.bound.values(), *found], match.start(), sent.text)
            if whole is None or figure.figure.min is None:
                continue
            if whole.figure.figure.max is not None and figure.figure.min >= whole.figure.figure.max:
                continue
            group = match["group"]
            result.append(Binding(figure, whole.cue, group, figure.start - whole.cue.end))
        return result


def _part(
    sent: SentenceParse, found: list[Binding], match: re.Match[str], bound: set[int]
) -> Binding | None:
    """The part ", two of them in a rockslide" of the count before it, with no group."""
    figure = next((f for f in sent.stated if f.start == match.start("figure")), None)
    if figure is None or id(figure) in bound or figure.figure.min is None:
        return None
    whole = _whole_before([*sent.bound.values(), *found], match.start(), sent.text)
    if whole is None or whole.cue.cue.category != "killed":
        return None  # "two of them in critical condition": how badly the hurt are, CB45's
    if whole.figure.figure.max is not None and figure.figure.min >= whole.figure.figure.max:
        return None
    return Binding(figure, whole.cue, None, figure.start - whole.cue.end)


#: Besides the hurt, the people whose parts a count of "them" tells: the missing and the
#: captives ("20 people are missing, eight of them children"; not those arrested).
_HELD_OR_LOST = frozenset(("missing", "kidnapped"))


def _whole_before(found: list[Binding], at: int, text: str) -> Binding | None:
    """The count of those hit that the part at ``at`` details: the nearest one before it, in
    the same clause-run of the sentence (``THEM_REACH``: "of them" points back further)."""
    wholes = [
        b
        for b in found
        if (b.cue.cue.category in CASUALTY_CATEGORIES or b.cue.cue.category in _HELD_OR_LOST)
        and b.figure.end <= at
        and at - b.figure.end <= THEM_REACH
        and (b.figure.figure.min is not None or b.figure.figure.max is not None)  # "as many as"
        and (b.figure.figure.max is None or b.figure.figure.max >= 2)
        and not re.search(r"[;:.]", text[b.figure.end : at])
    ]
    return max(wholes, key=lambda b: b.figure.end) if wholes else None
