"""A shot or a stab in a limb: the one hit lived, wounded.

"A man was shot in the leg", "a cook was cut in the thigh": a wound to a limb rarely kills, while
one to the head, neck or trunk often does, so only the limbs tell the outcome (common anatomy;
the same principle as the key figures' ``totals._LIVED`` and the cue ``LIMB_STRUCK``). A
second place in the trunk ("in the arm and chest") tells nothing.
"""

from __future__ import annotations

import re

from rules.claims.parts import CueHit

_LIMB = (
    r"(?:legs?|arms?|shoulders?|hands?|feet|foot|knees?|thighs?|ankles?|wrists?|elbows?"
    r"|fingers?|toes?|calf|calves|forearms?|shins?|hips?|buttocks?|groin)"
)
_IN_A_LIMB = re.compile(
    r"\s+(?:(?:once|twice|three\s+times|several\s+times|multiple\s+times)\s+)?in\s+(?:the|his"
    rf"|her|their)\s+(?:(?:left|right|upper|lower)\s+)?{_LIMB}\b"
    r"(?!\s*(?:,|and|or)\s+(?:(?:the|his|her|their)\s+)?(?:(?:left|right|upper|lower)\s+)?"
    r"(?:head|face|neck|chest|back|torso|abdomen|stomach|side|heart|throat|body))",
    re.IGNORECASE,
)
#: The cues a limb settles: a bare "shot" or "stabbed" (fate untold).
_HIT = frozenset({"shot", "stabbed"})


def in_a_limb(text: str, cue: CueHit) -> bool:
    """True when the cue is a bare "shot" or "stabbed" followed by a limb.

    >>> from rules.claims.lexicon import SHOT_CUE
    >>> text = "A man was shot in the leg on Elm Road."
    >>> in_a_limb(text, CueHit(10, 14, SHOT_CUE))
    True
    >>> text = "A man was shot in the arm and chest on Elm Road."
    >>> in_a_limb(text, CueHit(10, 14, SHOT_CUE))
    False
    >>> text = "A man was shot in the head on Elm Road."
    >>> in_a_limb(text, CueHit(10, 14, SHOT_CUE))
    False
    """
    if text[cue.start : cue.end].lower() not in _HIT:
        return False
    return _IN_A_LIMB.match(text, cue.end) is not None


#: The object's own words between a figure and its limb: "a 17-year-old", "two men", with
#: no punctuation (a comma may open another person's phrase).
_OBJECT_WORDS = re.compile(r"(?:\s+[\w'-]+){0,4}?(?=" + _IN_A_LIMB.pattern + ")", re.IGNORECASE)


#: A death told later in the sentence, whoever's it is (then the limb settles nothing).
_DEATH_LATER = re.compile(
    r"\b(?:died|dies|dead|death|fatal(?:ly)?|succumbed|killed|killing)\b", re.IGNORECASE
)


def object_in_a_limb(text: str, cue: CueHit, figure_end: int) -> bool:
    """True when a bare "shot" or "stabbed" has its object, ending at ``figure_end`` or a
    few words after it, hit in a limb: "Officers shot a 17-year-old in the leg" (wounded).

    >>> from rules.claims.lexicon import SHOT_CUE
    >>> text = "A gunman shot a teenager in the leg."
    >>> object_in_a_limb(text, CueHit(9, 13, SHOT_CUE), 15)
    True
    >>> text = "A gunman shot a teenager in the head."
    >>> object_in_a_limb(text, CueHit(9, 13, SHOT_CUE), 15)
    False
    """
    if text[cue.start : cue.end].lower() not in _HIT:
        return False
    limb = _OBJECT_WORDS.match(text, figure_end)
    # "shot a man in the leg, and he later died": the sentence tells the outcome
    return limb is not None and _DEATH_LATER.search(text, limb.end()) is None
