"""CB96: people counted beside their households ("6,500 people from 1,300 households",
"1,300 families, or about 6,500 people,")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, CueHit, SentenceParse

#: Words for people and for households as displacement reports count them. Origin: general
#: knowledge of humanitarian and disaster reporting (agencies give both counts side by side).
_PEOPLE = r"(?:people|persons|individuals|residents|inhabitants|villagers)"
_HOMES = r"(?:households|families)"
#: From the first figure to the second: households then people ("1,300 households, or
#: about 6,500 people", "600 families, about 3,000 people,", "1,300 families comprising
#: 6,500 people"; a count in brackets is an aside the figure finder leaves out), or people
#: then households ("6,500 people from 1,300 households", "in 800 families").
_HOMES_THEN_PEOPLE = re.compile(
    rf"\s+(?P<g>{_HOMES})\s*(?:(?P<bare>,\s*)|,\s*or\s+|\s+or\s+"
    r"|,?\s+(?:comprising|totall?ing|with)\s+)$",
    re.IGNORECASE,
)
_PEOPLE_THEN_HOMES = re.compile(
    rf"\s+(?P<g>{_PEOPLE})\s+(?:from|in|of|belonging\s+to|living\s+in)\s+$", re.IGNORECASE
)
_AFTER_PEOPLE = re.compile(rf"\s+(?P<g>{_PEOPLE})\b\s*,?", re.IGNORECASE)
_AFTER_HOMES = re.compile(rf"\s+(?P<g>{_HOMES})\b\s*,?", re.IGNORECASE)
#: Between the pair and the predicate's cue when neither figure is bound: an auxiliary
#: ("have been", "were", "had to be").
_TO_CUE = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is|been|all|also|reportedly|now|since)\s+)*",
    re.IGNORECASE,
)
_DISPLACEMENT = frozenset(("displaced", "evacuated", "homeless", "affected", "rescued"))


class PeopleAndHouseholds(BoundRule):
    """CB96 · A count of people and one of their households told side by side share the
    cue of either: "The floods have forced 6,500 people from 1,300 households into camps"
    the people too; "Some 1,300 households, or about 6,500 people, have been displaced" is
    displaced about 6,500 (people) and some 1,300 (households). The households' count is
    bound here only when it comes first and is restated in people (otherwise it is the figure
    finder's and CB01/CB02's). Displacement only (a household counts no dead).
    """

    code = "CB96"
    examples = (
        (
            "Authorities said 6,500 people from 1,300 households had been moved to "
            "evacuation centres.",
            {"category": "evacuated", "min": 6500, "group": "people"},
        ),
        (
            "Some 1,300 households, or about 6,500 people, have been displaced by the floods.",
            {"category": "displaced", "min": 6500, "qualifier": "approximately"},
        ),
        (
            "More than 600 families, about 3,000 people, were left homeless by the fire.",
            {"category": "displaced", "min": 3000, "qualifier": "approximately"},
        ),
        (
            "The storm displaced 900 families comprising 4,100 people in the coastal district.",
            {"category": "displaced", "min": 4100},
        ),
    )
    counter_examples = (
        # no displacement cue: a census, not a movement
        "The village has 600 people in 120 households.",
        # the households are of the dead: no cue of displacement to share
        "The blast killed 12 people from three families.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        text, figures = sent.text, sent.figures
        if len(figures) < 2 or not ("household" in sent.low or "famil" in sent.low):
            return found  # the cheap gate: no pair of counts, or no word for households
        for i in range(len(figures) - 1):
            first, second = figures[i], figures[i + 1]
            between = _HOMES_THEN_PEOPLE.search(text, first.end, second.start)
            after_pattern = _AFTER_PEOPLE
            if between is None:
                between = _PEOPLE_THEN_HOMES.search(text, first.end, second.start)
                after_pattern = _AFTER_HOMES
            after = after_pattern.match(text, second.end) if between else None
            if between is None or after is None or not _joined(text, first.end, second.start):
                continue
            if between.groupdict().get("bare") and not after.group().endswith(","):
                continue  # an appositive count is closed by a comma: "600 families, 3,000 people,"
            people = i if between.re is _PEOPLE_THEN_HOMES else i + 1
            cue = _shared_cue(sent, i, after.end())
            if cue is None or cue.cue.category not in _DISPLACEMENT:
                continue
            if people == i + 1 and i not in sent.bound:
                # "Some 240 families, or about 1,100 people, fled": the households' count,
                # restated in people, is a claim of its own as well
                homes = Binding(first, cue, between["g"], abs(first.start - cue.start))
                if acceptable(homes):
                    found[i] = homes
            if people in sent.bound:
                continue
            group = between["g"] if people == i else after["g"]
            binding = Binding(figures[people], cue, group, abs(figures[people].start - cue.start))
            if acceptable(binding):
                found[people] = binding
        return found


def _joined(text: str, start: int, end: int) -> bool:
    """The gap between the two figures is one phrase: at most five words, no sentence end."""
    gap = text[start:end]
    return len(gap.split()) <= 5 and not any(mark in gap for mark in ".;:!?")


def _shared_cue(sent: SentenceParse, i: int, pair_end: int) -> CueHit | None:
    """The cue either figure of the pair is bound to, or else the predicate's cue right
    after the pair ("..., or about 6,500 people, have been displaced", "had left their
    homes")."""
    for k in (i, i + 1):
        if k in sent.bound:
            return sent.bound[k].cue
    gap = _TO_CUE.match(sent.text, pair_end)
    index = sent.cues.first_from(pair_end)
    if gap is None or index is None:
        return None
    cue = sent.cues.hits[index]
    # a cue that holds its own auxiliary ("had left their homes") starts inside the gap
    return cue if cue.start <= gap.end() and cue.cue.before else None
