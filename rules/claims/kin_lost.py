"""CB157: people "lost" told after another loss in the same object ("lost my wife and our three
daughters", "lost 40 goats and two young men", "lost his father and both of his brothers"), or
before the loser ("Four of the boys we lost")."""

from __future__ import annotations

import re

from rules.claims.groups import following_group
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.cue_fragments import LOST
from rules.lost_people import gone_otherwise
from rules.model import Figure
from rules.nouns import KIN, is_personnel
from rules.numbers import FigureSpan, count_at

_POSSESSIVE = r"(?:my|his|her|our|their|your)"
_OWNER = rf"(?:{_POSSESSIVE}\s+)"
#: The second part of an object after "lost": a first part of one to four words with no
#: punctuation, "and", then the count ("both" is two) of the people lost (general English).
_SECOND = re.compile(
    rf"\s+{_OWNER}?(?:[\w'-]+\s+){{0,3}}[\w'-]+\s+and\s+{_OWNER}?"
    rf"(?:(?P<both>both)(?:\s+of\s+{_POSSESSIVE})?|(?P<count>\d{{1,3}}|[a-z]+))\b",
    re.IGNORECASE,
)
#: Kin counted right after their own: "lost her two sons", "lost their three children".
_OWNED = re.compile(rf"\s+{_POSSESSIVE}\s+(?P<count>\d{{1,3}}|[a-z]+)\b", re.IGNORECASE)
#: A part of people told before those who lost them: "Three of the boys we lost", "two of the
#: men they had lost" (a pronoun loser: the people are the speaker's side's own).
_PART_LOST = re.compile(
    r"\b(?P<count>\d{1,3}|[A-Za-z]+)\s+of\s+the\s+(?P<group>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:(?:who|that|whom)\s+)?(?:we|they|I|he|she)\s+(?:have\s+|had\s+)?(?:lost)\b",
)


class KinLost(ExtraRule):
    """CB157 · "I lost my wife and our three daughters" is killed 3 (daughters): the people
    "lost" in the second part of an object whose first part is one loss (a person, a herd);
    "lost her two sons" is killed 2, and "Three of the boys we lost" killed 3 (boys). Who may
    be lost this way: kin (``nouns.KIN``), or, but for "lost her two ...", the personnel the
    "lost" cue counts ("two young men")."""

    code = "CB157"
    words = ("lost",)
    casualty = True
    examples = (
        (
            "After the floods a farmer said he had lost his wife and their three daughters.",
            {"category": "killed", "min": 3, "max": 3, "group": "daughters"},
        ),
        (
            "He lost his father and both of his brothers when the shell hit the market.",
            {"category": "killed", "min": 2, "max": 2, "group": "brothers"},
        ),
        (
            "\u201cWe lost 40 goats and two young men from our village,\u201d an elder said.",
            {"category": "killed", "min": 2, "max": 2},
        ),
        ('"I lost my two sons," a woman said after the shelling.', {"min": 2, "group": "sons"}),
        (
            "\u201cFour of the boys we lost had just turned 16,\u201d the coach said.",
            {"category": "killed", "min": 4, "max": 4, "group": "boys"},
        ),
    )
    counter_examples = (
        # things and seats, not people
        "The party lost its leader and three seats in the vote.",
        # people gone to a rival, not dead
        "The club lost its captain and two brothers to a rival side.",
        # a part of those a side lost in a vote is no toll
        "Two of the votes we lost were in the north.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        out = []
        for cue in sent.cues.hits:
            if cue.cue.pattern != LOST:
                continue
            match = _SECOND.match(sent.text, cue.end) or _OWNED.match(sent.text, cue.end)
            if match is not None:
                figure = _figure(match, "both" if match.groupdict().get("both") else "count")
                group = following_group(sent.text[match.end() :])
            else:
                part = _PART_LOST.search(sent.text, max(0, cue.start - 60), cue.end)
                if part is None or part.end() != cue.end:
                    continue
                figure, group = _figure(part, "count"), part["group"]
            if figure is None or figure.start in taken or not group:
                continue
            if gone_otherwise(sent.text, figure.start - 1):  # "and two boys to a rival club"
                continue
            head = group.split()[-1].lower()
            owned = match is not None and match.re is _OWNED
            if head in KIN or (is_personnel(head, "killed") and not owned):
                out.append(Binding(figure, cue, group, 0))
        return out


def _figure(match: re.Match[str], name: str) -> FigureSpan | None:
    """The count a match names: "both" is two, else the number its group holds
    (``numbers.count_at``)."""
    start, end = match.span(name)
    if name == "both":
        return FigureSpan(start, end, Figure(2, 2, "exact", match[name]))
    return count_at(match.string, start, end)
