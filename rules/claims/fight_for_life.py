"""A figurative "fighting for his life": a race, a court case or an illness, not a wound.

"A man is fighting for his life after the shooting" is one critically hurt; "the senator is
fighting for his life in the primary", "a girl is fighting for her life against leukemia"
are not (general English: the idiom is used of any struggle to survive). The cue row is
``rules.cue_rows.FIGHTING_FOR_LIFE``; the merge drops its bindings when such words follow.
"""

from __future__ import annotations

import re

from rules.claims.parts import Binding
from rules.cue_rows import FIGHTING_FOR_LIFE

#: What follows the idiom when it is a struggle of another kind: a contest, a court, an
#: illness ("against leukemia", "after contracting measles", "with cancer").
_NOT_A_WOUND = re.compile(
    r"\s+(?:against\b|after\s+contracting\b|with\s+(?:cancer|leukemia|covid|an?\s+illness)\b"
    r"|in\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:race|primary|election|contest"
    r"|court|courtroom|polls|runoff|campaign|trial|case|battle\s+with)\b)",
    re.IGNORECASE,
)


def figurative_fight(text: str, binding: Binding) -> bool:
    """Is ``binding``'s cue the idiom of fighting for one's life, used of no wound?"""
    if binding.cue.cue.pattern != FIGHTING_FOR_LIFE:
        return False
    return _NOT_A_WOUND.match(text, binding.cue.end) is not None
