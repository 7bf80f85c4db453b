"""A hospital fronted in a sentence: "At the Civil Hospital, 17 had been admitted".

A bare "admitted" tells of the hurt only with the hurt named before it or a place of care
around it (``rules.hospital_care.bare_admission_not_hurt``); a sentence that opens at a
hospital, clinic or infirmary names that place (49th session; general English of casualty
reports that go from ward to ward).
"""

from __future__ import annotations

import re

_AT_HOSPITAL = re.compile(
    r"^\W*(?:At|In)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:[a-z]+\s+)?(?:[Hh]ospital|[Ii]nfirmary"
    r"|[Cc]linic|[Mm]edical\s+[Cc]ent(?:re|er))\b"
)


def fronted_hospital(sentence: str) -> bool:
    """Does ``sentence`` open at a place of care?

    >>> fronted_hospital("At the district hospital, 12 people had been admitted")
    True
    >>> fronted_hospital("At the university, 12 students had been admitted")
    False
    """
    return _AT_HOSPITAL.search(sentence) is not None
