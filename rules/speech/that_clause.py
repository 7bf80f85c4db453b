"""Whether a reporting verb's clause opens with "that" ("conceded that", "demanded on Tuesday
that"), not "that" as a determiner ("concluded that afternoon")."""

from __future__ import annotations

from rules.phrases import TIME_WORDS
from rules.tokens import Token

#: A time between a verb and its "that" ("demanded on Tuesday that", "concluded last week
#: that"), and the nouns "that" points at as a determiner ("concluded that afternoon",
#: "promised that week", "found that type of cartridge"): general English of dated reports.
_TIME_BETWEEN = frozenset(("on", "last", *TIME_WORDS))
_POINTED = frozenset(("day", "note", "time", "type", "kind", "sort", "way", *TIME_WORDS))


def that_clause_at(tokens: list[Token], k: int) -> bool:
    """Does a "that" opening a clause come at ``k``, past a time ("on Tuesday")?"""
    while k < len(tokens) - 1 and tokens[k].low in _TIME_BETWEEN:
        k += 1
    if k >= len(tokens) or tokens[k].low != "that":
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].low not in _POINTED
