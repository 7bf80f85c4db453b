"""A place or a participle's object after people inside a speaker's noun phrase
("Witnesses outside the walls said", "Villagers fleeing the fighting said"), read by
``rules.phrases`` (general English noun phrases)."""

from __future__ import annotations

from rules.nouns import names_people
from rules.tokens import Token

#: Pronouns that head a phrase of people by what follows them: "Those fleeing the fighting",
#: "Others standing near her", "Those who saw the crash" (English grammar).
PEOPLE_PRONOUNS = frozenset("those others anyone everyone".split())


def place_of_people(tokens: list[Token], j: int) -> bool:
    """ "Witnesses outside the walls", "A neighbor across the street": a place after people
    (not "Relatives gathered outside the hospital", where the place is the verb's); after a
    participle of the people ("Relatives waiting outside the hospital")."""
    if tokens[j].low not in ("outside", "across") or j == 0:
        return False
    before = j - 1
    if before > 0 and tokens[before].text.islower() and tokens[before].low.endswith("ing"):
        before -= 1  # "Relatives waiting outside", "a man standing across the road"
    return names_people(tokens[before].low) or tokens[before].low in PEOPLE_PRONOUNS


def participle_of_people(tokens: list[Token], j: int) -> bool:
    """ "Villagers fleeing the fighting", "Journalists covering the trial", "Those fleeing
    the fighting": people's own participle before its object, which is no speaker of its own."""
    word = tokens[j]
    if j == 0 or not word.text.islower() or not word.low.endswith("ing") or len(word.low) < 6:
        return False
    return names_people(tokens[j - 1].low) or tokens[j - 1].low in PEOPLE_PRONOUNS


#: Prepositions of where one stood beside another: "sitting next to him", "standing beside her".
_BESIDE = frozenset("beside behind near with alongside opposite to".split())
_OBJECTS = frozenset("him her them me us".split())


def people_beside(tokens: list[Token], i: int) -> int | None:
    """ "The woman sitting next to him said": the people's noun before a participle of where
    they were beside the one the pronoun at ``i`` names, or None (the pronoun is no speaker)."""
    if tokens[i].low not in _OBJECTS or i < 3:
        return None
    k = i - 1
    if tokens[k].low not in _BESIDE or (tokens[k].low == "to" and tokens[k - 1].low != "next"):
        return None
    if tokens[k].low == "to":
        k -= 1
    if k < 2 or not participle_of_people(tokens, k - 1):
        return None
    return k - 2
