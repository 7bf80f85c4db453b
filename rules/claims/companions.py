"""People set off in an aside beside a count share its verb: "200 police, joined by 40
soldiers, were deployed" sends the soldiers too (general English of conflict and disaster
reports; the count before the aside reaches the verb through ``crossing.things_beside``); so
do people added after a deployed count, "deployed 500 officers, along with 300 volunteers",
"150 rescue workers toiled through the night, helped by 40 soldiers" (review50c)."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable, following_group
from rules.claims.lexicon import WINDOW
from rules.claims.parts import Binding, Cues
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: The joint between the first count's group and the companions' count: ", joined by",
#: ", backed by", ", accompanied by" (the equipment's ", with 40 trucks," counts no people).
_JOINED_BY = re.compile(
    r"\s+[A-Za-z][\w' -]{0,40}?,\s*(?:supported|backed|aided|assisted|accompanied|joined"
    r"|reinforced)\s+by\s+$",
    re.IGNORECASE,
)
#: The companions' group up to the aside's closing comma, right before the shared verb.
_CLOSED = re.compile(r"\s+(?P<group>[A-Za-z][\w' -]{0,40}?)\s*,\s*$")


def companions(text: str, figures: list[FigureSpan], cues: Cues, bound: dict[int, Binding]) -> None:
    """Bind the count of an aside's people to the verb after the aside, as the count before
    the aside is bound: "About 200 police, joined by 40 soldiers, were deployed"."""
    for i in range(1, len(figures)):
        left = bound.get(i - 1)
        if i in bound or left is None or left.cue.start < figures[i].end:
            continue
        if figures[i].figure.qualifier == "unspecified":
            continue
        if not _JOINED_BY.fullmatch(text, figures[i - 1].end, figures[i].start):
            continue
        closed = _CLOSED.match(text, figures[i].end, left.cue.start)
        # the verb's auxiliary may stand between the comma and the cue ("were deployed")
        if closed is None:
            closed = _CLOSED.match(text, figures[i].end, _auxiliary_start(text, left, figures[i]))
        if closed is None or not is_human_plural(closed["group"].split()[-1]):
            continue
        group = following_group(text[figures[i].end : figures[i].end + WINDOW])
        candidate = Binding(figures[i], left.cue, group, 0)
        if acceptable(candidate):
            bound[i] = candidate


#: An auxiliary right before the verb: "were", "have been", "had been".
_AUXILIARY = re.compile(r"(?:were|are|have\s+been|had\s+been|was|is|has\s+been)\s*$")


def _auxiliary_start(text: str, left: Binding, figure: FigureSpan) -> int:
    """Where the auxiliary before the shared verb starts (the verb itself when none)."""
    found = _AUXILIARY.search(text, figure.end, left.cue.start)
    return found.start() if found else left.cue.start


#: After a deployed count, the joint to its companions' count: ", along with", ", helped by"
#: (the clause of the first count may run on before the comma, "toiled through the night").
_ADDED = re.compile(
    r"[^,;:.!?]{0,80}?,\s*(?:(?:along|together)\s+with|(?:helped|supported|backed|aided|assisted"
    r"|accompanied|joined|reinforced)\s+by)\s+$",
    re.IGNORECASE,
)


def added_to_deployed(
    text: str, figures: list[FigureSpan], cues: Cues, bound: dict[int, Binding]
) -> None:
    """Bind the count of people added after a deployed count to its verb: "Police deployed
    500 officers, along with 300 volunteers" (not "along with 300 spectators", nor "helped by
    40 sniffer dogs": the companions' head is checked as every deployed count's is)."""
    for i in range(1, len(figures)):
        left = bound.get(i - 1)
        if i in bound or left is None or left.cue.cue.category != "deployed":
            continue
        if left.cue.end > figures[i].start or figures[i].figure.qualifier == "unspecified":
            continue
        if not _ADDED.fullmatch(text, figures[i - 1].end, figures[i].start):
            continue
        group = following_group(text[figures[i].end : figures[i].end + WINDOW])
        candidate = Binding(figures[i], left.cue, group, 0)
        if group and acceptable(candidate):
            bound[i] = candidate
