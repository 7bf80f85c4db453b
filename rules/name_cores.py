"""The name inside a source with its appositive ("Jane Doe, a spokeswoman" -> "Jane Doe"),
which ``rules.coreference`` remembers for a later pronoun or surname."""

from __future__ import annotations

import functools
import re

from rules.nouns import PERSON_NOUNS
from rules.source_words import ORG_WORDS

#: A place told by a common noun, whose one-word name may follow in commas ("in the regional
#: capital, Tamesna,"; not "The governor of Orla province, Ilse Varga" nor "a doctor
#: in the town, Ana Ruiz", whose names they are).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside)\s+the\s+(?:[a-z-]+\s+){0,2}(?:capital|city|town|village"
    r"|province|district|region|county|state|port|island)$"
)


@functools.lru_cache(maxsize=4096)
def core_name(source: str) -> str:
    """The name without its appositive: "Jane Doe, a spokeswoman" -> "Jane Doe".

    When the name is the appositive ("the town's mayor, Petr Halas") or follows "named" ("a
    teacher named Ilona Varga"), the name wins.
    """
    parts = [p.strip() for p in source.split(",") if p.strip()]
    for k, part in enumerate(parts):
        if k and " " not in part and _PLACE_BEFORE.search(parts[k - 1]):
            continue  # "An official in the regional capital, Tamesna": the place's name
        if _PERSONAL_NAME.fullmatch(part):
            return part
        named = named_after_role(part)  # "a teacher named Ilona Varga"
        if named is not None:
            return named
        # "the Rev. Tomas Kell of St. Mark's": a name with "the" before its title and the
        # place it is from after it
        bare = _OF_PLACE.sub("", _THE_TITLE.sub("", part))
        if bare != part and _PERSONAL_NAME.fullmatch(bare):
            return bare
    return parts[0] if parts else source.strip()


#: "the Rev.", "the Very Rev.", "the Hon.": "the" before a title of address (general English).
_THE_TITLE = re.compile(
    r"^the\s+(?=(?:Very\s+|Most\s+|Right\s+)?(?:Rev|Hon|Reverend|Honou?rable)\b)",
    re.IGNORECASE,
)
#: "of St. Mark's", "of Grace Tabernacle", "of the Orme Times": where a named person is from.
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+$")


_PERSONAL_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][a-z][\w'’-]*")


#: A person's name after "named" or "called" at the end of a role: "a teacher named Ilona
#: Varga", "a driver called Tomas Brel" (general English of introducing a speaker).
_NAMED_AS = re.compile(
    r"\b(?P<role>[a-z][a-z-]*)\s+(?:named|called)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2})$"
)


#: A person at the scene before "named": "A woman on the scene named Ruth Harter".
_ON_THE_SCENE = re.compile(r"\b(?:man|woman|person|witness)\s+(?:on|at)\s+the\s+scene$")


def named_after_role(source: str) -> str | None:
    """The name after a person and "named" ("a teacher named Ilona Varga" -> "Ilona Varga",
    "A woman on the scene named Ruth Harter"), not a body's name ("a spokesman for the newly
    named Velk Authority").

    >>> named_after_role("a teacher named Ilona Varga")
    'Ilona Varga'
    >>> named_after_role("the newly named Velk Authority") is None
    True
    """
    if "named" not in source and "called" not in source:
        return None  # the pattern's own words, in lower case only: the cheap test first
    match = _NAMED_AS.search(source)
    if match is None or match["role"].endswith("ly") or ORG_WORDS.search(match["name"]):
        return None  # "newly named", "named Velk Authority": a body's name
    # the person right before "named", or a person "on the scene" (not "a volunteer at a
    # shelter named Hope House", "an aide to a senator named Petr Voss": the name is another's)
    role = match["role"]
    scene = _ON_THE_SCENE.search(source, 0, match.end("role")) is not None
    return match["name"] if role in PERSON_NOUNS or scene else None
