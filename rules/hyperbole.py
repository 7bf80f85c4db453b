"""Death words in a figure of speech, no toll: "Nobody in this locker room is dead yet", a
coach's or a manager's way of saying that a bad run is not the end.

Origin: general English of sports and business quotes. A present "is/are dead" with "yet"
right after it tells what has not happened so far, in a voice that shrugs a setback off; a toll
is told in the past ("no one was killed") or with a scene of harm. "The dead yet to be named"
(a noun, with "to" after "yet") stays a count.
"""

from __future__ import annotations

import re

#: "is dead yet", "'s dead yet", "are dead yet" (not "yet to be named", not "dead, yet").
_NOT_DEAD_YET = re.compile(
    r"(?:\bis|\bare|'s|\u2019s)\s+(?:\w+ly\s+)?dead\s+yet\b(?!\s+to\b)", re.I
)


#: The idiom of dread or shame: "she died a thousand deaths at the audition" (general English).
_THOUSAND_DEATHS = re.compile(
    r"\bdie[sd]?\s+(?:a|one)\s+(?:thousand|hundred|million)\s+deaths\b", re.IGNORECASE
)


def not_dead_yet(text: str, start: int, end: int) -> bool:
    """Is the cue ``text[start:end]`` the "dead" of "nobody is dead yet", or a word of "died
    a thousand deaths"?

    >>> text = "Nobody in this room is dead yet."
    >>> not_dead_yet(text, text.index("dead"), text.index("dead") + 4)
    True
    >>> text = "The 12 dead yet to be named were miners."
    >>> not_dead_yet(text, text.index("dead"), text.index("dead") + 4)
    False
    >>> text = "No one here is dead yet, but six people are missing."
    >>> not_dead_yet(text, text.index("dead"), text.index("dead") + 4)
    False
    """
    if "deaths" in text[start : end + 30].lower() and _THOUSAND_DEATHS.search(
        text, max(0, start - 24), min(len(text), end + 30)
    ):
        return True  # "she died a thousand deaths at the audition"
    if text[start:end].lower() != "dead":
        return False
    if _NOT_DEAD_YET.search(text, max(0, start - 16), min(len(text), end + 12)) is None:
        return False
    # "no one here is dead yet, but six people are missing": a scene of harm makes it literal
    return _SCENE_OF_HARM.search(sentence_of(text, start, end)) is None


#: Words of a scene of harm (general English of disaster and crime news).
_SCENE_OF_HARM = re.compile(
    r"\b(?:missing|trapped|injured|wounded|hurt|rubble|collapsed?|fire|floods?|flooding"
    r"|quake|earthquake|blast|explosion|crash|attack|shooting|storm|landslide|rescuers?)\b",
    re.IGNORECASE,
)


def sentence_of(text: str, start: int, end: int) -> str:
    """The cue's sentence, at most 200 characters each way."""
    left = text[max(0, start - 200) : start]
    right = text[end : end + 200]
    cut = max(left.rfind(mark) for mark in ".!?")
    stops = [i for i in (right.find(mark) for mark in ".!?") if i >= 0]
    return left[cut + 1 :] + right[: min(stops, default=len(right))]
