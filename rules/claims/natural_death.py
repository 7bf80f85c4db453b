"""A death told as natural or long past: "died of Covid", "died in infancy", "died in 2001".

CB21 ("a third resident has died") and CB90 ("the eldest of the three died") count a death of
the story's own event; after these words the death is an illness's or a family history's, no
casualty (review 16). Injuries and wounds are not illnesses: "died of his injuries" counts.
Origin: general English of obituaries and health news.

>>> natural_death_after(" of Covid on Monday.", 0)
True
>>> natural_death_after(" of his injuries on Monday.", 0)
False
>>> natural_death_after(" in infancy.", 0)
True
"""

from __future__ import annotations

import re

_NATURAL = re.compile(
    r"\s+(?:(?:of|from)\s+(?!(?:his|her|their|its|the|a|multiple|gunshot|stab|blunt|head"
    r"|injuries|wounds|burns)\b)[a-z]"
    r"|(?:of|from)\s+(?:a|the)\s+(?!gunshot|stab|blunt|head|wound|injur|burn)[a-z]"
    r"|in\s+infancy|in\s+(?:19|20)\d\d\b|of\s+natural\s+causes|at\s+(?:home|the\s+age)\b)",
    re.IGNORECASE,
)


def natural_death_after(text: str, end: int) -> bool:
    """Do the words after the verb ending at ``end`` tell a natural or long-past death?"""
    return _NATURAL.match(text, end) is not None
