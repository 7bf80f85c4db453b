"""An emergency telephone number is no headcount: "a 911 call", "called 911", "a 999 caller".

US and Canadian news write the emergency number 911 (British news 999) beside the words of a
call; read as a figure it made "a 911 caller said two men were hurt" a count of 911
people. General knowledge of those numbers and of how news speaks of calls.
"""

from __future__ import annotations

import re

#: The emergency numbers of English-speaking news (US and Canada 911, UK 999).
EMERGENCY_NUMBERS = frozenset(("911", "999"))
#: What follows the number when it names a call: "a 911 call", "911 dispatchers".
_CALL_AFTER = re.compile(
    r"\s*(?:call|calls|caller|callers|calling|dispatch|dispatchers?|dispatched|operators?"
    r"|centers?|centres?|tapes?|recordings?|system|line|hang-up|emergency)\b",
    re.IGNORECASE,
)
#: What precedes the number when it is called: "called 911", "dialed 911", "a call to 911".
#: A bare "to" or "via" is no call: "the death toll rose to 999" is a count (review 7).
_CALL_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing|s)?|dial(?:ed|led|ing|s)?|phoned|contacted|texted)(?:\s+(?:to|via))?\s+$",
    re.IGNORECASE,
)


def is_emergency_number(bare: str, before: str, after: str) -> bool:
    """Is ``bare`` an emergency number written as one ("a 911 call", "called 911")?"""
    if bare not in EMERGENCY_NUMBERS:
        return False
    return _CALL_AFTER.match(after) is not None or _CALL_BEFORE.search(before) is not None
