"""A hospital fronted in a sentence, "At the Civil Hospital, 17 had been admitted", or telling
it, "Twelve people had been admitted, the hospital said".

A bare "admitted" tells of the hurt only with the hurt named before it or a place of care
around it (``rules.hospital_care.bare_admission_not_hurt``); a sentence that opens at a
hospital, clinic or infirmary names that place (49th session; general English of casualty
reports that go from ward to ward), and so does one a place of care speaks in, its own
admissions (review51b; not "the university said", whose admissions are students').
"""

from __future__ import annotations

import re

_AT_HOSPITAL = re.compile(
    r"^\W*(?:At|In)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:[a-z]+\s+)?(?:[Hh]ospital|[Ii]nfirmary"
    r"|[Cc]linic|[Mm]edical\s+[Cc]ent(?:re|er))\b"
)


#: A place of care that tells: ", the hospital said", "hospital officials said", "the
#: clinic's director told reporters".
_TOLD_BY_CARE = re.compile(
    r"\b(?:hospital|infirmary|clinic|medical\s+cent(?:re|er))s?(?:['\u2019]s)?\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|reported|told|confirmed)\b",
    re.IGNORECASE,
)


def care_place_named(sentence: str) -> bool:
    """Does ``sentence`` open at a place of care (``fronted_hospital``) or have one tell it?

    >>> care_place_named("Twelve people had been admitted, the hospital said.")
    True
    >>> care_place_named("Twelve students had been admitted, the university said.")
    False
    """
    return fronted_hospital(sentence) or _TOLD_BY_CARE.search(sentence) is not None


def fronted_hospital(sentence: str) -> bool:
    """Does ``sentence`` open at a place of care?

    >>> fronted_hospital("At the district hospital, 12 people had been admitted")
    True
    >>> fronted_hospital("At the university, 12 students had been admitted")
    False
    """
    return _AT_HOSPITAL.search(sentence) is not None
