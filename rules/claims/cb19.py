"""CB19: a bare "both" as the subject of a verb of dying ("Both died at the scene")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

#: "Both died at the scene", "They both were pronounced dead", "Both of them later died": the
#: pronoun "both" stands for two people, and a verb of dying says they were people (general
#: English of crime reports, which tell the fate of the two shot in the sentence after them).
#: Only at a clause's start, so that "both" is the subject; the cue is the sentence's own at
#: the verb ("died", "dead", "killed").
_BOTH_DIED = re.compile(
    r"(?:^|(?<=[;:]\s)|(?<=\band\s)|(?<=\bbut\s))\W*(?:they\s+)?(?P<both>both)(?:\s+of\s+them)?"
    r"\s+(?:(?:later|also|eventually|subsequently|then|soon)\s+)?"
    r"(?:(?:were|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
    r"(?:pronounced\s+|declared\s+|found\s+)?(?P<passive>dead|killed)"
    r"|(?P<verb>died|succumbed))\b",
    re.IGNORECASE,
)

#: A pair told before "both" in its sentence: of people, the merge reads their fate (see
#: ``find``); of things, "both" is no one ("two generators failed; both died within minutes").
_PAIR_BEFORE = re.compile(
    r"\b(?:two|2)\s+(?!(?:[ap]\.?m\b|o['\u2019]clock|minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)


class BothDied(ExtraRule):
    """CB19 · "Both died at the scene": a bare "both" that died is two killed.

    General English: "both" is two. Only as the subject of a verb of dying or a killed cue
    at a clause's start; "both" before a plural of people is CB42's ("both guards died").
    """

    code = "CB19"
    words = ("both",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only a killed cue
    examples = (
        ("Both died at the scene, police said.", {"category": "killed", "min": 2, "max": 2}),
        ("They both were pronounced dead at a hospital.", {"category": "killed", "min": 2}),
        ("Two men were shot on Pell Road. Both later died.", {"category": "killed", "min": 2}),
    )
    counter_examples = (
        "Both sides said the talks died down.",
        "Police said both were wounded.",
        "The deal died because both parties walked away.",
        "The storm knocked out two generators at Orme Hospital; both died within minutes.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = [(b.figure.start, b.figure.end) for b in found]
        bindings = []
        for match in _BOTH_DIED.finditer(sent.text):
            start, end = match.span("both")
            if any(s < end and start < e for s, e in taken):
                continue
            if any(b.figure.start < start and b.figure.figure.min == 2 for b in found):
                continue  # "two men were shot and both died": the merge reads their fate
            if _PAIR_BEFORE.search(sent.text, 0, start):
                continue  # "two generators failed; both died": a pair told, not of people
            verb = "passive" if match["passive"] else "verb"
            at = sent.cues.first_from(match.start(verb))
            if at is None:
                continue
            cue = sent.cues.hits[at]
            if cue.start > match.start(verb) + 1 or cue.cue.category != "killed":
                continue
            figure = FigureSpan(start, end, Figure(2, 2, "exact", match["both"]))
            bindings.append(Binding(figure, cue, None, cue.start - end))
        return bindings
