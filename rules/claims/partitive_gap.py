"""A part counted out of a group whose noun is itself a cue: "five of the hostages were
killed", "six of the kidnapped workers were freed".

The noun or adjective after "of the" says what the group was (held hostage, kidnapped);
the verb after it tells what befell the part. General English grammar of partitives as
news reports use them.

>>> import re
>>> bool(PARTITIVE.fullmatch(" of the "))
True
>>> bool(PARTITIVE.fullmatch(" of their kidnapped "))
True
>>> bool(PARTITIVE.fullmatch(" people were "))
False
"""

from __future__ import annotations

import re

from rules.claims.parts import CueHit, Cues
from rules.claims.patterns import ADJECTIVE_GAP

#: From the part's figure to the group's cue: "of the", "of those", "of their".
PARTITIVE = re.compile(
    r"\s+of\s+(?:the|those|these|their|its|our|his|her)\s+(?:[a-z-]+\s+)?", re.IGNORECASE
)

#: What the group was, not a harm: held, lost, moved or arrested people.
_STATUSES = frozenset(("kidnapped", "missing", "captured", "displaced", "evacuated", "arrested"))


def verb_after_partitive(text: str, figure_end: int, cues: Cues, index: int) -> CueHit | None:
    """The verb cue that tells the part's fate when cue ``index`` names the group after "N of
    the" ("five of the hostages were killed"); else ``None``."""
    cue = cues.hits[index]
    if cue.cue.category not in _STATUSES or index + 1 >= len(cues.hits):
        return None  # "two of the shooting victims remain ...": the hurt are CB47's parts
    if not PARTITIVE.fullmatch(text, figure_end, cue.start):
        return None
    verb = cues.hits[index + 1]
    if not verb.cue.before or not ADJECTIVE_GAP.fullmatch(text, cue.end, verb.start):
        return None
    return verb


#: A toll's earlier value ("up from 43", "down from 60"): it shares no cue with a figure after.
_EARLIER_VALUE = re.compile(
    # "raising the toll from eight, and up to 14 were missing" (49th session)
    r"\b(?:(?:up|down)|(?:raising|lowering|revising)\s+(?:the|its|their)(?:\s+[a-z]+)?\s+"
    r"(?:toll|count|tally|total|figure))\s+from\s+$",
    re.IGNORECASE,
)
#: A value a count named before it rose or fell to ("the number of cases rose to 300"): not
#: a count of the people a later cue tells of (a toll's own value is bound by its cue first).
_MOVED_TO = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|fell|dropped|reached|stood|stands)"
    r"(?:\s+(?:to|at))?\s+$",
    re.IGNORECASE,
)
#: A whole fronted at the head of its clause: "Of the 14 people on board, ten were hurt", "said
#: that of the 30 guests, 12 were hurt" (reported speech).
_FRONTED = re.compile(r"(?:^|[,;]\s|\bthat\s)of\s+(?:the|those|these)\s+$", re.IGNORECASE)
#: Words that make the fronted whole a count of the hurt itself ("Of the nine victims, four
#: were ..."): then it shares the part's cue, as the hurt it counts.
_VICTIM_WORDS = re.compile(r"\b(?:victims?|casualties|wounded|injured|hurt|shot)\b", re.I)


def past_value_or_whole(text: str, start: int, between: str) -> bool:
    """Does the figure at ``start`` share no cue with the figure after ``between``: a toll's
    earlier value ("claimed 56 lives, up from 43 on Friday, and 9,000 fled"), or a fronted
    whole of people not said to be hurt ("Of the 30 passengers, 12 were injured": 12 only)?"""
    low = max(0, start - 16)
    if _EARLIER_VALUE.search(text, max(0, start - 48), start):
        return True
    if _MOVED_TO.search(text, max(0, start - 30), start):
        return True  # "confirmed cases rose to 300, and 12 patients died": another count's value
    return bool(_FRONTED.search(text, low, start)) and not _VICTIM_WORDS.search(between)
