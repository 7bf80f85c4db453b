"""CB90: the one of a group picked out by age or by "one of the N", who died."""

from __future__ import annotations

import re

from rules.claims.cb55 import one_death_each
from rules.claims.kinds import ExtraRule
from rules.claims.natural_death import natural_death_after
from rules.claims.parts import Binding, SentenceParse

#: The part that opens its sentence (or its clause after "said", a semicolon or "and"):
#: "The youngest, a 15-year-old girl, died", "The younger of the two died at a hospital",
#: "The eldest of the three brothers was pronounced dead", "One of the two later died",
#: "One of the three wounded died". The words are English comparatives and superlatives of
#: age and the partitive "one of" (general knowledge of crime copy, which tells a group
#: shot first and then the one of them who died; crime round 9). "One of the two men" is
#: CB22's (a human plural); this rule takes only a whole with no noun or an adjective of
#: the hurt ("wounded", "injured").
_PART_DIED = re.compile(
    r"(?:^|(?<=\bsaid\s)|(?<=\bsaid\sthat\s)|(?<=;\s)|(?<=,\sand\s))"
    r"(?P<one>(?:[Tt]he\s+(?:younger|older|elder|youngest|oldest|eldest)"
    r"(?:\s+of\s+(?:them|the\s+(?:two|three|four|five|six|pair|trio|brothers|sisters"
    r"|siblings|cousins|boys|girls|men|women|children)(?:\s+(?:brothers|sisters|siblings"
    r"|cousins|boys|girls|men|women|children))?))?|[Oo]ne\s+of\s+the\s+(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+(?:wounded|injured|hurt))?))"
    r"(?:\s*,\s*[^,.;()]{1,60}?,)?\s+"  # an aside: "the youngest, a 15-year-old girl, died"
    r"(?:(?:later|also|eventually|then|subsequently)\s+)?"
    r"(?P<verb>died(?!\s+(?:down|out|away|off))|succumbed\s+to\s+(?:\w+\s+){0,2}(?:injuries"
    r"|wounds)|(?:was|has\s+been|had\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead"
    r"|did\s+not\s+survive|has\s+died|was\s+killed)\b"
)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches
#: (the part's words, rarer than its verbs).
_WORDS = ("young", "olde", "elde", " of the ")


class PickedOutDied(ExtraRule):
    """CB90 · "The youngest, a 15-year-old girl, died": one of a group told before died.

    Crime copy counts the shot first and then picks out the one who died by age ("the
    eldest", "the younger of the two") or as "one of the N"; killed 1, with no group, the
    rest of the count staying the wounded. The number of the whole counts no one itself
    (``rules.part_of_whole``). Only where the part opens its sentence or clause; not a
    natural death, not when another rule of the sentence counts the same one.
    """

    code = "CB90"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The youngest, a 15-year-old girl, died on Sunday morning.",
            {"category": "killed", "min": 1, "max": 1, "group": None},
        ),
        ("The younger of the two died at a hospital.", {"category": "killed", "min": 1}),
        ("The eldest of the three brothers was pronounced dead.", {"category": "killed", "min": 1}),
        ("Police said one of the two later died.", {"category": "killed", "min": 1, "max": 1}),
        ("One of the three wounded died on Tuesday.", {"category": "killed", "min": 1}),
        ("The oldest, 54, was declared dead at the scene.", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        "The youngest died of cancer in 2009, her family said.",
        "Her parents had two sons. One of the two died in infancy.",
        "The eldest, a nurse, said her brother had died.",
        "The younger of the two was treated and released.",
        "The older boys died laughing at the clown.",
        "The youngest player scored twice.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return [
            b
            for b in one_death_each(sent, found, _PART_DIED)
            if not natural_death_after(sent.text, b.cue.end)  # "One of the two died in infancy"
        ]
