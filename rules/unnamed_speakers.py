"""Unnamed single speakers a later "he" or "she" may stand for: "a spokesman for the
rebels", "A clerk who was working the register", "The homeowner, a retired bus driver who
asked that her name be withheld". Pure functions over a statement's source, read by
``rules.coreference``."""

from __future__ import annotations

import re

from rules.nouns import PERSON_NOUNS

#: One person named by a role, with no name: the "he" or "she" of the next statement may be
#: them. Origin: general English news roles for unnamed speakers.
_UNNAMED_ROLE = re.compile(
    r"(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|official"
    r"|witness|doctor|commander|officer|resident|survivor|diplomat|source|aide|lawyer|nurse"
    r"|medic|paramedic|neighbou?r|relative)\b",
    re.IGNORECASE,
)


#: One person by a determiner and up to three words before the noun, then a comma or a
#: relative clause ("A clerk who ...", "The homeowner, a retired ...").
_DESCRIBED_PERSON = re.compile(
    r"(?P<person>(?:A|An|One|The|a|an|one|the)\s+(?:[a-z0-9-]+\s+){0,3}(?P<noun>[a-z]+))"
    r"(?=,|\s+(?:who|whom|whose)\b|$)"
)


def unnamed_person(source: str) -> str | None:
    """The unnamed person a statement's source is, as a later "he" or "she" may stand for
    it: the whole of a role ("a spokesman for the rebels", ``one_unnamed_person``), or a
    person noun and its determiner before a description or a relative clause ("A clerk who
    was working the register", "The homeowner, a retired bus driver who asked that her name
    be withheld"); None when a name is set off after it ("A neighbour, Ana Ruiz,").

    >>> unnamed_person("The homeowner, a retired bus driver who asked not to be named")
    'The homeowner'
    >>> unnamed_person("A neighbour, Ana Ruiz") is None
    True
    """
    if one_unnamed_person(source):
        return source
    match = _DESCRIBED_PERSON.match(source)
    if match is None or match["noun"].lower() not in PERSON_NOUNS:
        return None
    if any(word[:1].isupper() for word in source[match.end() :].split()):
        return None  # a name after the person, or one in its description: not unnamed
    return match["person"]


def one_unnamed_person(source: str) -> bool:
    """ "A spokesman for the rebels", "a senior official", "the witness": one unnamed person
    (not "a spokesman, Ivo Brandt," whose name follows)."""
    # every match opens with "a", "an", "one" or "the": the first letter is the cheap test
    return source[:1] in "aAoOtT" and "," not in source and bool(_UNNAMED_ROLE.match(source))
