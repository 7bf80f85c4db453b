"""Who "poisoned" tells of: people harmed, not a well, a river or relations.

"31 people were poisoned by the bootleg gin" is a harm done to people, as "injured" is; but a
thing may be poisoned too ("the well was poisoned", "relations were poisoned by the row"), and
"poisoned to death" is a killing that CB102 reads. The cue row ("poisoned", in
``rules.care_rows``) stands only after a plural of people, a count or "of them", with at most
its auxiliaries between (general English of toxic-alcohol, food and gas reports).
"""

from __future__ import annotations

import re

from rules.nouns import is_human_plural
from rules.number_values import number_value

#: The word the verb is told of, past its auxiliaries: "people were", "Seven had been",
#: "guests who were", "them".
_TOLD_OF = re.compile(
    r"(?P<word>[\w-]+)(?:\s+(?:who|that))?(?P<aux>(?:\s+(?:were|was|had|have|has|been|being|got"
    r"|all|also|reportedly|allegedly|apparently))*)\s+$",
    re.IGNORECASE,
)
#: What follows a reduced passive ("31 people poisoned by the gin", "guests poisoned at the
#: feast"), not the object of an active verb ("Rebels poisoned 12 wells").
_REDUCED_AFTER = re.compile(
    r"\s*(?:[,.;]|$)|\s+(?:by|at|in|on|after|with|from|when|during|while|since|over)\b",
    re.IGNORECASE,
)
_TO_DEATH = re.compile(r"\s+to\s+death\b", re.IGNORECASE)


def poisoned_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether "poisoned" at ``text[start:end]`` harms no one counted: told of no plural of
    people, count or "them" right before it (an active verb's subject is the poisoner), or "to
    death" (a killing).

    >>> poisoned_not_hurt("In Lusa, 29 people were poisoned by the gin.", 24, 32)
    False
    >>> poisoned_not_hurt("Two wells were poisoned by the factory.", 15, 23)
    True
    >>> poisoned_not_hurt("Five men were poisoned to death.", 14, 22)
    True
    >>> poisoned_not_hurt("Rebels poisoned 12 wells.", 7, 15)
    True
    """
    if _TO_DEATH.match(text, end):
        return True
    told = _TOLD_OF.search(text, max(0, start - 60), start)
    if told is None:
        return True
    if not told["aux"] and not _REDUCED_AFTER.match(text, end):
        return True  # "Rebels poisoned 12 wells": the poisoners, an active verb
    word = told["word"]
    return not (is_human_plural(word) or word.lower() == "them" or number_value(word))
