"""A figure that is a sum paid or an hour of the clock, by the words after it: "500,000 vorns
in compensation", "90,000 vorns to the relatives of every person killed", "about 9 Tuesday
night". For ``rules.not_counts``; ``AFTER_HINT`` lets ``rules.numbers.find_figures`` pass
over both tests where nothing after a figure could make them true.
"""

from __future__ import annotations

import re

import re2

from rules.calendar import WEEKDAYS, either
from rules.nouns import names_people
from rules.number_values import number_value

#: A clock hour with the part of a day after it: "about 9 Tuesday night", "shortly after 4
#: Monday afternoon", "at 8 last night" (US local news drops "p.m." before a day part). Only
#: after "at", "after", "before" or "until", or after "around" or "about" (here or in the
#: phrase, "Around 10") at the sentence's start, after a comma or "happened", so "killed 10
#: Saturday night" and "killed about 10 Saturday night" stay counts.
_DAY_PART_AFTER = re.compile(
    rf"\s+(?:(?:on\s+)?{either(WEEKDAYS)}|last|this"
    r"|that|early|late)\s+(?:night|morning|evening|afternoon)\b",
    re.IGNORECASE,
)
_HOUR_BEFORE = re.compile(
    r"\b(?:at|after|before|until|till)\s+(?:(?:about|around|approximately|roughly)\s+)?$"
    r"|(?:^|[.,;:(\n]|\bhappened)\s*(?:(?:shortly|just|sometime|around|about"
    r"|approximately|roughly)\s+){1,2}$",
    re.IGNORECASE,
)
_HOUR_PREFIX = re.compile(r"(?:around|about|approximately|roughly|after|before)\b", re.IGNORECASE)
#: A toll set "at" its figure: "the toll stood at 8 on Friday morning" is the toll then.
_TOLL_AT = re.compile(
    r"\b(?:toll|number|figure|tally)\b[^.;:]{0,30}\bat\s+(?:(?:about|around)\s+)?$", re.IGNORECASE
)


def clock_hour(text: str, start: int, lowered: str, after: str) -> bool:
    """Is the number an hour of the clock before a part of the day ("about 9 Tuesday
    night")?"""
    # the anchored match first: it fails at once after most figures
    if not _DAY_PART_AFTER.match(after) or not 1 <= (number_value(lowered.split()[-1]) or 0) <= 12:
        return False
    before = text[max(0, start - 40) : start]
    if _HOUR_PREFIX.match(lowered):
        before += lowered.split()[0] + " "
    return _HOUR_BEFORE.search(before) is not None and not _TOLL_AT.search(before)


def paid_sum(text: str, end: int, after: str) -> bool:
    """A sum paid as something ("500,000 vorns in compensation", not "12 workers in
    compensation talks") or to the bereaved ("90,000 vorns to the relatives of every person
    killed")."""
    currency = _CURRENCY_IN.match(after)
    if currency is not None and not names_people(currency[1].lower()):
        return True
    return _PAID_TO.match(text, end, end + 80) is not None


#: A sum by its currency, any word, then what it is paid as: "500,000 vorns in compensation",
#: "2 million dinars in ransom" (not "12 people in aid camps": only these uses of money).
_CURRENCY_IN = re.compile(
    r"\s+([a-z]+)\s+in\s+(?:compensation|ransom|fines|bail|damages|losses|reparations)\b",
    re.IGNORECASE,
)

#: A sum paid to the bereaved or the hurt, its currency any word: "90,000 vorns to the
#: relatives of every person killed", "20,000 to each of the injured" (general English of
#: compensation announcements).
_PAID_TO = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:each\s+)?(?:for|to)\s+(?:the\s+)?(?:(?:famil(?:y|ies)|relatives"
    r"|next\s+of\s+kin|heirs|dependants|dependents)\s+of|each\s+of\s+the)\b",
    re.IGNORECASE,
)
#: ``_CURRENCY_IN``, ``_PAID_TO`` and ``_DAY_PART_AFTER`` as one RE2 pattern for the ASCII
#: text of the 80 characters after a figure (``numbers.find_figures`` asks it): anchored at
#: their start, as the three are matched there; their final ``\b`` and the group left out and
#: ``\s`` read as Python reads it on ASCII text, so each of their matches (over 40 or 80 of
#: those characters) is one of it. No match of it: none of theirs.
AFTER_HINT = re2.compile(
    (
        "(?i)^(?:"
        + "|".join(
            p.pattern.removesuffix(r"\b").replace("([a-z]+)", "[a-z]+")
            for p in (_CURRENCY_IN, _PAID_TO, _DAY_PART_AFTER)
        )
        + ")"
    )
    .replace(r"\s", r"[\t-\r\x1c-\x1f ]")
    .encode("ascii")
)
