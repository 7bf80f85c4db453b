"""A restrictive relative clause that describes an object names no silent party.

"Volunteers phoned every tenant who had not paid": the clause "who had not paid" tells which
tenants, the object of "phoned". The same holds for a non-response verb in such a clause
("nurses visited patients who had not answered letters"): nobody was asked for comment. A
party's silence is told of a subject ("The ministry had not answered calls"), in a clause set
off by a comma ("the ministry, which did not respond"), or where the sentence speaks of
comment, questions or requests ("reporters reached officials who declined to comment").
English grammar; the non-response cues are those of ``rules.cues``.

>>> from rules.tokens import tokenize
>>> tokens = tokenize("Nurses visited patients who had not answered letters.")
>>> describes_an_object(tokens, 3)
True
>>> tokens = tokenize("Two officials who declined to comment confirmed the toll.")
>>> describes_an_object(tokens, 2)
False
"""

from __future__ import annotations

from rules.nouns import names_people
from rules.number_values import number_value
from rules.tokens import Token

#: Prepositions before an object noun phrase (English grammar).
_PREPOSITIONS = frozenset("on to with for at from by about among near".split())
#: Words that show a reporter's request: a non-response there is one, whatever the clause.
_ASKED = frozenset(
    "comment comments question questions request requests reporters interview".split()
)


def describes_an_object(tokens: list[Token], p: int) -> bool:
    """Is the relative pronoun at ``p`` (no comma before it) the start of a clause about
    the object of a verb or preposition, in a sentence that asks nobody for comment?"""
    if p < 2 or tokens[p - 1].text == "," or any(t.low in _ASKED for t in tokens):
        return False
    before = tokens[p - 2]  # the word before the noun the clause hangs on
    if before.is_capital or not before.is_word:
        return False
    return before.low in _PREPOSITIONS or (before.low.endswith("ed") and len(before.low) > 3)


#: Prepositions and verbs' particles a speaker's noun phrase does not reach left across when a
#: restrictive "who" clause follows it: "complaints from players who said", "spoke to three
#: witnesses who said" (English grammar; "of" and "for" stay inside: "a spokesman for the
#: ministry who said").
_SPEAKER_STOPS = frozenset("to from with among by about against after at in on into".split())


#: Speakers that ``rules.nouns`` leaves out of its person nouns (a witness is mostly one who
#: speaks, not one counted). Origin: general English of news reports.
_WITNESSES = frozenset(("witness", "witnesses", "eyewitness", "eyewitnesses"))


def speaker_before_who(tokens: list[Token], q: int) -> tuple[int, int] | None:
    """The people the restrictive "who" after ``q`` hangs on, when they are the object of a
    preposition or follow a verb ("months of complaints from players who said": "players"),
    else None. Only a person noun is taken: "a doctor at the hospital who said" is the
    doctor's, which the whole phrase read leftwards already gives."""
    head = tokens[q].low
    if not (names_people(head) or head in _WITNESSES):
        return None
    k = q
    while k > 0 and tokens[k - 1].is_word and tokens[k - 1].low not in _SPEAKER_STOPS:
        before = tokens[k - 1]
        if before.text == before.low and before.low.endswith("ed") and len(before.low) > 3:
            break  # "interviewed residents who said"
        if before.low == "of" and k > 1 and not _part_or_person(tokens[k - 2].low):
            break  # "on behalf of families who said": the families
        k -= 1
    if k == 0 or not tokens[k - 1].is_word:
        return None  # the phrase runs to the sentence's or the clause's start: read as a whole
    return (k, q)


#: Words before "of" that keep the phrase whole: a part ("two of the miners", "some of the
#: parents"). Origin: general English.
_PARTS = frozenset("all some many most several both each one none few half".split())


def _part_or_person(low: str) -> bool:
    """Does ``low`` before "of" head the speaker ("two of the miners", "parents of pupils")?"""
    return low in _PARTS or low.isdigit() or number_value(low) is not None or names_people(low)
