"""Words news style puts between a subject and its reporting verb, read right to left.

``rules.sources.skip_verb_prefix`` steps over single adverbs and time words; this module
steps over the longer pieces: a time phrase ("on Thursday evening", "last week", "earlier
this month"), a discourse aside between commas ("X, however, said", "X, for her part,
said") and an aside between dashes ("X -- who was in the room -- said"). Origin: general
English news style.
"""

from __future__ import annotations

from rules import calendar
from rules.tokens import Token

WEEKDAYS = frozenset(calendar.WEEKDAYS)
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
        and tokens[i - 1].low in WEEKDAYS
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


#: The dashes that set off an aside: hyphen-minus (written twice as "--"), en and em dash.
DASHES = frozenset("- – —".split())
_LONGEST_DASH_ASIDE = 40


def dash_aside_start(tokens: list[Token], i: int) -> int | None:
    """Index of the word before an aside between dashes whose closing dash ends at ``i``
    ("Ada Quill -- who was in the room -- told", "Quill — a lawyer — said"), or None."""
    if tokens[i].text not in DASHES:
        return None
    k = i - 1
    while k >= 0 and tokens[k].text in DASHES and i - k < 2:
        k -= 1  # the closing "--" is two tokens
    stop = max(0, k - _LONGEST_DASH_ASIDE)
    inner = k
    while k > stop:
        text = tokens[k].text
        if text in (".", "!", "?", ";", '"', "“", "”"):
            return None
        if text in DASHES:
            opening = k - 1 if tokens[k - 1].text in DASHES else k
            if opening == 0 or inner - k < 1 or not tokens[opening - 1].is_word:
                return None
            return opening - 1
        k -= 1
    return None


def age_then(tokens: list[Token], first: int, end: int) -> bool:
    """ "then 41", "now 61": an age at the time, as an appositive ("the pilot, then 41, said")."""
    return (
        end == first + 2
        and tokens[first].low in ("then", "now")
        and tokens[first + 1].text.isdigit()
    )
