"""A let-go part's whole as its group: "four of the 12 engineers abducted ... were released".

"Released" frees captives only when its group names people held ("hostages kept by the gang
were released"; ``groups.acceptable``). A part ("four of the 12 ...") read with its whole has
no group words of its own, so the whole's noun stands for them: "four of the 12 engineers
abducted from the site were released" is rescued 4, as "were freed" is; not "four of the 12
kidnappers were released" (the captors). General English of partitives (review51e).
"""

from __future__ import annotations

from dataclasses import replace

from rules.claims.groups import acceptable
from rules.claims.parts import Binding
from rules.cue_rows import RELEASED
from rules.numbers import FigureSpan


def acceptable_part(binding: Binding, text: str, whole: FigureSpan | None) -> bool:
    """``acceptable``, with the words after a part's whole (``whole``, or None for no part)
    as the group of a "released" that has none."""
    if whole is None or binding.group or binding.cue.cue.pattern != RELEASED:
        return acceptable(binding)
    noun = text[whole.end : binding.figure.end].strip()
    return acceptable(replace(binding, group=noun or None))
