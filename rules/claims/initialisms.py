"""Dotted initialisms inside a group: "two U.S. soldiers", "three U.N. peacekeepers".

Their dots are no sentence or clause break. Origin: English news style, which writes the
common initialisms of countries and bodies with dots (U.S., U.N., U.K., E.U.).
"""

from __future__ import annotations

import re

#: Two or more single letters each followed by a dot, before a space: "U.S. ", "U.N. ".
INITIALISM = re.compile(r"\b((?:[A-Za-z]\.){2,})(?=\s)")
#: The same as a word of a group, for the words after a figure.
INITIALISM_WORD = r"(?:[A-Za-z]\.){2,}(?=\s)"


def undotted(gap: str) -> str:
    """``gap`` with the dots of its initialisms taken out: "two U.S. soldiers" reads
    "two US soldiers"."""
    if "." not in gap:
        return gap
    return INITIALISM.sub(lambda m: m.group(1).replace(".", ""), gap)
