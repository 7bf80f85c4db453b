"""A count before "released": the captives' own passive, or a count that looks past it.

"Released" takes a count after it ("the rebels released 14 hostages"). Before it, it is the
captives' own passive when only their noun and an auxiliary stand between ("seven hostages
were released on Monday", "the 20 kidnapped peasants have been released"); any other count
before it looks past it to the next verb ("9 other people (names not released) were
injured"). The sentence must speak of captives for "released" to be a cue at all
(``rules.cue_context``). General English grammar of the passive.

>>> bool(_CAPTIVES_PASSIVE.fullmatch(" hostages were "))
True
>>> bool(_CAPTIVES_PASSIVE.fullmatch(" other people (names not "))
False
"""

from __future__ import annotations

import re

from rules.claims.parts import CueHit
from rules.cue_rows import RELEASED

#: From a count to "released": at most three words of its noun, then a passive auxiliary.
_CAPTIVES_PASSIVE = re.compile(
    r"(?:\s+[A-Za-z-]+){0,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being"
    r"|were\s+being)\s+(?:(?:later|also|all|both|finally|eventually|reportedly|safely)\s+)?",
    re.IGNORECASE,
)


def looks_past(text: str, figure_end: int, cue: CueHit) -> bool:
    """Does a count ending at ``figure_end`` look past the cue ``cue`` to a later verb? Only a
    "released" that is not the count's own passive (module docstring)."""
    if cue.cue.pattern != RELEASED:
        return False
    return _CAPTIVES_PASSIVE.fullmatch(text, figure_end, cue.start) is None
