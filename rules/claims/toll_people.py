"""The people a toll adjective counts: "the number of dead inmates rose to 23", "put the
number of injured people at 300".

"dead", "injured", "wounded" and "abducted" end a toll noun ("the number of dead") and may be the
adjective of the people counted, who then stand between the toll and its verb. Their noun
is the claim's group and no part of the gap the binding reads (general English of toll
updates; the people are a plural naming people, ``rules.nouns.is_human_plural``).

>>> text = "put the number of dead inmates at 23"
>>> toll_people(text, text.index("the"), text.index(" inmates"))
(' inmates', 'inmates')
>>> text = "the number of dead rose to 23"
>>> toll_people(text, 0, text.index(" rose")) is None
True
>>> text = "the number of injured vehicles at 30"
>>> toll_people(text, 0, text.index(" vehicles")) is None
True
"""

from __future__ import annotations

import re

from rules.nouns import is_human_plural

_ADJECTIVE_END = re.compile(r"(?:dead|injured|wounded|abducted|kidnapped)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")

#: The people a "number of" toll counts, or the force a set verb sizes (``counted_group``).
NUMBER_OF_GROUP = re.compile(
    r"(?:the\s+)?number\s+of\s+(?:the\s+)?(?:([A-Za-z]+)\s+(?:(?:who|that)\s+(?:have\s+|has\s+"
    r"|had\s+|were\s+)?)?(?:killed|dead|shot|died|been\s+killed|injured|wounded|hurt)"
    r"|((?:[A-Z][\w-]*\s+)?(?:troops|soldiers|forces|servicemen)))"
    # "estimated the force at 40,000" (``cue_fragments.SIZED_FORCE``): the force is counted
    r"|\w+\s+the\s+(?:size\s+of\s+the\s+)?((?:\w+\s+)?force)",
    re.IGNORECASE,
)


def toll_people(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The words right after the toll ``text[start:end]`` that name the people its adjective
    counts, and the noun; None when the toll does not end in an adjective or no people follow."""
    if not _ADJECTIVE_END.search(text, start, end):
        return None
    word = _NEXT_WORD.match(text, end)
    if word is None or not is_human_plural(word.group(1)):
        return None
    return word.group(), word.group(1)


def counted_group(text: str, start: int, end: int) -> str | None:
    """Whom the toll noun ``text[start:end]`` counts: "the number of people killed rose to
    97", "the number of Dravian troops ... at 10,000", "the number of dead inmates at 23"."""
    counted = NUMBER_OF_GROUP.match(text, start, end)
    if counted:
        return counted.group(1) or counted.group(2) or counted.group(3)
    people = toll_people(text, start, end)
    return people[1] if people else None
