"""Attributions: who said what ("X said", "according to X"), non-responses, anonymity.

One regex over the whole document finds candidate cues; only sentences it hits are
tokenised, and the source is the noun phrase the grammar of the cue points to.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from operator import itemgetter

from rules.acronyms import read_acronyms
from rules.anonymous import ANONYMOUS
from rules.coreference import resolve_sources
from rules.cues import (
    CUE_REGEX,
    CUE_REGEX_ASCII,
    NON_RESPONSE_REGEX,
    NON_RESPONSE_REGEX_ASCII,
)
from rules.model import Attribution, Span
from rules.numbers import re2_spans
from rules.speech.carried_statements import carried_by
from rules.speech.chains import merge_chains
from rules.speech.page_numbers import source_start
from rules.speech.reasons import without_reasons
from rules.speech.registry import QUOTE_RULES, rule_for
from rules.speech.statements import Candidate, CueAt
from rules.text import Document, Sentence
from rules.tokens import Token, tokenize

#: Sentences longer than this are tokenised in windows around each cue.
_WINDOW = 250


def find_attributions(doc: Document) -> list[Attribution]:
    """Every attribution in ``doc``, in text order.

    >>> [(a.source, a.cue) for a in find_attributions(Document("Jane Doe said it rained."))]
    [('Jane Doe', 'said')]
    """
    candidates = list(_candidates(doc))
    found = resolve_sources(doc, [_attribution(doc, c) for c in candidates])
    # "X, who spoke only if not named since the harbour master issues all figures, said"
    found = without_reasons(doc.original, found)
    carried = [a for rule in QUOTE_RULES for a in rule.find(doc, found)]
    return sorted([*found, *carried], key=lambda a: a.start) if carried else found


def _attribution(doc: Document, c: Candidate) -> Attribution:
    original = doc.original
    start = source_start(original, *c.source)
    if start != c.source[0]:  # "Image 7 of 33 Authorities said": a page's counter
        moved = c.referent if c.referent is None or c.referent[0] != c.source[0] else None
        c = c._replace(source=(start, c.source[1]), referent=moved)
    source_text = original[c.source[0] : c.source[1]]
    named = original[c.referent[0] : c.referent[1]] if c.referent else source_text
    sentence = c.sentence
    via = original[c.via[0] : c.via[1]] if c.via else _quoted_by(original, c)
    if via is None and c.kind == "statement":
        start = min(c.source[0], c.cue[0])
        via = carried_by(original[sentence.start : start], original[c.cue[1] : sentence.end])
        via = _TIME_OR_MANNER.split(via, maxsplit=1)[0] if via else via  # "by Amaq on Monday"
    text_start, text_end, text = doc.excerpt(
        sentence, min(c.source[0], c.cue[0]), max(c.source[1], c.cue[1])
    )
    return Attribution(
        source=named,
        cue=original[c.cue[0] : c.cue[1]],
        kind=c.kind,
        # A non-response gives no information, so it has no anonymous source to flag.
        anonymous=c.kind != "non_response"
        and ANONYMOUS.find(named, _near(doc.text, sentence, c), source_text),
        text=text,
        start=sentence.start,
        end=sentence.end,
        via=via,
        source_span=Span(c.source[0], c.source[1], source_text),
        cue_span=Span(c.cue[0], c.cue[1], original[c.cue[0] : c.cue[1]]),
        rule=c.rule,
        text_start=text_start,
        text_end=text_end,
    )


#: "The front, in a statement quoted by the Orsk News Agency, said": the medium that relays
#: the statement, named in the phrase between the subject and its verb.
_QUOTED_BY = re.compile(
    r",[^,;:\"]{0,80}?\b(?:quoted|cited|carried)\s+by\s+(?P<via>[^,;:\"]{2,60}?)\s*,\s*$",
    re.IGNORECASE,
)


def _quoted_by(original: str, c: Candidate) -> str | None:
    """The via named between a subject and its verb ("..., quoted by X, said"), if any; the
    subject is the one named when its span keeps an aside ("The monitor, quoted by X,")."""
    end = c.referent[1] if c.referent else c.source[1]
    if not end <= c.cue[0] <= end + 160:
        return None
    between = original[end : c.cue[0]]
    if "by" not in between.lower():
        return None
    match = _QUOTED_BY.search(between) or _CITED_BARE.match(between)
    return _TIME_OR_MANNER.split(match["via"], maxsplit=1)[0] if match else None


#: With no commas: "Residents cited by Human Rights Watch said" (the via between the subject
#: and its verb).
_CITED_BARE = re.compile(
    r"\s+(?:quoted|cited)\s+by\s+(?P<via>(?:the\s|an?\s|[A-Z])[^,;:\"]{1,60}?)\s*$"
)


#: Where a via named by "quoted by" ends: "quoted by AFP on Tuesday", "by the Guardian on
#: condition of anonymity" (a time or a manner after the outlet's name).
_TIME_OR_MANNER = re.compile(r"\s+(?:on|in|as|at|to|for|through|during|last|this|earlier)\s")


def _near(text: str, sentence: Sentence, c: Candidate) -> str:
    """The part of a sentence around a candidate, so long sentences cost no more."""
    lo = max(sentence.start, min(c.source[0], c.cue[0]) - _WINDOW)
    return text[lo : min(sentence.end, max(c.source[1], c.cue[1]) + _WINDOW)]


def _longest_first(hit: tuple[int, int, str]) -> tuple[int, int]:
    """Sort key of cue hits: by start, and at one start the longer first (a refusal that
    opens with a cue word, "said nothing when asked", before the bare "said")."""
    return hit[0], -hit[1]


def _candidates(doc: Document) -> Iterator[Candidate]:
    text = doc.text
    hits = sorted(_hits(text), key=_longest_first)
    if not hits:
        return
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for hit in hits:
        index = bisect.bisect_right(starts, hit[0]) - 1
        if index >= 0 and hit[1] <= sentences[index].end:
            by_sentence.setdefault(index, []).append(hit)
    quotes = _Quotes(text)
    for index, sentence_hits in by_sentence.items():
        for candidate in _sentence_candidates(sentences[index], sentence_hits):
            if not quotes.open_at(min(candidate.cue[0], candidate.source[0])):
                yield candidate


class _Quotes:
    """Where quotation marks and paragraph breaks are, found once per document.

    A cue and its source inside an open quotation are speech reported within a quote
    ('"He said the bridge would hold," Halas told reporters.'), not the article's report.
    The quotation is open when the last quote mark before it in the paragraph opens one
    (it follows a space or starts the paragraph) and the paragraph has an odd number of
    marks before it; a closing mark from a quote carried over from an earlier paragraph
    then counts as closed. Each question costs two binary searches, so a megabyte of
    unbalanced quotes stays linear.
    """

    _MARK = re.compile("\"|''")

    def __init__(self, text: str) -> None:
        self.text = text
        if "''" in text:
            marks = list(self._MARK.finditer(text))
            self.starts = [m.start() for m in marks]
            self.ends = [m.end() for m in marks]
        else:  # every mark is a '"': found by ``str.find``, not by the pattern at each character
            self.starts = _places(text, '"')
            self.ends = [start + 1 for start in self.starts]
        # with no mark no quotation is open anywhere, and the breaks are never read
        self.breaks = _places(text, "\n") if self.starts else []

    def open_at(self, start: int) -> bool:
        if not self.starts:
            return False  # no quote mark in the document (half of real news)
        text = self.text
        line = bisect.bisect_left(self.breaks, start) - 1
        paragraph = self.breaks[line] + 1 if line >= 0 else 0
        first = bisect.bisect_left(self.starts, paragraph)
        last = bisect.bisect_right(self.ends, start)  # marks that end by ``start``
        if last <= first:
            return False
        mark = self.starts[last - 1]
        if not (mark == paragraph or text[mark - 1] in " ([-"):
            return False
        return (last - first) % 2 == 1


def _places(text: str, mark: str) -> list[int]:
    """Where the one-character ``mark`` stands in ``text``, in order."""
    places = []
    at = text.find(mark)
    while at != -1:
        places.append(at)
        at = text.find(mark, at + 1)
    return places


def _hits(text: str) -> list[tuple[int, int, str]]:
    """Every cue and non-response phrase in ``text`` as (start, end, what)."""
    if text.isascii():
        data = text.encode("ascii")
        cues = re2_spans(CUE_REGEX_ASCII, data)
        non_responses = re2_spans(NON_RESPONSE_REGEX_ASCII, data)
    else:
        cues = (m.span() for m in CUE_REGEX.finditer(text))
        non_responses = (m.span() for m in NON_RESPONSE_REGEX.finditer(text))
    found = [(start, end, "cue") for start, end in cues]
    found += [(start, end, "non_response") for start, end in non_responses]
    return found


def _sentence_candidates(sentence: Sentence, hits: list[tuple[int, int, str]]) -> list[Candidate]:
    """The candidates of one sentence's cue hits (document offsets). The rules read only the
    sentence's own tokens, so they are found once per distinct sentence text and hits, with
    offsets from the sentence's start (``_relative_candidates``), then moved into place:
    news repeats whole sentences (wire copy, boilerplate)."""
    base = sentence.start
    relative = tuple((start - base, end - base, what) for start, end, what in hits)
    found = _relative_candidates(sentence.text, relative)
    if not base:
        return [_new(Candidate, (*c[:4], sentence, *c[5:])) for c in found]
    return [_moved(c, base, sentence) for c in found]


def _moved(c: Candidate, base: int, sentence: Sentence) -> Candidate:
    """A candidate found in a sentence at offset 0, moved to ``sentence`` at ``base``
    (built as a tuple: ``_replace`` with keywords costs several times more)."""
    rule, kind, cue, source, _, via, referent = c
    return _new(
        Candidate,
        (
            rule,
            kind,
            (cue[0] + base, cue[1] + base),
            (source[0] + base, source[1] + base),
            sentence,
            (via[0] + base, via[1] + base) if via is not None else None,
            (referent[0] + base, referent[1] + base) if referent is not None else None,
        ),
    )


_new = tuple.__new__


@functools.lru_cache(maxsize=4096)
def _relative_candidates(
    text: str, hits: tuple[tuple[int, int, str], ...]
) -> tuple[Candidate, ...]:
    """The candidates of the sentence ``text`` alone, offsets from its start."""
    sentence = Sentence(0, len(text), text)
    found: list[Candidate] = []
    windows = _Windows(text, sentence)
    taken_end = -1
    for start, end, what in hits:
        if start < taken_end:
            continue
        window, starts = windows.around(start, end)
        c = bisect.bisect_left(starts, start)
        if c >= len(window):
            continue
        last = bisect.bisect_left(starts, end) - 1
        at = CueAt(window, c, last, sentence, found)
        candidate = rule_for(what, at.word).find(at)
        if candidate is not None:
            found.append(candidate)
            taken_end = end
    return tuple(merge_chains(found))


#: A token's start offset, read by index: ``Token`` is a named tuple (text, start, ...).
_TOKEN_START = itemgetter(1)


class _Windows:
    """Tokens around a cue: the whole sentence when short, cached blocks when long.

    Keeps the cost linear on pathological input (a megabyte without a full stop).
    """

    _LONG = 4000
    _BLOCK = 1024

    def __init__(self, text: str, sentence: Sentence) -> None:
        self.text = text
        self.sentence = sentence
        self.key = -1
        self.tokens: list[Token] = []
        self.starts: list[int] = []

    def around(self, start: int, end: int) -> tuple[list[Token], list[int]]:
        s0, s1 = self.sentence.start, self.sentence.end
        key = 0 if s1 - s0 <= self._LONG else (start - s0) // self._BLOCK
        if key != self.key or (key and end > s0 + (key + 2) * self._BLOCK - _WINDOW):
            if s1 - s0 <= self._LONG:
                lo, hi = s0, s1
            else:
                key = (start - s0) // self._BLOCK
                lo = self._align(max(s0, s0 + (key - 1) * self._BLOCK), s0)
                hi = self._align(min(s1, s0 + (key + 2) * self._BLOCK), s1)
            self.key = key
            self.tokens = read_acronyms(tokenize(self.text, lo, hi), self.text[lo:hi])
            self.starts = list(map(_TOKEN_START, self.tokens))
        return self.tokens, self.starts

    def _align(self, at: int, edge: int) -> int:
        """Move a block edge to the next space so that no word is cut in two."""
        if at == edge:
            return at
        space = self.text.find(" ", at, at + 64)
        return space if space != -1 else at
