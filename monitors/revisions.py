"""Spot when a published article was changed in substance, and when to look again.

A hash of normalised text tells cheaply whether anything changed; ``is_material_change``
decides whether the change matters to a journalist (a different figure, a changed or added
word or sentence) rather than a typo fix, re-spacing, case, punctuation or "says" for "said".
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+", re.UNICODE)
# Words whose swap or removal does not change what a story claims ("says" for "said").
_FILLER = frozenset(
    {"a", "an", "the", "said", "says", "say", "told", "tells", "that", "had", "has"}
)
FIRST_RECHECK = timedelta(minutes=15)
RECHECK_GROWTH = 3
MAX_RECHECKS = 6
RECHECK_WINDOW = timedelta(days=3)


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the text with case, Unicode form and whitespace normalised.

    >>> content_hash("Five  killed") == content_hash("five killed\\n")
    True
    """
    return hashlib.sha256(_normalise(text).encode("utf-8")).hexdigest()


def _words(text: str) -> list[str]:
    words = []
    for token in _WORD.findall(_normalise(text).replace("’", "'")):
        if token[0].isdigit():
            token = _number_key(token)
        words.append(token)
    return words


def _number_key(token: str) -> str:
    """Treat 1,200 and 1200 alike, keep decimals: the figure, not its typography."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
        return token.replace(",", "")
    return token.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", token) else token


def is_material_change(old: str, new: str) -> bool:
    """Whether ``new`` says something different from ``old``, not merely spelled differently.

    >>> is_material_change("Five people were killed.", "Five  people were  killed!")
    False
    >>> is_material_change("Five people were killed.", "Six people were killed.")
    True
    """
    old_words, new_words = _words(old), _words(new)
    if old_words == new_words:
        return False
    if sorted(w for w in old_words if w[0].isdigit()) != sorted(
        w for w in new_words if w[0].isdigit()
    ):
        return True
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = old_words[i1:i2], new_words[j1:j2]
        if tag == "replace" and len(removed) == len(added):
            pairs = zip(removed, added, strict=True)
            if any(not _typo(a, b) and not {a, b} <= _FILLER for a, b in pairs):
                return True
        elif any(word not in _FILLER for word in removed + added):
            return True
    return False


def _typo(old: str, new: str) -> bool:
    """A small spelling fix of one word (goverment → government), not a different word."""
    if min(len(old), len(new)) < 4:
        return False
    return difflib.SequenceMatcher(a=old, b=new, autojunk=False).ratio() >= 0.8


def recheck_delay(published: datetime, checks_done: int, *, now: datetime) -> timedelta | None:
    """How long until the next look at a published article; None once it is old enough.

    Rechecks come at 15 min, 45 min, 2 h 15, ... and at least a quarter of the article's age
    apart, and stop after three days or six checks.

    >>> t0 = datetime(2026, 3, 3, 12)
    >>> recheck_delay(t0, 0, now=t0)
    datetime.timedelta(seconds=900)
    >>> recheck_delay(t0, 1, now=t0 + timedelta(days=4)) is None
    True
    """
    if checks_done >= MAX_RECHECKS:
        return None
    age = max(now - published, timedelta(0))
    growth = int(RECHECK_GROWTH ** max(checks_done, 0))
    delay = max(FIRST_RECHECK * growth, age / 4)
    if age + delay > RECHECK_WINDOW:
        return None
    return delay
