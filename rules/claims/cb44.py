"""CB44: people forced to flee, the figure between the verb and its goal."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.groups import following_group
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse

#: The verb before the figure: "forcing an estimated 6,000 residents to flee" (the
#: qualifier belongs to the figure).
_FORCED_BEFORE = re.compile(r"\b(?:forc(?:ed|ing|es)|drove|driving|drives)\s+$", re.IGNORECASE)
#: What they were forced to do, after their group: general English of displacement.
_TO_FLEE = re.compile(
    r"\s+(?:to\s+(?:flee|leave\s+(?:their|his|her)\s+homes?|abandon\s+their\s+homes?)"
    r"|(?:from|out\s+of)\s+their\s+homes?)\b",
    re.IGNORECASE,
)
#: At most this many words of group between the figure and "to flee".
_GROUP_WORDS = 3
DISPLACED_CUE = Cue("displaced", "forced ... to flee", before=False, after="object")


class ForcedToFlee(ExtraRule):
    """CB44 · "forced 6,000 residents to flee", "forced 80 households to leave their homes".

    The "forced to flee" cue with its object inside: the figure and its group stand between
    the verb and "to flee" / "from their homes"; they are displaced. Not "forced 300 workers
    to stay" (no flight).
    """

    code = "CB44"
    words = ("forc", "drov", "driv")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The blaze spread overnight, forcing an estimated 6,000 residents to flee.",
            {"category": "displaced", "min": 6000, "qualifier": "approximately"},
        ),
        (
            "The rising river forced 80 households to leave their homes.",
            {"category": "displaced", "min": 80, "group": "households"},
        ),
        # no group: the figure alone counts people
        (
            "The rains have forced 12,000 to leave their homes.",
            {"category": "displaced", "min": 12000, "group": None},
        ),
    )
    counter_examples = (
        "The strike forced 300 workers to stay home.",
        "The storm forced 12 flights to divert to Harl.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        bindings = []
        for figure in sent.stated:
            if figure.start in taken or not figure.figure.min:
                continue
            verb = _FORCED_BEFORE.search(sent.text, max(0, figure.start - 12), figure.start)
            if verb is None:
                continue
            group = following_group(sent.text[figure.end : figure.end + 60])
            bare = _TO_FLEE.match(sent.text, figure.end)  # "forced 17,000 to leave their homes"
            if bare is not None:
                group = None
            elif group is None or len(group.split()) > _GROUP_WORDS:
                continue
            end = figure.end if group is None else sent.text.find(group, figure.end) + len(group)
            goal = bare or _TO_FLEE.match(sent.text, end)
            if goal is not None:
                cue = CueHit(verb.start(), verb.end(), DISPLACED_CUE)
                bindings.append(Binding(figure, cue, group, 0))
        return bindings
