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
