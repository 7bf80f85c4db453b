"""The whole a sentence's group counts make: "people", unless it is smaller than the rest.

``sentence_total`` adds a sentence's counts by group ("six children and two adults" is 8),
unless one of them is the whole ("12 people, five of them children" is 12). A count with no
group of its own reads as people; when it is smaller than the groups counted beside it, it
is a part of them told again, not their whole ("33 travellers were injured ... and 27 had
been taken to hospital" is 33, not 27).
"""

from __future__ import annotations

#: The group key of a count of people with no group of its own, or of "people".
PEOPLE = "people"


def whole_and_count(groups: dict[str, float]) -> tuple[float | None, float]:
    """The whole among ``groups`` (group key to figure), if any, and the sentence's count."""
    whole = groups.get(PEOPLE)
    rest = sum(figure for key, figure in groups.items() if key != PEOPLE)
    if whole is None:
        return None, rest
    if whole < rest:  # a part of the named groups, told by its care or its fate
        return None, rest
    return whole, whole
