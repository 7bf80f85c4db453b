"""A toll noun that opens a list of the hit ("the dead included two guards and a nurse").

The engine drops a single person as a detail of a toll stated before it ("the toll rose to
seven after a woman died": the woman is one of the seven). When the toll noun opens a list
instead ("the dead included", "among the dead were"), the count is one item of that list and
the single person after it is one more victim: "the dead included two guards and a nurse" is
killed 2 and 1, not 2. General news wording, no corpus harvest.
"""

from __future__ import annotations

from rules.claims.lists import list_openers
from rules.claims.parts import Binding, Cues


def opens_list(text: str, cues: Cues, binding: Binding) -> bool:
    """Is ``binding``'s cue the toll noun of a list opener that comes before its figure?"""
    return any(
        cue.start == binding.cue.start and at <= binding.figure.start
        for at, cue in list_openers(text, cues)
    )
