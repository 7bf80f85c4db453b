"""An aside between a toll noun and its verb: "The toll, which the ministry said was
provisional, rose to 31"; "The number of dead, according to the ministry, rose to 31".

The aside is set off by commas and opens with a relative pronoun, "according to", an
adverb of time, "already"/"now"/"still" or "up from"/"down from" (general English of updated
tolls); without it the gap reads as the plain "rose to". Other asides ("the ministry said")
are left alone.
A figure inside an aside of the old value ("which stood at 9 on Friday") is the earlier value
(``cb124``), and the new one after the aside binds past it (``toll_aside_end``); a figure in
any other aside still stands between the toll and its figure, so neither is read.

>>> without_toll_aside(", which officials said could rise, reached ")
' reached '
>>> without_toll_aside(", according to the ministry, rose to ")
' rose to '
>>> without_toll_aside(" in the two villages rose to ")
' in the two villages rose to '
>>> without_toll_aside(", up from 12 on Friday, rose to ")
' rose to '
>>> without_toll_aside(", the ministry said, rose to ")
', the ministry said, rose to '
>>> without_toll_aside(" much higher, at ")
' at '
>>> without_toll_aside(" has risen overnight, to ")
' to '
>>> verb_on_gap(" from the floods rose again on Friday, to ")
' to '
"""

from __future__ import annotations

import re

from rules.calendar import WEEKDAYS
from rules.claims.groups import toll_gap
from rules.cues import RIVAL_DEGREE

_DAYS = "|".join(WEEKDAYS)
#: The verbs of a toll's update, before its day or its comma ("rose on Thursday to 55", "has
#: risen, to 55"; general English of updated tolls).
_UPDATE_VERBS = (
    "rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|fell|fallen|dropped|reached"
    "|stood|mounted|soared|revised|raised|lowered"
)

_ASIDE = re.compile(
    r"\s*,\s*(?:which|that|according\s+to|already|now|still|so\s+far|as\s+of|by\s+then"
    r"|(?:up|down)\s+from)\b"
    r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){1,90},(?=\s)",  # "up from 1,200 on Friday,"
    re.IGNORECASE,
)


#: A comparison with a figure told before, then the new one: "put the toll higher, at 17",
#: "put the number much lower, at about 9,000" (general English of rival figures); a second
#: update: "raised the death toll again, to 97", "climbed overnight, to 55", "has risen, to 55".
_COMPARED = re.compile(
    rf"\s+(?:(?:{RIVAL_DEGREE}\s+)?"
    r"(?:higher|lower|further)\s*,\s*(?=at\s)"
    rf"|(?:(?:has|have|had)\s+)?(?:(?:{_UPDATE_VERBS})\b\s*)?(?:(?:again|overnight|later|sharply|today|yesterday)"
    r"\s*)?"
    rf"(?:(?:on\s+)?(?:{_DAYS})\s*)?,\s*(?=to\s))",
    re.IGNORECASE,
)


#: A change told inside the aside: its figure is the new value, not an old one.
_CHANGED_IN_ASIDE = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|increased|reached|stands|now|soared|mounted)\b",
    re.IGNORECASE,
)


def toll_aside_end(text: str, start: int) -> int | None:
    """Where an aside right after a toll noun at ``start`` ends, when it tells no change ("The
    toll, which stood at 9 on Friday, rose to 12": after the aside's comma), or None."""
    match = _ASIDE.match(text, start)
    if match is None or _CHANGED_IN_ASIDE.search(match.group()):
        return None  # "The toll, which rose to 31 on Tuesday, had stood at 17": the new one
    return match.end()


def without_toll_aside(gap: str) -> str:
    """``gap`` without a comma aside or a comparison at its start."""
    match = _ASIDE.match(gap) or _COMPARED.match(gap)
    return gap if match is None else " " + gap[match.end() :].lstrip()


#: The day of an update right after its verb: "rose on Thursday morning to 55", "rose late
#: Friday to 40" (general English of dated updates; a day elsewhere in the gap, as in "will
#: release the toll Friday at 10", is no update).
_DAY_AFTER_VERB = re.compile(
    rf"\b(?P<verb>{_UPDATE_VERBS})\s+(?:on\s+)?(?:(?:early|late)\s+)?"
    rf"(?:{_DAYS}|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)


def verb_on_gap(gap: str) -> str:
    """The gap from the toll's verb on (``groups.toll_gap``), without an update's aside after
    the verb: " from the floods rose again on Friday, to " -> " to "; without the day after
    the verb: " rose on Thursday morning to " -> " rose to "."""
    gap = _DAY_AFTER_VERB.sub(r"\g<verb>", gap)
    verb_on = toll_gap(gap)
    return gap if verb_on == gap else without_toll_aside(" " + verb_on)
