"""CB138: a count of survivors "all of them" in care or hurt is a wounded count."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: What tells that a count is of people who lived through it, in the words after the figure:
#: "33 people survived the crash", "12 survivors", "were pulled alive from the water".
_SURVIVED = re.compile(
    # the people counted: any plural of people ("tourists", "soldiers"), read by ``find``
    r"(?:\s+(?P<group>[a-z][\w-]*))?"
    r"(?:\s+(?:(?P<survivors>survivors)|survived|who\s+survived|escaped\s+alive"
    r"|were\s+(?:rescued|pulled\s+out|pulled\s+alive|found\s+alive|brought\s+out\s+alive)))\b"
    # what they survived, in up to eight words before the comma
    r"(?:\s+[^\s,.;]+){0,8}?"
    r"\s*,\s*(?:and\s+)?(?P<all>all)\s+(?:of\s+(?:them|whom)\s+)?"
    r"(?:(?:were|are|was|had\s+been|have\s+been|being)\s+(?:being\s+|still\s+|later\s+)?)?"
    r"(?P<hurt>treated|hospitali[sz]ed|injured|hurt|wounded|taken\s+to\s+(?:a\s+)?hospitals?"
    r"|in\s+hospitals?|with\s+(?:minor\s+|serious\s+|severe\s+)?(?:injuries|wounds|burns))\b",
    re.IGNORECASE,
)
_HURT = Cue("wounded", "(all of them hurt)", before=False, after="object")


class AllOfThemHurt(ExtraRule):
    """CB138 · "Forty passengers survived the sinking, and all of them are now in hospital
    in two towns": the count of survivors, all of whom are hurt or in care, is a wounded
    count (a count of the rescued alone is no one hurt).
    """

    code = "CB138"
    words = ("all",)  # the engine's gate, ``ExtraRule.words``
    figure = True
    examples = (
        (
            "Forty passengers survived the sinking, and all of them were treated at two "
            "clinics, the ferry line said.",
            {"category": "wounded", "min": 40},
        ),
        ("Twelve miners survived the blast, all of them with burns.", {"group": "miners"}),
    )
    counter_examples = (
        "Forty passengers survived the sinking, and all of them have gone home.",
        "Twelve miners were rescued, all of them unhurt.",
        "Twelve survivors were named, and all of them were treated as witnesses.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        result: list[Binding] = []
        for figure in sent.stated:
            if figure.start in taken or not figure.figure.min:
                continue
            match = _SURVIVED.match(sent.text, figure.end)
            if match is None or _REGARDED.match(sent.text, match.end()):
                continue  # "all of them were treated as witnesses": regarded, not cared for
            if match["group"] and not is_human_plural(match["group"].lower()):
                continue  # "12 cars survived the flood, all of them damaged": no people
            cue = CueHit(match.start("hurt"), match.end("hurt"), _HURT)
            group = match["group"] or match["survivors"]
            result.append(Binding(figure, cue, group, match.start("all") - figure.end))
        return result


#: "treated as witnesses", "treated as suspects": how people were regarded.
_REGARDED = re.compile(r"\s+as\b", re.IGNORECASE)
