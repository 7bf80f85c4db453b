"""A present participle that opens a reduced relative clause on an appositive's noun ("Ivo
Marten, 33, a nurse travelling with her sons,"): cut from the source as a relative clause is
(the corpus convention: relative clauses are no part of the source), in a subject before its
verb (``rules.speech.relatives``; an inverted source after "said" keeps it whole, as the
real-news gate annotates it). General English grammar (fifty-second session)."""

from __future__ import annotations

from rules.phrases import CONNECTORS, DETERMINERS
from rules.tokens import Token


def reduced_relative_at(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a participle after a noun and before its object or preposition
    ("a nurse travelling with", "a clerk covering the"), not a noun in "-ing" ("a building
    manager", "head of training at", "the mining town")?

    Only for an appositive opened by "a"/"an" (its callers check it): people told by their
    participle with no comma stay whole ("Villagers fleeing the fighting said").
    """
    if k < 1 or k + 1 >= len(tokens):
        return False
    word, before, after = tokens[k], tokens[k - 1], tokens[k + 1].low
    if not (word.text.islower() and word.low.endswith("ing") and len(word.low) >= 6):
        return False
    if not (before.is_word and before.text.islower()):
        return False
    if before.low in CONNECTORS or before.low in DETERMINERS:
        return False
    return after in CONNECTORS or after in DETERMINERS


def appositive_participle(tokens: list[Token], first: int, k: int) -> bool:
    """Does the participle at ``k`` open a reduced relative clause in an appositive, opened
    by "a"/"an", of the phrase that starts at ``first`` ("Ivo Marten, 33, a nurse travelling
    with her sons")?"""
    if not reduced_relative_at(tokens, k):
        return False
    comma = next((j for j in range(k - 2, first, -1) if tokens[j].text == ","), None)
    return comma is not None and tokens[comma + 1].low in ("a", "an")
