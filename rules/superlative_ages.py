"""The age of the youngest or oldest of those told: "The youngest of the dead was 21" gives
an age, not a count of 21 dead; "The youngest were 12 children" is still a count."""

from __future__ import annotations

import re

#: The youngest or oldest of those told, then "was" right before the number.
_SUPERLATIVE = re.compile(
    r"\b(?:youngest|oldest)\b(?:\s+[\w'-]+){0,4}?\s+(?:was|is|were|are)\s+(?:only\s+|just\s+"
    r"|aged\s+)?$",
    re.IGNORECASE,
)
#: A plural of people right after the number: a count.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:children|people|boys|girls|pupils|students|men|women)\b"
)


def superlative_age(before: str, after: str) -> bool:
    """Is the number between ``before`` and ``after`` the age of the youngest or oldest?

    >>> superlative_age("The youngest of the dead was ", ", police said.")
    True
    >>> superlative_age("The youngest were ", " children killed in the blast.")
    False
    """
    if "est" not in before:  # every superlative ends so: most windows skip the regex
        return False
    return _SUPERLATIVE.search(before) is not None and _PEOPLE_AFTER.match(after) is None
