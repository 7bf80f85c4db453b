"""The body a person's role speaks for: "A spokeswoman for the airline said it would not
comment" (an "it" is no person, so it is the airline). General English of attribution.

>>> from rules.tokens import tokenize
>>> tokens = tokenize("A spokeswoman for the airline said it would not comment.")
>>> body = body_spoken_for(tokens, (tokens[0].start, tokens[4].end))
>>> "A spokeswoman for the airline said"[body[0] : body[1]]
'the airline'
>>> body_spoken_for(tokenize("A spokesman for the mayor said"), (0, 26)) is None
True
>>> body_spoken_for(tokenize("A spokesman for Mayor Ivo Tal said"), (0, 29)) is None
True
"""

from __future__ import annotations

from rules.nouns import names_people
from rules.source_words import ORG_WORDS, TITLES
from rules.tokens import Token

#: Roles that speak for a body named after a link ("a spokeswoman for the airline", "an
#: official at the mine", "a manager from the firm").
_ROLES = frozenset(
    """spokesman spokeswoman spokesperson representative official officer aide employee
    manager director""".split()
)
_LINKS = frozenset("for of at from with".split())


def body_spoken_for(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the body after a role in ``source`` ("the airline" in "A spokeswoman for the
    airline", up to a comma), when its last word names no person; else None."""
    inside = [k for k, t in enumerate(tokens) if source[0] <= t.start and t.end <= source[1]]
    for k in inside[:-2]:
        if tokens[k].low in _ROLES and tokens[k + 1].low in _LINKS and tokens[k + 2].is_word:
            last = k + 2  # the body runs to the first comma ("for the airline, Ana Ruiz,")
            while last + 1 <= inside[-1] and tokens[last + 1].is_word:
                last += 1
            if names_people(tokens[last].low) or _titled_name(tokens[k + 2 : last + 1]):
                return None  # "a spokesman for the mayor", "for Mayor Ivo Tal": a person
            return (tokens[k + 2].start, tokens[last].end)
    return None


def _titled_name(words: list[Token]) -> bool:
    """Is the body a title and then a name, a person ("Mayor Ivo Tal", "Police Chief Ana
    Soto"; not "the Nurses Union", "the Mayor's Office")?"""
    titled = next((j for j, t in enumerate(words) if TITLES.fullmatch(t.text)), None)
    name = words[titled + 1 :] if titled is not None else []
    return bool(name) and all(t.text[:1].isupper() and not ORG_WORDS.match(t.low) for t in name)


def owner_named_again(party: str, speaker: str) -> bool:
    """Is ``party`` the owner a role in ``speaker`` is of, named again where an "it" could
    stand ("The school's principal, Ana Ruiz, said the school would wait ...": the
    principal's own silence, as "said it would wait"; 52nd session)?

    >>> owner_named_again("the school", "The school's principal, Ana Ruiz")
    True
    >>> owner_named_again("the school", "The principal, Ana Ruiz")
    False
    """
    words = speaker.lower().replace("\u2019", "'").split()
    owner = next((j for j, w in enumerate(words) if w.endswith("'s")), None)
    if owner is None or owner + 1 >= len(words):
        return False  # no role after the owner: "the school's" alone speaks for no one
    return " ".join(words[: owner + 1])[:-2] == party.lower()
