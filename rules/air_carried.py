"""The hurt carried off by air: "eleven were airlifted by a navy helicopter to the city".

A count carried by helicopter or air ambulance (``rules.care_rows.AIR_CARRIED``) is of the hurt
only where the story tells an incident; even there, troops or police flown in are sent, not
hurt, and people flown to safety, to shelter or home are rescued or moved. The words come
from general knowledge of news English, not from any corpus.
"""

from __future__ import annotations

import re

from rules.hospital_care import incident_near
from rules.nouns import SENT_SERVICES

#: Where the carried go when they are not hurt: "to safety", "to higher ground", "to their
#: homes", "to a relief camp" (general English of rescue and evacuation reports).
NO_CARE_PLACE = re.compile(
    r"\s+(?:safety|safer\s+\w+|higher\s+ground|(?:their\s+)?homes?|shelters?|(?:an?\s+|the\s+)?"
    r"(?:evacuation|relief|refugee|transit)\s+(?:centres?|centers?|camps?|sites?)|camps?)\b",
    re.IGNORECASE,
)
#: The head noun of the carried right before their verb: "400 soldiers were flown by ...".
_HEAD_BEFORE = re.compile(
    r"\b(?P<head>[a-z]+)\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|been)\s+)?"
    r"(?:(?:later|then|also|quickly)\s+)?$",
    re.IGNORECASE,
)


def air_carried_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether the carried-by-air cue at ``text[start:end]`` tells of no one hurt.

    >>> air_carried_not_hurt("A bus overturned. Nine were flown by helicopter to Orme.", 28, 50)
    False
    >>> air_carried_not_hurt("Nine delegates were flown by helicopter to Orme.", 20, 42)
    True
    >>> air_carried_not_hurt("After the blast, 90 troops were flown by helicopter to Orme.", 32, 54)
    True
    """
    if NO_CARE_PLACE.match(text, end):
        return True  # "flown by helicopter to safety": rescued
    head = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if head is not None and head["head"].lower() in SENT_SERVICES:
        return True  # "400 soldiers were flown by helicopter to Bakra": sent in
    return not incident_near(text, start, end)
