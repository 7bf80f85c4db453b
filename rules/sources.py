"""Source spans: the noun phrase before or after a cue, found with boundary heuristics.

No tagger: a phrase grows word by word away from the cue and stops at punctuation,
clause words ("that", "when", "but"), pronouns and time expressions; determiners end it
unless a preposition links it to more noun phrase ("a spokesman for the ministry").
Appositives between commas join the name they follow ("Jane Doe, a spokeswoman, said").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:(?:['.&/-]|,(?=\d{3}\b))\w+)*\.?|[^\w\s]")
#: A token with the whitespace before it: the only text ``_TOKEN`` skips is whitespace.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")

#: Abbreviations that keep their final period as part of the word.
_KEEP_PERIOD = frozenset(
    """mr mrs ms dr gen lt col maj sgt capt gov sen rep st jr sr prof rev adm brig cmdr cpl
    pvt pres supt insp det gov no jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u
    d.c""".split()
)

SUBJECT_PRONOUNS = frozenset("he she they we i you it who".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it his its their our my your".split())

_BOUNDARY = frozenset(
    """that which who whom whose when whenever while if because as but so than then where
    after before since though although unless until whether also is are was were be been
    being has have had will would could should can may might must did do does not to
    there here said says told say tell added adds wrote writes however meanwhile
    yet once how what why whatever even just only still now yes no said: also:
    instead indeed thus therefore hence nor either neither reported having let let's let’s
    gonna wanna""".split()
)

_DETERMINERS = frozenset(
    """the a an this these those another each every some any many several most all both
    few one two three four five six seven eight nine ten his her its their our my your
    no""".split()
)

_STANDALONE = frozenset("some many most others another both several few".split())

_CONNECTORS = frozenset("of for at with from in on by to within inside among".split())

_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later week weekend month year morning afternoon evening night recently
    previously january february march april june july august september october november
    december""".split()
)

#: Adverbs and auxiliaries that may stand between a subject and its verb.
_VERB_PREFIX = frozenset(
    """has have had also later previously repeatedly recently then publicly privately once
    again further never often already first initially separately earlier subsequently
    reportedly would will could may might is was are were did does do not n't has
    since just even still last frequently flatly strongly bluntly angrily quickly simply
    long always ever sometimes often usually now however
    's ’s 've ’ve 'd ’d""".split()
)

#: Words that may open a quantity before a number: "nearly half", "at least 30".
_QUANT_PREFIX = frozenset(
    "about nearly almost roughly around approximately some over only just".split()
)
_QUANTITIES = frozenset(
    "half third quarter majority plurality dozens hundreds thousands most many".split()
)
#: Nouns that take "to" inside a name: "aides to Clinton", "adviser to the president".
_TO_NOUNS = frozenset(
    """aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson
    ambassador envoy envoys counsel assistant assistants""".split()
)

_LY_EXCEPTIONS = frozenset(
    "family ally assembly supply rally daily weekly monthly italy july".split()
)

#: Words that open an appositive ("a spokesman for", "who heads", "55", "R-Ky.").
_APPOSITIVE_OPENERS = frozenset(
    """a an the who whose which one his her its their director head spokesman spokeswoman
    spokesperson chairman chairwoman chair president professor author founder chief
    executive leader member secretary minister adviser advisor analyst editor deputy
    commander general senior former fellow co-founder partner manager governor mayor
    spokesman officer official""".split()
)

_SKIPPABLE_OPENERS = frozenset(
    """in on at during speaking writing citing according asked contacted reached questioned
    interviewed""".split()
)


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

    A word's final period stays only on abbreviations. The range is scanned in place
    rather than sliced, so offsets need no shifting. Only whitespace lies between tokens,
    so ``findall`` returns each token with the whitespace before it and offsets follow
    from lengths, with no match object per token.
    """
    tokens: list[Token] = []
    append = tokens.append
    to = start
    for space, word in _SPACED_TOKEN.findall(text, start, len(text) if end is None else end):
        at = to + len(space)
        to = at + len(word)
        if "'" in word or "’" in word:
            _append_with_apostrophe(tokens, word, at, to)
            continue
        first = word[0]
        low = word.lower()
        is_word = first.isalnum() or first == "_"
        if word[-1] == "." and len(word) > 1:
            stem = low[:-1]
            if not (
                stem in _KEEP_PERIOD
                or len(stem) == 1
                or "." in stem
                or _STATE_CODE.fullmatch(word) is not None
            ):
                cut = to - 1
                append(_new(Token, (word[:-1], at, cut, stem, is_word, first.isupper())))
                append(_new(Token, (".", cut, to, ".", False, False)))
                continue
        append(_new(Token, (word, at, to, low, is_word, first.isupper())))
    return tokens


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
    return stem in _KEEP_PERIOD or len(stem) == 1 or "." in stem or _is_state_code(word)


_STATE_CODE = re.compile(r"[RDI]-[A-Z][a-z]{1,4}\.")


def _is_state_code(word: str) -> bool:
    return _STATE_CODE.fullmatch(word) is not None


def is_adverb(token: Token) -> bool:
    """An "-ly" word in lower case: a capitalised one is a name as often ("Kelly", "Jolly")."""
    low = token.low
    return (
        low.endswith("ly")
        and len(low) > 4
        and low not in _LY_EXCEPTIONS
        and low.islower()
        and not token.is_capital
    )


def skip_verb_prefix(tokens: list[Token], i: int) -> int:
    """Index of the last token before the auxiliaries and adverbs that end at ``i``."""
    while i >= 0 and tokens[i].is_word:
        low = tokens[i].low
        if not (low in _VERB_PREFIX or is_adverb(tokens[i]) or low.endswith(("n't", "n’t"))):
            break
        i -= 1
    return i


def left_phrase(tokens: list[Token], i: int, inside_commas: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at token ``i``, as (first, last) token indices, or None."""
    if i < 0 or not tokens[i].is_word:
        return None
    last = tokens[i]
    if (last.low in SUBJECT_PRONOUNS and not last.text.isupper()) or last.text == "I":
        return None if last.low in ("who", "it") and i > 0 and tokens[i - 1].is_word else (i, i)
    if last.low in _STANDALONE and (i == 0 or not tokens[i - 1].is_word):
        return (i, i)  # "Some say", "Others said"
    ratio = i >= 2 and tokens[i - 1].low in ("in", "of") and tokens[i - 2].low in _DETERMINERS
    if last.low in _DETERMINERS and ratio:
        pass  # "one in five said"
    elif _stops_left(last) or last.low in _DETERMINERS or last.low in _CONNECTORS:
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
            if _quantity_at(tokens, first):
                if token.low in _QUANT_PREFIX:
                    first = j  # "nearly eight in 10", "nearly a third"
                    j -= 1
                    continue
                if token.low in ("least", "than") and j > 0:
                    first = j - 1  # "at least a dozen", "more than 40"
                    j -= 2
                    continue
            if inside_commas and token.low == "and" and j > 0 and tokens[j - 1].is_word:
                first = j  # ", a former minister and a deputy premier,"
                j -= 1
                continue
            if token.low in ("and", "or") and _coordinated(tokens, j):
                # "Bush and his rivals", "they and their supporters"
                if tokens[j - 1].low in _PERSONAL_PRONOUNS:
                    first = j - 1
                    break
                first = j
                j -= 1
                continue
            break
        if token.text in ("'", "’") and j > 0 and tokens[j - 1].is_word:
            first = j - 1  # plural possessive: "the voters' union"
            j -= 2
            continue
        if token.text == ")":
            opening = next(
                (k for k in range(j - 1, max(-1, j - 10), -1) if tokens[k].text == "("), -1
            )
            if opening > 0 and tokens[opening - 1].is_word:
                first = opening  # "Sen. Bobby Scott (D-Va.)"
                j = opening - 1
                continue
            break
        if token.text == "%" and j > 0 and tokens[j - 1].text[0].isdigit():
            first = j - 1  # "85% of Democrats"
            j -= 2
            continue
        if not token.is_word:
            break
        low = token.low
        if low in ("and", "or", "nor", "&"):
            if j > 0 and tokens[j - 1].low in _PERSONAL_PRONOUNS:
                if low in ("and", "or") and _coordinated(tokens, j):
                    first = j - 1  # "he and Brafman"
                break
            if j > 0 and (inside_commas or (tokens[first].is_capital and tokens[j - 1].is_capital)):
                first = j
                j -= 1
                continue
            break
        if low == "neither":
            first = j
            break
        if low in _DETERMINERS:
            first = j
            j -= 1
            continue
        quantity = _quantity_at(tokens, first)
        if quantity and low in _QUANT_PREFIX:
            first = j
            j -= 1
            continue
        if quantity and low in ("least", "than") and j > 0:
            first = j - 1
            j -= 2
            continue
        if (
            low == "to"
            and j > 0
            and (
                tokens[j - 1].low in _TO_NOUNS
                or (tokens[first].is_capital and tokens[j - 1].is_capital)
            )
        ):
            first = j
            j -= 1
            continue
        if token.text.isupper() and len(token.text) > 1:
            first = j
            j -= 1
            continue
        if _stops_left(token) or low in SUBJECT_PRONOUNS or low in _OBJECT_PRONOUNS - {"her"}:
            break
        if low in _TIME_WORDS:
            break
        if low in _CONNECTORS and not _joinable(tokens, j):
            break
        first = j
        j -= 1
    while first <= i and (tokens[first].low in _CONNECTORS or tokens[first].low == "and"):
        if first < i and tokens[first].low == "at" and tokens[first + 1].low == "least":
            break
        first += 1
    return (first, i) if first <= i else None


_PERSONAL_PRONOUNS = frozenset("he she they we".split())


def _coordinated(tokens: list[Token], j: int) -> bool:
    """ "and" at ``j`` joins a name or a pronoun that opens the clause to the phrase after it."""
    if j == 0:
        return False
    before = tokens[j - 1]
    if before.low in _PERSONAL_PRONOUNS:
        k = j - 1
    elif before.is_capital and before.is_word and not before.text.endswith(("'s", "’s")):
        k = j - 1
        while k > 0 and tokens[k - 1].is_capital and tokens[k - 1].is_word:
            k -= 1
    else:
        return False
    return k == 0 or not tokens[k - 1].is_word or tokens[k - 1].low in _CLAUSE_OPENERS


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred dozen""".split()
)
_FRACTIONS = frozenset("third quarter half dozen fifth majority handful few".split())


def _quantity_at(tokens: list[Token], first: int) -> bool:
    """A phrase that starts with an amount: "40", "two-thirds", "eight in 10", "a third"."""
    token = tokens[first]
    low = token.low
    if token.text[0].isdigit() or low in _QUANTITIES or low in _NUMBER_WORDS:
        return True
    if low.endswith(("thirds", "fourths", "fifths", "quarters", "tenths")):
        return True
    return low in ("a", "an") and first + 1 < len(tokens) and tokens[first + 1].low in _FRACTIONS


def _stops_left(token: Token) -> bool:
    if token.text.isupper() and len(token.text) > 1:
        return False
    return token.low in _BOUNDARY or (is_adverb(token) and token.low not in ("only",))


def _joinable(tokens: list[Token], j: int) -> bool:
    """A preposition at ``j`` joins two noun phrases when a content word precedes it."""
    if j == 0:
        return False
    before = tokens[j - 1]
    if before.text == "%":
        return True
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


def right_phrase(
    tokens: list[Token], k: int, limit: int = 30, closed_only: bool = False
) -> tuple[int, int] | None:
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
        if end <= j or (closed_only and (end + 1 >= len(tokens) or tokens[end + 1].text != ",")):
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
        if token.text == "(" and last == j - 1 and j > k and tokens[j - 1].is_capital:
            close = next(
                (m for m in range(j + 1, min(len(tokens), j + 8)) if tokens[m].text == ")"), 0
            )
            if close:
                last = close  # "Sen. Chris Murphy (D-Conn.)"
                j = close + 1
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
    if _personal_name_at(tokens, j) and j >= 2 and tokens[j - 2].low in _APPOSITIVE_OPENERS:
        return True  # "the regional governor, Sabina Orlik,"
    return token.text.endswith(("'s", "’s")) and token.is_capital


def _personal_name_at(tokens: list[Token], j: int) -> bool:
    """Two to four capitalised words from ``j`` up to a comma or the end."""
    k = j
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capital and k - j < 4:
        k += 1
    return k - j >= 2 and (k == len(tokens) or not tokens[k].is_word)


def appositive_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """A subject with appositives ending at ``comma``: "Jane Doe, 55, a spokeswoman,".

    Comma-separated segments are taken right to left while each is a whole noun phrase
    (or an age, or a state code); the leftmost must open the clause.
    """
    first: int | None = None
    j = comma
    for _ in range(5):
        prev = _previous_comma(tokens, j)
        if prev is not None and j != comma and tokens[prev + 1].low in _SUBJECT_OPENERS:
            # ", and Ida Renk, an adviser, said": the conjunction opens the subject.
            segment_start = _subject_start(tokens, prev + 1, j)
            prev = None
        elif prev is not None:
            segment_start = prev + 1
        else:
            segment_start = _clause_start(tokens, j)
            if j != comma:
                segment_start = _subject_start(tokens, segment_start, j)
        if segment_start >= j or not _whole_phrase(tokens, segment_start, j - 1):
            break
        first = segment_start
        if prev is None:
            break
        j = prev
    if first is None:
        return None
    return (first, comma - 1)


#: Words after which a subject with appositives may start inside a clause.
_SUBJECT_OPENERS = frozenset(
    """but and so yet then still however meanwhile also even when while as because if
    although though after before since that""".split()
)


def _subject_start(tokens: list[Token], start: int, j: int) -> int:
    """Where the name before an appositive starts: "But Matt Morrison, the deputy director,",
    "The White House says that it is on track, and Brian Deese, an adviser, said"."""
    while start < j - 1 and tokens[start].low in _SUBJECT_OPENERS:
        start += 1
    if _whole_phrase(tokens, start, j - 1):
        return start
    for k in range(j - 2, start - 1, -1):
        if tokens[k].low in _SUBJECT_OPENERS:
            return k + 1
        if not tokens[k].is_word and tokens[k].text not in (".", "'", "’", "(", ")"):
            break
    return start


def _clause_start(tokens: list[Token], j: int) -> int:
    k = j - 1
    while k >= 0 and j - k < 40:
        text = tokens[k].text
        if text in _CLAUSE_ENDS or (text in ("'", "’") and is_quote_mark(tokens, k)):
            break
        k -= 1
    return k + 1


_CLAUSE_ENDS = frozenset(('"', ";", ":", "(", ".", "?", "!", "-", "--"))


def _whole_phrase(tokens: list[Token], first: int, last: int) -> bool:
    if first == last and (tokens[first].text.isdigit() or _is_state_code(tokens[first].text)):
        return True
    if first == last and tokens[first].is_capital and tokens[first].text.endswith("."):
        return True  # "Pa.", "Ky."
    for k in range(first + 1, last + 1):
        if tokens[k].low in ("who", "whose", "which", "that"):
            last = k - 1  # "a 30-year veteran of the CIA who retired in 2013"
            break
    if tokens[first].low == "of" and first < last:
        return all(t.is_capital for t in tokens[first + 1 : last + 1])  # "of Flint"
    if tokens[last].text == ")" or tokens[first].text == "(":
        phrase = left_phrase(tokens, last, inside_commas=True)
        return phrase is not None and phrase[0] <= first + 1
    phrase = left_phrase(tokens, last, inside_commas=True)
    return phrase is not None and phrase[0] == first and tokens[first].low not in _CONNECTORS


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
        if text in ('"', ";", ":", ".", "?", "!") or is_quote_mark(tokens, k):
            return None
        k -= 1
    return None


def is_quote_mark(tokens: list[Token], k: int) -> bool:
    """An apostrophe at ``k`` that quotes (``''``, ``,'``) rather than marks a possessive."""
    if tokens[k].text not in ("'", "’"):
        return False
    if k == 0 or not tokens[k - 1].is_word or tokens[k - 1].end != tokens[k].start:
        return True
    return k + 1 < len(tokens) and tokens[k + 1].text in ("'", "’")


_CLAUSE_OPENERS = frozenset("but and so yet then still however meanwhile also".split())
_IRREGULAR_VERBS = frozenset(
    """spoke went met made took gave held left won lost ran came sent told said thanked
    is was are were has have had will would can could did does do""".split()
)


def clause_subject(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The subject at the start of the clause that ends before ``end`` ("Bush spoke and said").

    Skips an opening conjunction and an introductory phrase ending in a comma, then takes
    determiners, names and at most two lower-case words after a determiner.
    """
    k = _clause_start(tokens, end)
    while k < end and (tokens[k].low in _CLAUSE_OPENERS or tokens[k].text == ","):
        k += 1
    if k >= end:
        return None
    first_comma = next((i for i in range(k, end) if tokens[i].text == ","), None)
    if first_comma is not None and (
        tokens[k].low in _CONNECTORS
        or tokens[k].low in _TIME_WORDS
        or tokens[k].low.endswith("ing")
        or (
            tokens[k].low.endswith("ly")
            and tokens[k].low not in _LY_EXCEPTIONS
            and k + 1 < end
            and not tokens[k + 1].is_capital
        )
        or (tokens[k].low.endswith("ed") and k + 1 < end and not tokens[k + 1].is_capital)
        or tokens[first_comma - 1].low in _TIME_WORDS
        or tokens[first_comma - 1].low == "ago"
    ):
        k = first_comma + 1  # "Asked on Monday, ...", "Eight years ago, he ..."
    elif first_comma is None:
        # "A few minutes later they said": a time phrase before the subject.
        for i in range(k + 1, min(end - 1, k + 6)):
            if tokens[i].low in ("later", "ago", "earlier") and (
                tokens[i + 1].low in SUBJECT_PRONOUNS
                or tokens[i + 1].low in _DETERMINERS
                or tokens[i + 1].is_capital
            ):
                k = i + 1
                break
    if k >= end:
        return None
    if tokens[k].low in SUBJECT_PRONOUNS and tokens[k].low not in ("who", "it"):
        return (k, k)
    last = k - 1
    lower_run = 0
    j = k
    while j < end:
        token = tokens[j]
        low = token.low
        if not token.is_word:
            if token.text in ("'", "’") and last == j - 1:
                last = j
                j += 1
                continue
            break
        if low in _DETERMINERS or token.is_capital:
            lower_run = 0
        elif low == "of" and j + 1 < end and tokens[j + 1].is_capital:
            pass
        elif (
            (last >= k and (tokens[last].low in _DETERMINERS or tokens[last].is_capital))
            or (0 < lower_run < 2)
        ) and (
            not low.endswith("ed")
            and low not in _IRREGULAR_VERBS
            and low not in _BOUNDARY
            and not is_adverb(token)
        ):
            lower_run += 1
        else:
            break
        last = j
        j += 1
    if last < k or not any(t.is_capital or t.low in _DETERMINERS for t in tokens[k : last + 1]):
        return None
    while last >= k and tokens[last].low in _DETERMINERS | _CONNECTORS:
        last -= 1
    return (k, last) if last >= k else None
