"""A number that names the whole a part is picked from ("one of the two died", "the
younger of the two was hurt"): the part is the count, so the number counts no one hurt.

Origin: English partitives ("one of", "each of", "the elder of") as crime and accident news
use them of a group told before (general knowledge of the language; crime round 9).
"""

from __future__ import annotations

import re

#: The part before "of the": a number word, a distributive, or a comparative or superlative
#: of age that picks one person out ("the younger of the two", "the eldest of the three").
_PART_BEFORE = re.compile(
    r"\b(?:one|either|neither|none|the\s+(?:younger|older|elder|youngest|oldest|eldest))"
    r"\s+of\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)
#: What follows the whole: the part's own verb or a clause's end, after at most two words of
#: the whole's noun ("one of the two men died", "one of the three wounded later died": the
#: part is CB22's, and the whole was hurt, not killed). Not a relative clause on the whole:
#: "one of the three nurses who were injured" counts the three, nor a whole that a casualty
#: word counts: "one of the 12 people killed was a child" counts the twelve.
_VERB_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which|whom|killed|injured|wounded|shot|hurt|dead|stabbed|slain"
    r"|missing|arrested)\b)[A-Za-z-]+){0,2}?\s*"
    r"(?:[,.;:]|(?:\s+(?:later|also|eventually|then|reportedly))?\s+(?:died|dies|was|were"
    r"|is|are|has|had|succumbed|survived|remains|remained|did|suffered|sustained|received)\b)",
    re.IGNORECASE,
)


#: A whole of the hurt whose part then died: "one of the three wounded later died" (the part
#: is CB22's; the three were hurt, and "killed" would count them twice).
_DIED_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which|whom)\b)[A-Za-z-]+){1,2}?"
    r"(?:\s+(?:later|also|eventually|then|subsequently))?"
    r"\s+(?:died|dies|succumbed)\b",
    re.IGNORECASE,
)


def names_a_whole(before: str, after: str) -> bool:
    """Is the number, with ``before`` and ``after`` it, the whole a part is picked from?"""
    if _PART_BEFORE.search(before[-40:]) is None:
        return False
    return _VERB_AFTER.match(after) is not None or _DIED_AFTER.match(after) is not None
