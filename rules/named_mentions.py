"""The full name a short mention of a body stands for, found in the text around it: "the
agency" after "the Varna Civil Protection Agency", or before "The Lund Relief Agency, which".
"""

from __future__ import annotations

import functools
import re

#: How far a short mention looks for its full name (characters).
LOOK_BACK = 5000


def named_later(after: str, head: str) -> str | None:
    """The first capitalised name ending in ``head`` after a mention: "the agency said ...
    The Varna Civil Protection Agency, which ..." names the agency for the earlier mention.

    >>> named_later(" it would help. The Lund Relief Agency sent tents.", "agency")
    'The Lund Relief Agency'
    >>> named_later(" help. On Monday the Lund Relief Agency sent tents.", "agency")
    'the Lund Relief Agency'
    """
    word = head.capitalize()
    at = after.find(word)
    match = None
    while at != -1 and match is None:
        # Only the stretch just before each capitalised head can hold the name.
        end = at + len(word)
        if not re.match(r"\w", after[end : end + 1]):  # a whole word, as \b asks
            match = _name_pattern(word).search(after, max(0, at - 120), end)
        at = after.find(word, end)
    if match is None:
        return None
    name = match.group()
    if name.split()[0] == word:
        return None
    article = after[max(0, match.start() - 4) : match.start()]
    return ("the " + name) if article.lower().endswith("the ") else name


def named_earlier(before: str, head: str) -> str | None:
    """The last capitalised name ending in ``head`` before a mention: "the Varna Civil
    Protection Agency" for "the agency".

    A name is capitalised words and spaces only, so no match crosses punctuation: the
    search runs right to left over the stretches between punctuation that hold the head,
    instead of over the whole window.
    """
    word = head.capitalize()
    window = before[-LOOK_BACK:]
    at = window.rfind(word)
    if at == -1:
        return None
    pattern = _name_pattern(word)
    backwards = window[::-1]
    size = len(window)
    while at != -1:
        left = _BARRIER.search(backwards, size - at)
        lo = size - left.start() if left else 0
        right = _BARRIER.search(window, at)
        hi = right.start() if right else size
        matches = list(pattern.finditer(window, lo, hi))
        if matches:
            found = matches[-1]
            name = found.group()
            article = window[max(0, found.start() - 4) : found.start()]
            return ("the " + name) if article.lower().endswith("the ") else name
        at = window.rfind(word, 0, lo)
    return None


#: A character that can be no part of a name: anything but word characters, apostrophes,
#: hyphens and spaces.
_BARRIER = re.compile(r"[^\w'’\s-]")


@functools.lru_cache(maxsize=256)
def _name_pattern(word: str) -> re.Pattern[str]:
    """The name ending in ``word``; compiled only for a head the text holds (most heads of a
    short mention are not written capitalised nearby), as a compile costs many searches."""
    return re.compile(r"(?:[A-Z][\w'’-]*\s+){1,6}" + re.escape(word) + r"\b")
