"""The speaker a modifier with no commas hangs the words before a reporting verb on.

"A commander who uses the name Falcon said": the noun phrase just before "said" is the
relative clause's own object, and the speaker is the commander. The same holds for a
participle that names a medium ("survivors quoted by the Herald said"), an audience
("a deputy speaking to the Courier said") or a place of writing ("analysts writing in a note
to clients said", "former employees posting on a forum described"), and for a body's
founding before a time ("the committee set up after the flood said"). English grammar of
attribution; no corpus harvest.

>>> from rules.tokens import tokenize
>>> from rules.phrases import left_phrase
>>> tokens = tokenize("Analysts writing in a note to clients said the deal was rushed.")
>>> found = modified_subject(tokens, left_phrase(tokens, 6))
>>> found is not None and found[0] == (tokens[0].start, tokens[0].end)
True
"""

from __future__ import annotations

from rules.nouns import names_people
from rules.phrases import left_phrase
from rules.source_words import ORG_WORDS
from rules.speech.subject_edges import relative_that
from rules.tokens import Token

Sourced = tuple[tuple[int, int], tuple[int, int] | None]

#: Participles that hang a named medium on the speakers before it: "survivors quoted by X".
_MEDIUM_PARTICIPLES = frozenset("quoted cited interviewed contacted reached".split())

#: "a deputy speaking to the Courier said", "an aide talking with reporters said": the
#: medium spoken to is no speaker (lower case: "Talking With Teens" is a name).
TALKING = frozenset("speaking talking".split())

#: Participles of a written word's place: "analysts writing in a note", "users posting on".
_WRITING = frozenset("writing posting commenting".split())
#: Writers that ``rules.nouns`` does not list as people (commentary, not headcounts).
_COMMENTATORS = frozenset(
    "analyst analysts expert experts user users reader readers critic critics".split()
)


def _left(tokens: list[Token], p: int) -> tuple[int, int] | None:
    phrase = left_phrase(tokens, p)
    return (tokens[phrase[0]].start, tokens[phrase[1]].end) if phrase else None


def _writers_at(tokens: list[Token], k: int) -> bool:
    """Is the token at ``k`` "writing" or "posting" after people ("analysts writing")?"""
    token = tokens[k]
    if token.low not in _WRITING or token.text != token.low or k < 1:
        return False
    head = tokens[k - 1].low
    return names_people(head) or head in _COMMENTATORS


def modified_subject(tokens: list[Token], phrase: tuple[int, int]) -> Sourced | None:
    """The head a modifier with no commas hangs ``phrase`` on: "a commander who uses the
    name Falcon said" (the commander), "survivors quoted by the Herald said" (the survivors),
    "analysts writing in a note to clients said" (the analysts)."""
    inside = _participle_inside(tokens, phrase)
    if inside is not None:
        return (inside, None)
    for k in range(phrase[0] - 1, max(0, phrase[0] - 12), -1):
        token = tokens[k]
        if not token.is_word:
            return None
        if (token.low in ("who", "which") or relative_that(tokens, k)) and tokens[k - 1].is_word:
            if k + 1 == phrase[0]:
                return None  # "the man who police said was armed": police said it
            referent = _left(tokens, k - 1)
            return ((token.start, token.end), referent) if referent else None
        if k > 1 and (
            (token.low == "by" and tokens[k - 1].low in _MEDIUM_PARTICIPLES)
            or (token.low in ("to", "with") and tokens[k - 1].text in TALKING)
        ):
            head = _left(tokens, k - 2)
            return (head, None) if head else None
        if _writers_at(tokens, k):
            head = _left(tokens, k - 1)
            return (head, None) if head else None
        founded = _founded_before(tokens, k)
        if founded is not None:
            head = left_phrase(tokens, founded - 1)
            return ((tokens[head[0]].start, tokens[phrase[1]].end), None) if head else None
    return None


#: Participles that tell a body's founding, after which a time phrase is the body's own ("a
#: committee set up after the flood", "a panel formed following the riots"): general English.
_FOUNDED = frozenset(
    "formed founded created established appointed convened launched organised organized set".split()
)
_TIME_AFTER = frozenset("after following since before during".split())
_AUXILIARIES = frozenset("was were is are be been being has have had".split())


def _founded_before(tokens: list[Token], k: int) -> int | None:
    """The index of a founding participle ("set up", "formed") right before the time word at
    ``k``, not a verb's passive ("a panel was formed after the army said": the army spoke)."""
    if tokens[k].low not in _TIME_AFTER or k < 2:
        return None
    j = k - 1 if tokens[k - 1].low != "up" else k - 2
    word = tokens[j]
    if word.low not in _FOUNDED or word.text != word.low or (word.low == "set") != (j < k - 1):
        return None
    head = tokens[j - 1] if j > 1 else None
    if head is None or not head.is_word or head.low in _AUXILIARIES:
        return None
    # a body that is founded, or a time word not followed by a speaker ("A crowd formed after
    # the mayor said": the mayor spoke; "A charity set up after the quake said": the charity)
    if head.low in _BODIES or ORG_WORDS.fullmatch(head.low):
        return j
    return None if _speaker_after(tokens, k) else j


def _speaker_after(tokens: list[Token], k: int) -> bool:
    """Does a speaker follow the time word at ``k`` ("after the mayor", "after Ana Ruiz", "after
    the ministry"), whose own verb the reporting verb may be?"""
    for token in tokens[k + 1 : k + 5]:
        if not token.is_word:
            return False
        if token.is_capital or names_people(token.low) or ORG_WORDS.fullmatch(token.low):
            return True
    return False


#: Bodies set up for a purpose, besides ``ORG_WORDS``: "a panel", "a task force", "an inquiry".
_BODIES = frozenset("panel inquiry force taskforce body team unit cell".split())


def _participle_inside(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The head before a participle that the phrase read leftwards took in: "Survivors
    quoted by the Herald", "Former employees posting on a jobs forum"."""
    first, last = phrase
    for k in range(first + 1, last):
        medium = tokens[k].low in _MEDIUM_PARTICIPLES and tokens[k + 1].low == "by"
        if (medium and tokens[k].text == tokens[k].low) or _writers_at(tokens, k):
            return (tokens[first].start, tokens[k - 1].end)
    return None
