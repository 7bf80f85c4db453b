"""Text preparation shared by every rule: normalising odd characters and splitting sentences.

Offsets are preserved: ``normalise`` maps characters one to one, so an offset in the
normalised text is the same offset in the original.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import re2

from rules.calendar import ABBREVIATED_MONTHS, SHORT_MONTHS, WEEKDAY_TITLE, either
from rules.frozen_init import frozen_init
from rules.numbers import re2_spans

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
        # Digits of other scripts read as ASCII digits: full-width, Arabic-Indic, Persian.
        **{chr(0xFF10 + d): str(d) for d in range(10)},
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "\u066c": ",",  # Arabic thousands separator
        "\u066b": ".",  # Arabic decimal separator
        "\uff0c": ",",  # full-width comma
    }
)

#: Titles and ranks written before a name, months, company and Latin abbreviations. The
#: second line: more ranks and titles of English-language wire and local copy ("Lt. j.g.",
#: "Cdr.", "Spc.", "Pfc.", "Ens.", "Amb.", "Atty.", "Engr.", "Hon.", "Msgr.").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj sgt capt gov sen rep st jr sr prof rev adm brig cmdr cpl pvt
    pres supt insp det no nos vol inc corp co ltd vs etc approx est dept univ ft mt u.s u.k u.n
    e.g i.e a.m p.m
    jg j.g cdr cmdt spc pfc cpt ens amb atty engr hon msgr
    """.split()
).union(ABBREVIATED_MONTHS)

# A sentence ends at . ! ? (with closing quotes/brackets) before whitespace and a likely start.
# Written to start with one character class (the engine then skips ahead to the next
# candidate character), the two branches told apart by looking back at that character.
# A third branch: page text scraped with paragraphs run together ("on Elm Street.Officers
# said"): a full stop after a lower-case word, directly before a capitalised word.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=[.!?])[.!?]*["')\]]*(?=\s+["'(\[]?[A-Z0-9])|(?<=\n)\s*"""
    r"""|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]{2}(?![\w.]{0,64}@)))"""
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


#: The characters ``normalise`` replaces. Every replacement is ASCII and none is itself
#: replaced, so replacing them one after another gives what ``str.translate`` gives.
_REPLACED = tuple((chr(code), str(by)) for code, by in _CHAR_MAP.items())
#: Those of them an ASCII text may hold (a tab, a carriage return, a NUL): most news is ASCII.
_ASCII_REPLACED = tuple((char, by) for char, by in _REPLACED if char.isascii())


#: An age written with spaces before the word it describes ("a 19 year old man", "her 24
#: year-old son") is the hyphenated adjective of most copy ("19-year-old"): broadcast sites
#: often drop the hyphens. One space becomes one hyphen, so offsets hold; an age after a verb
#: ("he was 19 years old.") is no adjective and stays.
_SPACED_AGE = re.compile(
    r"\b\d{1,3}(?: (?:year|month|week|day)s?[ -]|-(?:year|month|week|day)s? )old(?=\s+[A-Za-z])",
    re.IGNORECASE,
)


def _hyphenated(match: re.Match[str]) -> str:
    return match.group().replace(" ", "-")


#: ``_SPACED_AGE`` without its lookahead, for RE2: over ASCII text it matches where
#: ``_SPACED_AGE`` does, with the same span (the digits before the unit are a maximal run,
#: and no match can start inside another: only its first run holds digits).
_SPACED_AGE_RE2 = re2.compile(
    rb"(?i)\b\d{1,3}(?: (?:year|month|week|day)s?[ -]|-(?:year|month|week|day)s? )old"
)
#: The lookahead of ``_SPACED_AGE``, checked where RE2 found the rest.
_AGE_FOLLOWED = re.compile(r"(?=\s+[A-Za-z])", re.IGNORECASE)


def _hyphenate_ages(text: str) -> str:
    """``_SPACED_AGE.sub(_hyphenated, text)``: for ASCII text, RE2 finds the few candidates
    in one pass instead of Python's re trying the pattern at every position."""
    if not text.isascii():
        return _SPACED_AGE.sub(_hyphenated, text)
    pieces: list[str] = []
    at = 0
    for start, end in re2_spans(_SPACED_AGE_RE2, text.encode("ascii")):
        if _AGE_FOLLOWED.match(text, end) is not None:
            pieces.append(text[at:start])
            pieces.append(text[start:end].replace(" ", "-"))
            at = end
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


def normalise(text: str) -> str:
    """Replace dashes, odd spaces and curly quotes with ASCII, one character for one.

    Only the characters present are replaced: ``str.translate`` looks each character of a
    non-ASCII text up in the table, which costs more than all the rest of sentence splitting.

    >>> normalise("“Two” died – 1\u00a0200 fled")
    '"Two" died - 1 200 fled'
    """
    for char, by in _ASCII_REPLACED if text.isascii() else _REPLACED:
        if char in text:
            text = text.replace(char, by)
    if " old" in text or "-old" in text:
        text = _hyphenate_ages(text)
    return text


@frozen_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with their offsets; abbreviations and initials do not end one.

    >>> [s.text for s in split_sentences("Gen. Ryder said 30 died. The U.S. Army did not comment.")]
    ['Gen. Ryder said 30 died.', 'The U.S. Army did not comment.']
    >>> [s.text for s in split_sentences("It was on the West Side.Police said two died.")]
    ['It was on the West Side.', 'Police said two died.']
    """
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        at = boundary.start()
        if (
            text[at] == "."
            and _is_abbreviation(text[max(0, at - 12) : at + 1])
            and not _CLOCK_THEN_START.match(text, max(0, at - 4), at + 40)
        ):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


@lru_cache(maxsize=4096)
def _is_abbreviation(token: str) -> bool:
    """Does the word before the final period of ``token`` (the 13 characters up to a
    boundary's full stop) keep its period? Remembered: news ends its sentences alike
    ("said.", "police said."), and the pattern tries every position of the token."""
    match = _WORD_BEFORE.search(token)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _ABBREVIATIONS or len(word) == 1:
        return True
    return "." in word and _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
#: A clock time's "a.m." or "p.m." ends the sentence when a capitalised word follows that is
#: not a day, a month or a time zone ("shot at 1:30 a.m. Police said ..." is two sentences;
#: "at 9 p.m. Sunday", "8 a.m. Eastern", "10 a.m. Velk time", "9 a.m. Christmas Day" stay
#: one). General English of dated news copy.
_CLOCK_THEN_START = re.compile(
    rf"(?:^|\W)[ap]\.m\.\s+(?!{WEEKDAY_TITLE}\b|{either(SHORT_MONTHS, title=True)}[a-z]*\b"
    r"|(?:Eastern|Central|Mountain|Pacific|Atlantic"
    r"|Hawaii|Alaska|Standard|Daylight|Local|Today|Tonight|Yesterday|Christmas|New\s+Year"
    r"|Easter)\b|[A-Z]{2,4}\b|[A-Z][a-z]+\s+time\b)[A-Z][a-z]",
)


#: A sentence longer than this is cut (at the last space before it when there is one), so
#: that no rule ever sees an unbounded "sentence" (a megabyte with no full stop).
MAX_SENTENCE = 1000
#: The most characters a finding's ``text`` excerpt holds.
MAX_EXCERPT = 600


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut != -1 else start + MAX_SENTENCE
        _append_one(sentences, text, start, cut)
        start = cut
    _append_one(sentences, text, start, end)


def _append_one(sentences: list[Sentence], text: str, start: int, end: int) -> None:
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

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence that holds ``offset`` (-1 before the first), by binary
        search over the sentence starts, found once per document."""
        return bisect.bisect_right(self._starts, offset) - 1

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def excerpt(self, sentence: Sentence, start: int, end: int) -> tuple[int, int, str]:
        """The sentence as written, or at most ``MAX_EXCERPT`` characters of it around
        ``start:end`` (cut at spaces where possible): ``(start, end, text)``.

        >>> doc = Document("Rain. " + "word " * 200 + "12 died " + "word " * 200)
        >>> s, e, text = doc.excerpt(doc.sentences[1], 1006, 1014)
        >>> (len(text) <= MAX_EXCERPT, "12 died" in text, text == doc.original[s:e])
        (True, True, True)
        """
        if sentence.end - sentence.start <= MAX_EXCERPT:
            return sentence.start, sentence.end, self.original_sentence(sentence)
        start, end = max(start, sentence.start), min(max(end, start), sentence.end)
        room = max(0, MAX_EXCERPT - (end - start)) // 2
        lo = max(sentence.start, start - room)
        hi = min(sentence.end, lo + MAX_EXCERPT)
        lo = max(sentence.start, min(lo, hi - MAX_EXCERPT))
        if end - start >= MAX_EXCERPT:
            lo, hi = start, start + MAX_EXCERPT
        lo = self._word_edge(lo, sentence.start, start, forward=True)
        hi = self._word_edge(hi, sentence.end, end, forward=False)
        return lo, hi, self.original[lo:hi]

    def _word_edge(self, at: int, edge: int, limit: int, *, forward: bool) -> int:
        """Move an excerpt edge inward to a space (not past ``limit``) so no word is cut."""
        if at == edge:
            return at
        if forward:
            space = self.text.find(" ", at, min(limit, at + 40))
            return space + 1 if space != -1 else at
        space = self.text.rfind(" ", max(limit, at - 40), at)
        return space if space != -1 else at

    def original_sentence(self, sentence: Sentence) -> str:
        """The sentence as written; one shared string per sentence, however many findings."""
        cached = self._original_sentences.get(sentence.start)
        if cached is None or len(cached) != sentence.end - sentence.start:
            cached = self.original[sentence.start : sentence.end]
            self._original_sentences[sentence.start] = cached
        return cached
