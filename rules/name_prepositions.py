"""Prepositions inside a name, which do not end the noun phrase a speaker is: "the Institute
for Near East Policy", "Friends Along the Orme", "the Commission on Human Rights" (general
English of the names of bodies)."""

from __future__ import annotations

from rules.tokens import Token


def in_title(tokens: list[Token], j: int) -> bool:
    """A capitalised preposition inside a name, before a capitalised word and not opening
    the sentence: "the Institute For Near East Policy", "Friends Of The Earth"."""
    word = tokens[j]
    return (
        0 < j < len(tokens) - 1
        and word.is_capital
        and not word.text.isupper()  # all-capitals copy capitalises every preposition
        and tokens[j + 1].is_capital
    )


def title_preposition(
    tokens: list[Token], first: int, j: int, prepositions: frozenset[str]
) -> bool:
    """Is token ``j``, before the determiner at ``first``, a capitalised preposition (one of
    ``prepositions``) inside a name: a capitalised word before it and "the" then a
    capitalised word after it?"""
    word = tokens[j]
    return (
        j > 0
        and first + 1 < len(tokens)
        and tokens[first].text == "the"
        and word.is_capital
        and not word.text.isupper()  # all-capitals copy capitalises every preposition
        and word.low in prepositions
        and tokens[j - 1].is_word
        and tokens[j - 1].is_capital
        and tokens[first + 1].is_capital
    )


def preposition_in_name(tokens: list[Token], k: int) -> bool:
    """A lower-case preposition inside a body's name: "Commission on Human Rights", "Mission
    on the Vrena Line" (capitals on both sides, past a "the")."""
    after = k + 2 if k + 2 < len(tokens) and tokens[k + 1].low == "the" else k + 1
    return k > 0 and after < len(tokens) and tokens[k - 1].is_capital and tokens[after].is_capital
