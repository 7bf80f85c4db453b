"""An age told of a part of the dead or the hurt: "Most of the victims were over 80".

A quantifier's part ("most of", "many of", "three of the 32") of the dead, the victims or the hurt,
then "were over", "were under" or "were older than" and a number: the number is the part's
age, never a count of them. General English of casualty reports (thirty-fifth session).

>>> age_of_a_part("Most of the dead were over 80, the coroner said.", 12, 16)
True
>>> age_of_a_part("The dead were over 300, the mayor said.", 4, 8)
False
>>> age_of_a_part("Three of the 32 dead were over 80.", 16, 20)
True
"""

from __future__ import annotations

import re

#: The part before the cue: "most of the", "nearly all of those", "half of the".
_PART = re.compile(
    r"\b(?:most|many|all|some|half|several|none|majority|(?:nearly|almost)\s+all|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|those)\s+(?:[\d,]+\s+)?$",
    re.IGNORECASE,
)
#: After the cue: "were over", "were aged under", "were older than".
_AGED = re.compile(
    r"\s+(?:were|was|are)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s",
    re.IGNORECASE,
)


def age_of_a_part(text: str, cue_start: int, cue_end: int) -> bool:
    """Does the figure after the cue at ``text[cue_start:cue_end]`` give the age of a part of
    the counted people ("Most of the victims were over 80")?"""
    part = _PART.search(text, max(0, cue_start - 30), cue_start)
    return part is not None and _AGED.match(text, cue_end) is not None
