"""Words news style puts between a subject and its reporting verb, read right to left.

``rules.sources.skip_verb_prefix`` steps over single adverbs and time words; this module
steps over the longer pieces: a time phrase ("on Thursday evening", "last week", "earlier
this month") and a discourse aside between commas ("X, however, said", "X, for her part,
said"). Origin: general English news style.
"""

from __future__ import annotations

from rules.tokens import Token

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_PERIODS = frozenset("week weekend month year night morning afternoon evening".split())
_PERIOD_OPENERS = frozenset("last this".split())

#: Discourse asides set off by commas; each is its words, left to right.
_ASIDES = frozenset(
    {
        ("however",),
        ("meanwhile",),
        ("too",),
        ("though",),
        ("instead",),
        ("nonetheless",),
        ("nevertheless",),
        ("though",),
        ("of", "course"),
        ("in", "turn"),
        ("for", "his", "part"),
        ("for", "her", "part"),
        ("for", "their", "part"),
        ("for", "its", "part"),
    }
)
_LONGEST_ASIDE = max(len(aside) for aside in _ASIDES)


def time_phrase_start(tokens: list[Token], i: int) -> int | None:
    """Index of the first token of a time phrase ending at ``i``, or None.

    "on Thursday evening", "last week", "earlier this month" (the single word "earlier"
    is the caller's adverb).
    """
    low = tokens[i].low
    if (
        low in _PARTS_OF_DAY
        and i >= 2
        and tokens[i - 1].low in _WEEKDAYS
        and tokens[i - 2].low in ("on", "late", "early")
    ):
        return i - 2
    if low in _PERIODS and i >= 1 and tokens[i - 1].low in _PERIOD_OPENERS:
        return i - 1
    return None


def aside_start(tokens: list[Token], i: int) -> int | None:
    """Index of the comma opening a discourse aside whose closing comma is ``i``, or None."""
    if tokens[i].text != ",":
        return None
    for size in range(1, _LONGEST_ASIDE + 1):
        opening = i - size - 1
        if opening < 1:
            return None
        words = tuple(t.low for t in tokens[opening + 1 : i])
        if tokens[opening].text == "," and words in _ASIDES:
            return opening
    return None
