"""Trips to a hospital that are no care of the hurt: one made for a purpose ("rushed to
hospital to give birth", "taken to hospital to be checked") or by visitors ("Detectives went
to the hospital on Sunday to interview the victims"). A pure helper of ``hospital_care``.
"""

from __future__ import annotations

import re

#: Care for a purpose that is no harm: "rushed to hospital to give birth", "taken to the
#: hospital to be checked out" (general English).
#: Not a harm named after it: "to be checked out for minor injuries", "to be examined for
#: gunshot wounds" (but "checked for injuries", "for possible injuries" names none).
_PURPOSE = re.compile(
    # "went to the hospital to interview the victim", "to visit", "to give blood": a visit
    r"\s+to\s+(?:visit|interview|question|speak|talk|meet|donate|comfort|check\s+on"
    r"|give\s+blood|give\s+birth|be\s+(?:checked|examined|assessed|evaluated|tested)"
    r"(?!(?:\s+(?:out|over))?\s+for\s+(?!(?:possible|any|potential)\b)"
    r"(?:(?:[\w-]+\s+){1,2}injur(?:y|ies)|(?:[\w-]+\s+)?(?:wounds?|cuts|bruises|burns"
    r"|fractures)\b))(?:\s+(?:out|over))?)\b",
    re.IGNORECASE,
)

#: Those who go to a hospital to see the hurt, not as the hurt (general English of crime news).
_VISITORS = re.compile(
    r"\b(?:detectives|officers|police|investigators|officials|reporters|journalists|relatives"
    r"|families|family|friends|deputies|agents|troopers|visitors|colleagues|co-?workers"
    r"|classmates|teammates|nurses|doctors|staff)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
#: A visit's purpose a few words after the hospital: "on Sunday to interview the victims",
#: "to look for missing relatives", "for a vaccination drive", "where the driver was treated".
_VISIT_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+to\s+(?!be\b|receive\b|get\s+treat|have\b)[a-z]+\b"
    r"|\s+for\s+(?!treatment|care|surgery|stitches|checks?\b|x-rays?)"
    r"|\s+where\s+(?:the|a|an|his|her|their)\s",
    re.IGNORECASE,
)
#: Words of a hospital's name or place between "went to" and "hospital" ("a local hospital").
_PLACE_WORDS = frozenset("the a an local nearby district regional city county general".split())
#: Hurt told after the trip: "went to hospital with head injuries", "after being hit".
_HURT_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:injur|wound|hurt|burn|bleed|fractur|stitches|shot|stabbed|hit\s+by)",
    re.IGNORECASE,
)


def no_care_trip(text: str, start: int, end: int) -> bool:
    """Is the hospital cue at ``text[start:end]`` a trip for a purpose or a visit?

    >>> no_care_trip("She was rushed to hospital to give birth.", 8, 26)
    True
    >>> no_care_trip("Police went to the hospital to question him.", 7, 27)
    True
    >>> no_care_trip("Three went to the hospital with cuts.", 6, 26)
    False
    """
    if _PURPOSE.match(text, end):
        return True
    if text[start : start + 5].lower() != "went ":
        return False
    between = text[start:end].split()[2:-1]
    if not all(w[:1].isupper() or w.lower() in _PLACE_WORDS or w.endswith("'s") for w in between):
        return True  # "went to work at the hospital", "went to protest outside the hospital"
    if _HURT_AFTER.match(text, end):
        return False  # "Five officers went to hospital with head injuries"
    return bool(_VISITORS.search(text, max(0, start - 40), start) or _VISIT_AFTER.match(text, end))
