"""What "they said" stands for: the source of the statement just before it, when that
source is plural ("Police put the toll at seven ... On Monday they said", "Officials said
... They added").

A "they" after a single person, a family or a body told as "it" ("the ministry") stands
for people the rules do not track, and stays as written.
"""

from __future__ import annotations

import re

from rules.nouns import is_human_plural

#: Plural bodies that speak as "they" (general English of news attribution).
_PLURAL_BODIES = frozenset("police authorities officials sources forces troops".split())
#: Where the head of a source ends: "Doctors at the hospital", "officials in Orme".
_PHRASE_END = re.compile(r"\s+(?:of|at|in|from|for|with|on|who|whose)\s|,")


def they_target(last: str) -> str | None:
    """The source "they" stands for, given the source of the statement just before.

    >>> they_target("Police")
    'Police'
    >>> they_target("Rescue workers at the site")
    'Rescue workers at the site'
    >>> they_target("Mayor Ana Ruiz") is None
    True
    >>> they_target("his family") is None
    True
    """
    words = _PHRASE_END.split(last, maxsplit=1)[0].split()
    head = words[-1].lower() if words else ""
    if head in _PLURAL_BODIES:
        return last
    # a name of capitalised words ("Kiran Evans") is one person or one body
    named_one = len(words) > 1 and all(w[:1].isupper() for w in words)
    return last if is_human_plural(head) and not named_one else None
