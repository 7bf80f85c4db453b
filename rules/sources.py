"""Source spans: the noun phrase before or after a cue, found with boundary heuristics.

No tagger: a phrase grows word by word away from the cue and stops at punctuation,
clause words ("that", "when", "but"), pronouns and time expressions; determiners end it
unless a preposition links it to more noun phrase ("a spokesman for the ministry").
Appositives between commas join the name they follow ("Jane Doe, a spokeswoman, said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:(?:['.&/-]|,(?=\d{3}\b))\w+)*\.?|[^\w\s]")

#: Abbreviations that keep their final period as part of the word.
_KEEP_PERIOD = frozenset(
    """mr mrs ms dr gen lt col maj sgt capt gov sen rep st jr sr prof rev adm brig cmdr cpl
    pvt pres supt insp det gov lt.gen u.s u.k u.n e.u d.c""".split()
)

SUBJECT_PRONOUNS = frozenset("he she they we i you it who".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it his its their our my your".split())

_BOUNDARY = frozenset(
    """that which who whom whose when whenever while if because as but so than then where
    after before since though although unless until whether also is are was were be been
    being has have had will would could should can may might must did do does not to
    there here said says told say tell added adds wrote writes however meanwhile
    yet once how what why whatever even just only still now yes no said: also:
    instead indeed thus therefore hence nor either neither said, reported""".split()
)

_DETERMINERS = frozenset(
    """the a an this these those another each every some any many several most all both
    few one two three four five six seven eight nine ten his her its their our my your
    no""".split()
)

_CONNECTORS = frozenset("of for at with from in on by to within inside among".split())

_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later week weekend month year morning afternoon evening night recently
    previously""".split()
)

#: Adverbs and auxiliaries that may stand between a subject and its verb.
_VERB_PREFIX = frozenset(
    """has have had also later previously repeatedly recently then publicly privately once
    again further never often already first initially separately earlier subsequently
    reportedly would will could may might is was are were did does do not n't has
    since just even still last frequently flatly strongly bluntly angrily quickly simply
    told""".split()
)

_LY_EXCEPTIONS = frozenset("family ally assembly supply rally daily weekly monthly italy july".split())

#: Words that open an appositive ("a spokesman for", "who heads", "55", "R-Ky.").
_APPOSITIVE_OPENERS = frozenset(
    """a an the who whose which one his her its their director head spokesman spokeswoman
    spokesperson chairman chairwoman chair president professor author founder chief
    executive leader member secretary minister adviser advisor analyst editor deputy
    commander general senior former fellow co-founder partner manager""".split()
)

_SKIPPABLE_OPENERS = frozenset("in on at during speaking writing citing according".split())


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capital(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation of ``text``; a word's final period stays only on abbreviations."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        start = match.start() + offset
        if len(word) > 1 and word.endswith(".") and not _keeps_period(word):
            tokens.append(Token(word[:-1], start, start + len(word) - 1))
            tokens.append(Token(".", start + len(word) - 1, start + len(word)))
        else:
            tokens.append(Token(word, start, start + len(word)))
    return tokens


def _keeps_period(word: str) -> bool:
    stem = word[:-1].lower()
    return stem in _KEEP_PERIOD or len(stem) == 1 or "." in stem or _is_state_code(word)


def _is_state_code(word: str) -> bool:
    return re.fullmatch(r"[RDI]-[A-Z][a-z]{1,4}\.", word) is not None


def is_adverb(token: Token) -> bool:
    low = token.low
    return low.endswith("ly") and len(low) > 4 and low not in _LY_EXCEPTIONS and low.islower()


def skip_verb_prefix(tokens: list[Token], i: int) -> int:
    """Index of the last token before the auxiliaries and adverbs that end at ``i``."""
    while i >= 0 and tokens[i].is_word and (tokens[i].low in _VERB_PREFIX or is_adverb(tokens[i])):
        i -= 1
    return i


def left_phrase(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``i``, as (first, last) token indices, or None."""
    if i < 0 or not tokens[i].is_word:
        return None
    last = tokens[i]
    if last.low in SUBJECT_PRONOUNS:
        return None if last.low in ("who", "it") and i > 0 and tokens[i - 1].is_word else (i, i)
    if _stops_left(last) or last.low in _DETERMINERS or last.low in _CONNECTORS:
        return None
    if last.text.isdigit() or last.low in _TIME_WORDS:
        return None
    first = i
    j = i - 1
    while j >= 0 and i - j < 30:
        token = tokens[j]
        if tokens[first].low in _DETERMINERS and tokens[first].low not in ("one", "no"):
            if token.low in _CONNECTORS and _joinable(tokens, j):
                first = j
                j -= 1
                continue
            break
        if token.text in ("'", "’") and j > 0 and tokens[j - 1].is_word:
            first = j - 1  # plural possessive: "the voters' union"
            j -= 2
            continue
        if not token.is_word:
            break
        low = token.low
        if low in ("and", "or", "nor", "&"):
            if tokens[first].is_capital and j > 0 and tokens[j - 1].is_capital:
                first = j
                j -= 1
                continue
            break
        if low == "neither" or low == "both":
            first = j
            break
        if low in _DETERMINERS:
            first = j
            j -= 1
            continue
        if _stops_left(token) or low in SUBJECT_PRONOUNS or low in _OBJECT_PRONOUNS - {"her"}:
            break
        if low in _TIME_WORDS:
            break
        if low in _CONNECTORS:
            if not _joinable(tokens, j):
                break
        first = j
        j -= 1
    while first <= i and (tokens[first].low in _CONNECTORS or tokens[first].low == "and"):
        first += 1
    return (first, i) if first <= i else None


def _stops_left(token: Token) -> bool:
    return token.low in _BOUNDARY or (is_adverb(token) and token.low not in ("only",))


def _joinable(tokens: list[Token], j: int) -> bool:
    """A preposition at ``j`` joins two noun phrases when a content word precedes it."""
    if j == 0:
        return False
    before = tokens[j - 1]
    return (
        before.is_word
        and before.low not in _BOUNDARY
        and before.low not in _CONNECTORS
        and before.low not in _TIME_WORDS
        and not before.text.isdigit()
        and not is_adverb(before)
        and (before.low not in SUBJECT_PRONOUNS)
    )


_RIGHT_STOPS = frozenset(
    """that who which whom whose when while if because as but so than then where after
    before since though although unless until whether said says told adding added
    saying noting and wrote reported according in on during last this earlier later
    yesterday today tonight is was are were has have had will would""".split()
)


def right_phrase(tokens: list[Token], k: int, limit: int = 30) -> tuple[int, int] | None:
    """The noun phrase starting at token ``k`` (with a trailing appositive), or None."""
    if k >= len(tokens) or not tokens[k].is_word:
        return None
    first = k
    if tokens[k].low in SUBJECT_PRONOUNS:
        return (k, k) if tokens[k].low not in ("who", "it") else None
    if tokens[k].low in _RIGHT_STOPS - {"this"} or tokens[k].low in _TIME_WORDS:
        return None
    last = _right_core(tokens, k, limit)
    if last < first:
        return None
    # A trailing appositive: ", a spokesman for the ministry" up to the sentence end or a comma.
    j = last + 1
    while j + 1 < len(tokens) and tokens[j].text == "," and _opens_appositive(tokens, j + 1):
        end = _right_core(tokens, j + 1, limit, appositive=True)
        if end <= j:
            break
        last = end
        j = last + 1
    return (first, last)


def _right_core(tokens: list[Token], k: int, limit: int, appositive: bool = False) -> int:
    last = k - 1
    j = k
    while j < len(tokens) and j - k < limit:
        token = tokens[j]
        if token.text in ("'", "’") and last == j - 1 and j > k:
            last = j
            j += 1
            continue
        if not token.is_word:
            break
        low = token.low
        if j > k and low in _RIGHT_STOPS:
            if low in ("in", "on", "during", "last", "this") and _phrase_continues(tokens, j):
                last = j
                j += 1
                continue
            if low == "and" and token_is_name(tokens, j - 1) and token_is_name(tokens, j + 1):
                last = j
                j += 1
                continue
            if low == "who" and appositive:
                break
            break
        if j > k and low in _TIME_WORDS:
            break
        if low in _CONNECTORS and (j + 1 >= len(tokens) or not tokens[j + 1].is_word):
            break
        last = j
        j += 1
    while last >= k and tokens[last].low in _CONNECTORS | _DETERMINERS:
        last -= 1
    return last


def _phrase_continues(tokens: list[Token], j: int) -> bool:
    """'in'/'on' inside a name ("officials in Kyiv") rather than a time or a medium."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.low in _TIME_WORDS or nxt.text.isdigit():
        return False
    if tokens[j].low in ("last", "this", "during"):
        return False
    return nxt.is_capital and nxt.low not in _DETERMINERS


def token_is_name(tokens: list[Token], j: int) -> bool:
    return 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].is_capital


def _opens_appositive(tokens: list[Token], j: int) -> bool:
    token = tokens[j]
    if not token.is_word:
        return False
    low = token.low
    if low in ("who", "whose", "which"):
        return False
    if low in _APPOSITIVE_OPENERS or token.text.isdigit() or _is_state_code(token.text + "."):
        return True
    if re.fullmatch(r"[RDI]-[A-Z][A-Za-z.]*", token.text):
        return True
    return token.text.endswith(("'s", "’s")) and token.is_capital


def appositive_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """A subject with appositives ending at the comma ``comma``: "X, a spokesman for Y,"."""
    j = comma
    first_app: int | None = None
    for _ in range(3):  # at most three appositives: "Rand Paul, R-Ky., 55,"
        prev = _previous_comma(tokens, j)
        segment_start = prev + 1 if prev is not None else 0
        if segment_start >= j:
            return None
        if tokens[segment_start].low in _SKIPPABLE_OPENERS or tokens[segment_start].low.endswith(
            "ing"
        ):
            return None
        if not _opens_appositive(tokens, segment_start) and tokens[segment_start].low not in (
            "of",
            "who",
            "whose",
            "which",
        ):
            return None
        first_app = segment_start
        if prev is None:
            return None
        head = left_phrase(tokens, prev - 1)
        if head is not None:
            return (head[0], comma - 1)
        j = prev
    del first_app
    return None


def participle_before(tokens: list[Token], comma: int) -> int | None:
    """Index of the comma before a skippable aside ("X, speaking to reporters, said")."""
    prev = _previous_comma(tokens, comma)
    if prev is None or prev + 1 >= comma:
        return None
    opener = tokens[prev + 1].low
    if opener in _SKIPPABLE_OPENERS or (opener.endswith("ing") and opener.islower()):
        return prev
    return None


def _previous_comma(tokens: list[Token], j: int) -> int | None:
    k = j - 1
    while k >= 0 and j - k < 40:
        text = tokens[k].text
        if text == ",":
            return k
        if text in ('"', ";", ":", "(", ")", ".", "?", "!"):
            return None
        k -= 1
    return None
