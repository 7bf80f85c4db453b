"""A casualty told as how often such a thing has happened, not as a claim of its own.

"The third time since March that a courier had been robbed at knifepoint", "the first time
since 2017 that an officer had been shot on duty": the clause after "the Nth time ... that"
counts occurrences of a kind of event. Its person is the story's victim, counted where the
story tells the event, or a victim of earlier events; either way the clause adds no count.
Pure functions over the text before a cue word, read by ``rules.cue_context``.

>>> text = "It was the first time since 2017 that an officer had been shot on duty."
>>> recurrence_told(text, text.index("had been shot"))
True
>>> text = "For the first time, police said 40 people had been killed."
>>> recurrence_told(text, text.index("had been killed"))
False
"""

from __future__ import annotations

import re

#: "the second time (this year|since 2017|in a decade) that|when": a count of occurrences,
#: then the clause it counts (no sentence or clause mark, no comma, no number in between:
#: "the third time that gunmen attacked the village, and two people were killed" is a toll).
_NTH_TIME = re.compile(
    r"\b(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th)|only|last|latest)\s+time\b[^.;:!?]{0,60}?\b(?:that|when)\b"
    r"[^.;:!?,\d]{0,90}$",
    re.IGNORECASE,
)


def recurrence_told(text: str, start: int) -> bool:
    """Is the cue at ``start`` inside the clause of "the Nth time ... that"?"""
    head = text[max(0, start - 200) : start]
    cut = max(head.rfind(mark) for mark in ".!?\n")
    return _NTH_TIME.search(head[cut + 1 :]) is not None
