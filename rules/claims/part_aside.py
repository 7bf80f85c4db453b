"""A cue inside the aside that names a part of a count: no verb of the count's own.

"Some 70 divers, including a crew airlifted from the coast, searched the lake": "airlifted"
tells of the crew, and the count's verb comes after the aside's closing comma ("searched").
"Some 70 divers, including three who were injured, searched the lake": the injured are the
three, never the 70. The aside opens with "including" or "among them" after the count's
noun, with no comma before it but its own, and closes with a comma after the cue: an aside
that ends the sentence ("found six hikers, including a guide who was struck in the arm") may
tell the whole's fate too. A casualty verb after the aside is CB92's to bind ("Three men,
including one in serious condition, were hurt"). General English grammar of a parenthetical
part.

>>> bool(_ASIDE_OPEN.fullmatch(" divers, including a crew "))
True
>>> bool(_ASIDE_OPEN.fullmatch(" divers, including three, searched "))
False
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.parts import Cues
from rules.numbers import FigureSpan

#: From a count to a cue inside its part's aside: the count's noun (no break), the aside's
#: opening words and the part up to the cue, no comma or clause break between.
_ASIDE_OPEN = re.compile(
    r"\s+[^,;:.()]{1,40}?,\s*(?:including|among\s+them)\s+[^,;:.()\"]{1,60}?\s*",
    re.IGNORECASE,
)
#: The rest of the aside after its cue, up to its closing comma.
_ASIDE_CLOSE = re.compile(r"[^,;:.()\"]{0,60},")


def in_part_aside(text: str, figure: FigureSpan, cues: Cues, index: int) -> bool:
    """Is cue ``index`` inside the "including ..." aside after the count ``figure`` and its
    noun, and the verb after the aside, if any, no casualty (module docstring)?"""
    cue = cues.hits[index]
    between = text[figure.end : cue.start]
    if "includ" not in between and "among" not in between:
        return False
    if _ASIDE_OPEN.fullmatch(text, figure.end, cue.start) is None:
        return False
    close = _ASIDE_CLOSE.match(text, cue.end)
    if close is None:
        return False
    later = cues.first_from(close.end())
    return later is None or cues.hits[later].cue.category not in CASUALTY_CATEGORIES
