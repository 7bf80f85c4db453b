"""CB127: people whose fate is unknown ("the fate of 10 more was unknown") are missing."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.nouns import names_people

#: "the fate of" right before a figure (general English of disaster and conflict reports:
#: "the fate of three crew members remains unknown").
_FATE_OF = re.compile(
    r"\bfates?\s+of\s+(?:the\s+(?:other\s+)?|another\s+|a\s+further\s+)?$", re.IGNORECASE
)
#: After the figure: at most three words of its group, then the fate left unknown.
_UNKNOWN_AFTER = re.compile(
    r"(?P<group>(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:is|was|are|were|remains?|remained)\s+(?:still\s+|also\s+|as\s+yet\s+)?"
    r"(?P<cue>unknown|unclear|uncertain|not\s+(?:yet\s+)?known)\b",
    re.IGNORECASE,
)
#: Words of the figure's phrase that are no group: "10 more", "the other 14", "four of the".
_NOT_GROUP = frozenset("more other others further of the".split())
_MISSING = Cue("missing", "unknown", before=True)


class FateUnknown(ExtraRule):
    """CB127 · People whose fate is unknown are missing: "the fate of 10 more was unknown",
    "the fate of three crew members remains unclear", where the sentence tells of harm.
    """

    code = "CB127"
    words = ("fate",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # a fate told beside harm: not "the fate of 500 workers after a closure"
    figure = True  # its one finding is a figure of ``SentenceParse.figures``
    examples = (
        (
            "The union said at least 12 men had died and the fate of 10 more was unknown.",
            {"category": "missing", "min": 10, "max": 10},
        ),
        (
            "Four sailors drowned and the fate of three crew members remains unclear.",
            {"category": "missing", "min": 3, "group": "crew members"},
        ),
    )
    counter_examples = (
        "The fate of the 2024 budget remains unclear.",
        "The fate of the two bills was unknown when parliament rose.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        bindings = []
        for figure in sent.figures:
            if (figure.start, figure.end) in taken:
                continue
            if not _FATE_OF.search(sent.text, max(0, figure.start - 30), figure.start):
                continue
            after = _UNKNOWN_AFTER.match(sent.text, figure.end)
            if after is None:
                continue
            words = [w for w in after["group"].split() if w.lower() not in _NOT_GROUP]
            if words and not names_people(words[-1].lower()):
                continue  # "the fate of the two bills": things, not people
            cue = CueHit(after.start("cue"), after.end("cue"), _MISSING)
            bindings.append(Binding(figure, cue, " ".join(words) or None, 0))
        return bindings
