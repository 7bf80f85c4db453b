"""Street numbers in US police copy: "on 2200 Alder", "at 518 Quarry Street" (no headcount;
read by ``rules.not_counts``)."""

from __future__ import annotations

import re

from rules.calendar import MONTHS, WEEKDAYS, either

#: A street number: "on 2200 Alder", "at 518 Quarry Street" (digits with no thousands comma,
#: after "on", "at" or "near", before a capitalised word that is no people and no day or
#: month: "the toll stood at 312 Monday" is a toll); US police reports place a shooting so.
STREET_BEFORE = re.compile(r"\b(?:on|at|near)\s*$", re.IGNORECASE)
STREET_NUMBER = re.compile(r"\d{3,5}")
STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?!"
    + either((*WEEKDAYS, *MONTHS, "today", "tonight", "yesterday"), title=True)
    + r"\b)(?P<word>[A-Z][a-z]+)\b"
)
