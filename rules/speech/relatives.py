"""Relative clauses inside and after a speaker's noun phrase: "A ranger who searched the
canyon, and who asked not to be named, said"."""

from __future__ import annotations

from rules.tokens import Token

#: Words that open a relative clause between commas: "X, whose family farms nearby, said",
#: "The bar, where the men had been drinking, declined to comment".
RELATIVES = frozenset("who which whose whom where".split())
#: A part of the group before "of whom": "The two men, both of whom asked not to be named,".
PART_OF_WHOM = frozenset("both all each one two three some none neither either most".split())


def who_at(tokens: list[Token], k: int) -> bool:
    """Does "who" or "and who" open at token ``k``?"""
    return tokens[k + (tokens[k].low == "and")].low == "who"


def before_relative(tokens: list[Token], first: int, last: int) -> int:
    """The last token before a relative clause in the subject's last part, or ``last``."""
    for k in range(first + 1, last + 1):
        if (tokens[k].low in RELATIVES or tokens[k].low == "that") and tokens[k - 1].is_word:
            return k - 1
    return last


def opens_relative(tokens: list[Token], k: int, comma: int) -> bool:
    """Does a relative clause open at token ``k`` (before ``comma``): "who", "whose", or
    "both of whom" (English relative clauses on a part of the group)?"""
    if tokens[k].low == "and" and k + 1 < comma:
        k += 1  # "A woman who lives nearby, and who asked not to be named, said"
    if tokens[k].low in RELATIVES or (k + 1 < comma and tokens[k + 1].low in ("which", "whom")):
        return True  # "who", or after a preposition: "X, to which Y belongs, said"
    return (
        k + 3 < comma
        and tokens[k].low in PART_OF_WHOM
        and tokens[k + 1].low == "of"
        and tokens[k + 2].low in ("whom", "which")
    )
