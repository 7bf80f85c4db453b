"""Tolls stated by an ordinal: "a third victim died" makes three."""

from __future__ import annotations

import re

#: Ordinal words of a toll that grew by one: "a third victim died" makes three.
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
#: "A third victim died", "the fourth man was pronounced dead", "a second victim of it died".
ORDINAL_DEATH = re.compile(
    r"(?:\b(?:a)\s+|^\W*)(?P<ordinal>" + "|".join(ORDINALS) + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:person|victim|man|woman|teen|teenager|boy|girl|child|officer|student|resident|patient"
    r"|passenger|worker|soldier|firefighter|pedestrian|cyclist|protester|civilian|miner|pupil)"
    r"\s+(?:(?:of|in|from)\s+(?:[\w'’-]+\s+){1,6}?)?"
    # "a third person injured in the crash has died", "a second man who was shot on Friday"
    r"(?:(?:who\s+(?:was|had\s+been)\s+)?(?:injured|wounded|hurt|shot|stabbed|burned|rescued"
    r"|hospitali[sz]ed)\s+(?:(?:in|on|at|during|from|by)\s+(?:[\w'’-]+\s+){1,6}?)?)?"
    r"(?:ha[sd]\s+(?:also\s+|since\s+|now\s+)?)?"
    r"(?P<verb>died|dies|succumbed|was\s+pronounced\s+dead|is\s+dead)\b",
    re.IGNORECASE,
)
