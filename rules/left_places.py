"""Displaced people told by the place they left: "some 120 families had left the village",
"35 families have abandoned the hamlet", "2,000 of the town's residents had left by Sunday";
or by the home they cannot go back to where they are sheltered: "the agency is housing 240
people who cannot return to their homes" (not "240 people who cannot return their library
books", nor "students who cannot go home" with no shelter named).

The perfect only, and a settlement's own people before the verb ("residents", "families",
"villagers"): "120 families left the stadium after the match", "2,000 residents had left
comments", "had left for work" and "60 staff had left the town" tell of no flight. Read only
where a disaster or a conflict is told, as "had left their homes" is (``rules.cue_words``,
``rules.cue_context``). General English of displacement reports (review51b).
"""

from __future__ import annotations

import functools
import re

from rules.cue_rows import LEAVERS, Row

#: Words of a conflict or a disaster that people flee, beside ``rules.cue_context``'s words of
#: disaster ("the war" is left out: "the trade war" is no flight; an attack or a raid, not a
#: heart's or a panic attack; general English of displacement reports).
FLED_FROM = (
    r"fighting|clashes|shelling|violence|wildfires?|volcano|raids?|raided|air\s?strikes?"
    r"|bombing|bombardment|(?<!heart\s)(?<!panic\s)(?<!asthma\s)attack(?:s|ed)?"
)
#: A settlement people leave when they flee: "the village", "their hamlet", "the border town".
_SETTLEMENT = (
    r"(?:[a-z-]+\s+)?(?:villages?|towns?|hamlets?|settlements?|camps?|city|cities|area|valley"
    r"|island)\b"
)
#: "had left the village", "have abandoned their hamlet", "had left by Sunday", "have left
#: since the raid": the count before the verb.
LEFT_A_PLACE = (
    r"(?:had|have|has)\s+(?:(?:left|abandoned|deserted)\s+(?:the|their)\s+"
    rf"{_SETTLEMENT}|left\s+(?:by|since)\s)"
)
LEFT_PLACES: tuple[Row, ...] = ((LEFT_A_PLACE, True, None, False),)

#: "who cannot return to their homes", "who still can't go home": those kept from home, a
#: shelter's people only where their sentence names the shelter (``unsheltered``).
CANNOT_RETURN = (
    r"who\s+(?:still\s+)?(?:cannot|can't|can\s+not|could\s+not|couldn't|(?:are|were)\s+unable"
    r"\s+to)\s+(?:yet\s+|safely\s+)?(?:return|go)\s+(?:back\s+)?(?:home\b|to\s+their\s+"
    r"(?:homes|houses|villages)\b)"
)
KEPT_FROM_HOME: tuple[Row, ...] = ((CANNOT_RETURN, True, None, False),)

_LEFT_A_PLACE = re.compile(LEFT_A_PLACE, re.IGNORECASE)
_CANNOT_RETURN = re.compile(CANNOT_RETURN, re.IGNORECASE)
#: Shelter given before the count: "is housing", "providing shelter for", "in tents".
_SHELTER_BEFORE = re.compile(
    r"\b(?:hous(?:ing|es|ed)|shelter(?:s|ing|ed)?|accommodat\w+|hosting|hosts|lodging|tents?"
    r"|camps?|evacuation\s+cent(?:re|er)s?)\b",
    re.IGNORECASE,
)
#: A settlement's people right before the verb: "120 families had left".
_LEAVERS_BEFORE = re.compile(rf"\b{LEAVERS}\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _place_left(word: str) -> bool:
    return word.startswith(("had ", "have ", "has ")) and _LEFT_A_PLACE.match(word) is not None


def left_by_others(word: str, text: str, end: int) -> bool:
    """Is the cue ``word`` ending at ``end`` a place left by others than its people?

    >>> text = "By noon, 60 staff had left the town."
    >>> left_by_others("had left the town", text, text.index(" the town") + 9)
    True
    >>> text = "By noon, 60 families had left the town."
    >>> left_by_others("had left the town", text, text.index(" the town") + 9)
    False
    """
    if not _place_left(word):
        return False
    start = end - len(word)
    return _LEAVERS_BEFORE.search(text, max(0, start - 40), start) is None


def unsheltered(word: str, text: str, end: int) -> bool:
    """Is the cue ``word`` ending at ``end`` a "who cannot return home" with no shelter told
    before it in its sentence?

    >>> text = "The agency is housing 240 people who cannot return home."
    >>> unsheltered("who cannot return home", text, len(text) - 1)
    False
    >>> text = "About 240 students who cannot go home will stay on campus."
    >>> unsheltered("who cannot go home", text, text.index(" will"))
    True
    """
    if not word.startswith("who ") or _CANNOT_RETURN.match(word) is None:
        return False
    start = end - len(word)
    opened = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    return _SHELTER_BEFORE.search(text, max(opened + 1, start - 200), start) is None
