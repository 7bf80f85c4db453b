"""The body a person's role speaks for: "A spokeswoman for the airline said it would not
comment" (an "it" is no person, so it is the airline). General English of attribution.

>>> from rules.tokens import tokenize
>>> tokens = tokenize("A spokeswoman for the airline said it would not comment.")
>>> body = body_spoken_for(tokens, (tokens[0].start, tokens[4].end))
>>> "A spokeswoman for the airline said"[body[0] : body[1]]
'the airline'
>>> body_spoken_for(tokenize("A spokesman for the mayor said"), (0, 26)) is None
True
"""

from __future__ import annotations

from rules.nouns import names_people
from rules.tokens import Token

#: Roles that speak for a body named after "for", "of" or "at" ("an official at the mine").
_ROLES = frozenset(
    """spokesman spokeswoman spokesperson representative official officer aide employee
    manager director""".split()
)
_LINKS = frozenset("for of at from with".split())


def body_spoken_for(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the body after a role in ``source`` ("the airline" in "A spokeswoman for the
    airline"), when the source ends on it and its last word names no person; else None."""
    inside = [k for k, t in enumerate(tokens) if source[0] <= t.start and t.end <= source[1]]
    if len(inside) < 3:
        return None
    last = inside[-1]
    if not tokens[last].is_word or names_people(tokens[last].low):
        return None  # "a spokesman for the mayor", "an aide to the ministers"
    for k in inside[:-2]:
        if tokens[k].low in _ROLES and tokens[k + 1].low in _LINKS and tokens[k + 2].is_word:
            return (tokens[k + 2].start, tokens[last].end)
    return None
