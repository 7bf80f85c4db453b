"""Patients still in a ward, hurt in the sentences before: "three remain admitted", "two are
still admitted" (Indian and African English of hospital news, 47th session); not those a
school or a course takes in ("its 400 pupils remain admitted for the term"; review47a).
Read by ``rules.hospital_care``.
"""

from __future__ import annotations

import re

_STILL_IN = re.compile(r"\b(?:remains?|remained|still)\s+$", re.IGNORECASE)
#: The people a school, a university, a course or a club admits (general English).
_ENROLLED = re.compile(
    r"\b(?:students|pupils|applicants|candidates|members|trainees|entrants|freshmen|recruits"
    r"|scholars|graduates)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def still_in_care(text: str, start: int) -> bool:
    """Is the "admitted" at ``start`` told of patients who remain in care?

    >>> text = "Nine went home, and three remain admitted."
    >>> still_in_care(text, text.index("admitted"))
    True
    >>> text = "The college said its 1,200 students remain admitted."
    >>> still_in_care(text, text.index("admitted"))
    False
    """
    if _STILL_IN.search(text, max(0, start - 20), start) is None:
        return False
    return _ENROLLED.search(text, max(0, start - 40), start) is None
