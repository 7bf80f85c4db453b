"""Figures that share no cue with the figure after them (``rules.claims.binding.coordinate``).

A toll's earlier value ("up from 43 on Friday, and 9,000 fled") and a whole fronted at the
start of a clause ("Of the 30 passengers, 12 were hurt") are no coordinated counts. After a
noun, "of the" opens that noun's complement, whose counts still share the cue after them ("the
names of the 5 men and 2 women killed", "relatives of the 12 miners and 2 rescuers killed").
General English of casualty reports.

>>> bool(WHOLE_OR_PAST.search("Of the "))
True
>>> bool(WHOLE_OR_PAST.search("Police said that of those "))
True
>>> bool(WHOLE_OR_PAST.search("the names of the "))
False
"""

from __future__ import annotations

import re

WHOLE_OR_PAST = re.compile(
    r"(?:\b(?:up|down)\s+from|(?:^|[,;:(\u2014]|\b(?:and|but|that))\s*of\s+(?:the|those|these))"
    r"\s+$",
    re.IGNORECASE,
)
