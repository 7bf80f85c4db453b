"""Text preparation shared by every rule: normalising odd characters and splitting sentences.

Offsets are preserved: ``normalise`` maps characters one to one, so an offset in the
normalised text is the same offset in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# One-to-one replacements keep offsets valid.
_CHAR_MAP = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\ufe58": "-",
        "\ufe63": "-",
        "\uff0d": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\t": " ",
        "\r": "\n",
        "\x00": " ",
    }
)

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj sgt capt gov sen rep st jr sr prof rev adm brig cmdr cpl pvt
    pres supt insp det no nos vol jan feb mar apr jun jul aug sep sept oct nov dec inc corp co
    ltd vs etc approx est dept univ ft mt u.s u.k u.n e.g i.e a.m p.m
    """.split()
)

# A sentence ends at . ! ? (with closing quotes/brackets) before whitespace and a likely start.
# Written to start with one character class (the engine then skips ahead to the next
# candidate character), the two branches told apart by looking back at that character.
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])[.!?]*["')\]]*(?=\s+["'(\[]?[A-Z0-9])|(?<=\n)\s*)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def normalise(text: str) -> str:
    """Replace dashes, odd spaces and curly quotes with ASCII, one character for one."""
    return text.translate(_CHAR_MAP)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with their offsets; abbreviations and initials do not end one.

    >>> [s.text for s in split_sentences("Gen. Ryder said 30 died. The U.S. Army did not comment.")]
    ['Gen. Ryder said 30 died.', 'The U.S. Army did not comment.']
    """
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        at = boundary.start()
        if text[at] == "." and _is_abbreviation(text[max(0, at - 12) : at + 1]):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(token: str) -> bool:
    match = _WORD_BEFORE.search(token)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _ABBREVIATIONS or len(word) == 1:
        return True
    return "." in word and _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + chunk.find(stripped[0])
    sentences.append(Sentence(s, s + len(stripped), stripped))


class Document:
    """A text under analysis: the original, its normalised twin, and its sentences."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = normalise(text)
        self._original_sentences: dict[int, str] = {}

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    def original_sentence(self, sentence: Sentence) -> str:
        """The sentence as written; one shared string per sentence, however many findings."""
        cached = self._original_sentences.get(sentence.start)
        if cached is None or len(cached) != sentence.end - sentence.start:
            cached = self.original[sentence.start : sentence.end]
            self._original_sentences[sentence.start] = cached
        return cached
