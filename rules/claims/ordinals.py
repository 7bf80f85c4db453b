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
    # headlines write them as digits: "2nd victim dies after bar shooting"
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
    "9th": 9,
    "10th": 10,
}
#: "A third victim died", "the fourth man was pronounced dead", "a second victim of it died".
ORDINAL_DEATH = re.compile(
    r"(?:\b(?:a)\s+|^\W*)(?P<ordinal>" + "|".join(ORDINALS) + r")\s+(?:(?:[\w-]+\s+){0,2}?"
    r"(?:person|victim|man|woman|teen|teenager|boy|girl|child|officer|student|resident|patient"
    r"|passenger|worker|soldier|firefighter|pedestrian|cyclist|protester|civilian|miner|pupil)"
    # "a third worker, Ana Ruiz, 22, died", "a second man, aged 40, died": the one named
    r"(?:\s*,\s+(?:aged\s+\d{1,3}|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*,\s*\d{1,3})?),)?"
    r"\s+(?:(?:of|in|from)\s+(?:[\w'’-]+\s+){1,6}?)?"
    # "a third person injured in the crash has died", "a second man who was shot on Friday"
    r"(?:(?:who\s+(?:was|had\s+been)\s+)?(?:injured|wounded|hurt|shot|stabbed|burned|rescued"
    r"|hospitali[sz]ed)\s+(?:(?:in|on|at|during|from|by)\s+(?:[\w'’-]+\s+){1,6}?)?)?"
    # "a second man was taken to a hospital, where he later died"
    r"(?:was\s+(?:taken|rushed|transported|flown|airlifted)\s+to\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?hospital,?\s+where\s+(?:he|she)\s+(?:later\s+)?)?"
    r"(?:ha[sd]\s+(?:also\s+|since\s+|now\s+)?)?"
    # "and a fourth died later in hospital": no noun, only a later death of the hurt (not a
    # fraction, "a third died of the cold"; review48b)
    r"|(?P<bare>)(?=(?:later\s+|also\s+|since\s+|subsequently\s+)?died\s+(?:later|in\s+(?:the\s+)?"
    r"hospital|at\s+(?:a|the)\s+hospital|on\s+the\s+way)\b|(?:later|since|subsequently)\s+"
    r"died\b)(?:(?:later|also|since|subsequently)\s+)?)"
    r"(?P<verb>died|dies|succumbed|was\s+pronounced\s+dead|is\s+dead)\b",
    re.IGNORECASE,
)
