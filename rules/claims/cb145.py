"""CB145: a count that heads two predicates, the second its harm ("Two guards climbed out
before the crash and were treated for bruises")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse

#: Where the counted subject opens its clause: the sentence's start, or after a comma, a
#: colon or a verb of saying and its "that", and a determiner ("The two crew members").
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,:;]|\b(?:that|said|says))\s*(?:(?:the|all|its|their)\s+)?$", re.IGNORECASE
)
#: The first predicate (a past tense among at most twelve words, no comma, no figure of its
#: own), then "and" and the second's auxiliary right before the harm's cue.
_FIRST_THEN_AND = re.compile(
    r"\s+(?P<words>[^,;:.\d\"]{3,120}?)\s+and\s+(?:later\s+|then\s+)?"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)
#: A past tense of the first predicate: regular, or one of the common irregular verbs of
#: getting away or on ("climbed out", "ran", "fled", "swam", "held on").
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|ran|fled|swam|fell|hid|held|got|came|went|stood)\b")


class TwoPredicates(BoundRule):
    """CB145 · A counted subject with two predicates joined by "and", the second its harm:
    "Two guards climbed out before the crash and were treated for bruises" is wounded 2
    (general English). The count opens its clause (not the object of the first verb:
    "Gunmen shot four men and were later arrested" leaves the four unread), and the first
    predicate holds a past tense, no comma and no figure.
    """

    code = "CB145"
    examples = (
        (
            "Two guards climbed out before the crash and were treated for bruises.",
            {"category": "wounded", "min": 2, "group": "guards"},
        ),
    )
    counter_examples = (
        "Gunmen shot four men and were later arrested.",
        "Two guards climbed out, and the driver was treated for bruises.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if " and " not in sent.low:
            return {}
        found: dict[int, Binding] = {}
        for cue in sent.cues.hits:
            if not cue.cue.before:
                continue
            i = sent.figure_before(cue.start)
            if i is None or i in sent.bound:
                continue
            figure = sent.figures[i]
            if not _SUBJECT_OPENS.search(sent.text, 0, figure.start):
                continue
            group = following_group(sent.text[figure.end : cue.start])
            if not group:
                continue
            at = sent.text.find(group, figure.end, cue.start)
            if at < 0:
                continue  # a group cleaned of its written words: no span to read on from
            first = _FIRST_THEN_AND.fullmatch(sent.text, at + len(group), cue.start)
            if first is None or not _PAST.search(first["words"].lower()):
                continue
            binding = Binding(figure, cue, group, cue.start - figure.end)
            if acceptable(binding):
                found[i] = binding
        return found
