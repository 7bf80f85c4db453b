"""A plural of people compared, not counted: "fewer civilians were hurt", "no attack had
killed more residents" (``rules.claims.plurals`` reads no unspecified claim there)."""

from __future__ import annotations

import re

#: A comparison, not a count: "fewer civilians", "no storm had killed more residents", "more
#: soldiers died than in the spring" (general English).
_COMPARED = re.compile(r"(?:(fewer)|more|as\s+many|so\s+many)\s", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no|never|not)\b", re.IGNORECASE)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def compared(text: str, at: int) -> bool:
    """A plural at ``at`` compared in its clause: "fewer", or "more" after a denial or before
    a "than" ("more villagers were killed on Sunday, but police would not say how many" is
    more deaths told)."""
    compared = _COMPARED.match(text, at)
    if compared is None or compared[1] is not None:
        return compared is not None
    start = max(text.rfind(mark, 0, at) for mark in ",;:") + 1
    ends = [e for e in (text.find(mark, at) for mark in ",;:") if e >= 0]
    return bool(
        _DENIED.search(text, start, at) or _THAN.search(text, at, min(ends, default=len(text)))
    )
