"""Whether a reporting verb's clause opens with "that" ("conceded that", "demanded on Tuesday
that"), not "that" as a determiner ("concluded that afternoon")."""

from __future__ import annotations

from rules.phrases import TIME_WORDS
from rules.tokens import Token

#: A time between a verb and its "that" ("demanded on Tuesday that", "concluded last week
#: that"), and the nouns "that" points at as a determiner ("concluded that afternoon",
#: "promised that week", "found that type of cartridge"): general English of dated reports.
_TIME_BETWEEN = frozenset(("on", "last", *TIME_WORDS))
_POINTED = frozenset(("day", "note", "time", "type", "kind", "sort", "way", *TIME_WORDS))


def that_clause_at(tokens: list[Token], k: int) -> bool:
    """Does a "that" opening a clause come at ``k``, past a time ("on Tuesday")?"""
    k = _past_medium(tokens, k)
    while k < len(tokens) - 1 and tokens[k].low in _TIME_BETWEEN:
        k += 1
    if k >= len(tokens) or tokens[k].low != "that":
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].low not in _POINTED


#: The medium a verb's words went out in, between the verb and "that": "boasted in a video
#: posted online that", "claimed on Telegram that", "bragged to reporters that" (general
#: English of news).
_MEDIA = frozenset("statement video message post letter interview broadcast recording".split())
_MEDIUM_TAIL = frozenset("posted released published online on to social media its x".split())
_AUDIENCES = frozenset("reporters journalists supporters followers parliament".split())
_CHANNELS = frozenset("television tv radio air social state national public".split())
#: Verbs a relative "that" opens with, after a medium ("a video that surfaced on Sunday").
_RELATIVE_VERBS = frozenset("is was has had were are shows showed appeared emerged".split())


def _past_medium(tokens: list[Token], k: int) -> int:
    """``k`` past "in a video posted online", "on Telegram" or "to reporters" when that
    phrase starts there, else ``k``."""
    if k + 2 >= len(tokens):
        return k
    first, second = tokens[k].low, tokens[k + 1]
    if first == "to" and second.low in _AUDIENCES:
        return k + 2
    if first == "on" and (second.low in _CHANNELS or (second.is_capital and second.is_word)):
        j = k + 2
        while j < len(tokens) and j - k < 5 and tokens[j].low in _MEDIUM_TAIL | _CHANNELS:
            j += 1  # "on state television", "on social media"
        return j
    if first != "in" or second.low not in ("a", "an", "its"):
        return k
    j = k + 2
    if j < len(tokens) and tokens[j].low not in _MEDIA:
        j += 1  # "in a new video", "in an audio recording"
    if j >= len(tokens) or tokens[j].low not in _MEDIA:
        return k
    j += 1
    while j < len(tokens) and j - k < 10 and tokens[j].low in _MEDIUM_TAIL:
        j += 1
    if j + 1 < len(tokens) and tokens[j].low == "that" and _relative_verb(tokens[j + 1].low):
        return k  # "claims in a video that surfaced": the video's relative clause
    return j


def _relative_verb(word: str) -> bool:
    return word in _RELATIVE_VERBS or word.endswith("ed")


#: What opens a reported clause's subject without "that" ("saying the first had been lost"),
#: the auxiliaries its verb may open with, and the relatives that would make the words
#: before them a described object instead ("thanking the staff who had helped").
_SUBJECT_OPENERS = frozenset("the his her its their our this these those".split())
_AUXILIARIES = frozenset("was were had has have is are would could will did".split())
_RELATIVES = frozenset("who whom which that whose".split())


def subject_clause_at(tokens: list[Token], k: int) -> bool:
    """Does a clause open at ``k`` with a short subject and its auxiliary ("the first had
    been lost", "its crews were safe"), the reported words of a participle without "that"?

    >>> from rules.tokens import tokenize
    >>> subject_clause_at(tokenize("saying the first had been lost"), 1)
    True
    >>> subject_clause_at(tokenize("thanking the staff who had helped"), 1)
    False
    """
    if k >= len(tokens) or tokens[k].low not in _SUBJECT_OPENERS:
        return False
    for j in range(k + 1, min(len(tokens), k + 4)):
        low = tokens[j].low
        if low in _AUXILIARIES:
            return j > k + 1
        if not tokens[j].is_word or low in _RELATIVES:
            return False
    return False
