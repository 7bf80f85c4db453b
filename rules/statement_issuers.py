"""Who issued the statement that "the statement" stands for.

Wire copy names a body with its statement ("the Defence Ministry said in a statement on
Wednesday") and then lets the text speak ("..., the statement said"): the source is the body
that issued it. A statement named with no issuer before it ("according to a police
statement. The statement said ...") or by a common noun ("the airline said in a statement")
stays the statement (general English of news copy).

>>> from rules.model import Attribution
>>> said = Attribution("the Defence Ministry", "said", "statement", False,
...     "Six soldiers died, the Defence Ministry said in a statement.", 0, 58)
>>> statement_issuer("statement", [said])
'the Defence Ministry'
>>> statement_issuer("report", [said]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rules.model import Attribution
from rules.name_cores import core_name

#: Texts an "it" may speak for ("The report said ... . ..., it said"; "statement", "bulletin"
#: and "communique" since the 44th session).
SPEAKING_TEXTS = frozenset("report study survey review audit statement bulletin communique".split())
#: The texts a body issues and then lets speak.
_TEXTS = frozenset("statement communique bulletin".split())
#: A body's statement told with its speaker: "said in a statement", "in a written statement",
#: "issued a statement", "put out a short statement".
_ISSUED = re.compile(
    r"\b(?:in|issued|released|put\s+out)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\w+"
    r"|bulletin)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("it he she they".split())
#: How many attributions back the issuer may stand.
_REACH = 3


def statement_issuer(head: str, earlier: Sequence[Attribution]) -> str | None:
    """The source of a recent statement told as issued, when ``head`` names such a text."""
    if head.lower() not in _TEXTS:
        return None
    for attribution in reversed(earlier[-_REACH:]):
        source = attribution.source.strip()
        if attribution.kind != "statement" or source.lower() in _PRONOUNS:
            continue
        if not _ISSUED.search(attribution.text):
            continue
        issuer = core_name(source)  # "Ana Ruiz, a lawyer for the family" -> "Ana Ruiz"
        # a body written as a common noun ("the airline said in a statement") is no better
        # a name than the statement itself
        return issuer if _named(issuer) else None
    return None


def _named(source: str) -> bool:
    """Does ``source`` hold a name ("the Defence Ministry", "Skarna Air"), not only a common
    noun ("the airline")?"""
    words = source.split()
    if words[0].islower() and words[0] not in ("the", "a", "an"):
        return False  # "according to the Sheriff's Office": a cue caught in the span
    if any(w[:1].isupper() for w in words[1:]):
        return True
    return source[:1].isupper() and words[0].lower() not in ("the", "a", "an")
