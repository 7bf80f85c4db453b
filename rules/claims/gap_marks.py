"""Punctuation between a figure and its cue that is no clause break.

- A group in scare quotes, a side's own word for the dead: '30 "terrorists" were killed'.
- The commas of a non-restrictive relative clause that tells the people's own fate: "the two
  others, who were injured, ..." and "two men, who sustained burns, ..." say that the two were
  hurt (general English grammar: the clause is about its noun).

>>> relative_opened(" others, who were ", "wounded")
' others were '
>>> relative_opened(" men, who ", "wounded")
' men '
>>> relative_opened(" OTHERS, WHO WERE ", "wounded")
' OTHERS WERE '
"""

from __future__ import annotations

import re

SCARE_QUOTED = re.compile(r'["\u201c](?P<words>[A-Za-z][A-Za-z\'\u2019 -]{0,40})["\u201d]')

#: The people's noun (up to four words after the figure), then ", who" right before the cue,
#: with at most a passive auxiliary between (the gap ends there); not "had been": "four hikers,
#: who had been missing, were found" tells a state that ended.
COMMA_WHO = re.compile(
    r"^(?P<head>(?:\s+[\w'\u2019-]+){1,4}),\s+who\s+"
    r"(?=(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?$)",
    re.IGNORECASE,
)


#: The fates a relative clause tells for good: the dead and the hurt stay so.
_LASTING = frozenset(("killed", "wounded"))


def relative_opened(gap: str, category: str) -> str:
    """``gap`` with the commas of a relative clause that tells its people's fate taken out:
    a death or a wound, which stays; not the shot ("a boy, who was shot on Sunday, has died":
    the main verb tells) nor a state the main verb may end ("the 12 miners, who were trapped,
    have all been freed"; "two brothers, who have been missing, were found alive")."""
    if (", who" not in gap and ", WHO" not in gap) or category not in _LASTING:
        return gap
    return COMMA_WHO.sub(r"\g<head> ", gap)
