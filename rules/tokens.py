"""Tokens of a sentence with their offsets.

Words, punctuation, clitics, and abbreviations that keep their period.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:(?:['.&/-]|,(?=\d{3}\b))\w+)*\.?|[^\w\s]")


#: A token with the whitespace before it: the only text ``_TOKEN`` skips is whitespace.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


#: Abbreviations that keep their final period as part of the word.
_KEEP_PERIOD = frozenset(
    """mr mrs ms dr gen lt col maj sgt capt gov sen rep st jr sr prof rev adm brig cmdr cpl
    pvt pres supt insp det no jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u
    d.c jg j.g cdr cmdt spc pfc cpt ens amb atty engr hon msgr"""
    # a company's "Corp.", "Inc.", "Ltd.", "Co." (47th session: "The owner, Goldthread
    # Apparel Corp., did not respond" lost its speaker to the period)
    """ corp inc ltd co""".split()
)


SUBJECT_PRONOUNS = frozenset("he she they we i you it who".split())


#: Words in "-ly" that are no adverbs: nouns and adjectives of everyday English.
LY_EXCEPTIONS = frozenset(
    """family ally assembly supply rally daily weekly monthly yearly quarterly italy july
    elderly holy bully belly anomaly monopoly homily""".split()
)


def is_ly_adverb(low: str) -> bool:
    """A lower-cased word that reads as an "-ly" adverb ("reportedly"), not "family"."""
    return low.endswith("ly") and len(low) > 4 and low not in LY_EXCEPTIONS


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the text it came from.

    A named tuple rather than a dataclass, with the word tests computed once: tokens are
    made by the hundred per article and read many times each.
    """

    text: str
    start: int
    end: int
    low: str
    #: Starts with a letter, digit or underscore.
    is_word: bool
    #: Starts with an upper-case letter.
    is_capital: bool


_new = tuple.__new__


def _token(text: str, start: int, end: int) -> Token:
    first = text[0]
    return _new(
        Token, (text, start, end, text.lower(), first.isalnum() or first == "_", first.isupper())
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]``, with offsets in ``text``.

    A word's final period stays only on abbreviations. No token holds a space, so the range
    is cut at spaces and each piece is tokenised once per distinct piece (``_piece``): news
    repeats its words, and a plain word becomes one token with no regex run at all.
    """
    tokens: list[Token] = []
    append = tokens.append
    piece_tokens = _piece
    at = start
    for piece in text[start : len(text) if end is None else end].split(" "):
        size = len(piece)
        if piece.isalnum():
            # Letters and digits only: one word (``\w`` is exactly ``isalnum`` or "_"), whose
            # first character is a letter or digit; its tests cost less than a cache look-up.
            append(_new(Token, (piece, at, at + size, piece.lower(), True, piece[0].isupper())))
        elif piece:
            parts = piece_tokens(piece) if size <= _CACHED_PIECE else _scan(piece)
            if piece in _COMPANY_ENDS and _ends_sentence(text, at + size, end):
                parts = _scan_cut(piece)
            for word, offset, to, low, is_word, is_capital in parts:
                append(_new(Token, (word, at + offset, at + to, low, is_word, is_capital)))
        at += size + 1
    return tokens


#: A company's "Inc." keeps its period before a comma or a lower-case word ("Goldthread
#: Apparel Corp., did not respond", "Acme Inc. said"), not at the end of the text or before
#: a capitalised word, where the full stop most often ends a sentence the splitter kept
#: whole ("owned by Brantley Logistics Corp. Officials said"; review47b).
_COMPANY_ENDS = frozenset(
    w + "." for stem in ("corp", "inc", "ltd", "co") for w in (stem, stem.title(), stem.upper())
)


#: The first mark after some whitespace (not a copy of the rest of the text per company word).
_NEXT_MARK = re.compile(r"\s*(\S)?")


def _ends_sentence(text: str, at: int, end: int | None) -> bool:
    """Does nothing, or a capitalised word or an opening quote, follow ``at``?"""
    following = _NEXT_MARK.match(text, at, len(text) if end is None else end)
    first = following[1] if following else None
    return first is None or first.isupper() or first in "\"'“‘"


def _scan_cut(piece: str) -> tuple[Token, ...]:
    """The company word with its period split off as a full stop."""
    cut = len(piece) - 1
    return (_token(piece[:-1], 0, cut), _new(Token, (".", cut, cut + 1, ".", False, False)))


#: Pieces longer than this (no space in them) are tokenised each time rather than kept.
_CACHED_PIECE = 64


@functools.lru_cache(maxsize=1 << 16)
def _piece(piece: str) -> tuple[Token, ...]:
    """The tokens of a text without spaces, with offsets from its start."""
    return tuple(_scan(piece))


def _scan(text: str) -> list[Token]:
    """Words and punctuation of ``text``: ``findall`` returns each token with the whitespace
    before it and offsets follow from lengths, with no match object per token; the word
    tests of a plain word are looked up once per distinct word (``_plain``)."""
    tokens: list[Token] = []
    append = tokens.append
    plain = _plain
    to = 0
    for space, word in _SPACED_TOKEN.findall(text):
        at = to + len(space)
        to = at + len(word)
        tests = plain(word)
        if tests is not None:
            append(_new(Token, (word, at, to, tests[0], tests[1], tests[2])))
        elif "'" in word or "’" in word:
            _append_with_apostrophe(tokens, word, at, to)
        else:
            # A word ending in a period that is not an abbreviation: the period splits off.
            cut = to - 1
            first = word[0]
            is_word = first.isalnum() or first == "_"
            append(_new(Token, (word[:-1], at, cut, word[:-1].lower(), is_word, first.isupper())))
            append(_new(Token, (".", cut, to, ".", False, False)))
    return tokens


@functools.lru_cache(maxsize=1 << 16)
def _plain(word: str) -> tuple[str, bool, bool] | None:
    """A word that is one token, with its lower case and its two tests; ``None`` for one with
    an apostrophe or a final period that is not an abbreviation's."""
    if "'" in word or "’" in word:
        return None
    low = word.lower()
    if word[-1] == "." and len(word) > 1:
        stem = low[:-1]
        if not (
            stem in _KEEP_PERIOD
            or len(stem) == 1
            or "." in stem
            or _STATE_CODE.fullmatch(word) is not None
        ):
            return None
    first = word[0]
    return low, first.isalnum() or first == "_", first.isupper()


def _append_with_apostrophe(tokens: list[Token], word: str, at: int, to: int) -> None:
    """Append a word with an apostrophe: a clitic ("he's") splits off, else as any word."""
    clitic = _CLITIC.fullmatch(word)
    if clitic:
        head = clitic.group(1)
        cut = at + len(head)
        tokens.append(_token(head, at, cut))
        tokens.append(_token(word[len(head) :], cut, to))
    elif word[-1] == "." and len(word) > 1 and not _keeps_period(word):
        tokens.append(_token(word[:-1], at, to - 1))
        tokens.append(_token(".", to - 1, to))
    else:
        tokens.append(_token(word, at, to))


_CLITIC = re.compile(r"(?i)(he|she|it|they|we|i|you|who|that)(['’](?:s|ve|d|ll|re|m))")


def _keeps_period(word: str) -> bool:
    stem = word[:-1].lower()
    return stem in _KEEP_PERIOD or len(stem) == 1 or "." in stem or is_state_code(word)


_STATE_CODE = re.compile(r"[RDI]-[A-Z][a-z]{1,4}\.")


def is_state_code(word: str) -> bool:
    return _STATE_CODE.fullmatch(word) is not None


def is_adverb(token: Token) -> bool:
    """An "-ly" word in lower case: a capitalised one is a name as often ("Kelly", "Jolly")."""
    low = token.low
    return is_ly_adverb(low) and low.islower() and not token.is_capital


def token_is_name(tokens: list[Token], j: int) -> bool:
    return 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].is_capital


def is_quote_mark(tokens: list[Token], k: int) -> bool:
    """An apostrophe at ``k`` that quotes (``''``, ``,'``) rather than marks a possessive."""
    if tokens[k].text not in ("'", "’"):
        return False
    if k == 0 or not tokens[k - 1].is_word or tokens[k - 1].end != tokens[k].start:
        return True
    return k + 1 < len(tokens) and tokens[k + 1].text in ("'", "’")


#: Fixed pairs joined by "and" inside one name: "search and rescue", "fire and rescue"
#: (general English names of services and agencies).
_AND_PAIRS = frozenset(
    (("search", "rescue"), ("fire", "rescue"), ("health", "safety"), ("relief", "rehabilitation"))
)


def and_pair(tokens: list[Token], j: int) -> bool:
    """Is the "and" at ``j`` inside one of the fixed pairs ("search and rescue")?"""
    if j == 0 or j + 1 >= len(tokens):
        return False
    return (tokens[j - 1].low, tokens[j + 1].low) in _AND_PAIRS
