"""A place or a participle's object after people inside a speaker's noun phrase
("Witnesses outside the walls said", "Villagers fleeing the fighting said"), read by
``rules.phrases`` (general English noun phrases)."""

from __future__ import annotations

from rules.nouns import names_people
from rules.tokens import Token


def place_of_people(tokens: list[Token], j: int) -> bool:
    """ "Witnesses outside the walls", "A neighbor across the street": a place after people
    (not "Relatives gathered outside the hospital", where the place is the verb's); after a
    participle of the people ("Relatives waiting outside the hospital")."""
    if tokens[j].low not in ("outside", "across") or j == 0:
        return False
    before = j - 1
    if before > 0 and tokens[before].text.islower() and tokens[before].low.endswith("ing"):
        before -= 1  # "Relatives waiting outside", "a man standing across the road"
    return names_people(tokens[before].low)


def participle_of_people(tokens: list[Token], j: int) -> bool:
    """ "Villagers fleeing the fighting", "Journalists covering the trial": people's own
    participle before its object, which is no speaker of its own."""
    word = tokens[j]
    if j == 0 or not word.text.islower() or not word.low.endswith("ing") or len(word.low) < 6:
        return False
    return names_people(tokens[j - 1].low)
