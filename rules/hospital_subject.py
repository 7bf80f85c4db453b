"""A place of care as the subject of its care: "The district hospital admitted 30 passengers".

After an incident told in the sentence or the story's lead (``rules.hospital_care``), a
hospital, clinic or infirmary that "admitted", "treated" or "took in" a count of a plural of
people took in the hurt: "A bus crashed on the pass. The district hospital admitted 30
passengers." Not a count that a clause goes on about ("admitted 30 students to its nursing
course"), nor with no incident told ("the clinic treated 40 miners"), nor the hurt's own
nouns and "people", which CB122 reads as an intake (general English of accident reports).
"""

from __future__ import annotations

import re

from rules.hospital_care import incident_near
from rules.nouns import is_human_plural
from rules.number_values import number_value

#: The count and its people after the verb, then its clause's end or a time or a place told:
#: "admitted 30 passengers.", "treated 14 miners overnight", "took in 12 hikers from the bus".
_CARED = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost)\s+)?(?P<n>[\w,-]+)"
    r"\s+(?:[a-z-]+\s+)??(?P<noun>[a-z-]+)(?=\s*(?:[,.;]|$)|\s+(?:on|overnight|after|from|by"
    r"|and|in\s+the\s+(?:crash|blast|fire|attack|collapse))\b)",
    re.IGNORECASE,
)
#: The nouns CB122 reads as a hospital's intake ("admitted 27 people", "treated 9 patients").
_INTAKE_NOUNS = frozenset({"people", "patients", "casualties", "victims", "injured", "wounded"})


def hospital_care_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether the care of a place of care at ``text[start:end]`` takes in no hurt it counts.

    >>> hospital_care_not_hurt("A bus crashed. The hospital admitted 30 passengers.", 19, 36)
    False
    >>> hospital_care_not_hurt("The hospital admitted 30 students to its course.", 4, 21)
    True
    """
    cared = _CARED.match(text, end)
    if cared is None or not number_value(cared["n"]):
        return True
    noun = cared["noun"]
    if noun.lower() in _INTAKE_NOUNS or not is_human_plural(noun):
        return True
    return not incident_near(text, start, end)
