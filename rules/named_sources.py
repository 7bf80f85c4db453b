"""Whether a source names a person or a body, read by ``rules.anonymous``: "Brendan Holt,
a spokesman for the mayor" is named apart from its role, "Defence lawyer Petra Lund" by a
title, "The ministry" is a body (general English of news attribution)."""

from __future__ import annotations

import re

#: People-nouns that stand for an institution when bare: "police said" is the police.
INSTITUTIONAL = frozenset("police authorities military army troops forces media press".split())

#: A part of the source between commas that is a personal name: "Brendan Holt" in "Brendan
#: Holt, a spokesman for the mayor" (a first name may look like a nationality: "Brendan").
_NAME_PART = re.compile(
    r"(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
)
_NOT_A_NAME_START = ("The ", "A ", "An ")
#: A name after a role ("Defence lawyer Petra Lund"), not after "of the" ("a representative of
#: the Orvik Dockers Union", a body's name).
_TITLED_NAME = re.compile(r"(?:^|\s)(?P<before>[a-z]+)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)+$")
_BEFORE_A_BODY = frozenset("of the for at from in with to by under within near".split())
#: A bracket after a name ("Ana Ruiz (D-Velk)") is no part of the name's shape.
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
#: Bodies whose relative clause may tell others' silence ("The ministry, which said reporters
#: were not permitted to speak to detainees, put the toll at 14"): never anonymous.
_OFFICES = frozenset("ministry government office department agency company court".split())


def named_apart(source: str) -> bool:
    """Does a part of the source between commas name a person ("Brendan Holt, a spokesman")?"""
    if "," not in source:
        return False
    return any(
        _NAME_PART.fullmatch(part) and not part.startswith(_NOT_A_NAME_START)
        for part in (_BRACKETS.sub("", p).strip() for p in source.split(","))
    )


def named_or_body(source: str) -> bool:
    """A named person ("Ana Ruiz", "Defence lawyer Petra Lund") or a body, whose relative
    clause's anonymity words tell of something else ("who was not permitted to speak at the
    inquest").

    >>> named_or_body("Defence lawyer Petra Lund"), named_or_body("A clerk")
    (True, False)
    >>> named_or_body("A representative of the Orvik Dockers Union")
    False
    """
    lead = _BRACKETS.sub("", source.split(",")[0]).strip()
    if _NAME_PART.fullmatch(lead) and not lead.startswith(_NOT_A_NAME_START):
        return True
    titled = _TITLED_NAME.search(lead)
    if titled is not None and titled["before"] not in _BEFORE_A_BODY:
        return True
    words = lead.lower().split()  # "The ministry", not "A source within the army"
    body = bool(words) and (words[-1] in _OFFICES or words[-1] in INSTITUTIONAL)
    return body and len(words) <= 3 and words[0] not in ("a", "an", "one")
