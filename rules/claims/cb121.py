"""CB121: the hurt among a count of people who are no casualties ("the rescued", "passengers")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.wholes import whole_before
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: After the part's figure: "of them with burns or other injuries", "of them with cuts and
#: bruises", "of them with broken legs" (general English of rescue and accident reports).
_OF_THEM_WITH = re.compile(
    r"\s+of\s+them\s+(?P<hurt>with\s+"
    r"(?:[a-z-]+\s+(?:or\s+|and\s+)?){0,3}?(?:burns|injuries|wounds|cuts\s+and\s+bruises"
    r"|(?:a\s+)?broken\s+(?:legs?|arms?|bones|ribs|ankles?|wrists?|hips?|pelvis)|fractures))\b",
    re.IGNORECASE,
)
#: Or a participle of harm, the verb left out: "50 people had drunk the liquor, 12 of them
#: blinded", "Lifeboats rescued 31 fishermen, four of them injured".
_OF_THEM_HARMED = re.compile(
    r"\s+of\s+them\s+(?:(?:were|was)\s+)?(?P<hurt>injured|wounded|hurt|blinded|burned|burnt"
    r"|poisoned|maimed|paralysed|paralyzed)\b(?!\s+(?:in|at|on|during)\s+(?:a|an|the)?\s*"
    r"(?:match|game|race|training)\b)",
    re.IGNORECASE,
)
#: A count of people right before it, bound to no cue: "50 people had drunk the liquor".
_PEOPLE_AFTER = re.compile(r"\s+(?P<noun>[a-z-]+)(?:\s+(?P<second>[a-z-]+))?", re.IGNORECASE)
_HURT_CUE = Cue("wounded", "(with injuries)", before=True)


class HurtAmongTheCounted(ExtraRule):
    """CB121 · "Crews brought 60 climbers to safety, nine of them with frostbite or other
    injuries": the hurt among a count of people who are no casualties (the rescued, the
    passengers, the evacuated) are the wounded toll itself, not a part of one (a part of a
    casualty count, "40 were hurt, 12 of them with burns", is CB45's). A participle of harm
    with its verb left out tells it too ("Lifeboats rescued 31 fishermen, four of them
    injured"), and then the count before may be bound to no cue at all ("Officials said 50
    people had drunk the liquor, 12 of them blinded").
    """

    code = "CB121"
    words = (" of them ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Crews brought 60 climbers to safety by dusk, nine of them with frostbite or other"
            " injuries.",
            {"category": "wounded", "min": 9, "max": 9},
        ),
        (
            "Lifeboats rescued 31 fishermen, four of them with cuts and bruises.",
            {"category": "wounded", "min": 4},
        ),
        (
            "Officials said 50 people had drunk the liquor, 12 of them blinded.",
            {"category": "wounded", "min": 12},
        ),
    )
    counter_examples = (
        "Forty people were hurt in the crush, 12 of them with burns.",
        "Crews brought 60 climbers to safety, nine of them with frostbitten guides.",
        # a sport's injuries, and things
        "The club fielded 25 players this season, four of them injured in training.",
        "The storm damaged 40 homes, 12 of them burned.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        hurt = []
        for figure in sent.stated:
            match = _OF_THEM_WITH.match(sent.text, figure.end) or _OF_THEM_HARMED.match(
                sent.text, figure.end
            )
            if match is None or figure.start in taken or not figure.figure.min:
                continue
            whole = whole_before(sent.text, found, figure.start, any_count=True)
            if whole is None and match.re is _OF_THEM_HARMED:
                counted = _people_before(sent, found, figure)
            else:
                counted = whole is not None and whole.cue.cue.category not in CASUALTY_CATEGORIES
            if counted:
                cue = CueHit(match.start("hurt"), match.end("hurt"), _HURT_CUE)
                hurt.append(Binding(figure, cue, None, 0))
        return hurt


def _people_before(sent: SentenceParse, found: list[Binding], part: FigureSpan) -> bool:
    """Is there a count of people, bound to no cue, before the part in its clause and larger
    than it ("Officials said 50 people had drunk the liquor, 12 of them blinded")?"""
    bound = {b.figure.start for b in (*found, *sent.bound.values())}
    for figure in reversed([f for f in sent.stated if f.end <= part.start]):
        if re.search(r"[;:.]", sent.text[figure.end : part.start]):
            return False
        noun = _PEOPLE_AFTER.match(sent.text, figure.end)
        if noun is None or figure.start in bound:
            continue
        if not is_human_plural(noun["noun"]) and not is_human_plural(noun["second"] or ""):
            continue  # "50 people", "50 young fans"
        return (figure.figure.min or 0) > (part.figure.min or 0)
    return False
