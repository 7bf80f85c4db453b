"""A wounding verb whose subject is a sports mishap or a body part tells of a player's injury,
not of a casualty: "the late tackle injured Tomas Brel", "Hamstring injures 2 Orme strikers
before derby". Such a cue is no casualty.

The subjects come from general knowledge of English sports reports; "a collision" or "a
fall" is left out, as it also hurts people on roads and building sites.
"""

from __future__ import annotations

import re

#: The verbs the subject may do (the cue's text): "injured", "injures", "hurt".
_VERBS = frozenset("injured injures injuring hurt hurts hurting".split())

#: A sports mishap or a body part right before the verb, with at most one adverb between:
#: "the late tackle injured", "Hamstring injures", "a knee problem again hurt".
_SUBJECT = re.compile(
    r"\b(?:tackles?|fouls?|hamstrings?|knees?|ankles?|groin|calf|calves|thighs?"
    r"|(?:muscle|hamstring|calf|groin|knee|ankle)\s+(?:strain|sprain|problem|niggle|knock)s?)"
    r"\s+(?:(?:also|again|badly|seriously|then|further)\s+)?$",
    re.IGNORECASE,
)


def sport_hurt(text: str, start: int, end: int) -> bool:
    """Whether the cue between ``start`` and ``end`` is a wounding verb whose subject is a
    sports mishap or a body part.

    >>> sport_hurt("The late tackle injured Tomas Brel.", 16, 23)
    True
    >>> sport_hurt("The blast injured Tomas Brel.", 10, 17)
    False
    """
    if text[start:end].lower() not in _VERBS:
        return False
    return _SUBJECT.search(text[max(0, start - 60) : start]) is not None
