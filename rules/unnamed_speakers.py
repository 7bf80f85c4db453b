"""Unnamed single speakers a later "he" or "she" may stand for: "a spokesman for the
rebels", "A clerk who was working the register", "The homeowner, a retired bus driver who
asked that her name be withheld". Pure functions over a statement's source, read by
``rules.coreference``."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rules.model import Attribution
from rules.name_cores import named_after_role
from rules.nouns import PERSON_NOUNS
from rules.person_names import PRONOUN_GENDER

#: One person named by a role, with no name: the "he" or "she" of the next statement may be
#: them. Origin: general English news roles for unnamed speakers.
_UNNAMED_ROLE = re.compile(
    r"(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|official"
    r"|witness|doctor|commander|officer|resident|survivor|diplomat|source|aide|lawyer|nurse"
    r"|medic|paramedic|neighbou?r|relative|surgeon|physician|engineer|worker|employee"
    r"|soldier|teacher|trader|driver|firefighter|rescuer|volunteer|farmer|shopkeeper|vendor)\b",
    re.IGNORECASE,
)


#: One person by a determiner and up to three words before the noun (no "of": "the family
#: of the victim" is the family), then a comma, a relative clause, a place or the end ("A
#: clerk who ...", "The homeowner, a retired ...", "A shift supervisor at the plant").
#: General English noun phrases.
_DESCRIBED_PERSON = re.compile(
    r"(?P<person>(?:A|An|One|The|a|an|one|the)\s+(?:(?!(?:of|who|whom|whose|at|in|from|on"
    r"|near)\b)[a-z0-9-]+\s+)"
    r"{0,3}(?P<noun>[a-z]+))(?=,|\s+(?:who|whom|whose|at|in|from|on|near)\b|$)"
)


#: Bodies named by a person noun (general English): "the coast guard", "the national guard".
_GUARD_BODIES = (
    "coast guard",
    "national guard",
    "border guard",
    "civil guard",
    "home guard",
    "presidential guard",
    "republican guard",
    "royal guard",
    "revolutionary guard",
)


class UnnamedSpeaker(NamedTuple):
    """An unnamed person who spoke: the words a later pronoun is resolved to, and whether
    they are a role ("a spokesman for the rebels", anonymous wherever it speaks) or a plain
    noun ("A clerk who ...", a "he" only in the line that follows)."""

    name: str
    role: bool


@functools.lru_cache(maxsize=4096)
def unnamed_person(source: str) -> UnnamedSpeaker | None:
    """The unnamed person a statement's source is, as a later "he" or "she" may stand for
    it: the whole of a role ("a spokesman for the rebels", ``one_unnamed_person``), or a
    person noun and its determiner before a description or a relative clause ("A clerk who
    was working the register", "The homeowner, a retired bus driver who asked that her name
    be withheld"); None when a name is set off after it ("A neighbour, Ana Ruiz,").
    Remembered, as ``one_unnamed_person`` is: coreference asks it of each statement's source,
    and a story names the same sources again.

    >>> unnamed_person("The homeowner, a retired bus driver who asked not to be named")
    UnnamedSpeaker(name='The homeowner', role=False)
    >>> unnamed_person("A woman who lives nearby").name
    'A woman'
    >>> unnamed_person("A neighbour, Ana Ruiz") is None, unnamed_person("The family of Ana")
    (True, None)
    >>> unnamed_person("the coast guard") is None
    True
    """
    if source[:1] not in "aAoOtT":
        return None  # both readings open with "a", "an", "one" or "the" (most sources are names)
    if named_after_role(source) is not None:
        return None  # "a teacher named Ilona Varga": a name after the role
    if one_unnamed_person(source):
        return UnnamedSpeaker(source, True)
    match = _DESCRIBED_PERSON.match(source)
    if match is None or match["noun"].lower() not in PERSON_NOUNS:
        return None
    if match["person"].lower().endswith(_GUARD_BODIES):
        return None  # "the coast guard": a body, not a guard
    words = source[match.end() :].split()
    if any(
        w[:1].isupper() and (k == 0 or words[k - 1] not in _PLACED) for k, w in enumerate(words)
    ):
        return None  # a name after the person, or one in its description: not unnamed
    return UnnamedSpeaker(match["person"], False)


@functools.lru_cache(maxsize=4096)
def one_unnamed_person(source: str) -> bool:
    """ "A spokesman for the rebels", "a senior official", "the witness": one unnamed person
    (not "a spokesman, Ivo Brandt," whose name follows). Remembered: a pure function of the
    source, and stories name the same sources again and again (coreference asks of each)."""
    # every match opens with "a", "an", "one" or "the": the first letter is the cheap test
    return source[:1] in "aAoOtT" and "," not in source and bool(_UNNAMED_ROLE.match(source))


def said_gender(text: str | None, attribution: Attribution) -> str | None:
    """The gender ("m"/"f") the pronoun that opens what was said shows ("The homeowner ...
    said she heard four shots": "f"), or None (also before "was": "said she was killed")."""
    if text is None or attribution.cue_span is None:
        return None
    if attribution.source_span is not None:  # "A pupil who would give only her first name said"
        own = _OWN_NAME.search(text, attribution.source_span.end, attribution.cue_span.start)
        if own is not None:
            return "m" if own[1].lower() == "his" else "f"
    following = text[attribution.cue_span.end : attribution.cue_span.end + 16].split()[:2]
    if len(following) < 2 or following[1].lower() in _NOT_THE_SPEAKERS:
        return None  # "said she was killed instantly": the pronoun may be a victim's
    return PRONOUN_GENDER.get(following[0].lower())


#: Words before a place's capitals in a description: "a 30-year-old man from Velka" is unnamed.
_PLACED = frozenset(("from", "in", "near"))

#: The speaker's own name in the clause between them and their verb: "who gave only her first
#: name", "who asked that his name be withheld" (not "who did not know her name").
_OWN_NAME = re.compile(
    r"\b(?:gave|give|giving|asked\s+that|requested\s+that|want)\s+(?:only\s+)?(his|her)\s+"
    r"(?:(?:first|full|last|real)\s+)?names?\b",
    re.IGNORECASE,
)

#: After "said she", verbs whose subject is as often someone else as the speaker: "was",
#: "had been" (general English of reported speech).
_NOT_THE_SPEAKERS = frozenset("was were is had has would will".split())


def fleeting_reach(text: str | None, attribution: Attribution) -> int:
    """How many sentences after an unnamed person of a plain noun spoke ("A clerk who was at
    the till said ...") a "he" or "she" may still be them: the line that follows, or the
    last of a quotation of two sentences ('"It was chaos. People ran," he said')."""
    words = text[attribution.start : attribution.end] if text is not None else ""
    return 2 if any(mark in words for mark in ('"', "\u201c", "\u201d")) else 1


def first_name_only(text: str | None, attribution: Attribution) -> bool:
    """ "A neighbour who gave only his first name, Marcus, said": the source is a person
    known by one name (a "he" after it is them)."""
    span = attribution.source_span
    if text is None or span is None or not text.endswith(attribution.source, 0, span.end):
        return False  # the name ends the written source: "..., his first name, Marcus"
    at = span.end - len(attribution.source)
    return text[max(0, at - 20) : at].rstrip().endswith(("first name,", "first name only,"))


def speaker_unnamed(
    source: str, text: str | None, attribution: Attribution
) -> UnnamedSpeaker | None:
    """The unnamed person a statement's source is (``unnamed_person``), or one known by a
    first name only ("A neighbour who would give only his first name, Marcus, said"), whom a
    later "he" stands for wherever it speaks, as a role."""
    if attribution.kind not in ("statement", "non_response"):
        return None
    if " " not in source and source[:1].isupper() and first_name_only(text, attribution):
        return UnnamedSpeaker(source, True)
    return unnamed_person(source)
