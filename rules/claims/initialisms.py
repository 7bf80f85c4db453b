"""Dotted initialisms inside a group: "killed two U.S. missionaries", "three U.N. monitors".

Their dots are no end of the group. Origin: English news style, which writes the common
initialisms of countries and bodies with dots (U.S., U.N., U.K., E.U.).
"""

from __future__ import annotations

#: Two or more single letters each followed by a dot, before a space: "U.S. ", "U.N. ";
#: one word of the group after a figure (``rules.claims.patterns.NEXT_WORDS``).
INITIALISM_WORD = r"(?:[A-Za-z]\.){2,}(?=\s)"
