"""Who issued the statement that "the statement" stands for.

Wire copy names a body with its statement ("the Navy Command said in a statement on
Sunday") and then lets the text speak ("..., the statement said"): the source is the body
that issued it. A statement named with no issuer before it ("according to a prison
statement. The statement said ...") or by a common noun ("the airline said in a statement")
stays the statement (general English of news copy).

>>> from rules.model import Attribution
>>> said = Attribution("the Defence Ministry", "said", "statement", False,
...     "Six soldiers died, the Defence Ministry said in a statement.", 0, 58)
>>> statement_issuer("the statement", "statement", [said])
'the Defence Ministry'
>>> statement_issuer("the report", "report", [said]) is None
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
#: The texts a body issues and then lets speak, by the first letters of their noun.
_TEXTS = {"statement": "statement", "communique": "communiqu", "bulletin": "bulletin"}
#: A body's statement told with its speaker: "said in a statement", "in a written statement",
#: "issued a statement", "put out a short statement".
_ISSUED = re.compile(
    r"\b(?:in|issued|released|put\s+out)\s+an?\s+(?:[\w-]+\s+){0,2}?(?P<text>statement"
    r"|communiqu\w+|bulletin)\b",
    re.IGNORECASE,
)
#: Any mention of such a text: the nearest one is the one "the statement" stands for.
_MENTIONED = re.compile(r"\b(?:statement|communiqu\w+|bulletin)", re.IGNORECASE)
_PRONOUNS = frozenset("it he she they".split())
#: How many attributions back the issuer may stand, and how far past its cue the text may be
#: told ("said on Wednesday in a statement").
_REACH = 3
_PAST_CUE = 40


#: A text told as a speaker with its issuer ("A statement from the general staff said"):
#: what a later "It said" stands for (``rules.coreference``; 46th session).
ISSUED_TEXT = re.compile(r"^an?\s+(?:statement|bulletin|communiqu[eé])\s+(?:from|by)\s", re.I)


def statement_issuer(source: str, head: str, earlier: Sequence[Attribution]) -> str | None:
    """The source of the nearest earlier statement told as issued with its speaker, when
    ``source`` is "the statement" (not "her statement", which is hers); None when the nearest
    mention of such a text names no issuer, or another kind of text."""
    stem = _TEXTS.get(head.lower())
    if stem is None or not source.lower().startswith("the "):
        return None
    for attribution in reversed(earlier[-_REACH:]):
        if not _MENTIONED.search(attribution.text):
            continue
        issued = _ISSUED.search(_around_cue(attribution))
        speaker = attribution.source.strip()
        if issued is None or attribution.kind != "statement" or speaker.lower() in _PRONOUNS:
            return None  # the nearest text told is not one this speaker issued
        if not issued["text"].lower().startswith(stem):
            return None  # "the bulletin" is not the earlier statement
        issuer = core_name(speaker)  # "Ana Ruiz, a lawyer for the family" -> "Ana Ruiz"
        # a body written as a common noun ("the airline said in a statement") is no better
        # a name than the statement itself
        return issuer if _named(issuer) else None
    return None


def _around_cue(attribution: Attribution) -> str:
    """The attribution's words from its source to a little past its cue (not a statement
    another issued elsewhere in the sentence)."""
    spans = [s for s in (attribution.source_span, attribution.cue_span) if s is not None]
    base = attribution.text_start if attribution.text_start is not None else attribution.start
    if not spans:
        return attribution.text
    lo = max(0, min(s.start for s in spans) - base)
    return attribution.text[lo : max(s.end for s in spans) - base + _PAST_CUE]


def _named(source: str) -> bool:
    """Does ``source`` hold a name ("the Defence Ministry", "Orla Air"), not only a common
    noun ("the airline", "Police")?"""
    words = source.split()
    if words[0].islower() and words[0] not in ("the", "a", "an"):
        return False  # "according to the Sheriff's Office": a cue caught in the span
    return any(w[:1].isupper() for w in words[1:])
