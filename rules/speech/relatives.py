"""Relative clauses inside and after a speaker's noun phrase: "A ranger who searched the
canyon, and who asked not to be named, said"."""

from __future__ import annotations

from rules.appositive_participles import appositive_participle
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
        if tokens[k].low in RELATIVES and tokens[k - 1].is_word:
            return k - 1
        if tokens[k].text == "that" and tokens[k - 1].is_word and _that_clause(tokens, k, last):
            return k - 1
        if k < last and appositive_participle(tokens, first, k):
            return k - 1  # "Ivo Marten, 33, a nurse travelling with her sons, said"
    return last


#: Nouns of time after "that": a demonstrative ("the officer that night"), no relative.
_TIMES = frozenset("night day morning evening afternoon week month year time weekend".split())


def _that_clause(tokens: list[Token], k: int, last: int) -> bool:
    """Does "that" at ``k`` open a relative clause that runs to the subject's end ``last``:
    "The Front, an armed group that has fought the army since 2019," (not "The agency that
    runs the port, the Harbour Board," whose name comes after, nor "the officer that night")?"""
    if k + 1 > last or tokens[k + 1].low in _TIMES:
        return False
    commas = [j for j in range(k + 1, last + 1) if tokens[j].text == ","]
    return not commas or not _a_name(tokens[commas[-1] + 1 : last + 1])


def _a_name(words: list[Token]) -> bool:
    """Is the part after a comma a name of the subject's own ("the Velk Harbour Board",
    "Orme Minerals"), not the end of a list inside the clause ("deaths and disappearances",
    "Orme and Tarn")?"""
    if words and words[0].low in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and all(t.is_word and t.is_capital for t in words)


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
