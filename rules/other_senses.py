"""A cue word in another sense, read after it: "dead" in an idiom ("a dead heat", "dead
links", "a dead end").

General English; read by ``rules.cue_context.out_of_place``.

>>> text = "The two horses finished in a dead heat."
>>> other_sense("dead", text, text.index("dead") + 4)
True
>>> text = "Two men were found dead in the car."
>>> other_sense("dead", text, text.index("dead") + 4)
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


def other_sense(word: str, text: str, end: int) -> bool:
    """Whether the cue ``word`` (lower case) that ends at ``end`` is used in another sense."""
    return word == "dead" and _DEAD_IDIOM.match(text, end) is not None
