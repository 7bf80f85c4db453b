"""A cited party the teller does not name: "Border radio, quoting a soldier it did not name,
said ..." (general English of relayed reports).

The cited phrase of "citing"/"quoting" ends at its comma; a reduced relative clause of the
teller's own silence about the name ("it did not name", "whom it did not identify") may stand
inside the phrase the tokens give or between it and that comma. The party is the phrase
before that clause ("an officer").
"""

from __future__ import annotations

from rules.tokens import Token

_TELLERS = frozenset("it they he she".split())
_RELATIVES = frozenset("whom who that".split())
_WITHHELD = frozenset("name identify".split())


def without_teller_clause(
    tokens: list[Token], phrase: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``phrase`` (token indexes) cut before a teller's "it did not name" that runs to a comma
    or the sentence's end (inside the phrase or right after it); None when there is none."""
    if phrase is None:
        return None
    first, last = phrase
    for j in range(first + 1, min(last + 2, len(tokens))):
        k = j + 1 if tokens[j].low in _RELATIVES else j
        words = [t.low for t in tokens[k : k + 4]]
        if len(words) < 4 or words[0] not in _TELLERS or words[1:3] != ["did", "not"]:
            continue
        ends = k + 4 == len(tokens) or tokens[k + 4].text in (",", ".", ";")
        if words[3] in _WITHHELD and ends:
            return first, j - 1
    return None
