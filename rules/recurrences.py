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

from rules.claims.ordinals import ORDINALS

#: "the second time (this year|since 2017|in a decade) that": a count of occurrences, then
#: the clause it counts. No sentence or clause mark nor comma on the way; not "the second
#: time that day" (a time, not the clause's "that"); English number words of a toll stop it
#: too (``_COUNTED``).
_NTH_TIME = re.compile(
    r"\b(?:the|a)\s+(?:first|only|last|latest|" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))"
    r"\s+time\b[^.;:!?,]{0,60}?"
    r"\bthat\b(?!\s+(?:day|night|week|month|year|morning|afternoon|evening|time)\b)"
    r"(?P<clause>[^.;:!?,\d]{0,90})$",
    re.IGNORECASE,
)
#: A count in the clause: then it tells a toll ("the first time officials said that three
#: soldiers had been killed"). English number words of news tolls.
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?"
    r"|hundreds?|several|many)\b",
    re.IGNORECASE,
)


def recurrence_told(text: str, start: int) -> bool:
    """Is the cue at ``start`` inside the clause of "the Nth time ... that"?"""
    head = text[max(0, start - 200) : start]
    # every match holds "that" and "time": the lower case of the window first ("time" only
    # in ASCII text: the pattern's "i" also matches the Turkish dotted and dotless i)
    low = head.lower()
    if "that" not in low or ("time" not in low and head.isascii()):
        return False
    cut = max(head.rfind(mark) for mark in ".!?\n")
    match = _NTH_TIME.search(head[cut + 1 :])
    if match is None or _COUNTED.search(match["clause"]) is not None:
        return False
    # nor a count after the verb: "the second time that gunmen have killed three officers"
    after = re.split(r"[.;:!?,]", text[start : start + 80], maxsplit=1)[0]
    return _COUNTED.search(after) is None and _COUNT_IN_DIGITS.search(after) is None


#: A count in digits, not a year nor part of a name ("since 2017", "an AK-47").
_COUNT_IN_DIGITS = re.compile(r"(?<![\w-])\d{1,3}(?:,\d{3})*(?![\w-])")
