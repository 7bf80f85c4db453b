"""A toll brought to its figure by a verb before it: "pushes the number of people shot across
Orme since May to 87", "lifting the death count from the flood to nine".

The phrase after the toll noun that says whose toll it is ("across Orme since May", "from the
flood") stands between the noun and "to N"; a verb of bringing or raising before the noun
makes that "to" the figure's, as "put the toll ... at" does for "at" (``groups.set_at_gap``).
General English of running tallies and follow-ups.
"""

from __future__ import annotations

import re

from rules.changed_values import TOLL_MOVERS
from rules.claims.lexicon import TOLL_PREPOSITIONS

#: The verb before the toll noun: "brings the", "raised the death", "pushing the".
_BROUGHT = re.compile(
    rf"\b{TOLL_MOVERS}\s+(?:the|its|their|this\s+year's)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: The verb right before a toll cue that holds its "the" ("lowered | the number of people
#: injured"): not "will lower | casualties in the region to 12", a target.
_BROUGHT_BARE = re.compile(rf"\b{TOLL_MOVERS}\s+$", re.IGNORECASE)
_LEADING = re.compile(r"\s*(?:" + "|".join(sorted(TOLL_PREPOSITIONS)) + r")\b", re.IGNORECASE)
#: The phrase ends at "to" with the figure next; no sentence or clause break inside it.
_TO_END = re.compile(r"^[^.;:!?]{0,100}?\s+to\s*$", re.IGNORECASE)


def brought_to_gap(before: str, gap: str, cue_has_the: bool = False) -> str:
    """The gap "in <phrase> to" after a toll brought by a verb before it, as just "to".

    >>> brought_to_gap("The shooting brings the ", " in Orme this year to ")
    ' to '
    >>> brought_to_gap("The report lists the ", " in Orme this year to ")
    ' in Orme this year to '
    >>> brought_to_gap("raising the ", " to ")
    ' to '
    >>> brought_to_gap("Police lowered ", " in the attack to ", cue_has_the=True)
    ' to '
    """
    moved = _BROUGHT.search(before) or (cue_has_the and _BROUGHT_BARE.search(before))
    if not moved or not _TO_END.match(gap):
        return gap
    if gap.strip().lower() == "to" or _LEADING.match(gap):
        return " to "
    return gap
