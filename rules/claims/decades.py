"""An age given by its decade inside a group: "a man in his 30s", "two women in their 20s".

US local crime news describes victims not yet named by the decade of their age; the phrase
is part of the group, not a figure or a break between the group's figure and its verb
(issue 9, round 8; general English). With commas around it ("two men, both in their 20s,")
it is ``patterns.PARENTHETICAL``'s.
"""

from __future__ import annotations

import re

#: "in his 30s", "in their early 20s", "in her mid-40s" ("in his late teens" is words already).
_DECADE = r"(?:early\s+|mid-?\s*|late\s+)?\d0['\u2019]?s\b"
#: "aged in their 20s and 40s": two decades of two people's ages, one phrase.
AGE_DECADE = re.compile(
    rf"\b(?:aged\s+)?in\s+(?:his|her|their)\s+{_DECADE}(?:\s+(?:and|or)\s+{_DECADE})?",
    re.IGNORECASE,
)
#: One person's age without commas: " aged 52", " of about 70", " aged 52 years old".
_AGE_OF_ONE = (
    r"\s+(?:aged|of)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?\d{1,3}"
    r"(?![\d%.,]\d|\s*%|\s+per\b)(?:\s+years(?:\s+old)?)?"
)
#: The decade of one person's age right after the person ("a man in his 30s was killed",
#: "a woman in her late twenties"), or the age ("a man aged 52 died"), for
#: ``patterns.SINGULAR``'s asides.
ONE_DECADE = (
    rf"\s+in\s+(?:his|her)\s+(?:{_DECADE}|(?:early\s+|mid-?\s*|late\s+)?(?:teens|twenties"
    r"|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
    # or the age itself without commas: "a man aged 52", "a woman of about 70" (an age, since
    # the noun before it is a person's: ``figures`` checks it)
    rf"|{_AGE_OF_ONE}"
)


#: The range of a group's ages, set off or not: "six people, ranging in age from 18 to 29,",
#: "three men between the ages of 18 and 23", "five men aged 20 to 30" (the usual wording of
#: US crime reports for victims not yet named; two ages at least, one is a person's own).
#: Between dashes ("two sisters -- aged 6 and 2 --") they are ``patterns.PARENTHETICAL``'s.
AGE_RANGE = re.compile(
    r"(?:,\s*|(?<![-\u2013\u2014])\s)(?:(?:all|both|each)\s+)?(?:ranging\s+(?:in\s+age\s+)?from"
    r"|between\s+the\s+ages\s+of|between\s+ages|ages|aged"
    # a relative clause of ages: "who range in age from 16 to 24", "who are 4, 9 and 12"
    r"|who\s+range[sd]?\s+in\s+age\s+from|who\s+(?:are|were)(?:\s+aged)?)\s+\d{1,2}"
    r"(?:\s*(?:,|,?\s*and|to|-|through)\s*\d{1,2})+(?:[\s-]+years?(?:[\s-]+old|\s+of\s+age))?"
    r"\s*,?",
    re.IGNORECASE,
)


#: One person's age right before the verb: "a man aged 52 died", "a woman of about 70 was".
_ONE_AGE = re.compile(
    rf"(?<=[a-z]){_AGE_OF_ONE}(?=\s*$|\s+(?:was|is|has|had|died|dies|remains|remained)\b)",
    re.IGNORECASE,
)


def without_decades(gap: str) -> str:
    """``gap`` with each age decade, each range of ages and one person's age before the verb
    replaced by a space ("men in their 20s were" -> "men were", "men, ranging in age from 18
    to 29, were" -> "men were", "man aged 52" -> "man"); callers test for a "0", "age", "of"
    or "who" first (most gaps have none)."""
    gap = AGE_RANGE.sub(_range_out, AGE_DECADE.sub(" ", gap))
    return _ONE_AGE.sub(" ", gap) if any(c.isdigit() for c in gap) else gap


def _range_out(match: re.Match[str]) -> str:
    """A space for a range of ages; a range opened inside an aside keeps the comma that
    closes the aside ("two adults, men aged 27 and 41, were" -> "two adults, men , were")."""
    opened = match.group().lstrip()[:1] == ","
    return " ," if match.group().endswith(",") and not opened else " "
