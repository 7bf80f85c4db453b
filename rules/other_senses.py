"""Two cue words in another sense, read after them: "dead" in an idiom ("a dead heat", "dead
links") and "admitted" to a place of no care ("were admitted to the university").

General English; read by ``rules.cue_context.out_of_place``.

>>> text = "The two horses finished in a dead heat."
>>> other_sense("dead", text, text.index("dead") + 4)
True
>>> text = "Nine were admitted to Mercy Hospital."
>>> other_sense("were admitted", text, text.index("admitted") + 8)
False
"""

from __future__ import annotations

import re

#: "dead" in an idiom of no one dead: "finished in a dead heat", "a dead end", "in the dead
#: of night", "a dead ringer", "dead links", "a dead battery" (general English).
_DEAD_IDIOM = re.compile(
    r"\s+(?:heat|heats|end|ends|ringer|weight|giveaway|centre|center|links?|batter(?:y|ies)"
    r"|of\s+(?:night|winter))\b",
    re.IGNORECASE,
)


#: "admitted" to somewhere that is no place of care, or as something ("were admitted to the
#: bar", "are admitted as members", "was admitted into the programme").
_ADMITTED_ELSEWHERE = re.compile(
    r"\s+(?:as|into|for\s+(?:study|the\s+course)|to\s+(?!(?:the\s+|a\s+|an\s+|two\s+|three\s+|"
    r"several\s+|local\s+|nearby\s+|area\s+)?(?:[\w'.-]+\s+){0,3}?(?:hospitals?|clinics?"
    r"|infirmary|medical|trauma|intensive|health|wards?|icu)\b))",
    re.IGNORECASE,
)


def other_sense(word: str, text: str, end: int) -> bool:
    """Whether the cue ``word`` (lower case) that ends at ``end`` is used in another sense."""
    if word == "dead":
        return _DEAD_IDIOM.match(text, end) is not None
    return word.endswith(" admitted") and _ADMITTED_ELSEWHERE.match(text, end) is not None
