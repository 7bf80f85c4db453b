"""The plural that heads the whole of a counted part: "one of the three shooting victims, a
51-year-old man, died". The part is the claim (CB22's killed 1); the whole's plural, "victims",
counts people told before, as the whole of "two of the four shooting victims died" does, and is
no unspecified claim of its own (CB11). General English of crime and accident follow-ups.
"""

from __future__ import annotations

import re

#: Right before the plural's phrase: a part counted by a number, "of", a determiner, and up to
#: three words of the whole's phrase ("one of the three shooting ", "two of those ").
_PART_OF = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+"
    r"(?:the|those|these|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def heads_a_partitive(text: str, start: int) -> bool:
    """Does the phrase at ``start`` stand inside the whole of a counted part?

    >>> text = "One of the three shooting victims, a 51-year-old man, died."
    >>> heads_a_partitive(text, text.index("shooting"))
    True
    >>> text = "Gunmen killed villagers."
    >>> heads_a_partitive(text, text.index("villagers"))
    False
    """
    return _PART_OF.search(text, max(0, start - 60), start) is not None
