"""What follows a figure set again ("raised it to 16 ..."): people, or a measure or a count of
something else. One check for the toll it sets (``rules.claims.cb83``) and for the statement
of whoever set it (``rules.speech.at14``)."""

from __future__ import annotations

import re

from rules.nouns import is_human_plural

#: A word after the figure that makes it a measure or an hour: "12 feet", "5 percent", "2 p.m.".
_UNIT_AFTER = re.compile(
    r"\s*(?:%|(?:percent|per\s+cent|degrees|feet|foot|metres|meters|inches|cm|km|miles|points"
    r"|dollars|euros|pounds|million|billion|o'clock|[ap]\.?m)\b)",
    re.IGNORECASE,
)
#: A plural after the figure: a count of something else ("raised the number to 16 branches")
#: unless it names people or their deaths.
_PLURAL_AFTER = re.compile(r"\s+([a-z][a-z-]{2,}s)\b")
_HARM_PLURALS = frozenset("bodies deaths casualties fatalities victims injuries others".split())
#: Words in "-s" that are no plural noun: "raised it to 16 this morning", "across the state".
_NOT_PLURALS = frozenset(
    "this thus across plus towards besides perhaps whereas always afterwards unless".split()
)


def people_after(text: str, end: int) -> bool:
    """Does the figure ending at ``end`` of ``text`` count people: no measure after it and no
    plural of things ("to 16 victims", "to 16 this morning"; not "to 16 branches", "to 5
    percent", "to 2 p.m.")?

    >>> people_after("raised it to 16 victims", 15), people_after("raised it to 16 branches", 15)
    (True, False)
    """
    if _UNIT_AFTER.match(text, end):
        return False
    plural = _PLURAL_AFTER.match(text, end)
    if plural is None or plural[1] in _NOT_PLURALS or plural[1] in _HARM_PLURALS:
        return True
    return is_human_plural(plural[1])
