"""A day between an auxiliary and its participle, as Nigerian and Ghanaian copy writes it:
"was on Sunday lynched", "were on Tuesday night abducted"; the day is no word of the gap
between a figure and its cue (``rules.claims.binding``).

>>> DAY_AFTER_AUX.sub(r"\\g<aux>", " was on Sunday lynched")
' was lynched'
"""

from __future__ import annotations

import re

from rules.calendar import WEEKDAYS, names

#: An auxiliary, then "on" or "last" and a weekday (and a part of the day).
DAY_AFTER_AUX = re.compile(
    rf"\b(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:on|last)\s+"
    rf"(?:{names(WEEKDAYS)})(?:\s+(?:night|morning|evening|afternoon))?(?=\s)",
    re.IGNORECASE,
)
