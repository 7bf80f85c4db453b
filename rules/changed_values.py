"""A figure stated as a change: "rose by 12 to 52" and "revised from 42 to 38" give the new value.

After a verb of change, "by N to M" and "from N to M" are not a range: N is the step or the old
value and M is what the figure is now. News states revised tolls this way ("The death toll rose
from 30 to 42", "the ministry revised the toll from 42 to 38", "climbed by 5 to 19", and with
no "by" after a verb of rising or falling, "Deaths rose 12 to 52"); reading them as the range
30-42 (or, when the toll fell, as nothing at all) hides the very revision a reader follows.
Without a verb of change the same words stay a range ("From 10 to 12 people were killed"). The
verbs are the general English of rising and falling figures, in the tenses news uses, with an
optional object ("revised the toll", "raised its estimate") between verb and preposition.

>>> text = "The toll rose by 12 to 52."
>>> import re
>>> match = re.compile(r"(?P<a2>12)(?:\\s*to\\s*(?P<b2>52))").search(text)
>>> new_value(text, match)
(23, 25)
>>> text = "It revised its earlier toll of 19 to 23."
>>> new_value(text, re.compile(r"(?P<a2>19)(?:\\s*to\\s*(?P<b2>23))").search(text))
(37, 39)
"""

from __future__ import annotations

import re

from rules.calendar import WEEKDAY
from rules.figure_patterns import PREFIXES
from rules.number_values import number_value

_VERBS = (
    "rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown"
    "|grows|soared|soars|swelled|mounted|went up|gone up|fell|fallen|falls|falling|dropped|drops"
    "|declined|decreased|revised|revises|lowered|lowers|raised|raises|corrected|updated|adjusted"
    "|upgraded|downgraded|reduced|changed"
    # "..., raising the death toll from 12 to 14" (49th session)
    "|raising|lowering|revising|reducing|correcting|updating|adjusting|increasing"
)
#: Verbs that move a toll to a new figure: "brings", "raised", "pushing", "took", "drove",
#: and those that correct it ("lowered the death toll from the fire to four"): general
#: English of tolls updated by a new event or revised (read by CB108, CB128,
#: ``rules.claims.brought_to`` and ``rules.claims.tally_steps`` too).
TOLL_MOVERS = (
    r"(?:brings?|brought|bringing|raises?|raised|raising|push(?:es|ed|ing)?|lift(?:s|ed|ing)?"
    r"|takes?|took|taking|driv(?:e|es|ing)|drove|lower(?:s|ed|ing)?|revis(?:es|ed|ing)"
    r"|reduc(?:es|ed|ing))"
)
#: Verbs that move a toll only with the toll as their object: "bringing the toll from 12 to
#: 14", "took the count from 9 to 11" (not "taking from 10 to 12 hours").
_MOVERS = (
    rf"{TOLL_MOVERS}\s+(?:the|its|their)(?:\s+[a-z]+)?\s+(?:toll|figure|number|count|tally|total)"
)
_OBJECT = (
    r"(?:\s+(?:up|down|upwards?|downwards?|sharply|again|overnight|further"
    r"|(?:the|its|their|his|her|that|this)"
    r"(?:\s+[a-z]+)?\s+(?:toll|figure|number|count|tally|estimate|total))){0,2}"
)
#: Verbs that take the step with no "by": "Deaths rose 12 to 52", "fell 4 to 38".
_RISE_FALL = (
    "rose|risen|rises|climbed|climbs|jumped|jumps|grew|grown|soared|swelled|mounted|fell|fallen"
    "|falls|dropped|drops|declined|increased|decreased"
)
_BEFORE_BY = re.compile(rf"\b(?:(?:{_VERBS}){_OBJECT}\s+by|{_RISE_FALL})\s+$", re.IGNORECASE)
_BEFORE_FROM = re.compile(rf"\b(?:(?:{_VERBS}){_OBJECT}|{_MOVERS})\s+$", re.IGNORECASE)
#: A revised figure named with its old value: "revised its earlier toll of 19 to 23".
_BEFORE_OF = re.compile(
    r"\b(?:revised|raised|lowered|updated|corrected|adjusted|upgraded|downgraded|reduced)"
    r"(?:\s+(?:up|down|upwards|downwards))?\s+(?:the|its|their|an?)(?:\s+(?:earlier|previous"
    r"|initial|original|first|provisional|official))?(?:\s+(?:death|casualty|injury))?"
    r"\s+(?:toll|figure|count|tally|estimate|total)\s+of\s+$",
    re.IGNORECASE,
)
_TO = re.compile(r"\s*to\s*$", re.IGNORECASE)
_BEFORE_STEP = re.compile(
    rf"\b(?:(?:{_VERBS}){_OBJECT}\s+(?:by|from)|{_RISE_FALL})\s+$", re.IGNORECASE
)
_TO_NEXT = re.compile(r"\s+to\s+(?:at\s+least|more\s+than|over|about|around|nearly|almost)\b")
_COMMA_TO = re.compile(
    r",\s*to\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost)\s+)?(?P<new>[\w,.-]+)",
    re.IGNORECASE,
)
#: When the old value stood, between it and the new one: "rose from 31 overnight to 33", "from
#: 15 on Monday to 19", "from nine the night before to 12" (general English of toll updates).
OLD_VALUE_TIME = (
    rf"\s+(?:overnight|earlier|yesterday|last\s+night|(?:on|by)\s+{WEEKDAY}"
    r"|the\s+(?:night|day|evening)\s+before|a\s+day\s+earlier)"
)
_TIMED_TO = re.compile(
    rf"{OLD_VALUE_TIME},?\s+to\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost)"
    r"\s+)?(?P<new>(?!an?\b)[\w,.-]+)",  # not "to a record"
    re.IGNORECASE,
)
#: What every match of ``_COMMA_TO``, ``_TIMED_TO`` or ``_TO_NEXT`` opens with: a comma, or
#: a space and the first letter of "to", "overnight", "earlier", "yesterday", "last", "on",
#: "by", "the" or "a" (a cheap first test: most figures are followed by their noun).
_GOES_ON = re.compile(r",|\s+[toeylba]", re.IGNORECASE)
_WINDOW = 60


def new_value(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The span of the new value when ``match`` is "by N to M" or "from N to M" after a change.

    ``match`` is a figure match with the groups of ``figure_patterns.FIGURE``: ``a2``/``b2`` for
    "N to M" and ``between``/``a1``/``b1`` for "from N to M".
    """
    groups = match.groupdict()
    before = text[max(0, match.start() - _WINDOW) : match.start()]
    if groups.get("b2") and (_BEFORE_BY.search(before) or _BEFORE_OF.search(before)):
        first, second = "a2", "b2"
    elif (
        groups.get("b1")
        and (groups.get("between") or "").lower() == "from"
        and _BEFORE_FROM.search(before)
    ):
        first, second = "a1", "b1"
    else:
        return None
    if not _TO.search(text[match.end(first) : match.start(second)]):
        return None  # "rose by 5-7" and "rose by 2 or 3" say nothing of the new value
    return match.start(second), match.end(second)


def is_old_value(text: str, match: re.Match[str]) -> bool:
    """The step or old value before a qualified new one: "12" in "rose by 12 to at least 52".

    A comma before "to" leaves the two figures apart ("rose by 12, to 52"): the first is the step.

    >>> text = "The toll rose from 30 to more than 40."
    >>> is_old_value(text, re.compile(r"30").search(text))
    True
    >>> text = "It revised its earlier toll of 19 to at least 23."
    >>> is_old_value(text, re.compile(r"19").search(text))
    True
    >>> text = "The toll rose from 31 overnight to 33."
    >>> is_old_value(text, re.compile(r"31").search(text))
    True
    """
    if _GOES_ON.match(text, match.end()) is None:
        return False  # most figures: "12 people", "52." (one regex call, not three)
    comma = _COMMA_TO.match(text, match.end())
    timed = _TIMED_TO.match(text, match.end())  # "rose from 31 overnight to 33"
    if comma is not None:
        if number_value(comma.group("new").rstrip(",.")) is None:
            return False  # "rose by 12, to the dismay of officials"
    elif timed is not None:
        if number_value(timed.group("new").rstrip(",.")) is None:
            return False  # "rose from 31 overnight to a record": no new value told
    elif not _TO_NEXT.match(text, match.end()):
        return False
    before = text[max(0, match.start() - _WINDOW) : match.start()]
    return _BEFORE_STEP.search(before) is not None or _BEFORE_OF.search(before) is not None


#: The step may be qualified ("rose by about 12 to 52") and set off by a comma ("by 12, to 52");
#: "of" names the old value of a revised toll ("revised its toll of 19 to 23", ``_BEFORE_OF``).
_STEP_PREFIX = "|".join(p for _, p in PREFIXES)
_OLD_VALUE = re.compile(
    rf"(?:\s(?:by|from|of)|\b(?P<verb>{_RISE_FALL}))\s+(?:(?:{_STEP_PREFIX})\s+)?"
    rf"(?P<old>[\w,.-]+?)(?:{OLD_VALUE_TIME})?,?\s+to\s*$",
    re.IGNORECASE,
)


def without_old_value(gap: str, before: str = "") -> str:
    """A toll's gap up to its new value with the step or old value left out; "of" names the
    old value only after a verb of revising in ``before``, the words up to the toll noun
    ("revised its earlier toll| of 19 to 23").

    >>> without_old_value(" rose by 12 to ")
    ' rose to '
    >>> without_old_value(" rose by about 12, to ")
    ' rose to '
    >>> without_old_value(" from Monday's raid rose to ")
    " from Monday's raid rose to "
    >>> without_old_value(" rose 12 to ")
    ' rose to '
    """
    found = _OLD_VALUE.search(gap)
    if found is None or number_value(found.group("old")) is None:
        return gap
    if found.group().lstrip()[:2].lower() == "of" and not _BEFORE_OF.search(before + " of "):
        return gap  # "gave a toll of 19 to more than 23": no revision
    return gap[: found.start()] + (found.group("verb") or "") + " to "


#: "was revised up to 62", "raised the toll up to 30": after a verb of change "up" is the
#: change's direction and "to" names the new value, not the cap of "up to 62 may have died".
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)


def revised_up_to(text: str, match: re.Match[str]) -> int | None:
    """Where the new value starts when ``match`` opens with "up to" after a verb of change.

    >>> text = "The number missing was revised up to 62."
    >>> revised_up_to(text, re.compile(r"(?P<p_at_most>up to) 62").search(text))
    37
    """
    cap = match.group("p_at_most")
    if not cap or _UP_TO.fullmatch(cap + " ") is None:
        return None
    before = text[max(0, match.start() - _WINDOW) : match.start()]
    if _BEFORE_FROM.search(before) is None:
        return None
    opened = _UP_TO.match(text, match.start("p_at_most"))
    return opened.end() if opened else None
