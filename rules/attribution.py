"""Attributions: who said what ("X said", "according to X"), non-responses, anonymity.

One regex over the whole document finds candidate cues; only sentences it hits are
tokenised, and the source is the noun phrase the grammar of the cue points to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from operator import itemgetter
from typing import ClassVar, NamedTuple

from rules.anonymous import is_anonymous
from rules.base import Rule
from rules.coreference import resolve_sources
from rules.cues import (
    ADDRESS_VERBS,
    CUE_REGEX,
    CUE_REGEX_ASCII,
    INVERTING_VERBS,
    NON_RESPONSE_REGEX,
    NON_RESPONSE_REGEX_ASCII,
    NOT_SOURCES,
    PARTICIPLES,
    REPORTING_VERBS,
)
from rules.model import Attribution, AttributionKind, Span
from rules.sources import (
    Token,
    appositive_before,
    clause_subject,
    is_quote_mark,
    left_phrase,
    participle_before,
    right_phrase,
    skip_verb_prefix,
    tokenize,
)
from rules.text import Document, Sentence

#: Sentences longer than this are tokenised in windows around each cue.
_WINDOW = 250
_PASSIVE = frozenset("is was are were been being be".split())
_QUOTES = frozenset("\"'")
_HYPOTHETICAL = frozenset(
    """can could should may might must would shouldn't can't couldn't cannot wouldn't will
    won't""".split()
)


class Candidate(NamedTuple):
    """A cue with the token span of its source, before coreference and anonymity.

    A named tuple: one is made for every cue hit, and a frozen dataclass costs several
    times more to build.
    """

    rule: str
    kind: AttributionKind
    cue: tuple[int, int]
    source: tuple[int, int]
    sentence: Sentence
    via: tuple[int, int] | None = None
    referent: tuple[int, int] | None = None


def find_attributions(doc: Document) -> list[Attribution]:
    """Every attribution in ``doc``, in text order.

    >>> [(a.source, a.cue) for a in find_attributions(Document("Jane Doe said it rained."))]
    [('Jane Doe', 'said')]
    """
    candidates = list(_candidates(doc))
    return resolve_sources(doc, [_attribution(doc, c) for c in candidates])


def _attribution(doc: Document, c: Candidate) -> Attribution:
    original = doc.original
    source_text = original[c.source[0] : c.source[1]]
    named = original[c.referent[0] : c.referent[1]] if c.referent else source_text
    via = original[c.via[0] : c.via[1]] if c.via else None
    sentence = c.sentence
    start, end, text = doc.excerpt(sentence, min(c.source[0], c.cue[0]), max(c.source[1], c.cue[1]))
    return Attribution(
        source=named,
        cue=original[c.cue[0] : c.cue[1]],
        kind=c.kind,
        anonymous=is_anonymous(named, _near(doc.text, sentence, c), source_text),
        text=text,
        start=start,
        end=end,
        via=via,
        source_span=Span(c.source[0], c.source[1], source_text),
        cue_span=Span(c.cue[0], c.cue[1], original[c.cue[0] : c.cue[1]]),
    )


def _near(text: str, sentence: Sentence, c: Candidate) -> str:
    """The part of a sentence around a candidate, so long sentences cost no more."""
    lo = max(sentence.start, min(c.source[0], c.cue[0]) - _WINDOW)
    return text[lo : min(sentence.end, max(c.source[1], c.cue[1]) + _WINDOW)]


def _candidates(doc: Document) -> Iterator[Candidate]:
    text = doc.text
    hits = sorted(_hits(text))
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
        for candidate in _sentence_candidates(text, sentences[index], sentence_hits):
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
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        marks = list(self._MARK.finditer(text))
        self.ends = [m.end() for m in marks]
        self.starts = [m.start() for m in marks]

    def open_at(self, start: int) -> bool:
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


def _hits(text: str) -> list[tuple[int, int, str]]:
    """Every cue and non-response phrase in ``text`` as (start, end, what)."""
    if text.isascii():
        data = text.encode("ascii")
        cues, non_responses = (
            CUE_REGEX_ASCII.finditer(data),
            NON_RESPONSE_REGEX_ASCII.finditer(data),
        )
    else:
        cues, non_responses = CUE_REGEX.finditer(text), NON_RESPONSE_REGEX.finditer(text)
    found = [(m.start(), m.end(), "cue") for m in cues]
    found += [(m.start(), m.end(), "non_response") for m in non_responses]
    return found


def _sentence_candidates(
    text: str, sentence: Sentence, hits: list[tuple[int, int, str]]
) -> list[Candidate]:
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
        if what == "non_response":
            candidate = _non_response(window, c, last, sentence)
        else:
            candidate = _statement(window, c, last, sentence, found)
        if candidate is not None:
            found.append(candidate)
            taken_end = end
    return _merge_chains(found)


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
            self.tokens = tokenize(self.text, lo, hi)
            self.starts = list(map(_TOKEN_START, self.tokens))
        return self.tokens, self.starts

    def _align(self, at: int, edge: int) -> int:
        """Move a block edge to the next space so that no word is cut in two."""
        if at == edge:
            return at
        space = self.text.find(" ", at, at + 64)
        return space if space != -1 else at


def _span(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    return (tokens[first].start, tokens[last].end)


def _statement(
    tokens: list[Token], c: int, last: int, sentence: Sentence, found: list[Candidate]
) -> Candidate | None:
    word = tokens[c].low
    cue = _span(tokens, c, last)
    if word == "according":
        opening = c == 0 or not any(t.is_word for t in tokens[:c])
        phrase = right_phrase(tokens, last + 1, closed_only=opening)
        if phrase is None or tokens[phrase[1]].low in NOT_SOURCES:
            return None
        return Candidate("according_to", "statement", cue, _span(tokens, *phrase), sentence)
    if word == "citing":
        phrase = right_phrase(tokens, last + 1)
        if phrase is None or not _cites_a_source(tokens, phrase):
            return None
        return Candidate("citing", "statement", cue, _span(tokens, *phrase), sentence)
    if word == "speaking":
        if c == 0 or tokens[c - 1].text != "," or tokens[last].low not in ("to", "with"):
            return None
        subject = _subject_before_comma(tokens, c - 1)
        if subject is None:
            return None
        return Candidate("aside", "statement", cue, _span(tokens, *subject), sentence)
    if word != "posted" and not _is_verb_use(tokens, word, last):
        return None
    if word in PARTICIPLES:
        # "..., saying": the subject is the main clause's, already found or at its start.
        if c == 0 or tokens[c - 1].text not in (",", "-"):
            return None
        nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
        if nxt == "to" or (word == "claiming" and nxt in ("his", "her", "their", "its", "a")):
            return None  # "adding to his victories", "claiming his third win"
        if found and found[-1].kind == "statement":
            previous = found[-1]
            return Candidate(
                "participle",
                "statement",
                cue,
                previous.source,
                sentence,
                referent=previous.referent,
            )
        subject = clause_subject(tokens, c - 1)
        if subject is None or not _speaker_like(tokens[subject[1]]):
            return None
        return Candidate("participle", "statement", cue, _span(tokens, *subject), sentence)
    sourced = _verb_source(tokens, c, last)
    if sourced is None:
        return None
    source, referent = sourced
    if word in ("say", "tell") and _first_or_second_person(tokens, source):
        return None  # "I say", "you tell me": speech inside a quotation, not a report
    participial = ("posted", "reported", "confirmed", "announced", "estimated", "declared")
    if word in participial and _object_like(tokens, source):
        return None
    rule = "told" if word in ADDRESS_VERBS else "reporting_verb"
    return Candidate(rule, "statement", cue, source, sentence, referent=referent)


def _first_or_second_person(tokens: list[Token], source: tuple[int, int]) -> bool:
    start, end = source
    return end - start <= 3 and any(
        t.start == start and t.low in ("i", "you", "we") for t in tokens
    )


def _is_verb_use(tokens: list[Token], word: str, last: int) -> bool:
    """A reporting verb, not a noun: "claims"/"reports" count only before "that"."""
    noun_too = REPORTING_VERBS.get(word)
    if noun_too is None:
        return False
    return not noun_too or (last + 1 < len(tokens) and tokens[last + 1].low == "that")


_SPEAKER_NOUNS = frozenset(
    """ministry official officials spokesman spokeswoman spokesperson army police government
    agency group campaign company president minister governor mayor commander military
    office council committee authorities service party leader chief director""".split()
)


def _speaker_like(head: Token) -> bool:
    """A subject that can speak: a name, a pronoun or an institution."""
    if head.low in ("he", "she", "they", "we", "i"):
        return True
    return head.low in _SPEAKER_NOUNS or (head.is_capital and not head.text.endswith(("'s", "’s")))


_NOT_SPEAKERS = frozenset("statement message video post photo footage note letter comment".split())
_PREPOSITIONS = frozenset("with of for by in on at from without among".split())


def _object_like(tokens: list[Token], source: tuple[int, int]) -> bool:
    """A noun before a participle that is not its agent: "a statement posted to", "with 2 cases"."""
    index = next((i for i, t in enumerate(tokens) if t.start == source[0]), 0)
    end = next((i for i, t in enumerate(tokens) if t.end == source[1]), 0)
    if index > 0 and tokens[index - 1].low == "by":
        return False
    if tokens[end].low in _NOT_SPEAKERS:
        return True
    return index > 0 and tokens[index - 1].low in _PREPOSITIONS


Sourced = tuple[tuple[int, int], tuple[int, int] | None]


def _verb_source(tokens: list[Token], c: int, last: int) -> Sourced | None:
    """The source of a reporting verb (and its referent for "who"/"which"), or None."""
    found = _verb_source_span(tokens, c, last)
    if found is None:
        return None
    if isinstance(found[0], tuple):
        return found
    return (found, None)


def _verb_source_span(tokens: list[Token], c: int, last: int) -> tuple[int, int] | Sourced | None:
    """The source of a reporting verb: subject before it, inverted after it, or "by X"."""
    p = skip_verb_prefix(tokens, c - 1)
    between = {t.low for t in tokens[p + 1 : c]}
    nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if between & _PASSIVE and tokens[c].low != "quoted":
        if nxt == "by":
            phrase = right_phrase(tokens, last + 2)
            return _span(tokens, *phrase) if phrase else None
        return None  # "is said to", "was told": the speaker is not named here
    if tokens[c].low == "quoted" and not between & _PASSIVE:
        return None
    if between & _HYPOTHETICAL:
        return None  # "I can't say", "would say", "let me tell": no statement made
    if p < 0:
        return _inverted(tokens, last) if p == c - 1 else None
    before = tokens[p]
    if before.is_word:
        if before.text in ("who", "which", "that") and p > 0:
            if before.low == "that" and tokens[p - 1].text != ",":
                return _left(tokens, p)
            referent = _antecedent(tokens, p - 1)
            return ((before.start, before.end), referent) if referent else None
        if before.low in ("and", "or") and p > 0:
            subject = clause_subject(tokens, p)
            return _span(tokens, *subject) if subject else None
        relative = _relative_subject(tokens, p)
        if relative is not None:
            return relative
        return _left(tokens, p)
    if before.text == ")":
        opening = next(
            (k for k in range(p - 1, max(-1, p - 12), -1) if tokens[k].text == "("), None
        )
        if opening is not None and opening > 0:
            head = left_phrase(tokens, opening - 1)
            return (tokens[head[0]].start, before.end) if head else None
    if before.text in _QUOTES or before.text in (",", ":", "(", "-"):
        after_quote = p > 0 and tokens[p - 1].text in _QUOTES
        if before.text == "," and not after_quote:
            # "X, a spokesman, said the army ...": an appositive subject beats inversion.
            apposed = _comma_subject(tokens, p)
            if apposed is not None:
                return apposed
        inverted = _inverted(tokens, last) if p == c - 1 else None
        if inverted is not None:
            return inverted
        if before.text == ",":
            return _comma_subject(tokens, p)
    return None


def _comma_subject(tokens: list[Token], comma: int) -> tuple[int, int] | Sourced | None:
    """Subject before "X, a spokesman, said" or "X, who cut short a visit, announced"."""
    start = _previous_comma_index(tokens, comma)
    if start is not None and start + 1 < comma and tokens[start + 1].low in ("who", "which"):
        referent = _antecedent(tokens, start)
        if referent is not None:
            return ((referent[0], tokens[comma - 1].end), referent)
    # "A worker, who gave only his first name, Erik, said": the worker is the source.
    earlier = _previous_comma_index(tokens, start) if start is not None else None
    if earlier is not None and tokens[earlier + 1].low == "who" and _is_name(tokens, start, comma):
        referent = _antecedent(tokens, earlier)
        if referent is not None:
            return ((referent[0], tokens[comma - 1].end), referent)
    subject = _subject_before_comma(tokens, comma)
    return _span(tokens, *subject) if subject else None


def _is_name(tokens: list[Token], start: int | None, comma: int) -> bool:
    """Only capitalised words between the commas ``start`` and ``comma``."""
    if start is None or start + 1 >= comma:
        return False
    return all(t.is_word and t.is_capital for t in tokens[start + 1 : comma])


def _previous_comma_index(tokens: list[Token], j: int) -> int | None:
    for k in range(j - 1, max(-1, j - 40), -1):
        if tokens[k].text == ",":
            return k
        if tokens[k].text in ('"', ";", ":", "(", ")") or is_quote_mark(tokens, k):
            return None
    return None


def _left(tokens: list[Token], p: int) -> tuple[int, int] | None:
    phrase = left_phrase(tokens, p)
    return _span(tokens, *phrase) if phrase else None


def _antecedent(tokens: list[Token], q: int) -> tuple[int, int] | None:
    """The noun a relative clause hangs on: "the ministry, which did not reply"."""
    if q >= 0 and tokens[q].text == ",":
        subject = _subject_before_comma(tokens, q) or left_phrase(tokens, q - 1)
        return _span(tokens, *subject) if subject else None
    return _left(tokens, q)


def _subject_before_comma(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    aside = participle_before(tokens, comma)
    if aside is not None:
        inner = appositive_before(tokens, aside)
        return inner if inner is not None else left_phrase(tokens, aside - 1)
    apposed = appositive_before(tokens, comma)
    if apposed is not None:
        return apposed
    return None


_INVERSION_ENDS = frozenset(".,;:!?)\"'")


def _inverted(tokens: list[Token], last: int) -> tuple[int, int] | Sourced | None:
    """'"...," said Jane Doe, a spokeswoman.': the source follows the verb."""
    if tokens[last].low not in INVERTING_VERBS:
        return None
    phrase = right_phrase(tokens, last + 1)
    if phrase is None:
        return None
    head = tokens[last + 1]
    named = any(t.is_capital for t in tokens[phrase[0] : phrase[1] + 1])
    if not (named or head.low in ("a", "an", "the", "one", "he", "she", "they", "several")):
        return None
    after = phrase[1] + 1
    if (
        head.low in ("he", "she", "they")
        and after < len(tokens)
        and tokens[after].text not in ".,;!?"
    ):
        return None  # '"...," said he.' but not 'said he "appreciates"'
    described = any(t.text == "," for t in tokens[phrase[0] : after])
    if (
        after < len(tokens)
        and tokens[after].text not in _INVERSION_ENDS
        and tokens[after].low not in ("in", "on", "who", "adding", "told", "during", "at")
    ):
        if not (described and tokens[after].low in _DESCRIPTION_GOES_ON):
            return None
        # "said Jane Doe, an adviser to media and tech firms and a former director"
        end = _description_end(tokens, after, phrase[1])
        return (_span(tokens, phrase[0], end), _span(tokens, *phrase))
    end = _trailing_description(tokens, *phrase)
    if end == phrase[1]:
        return _span(tokens, *phrase)
    # The span takes the description; the source named stays the phrase itself.
    return (_span(tokens, phrase[0], end), _span(tokens, *phrase))


#: Words that carry an appositive on: "an adviser to media and tech firms", "whose group".
_DESCRIPTION_GOES_ON = frozenset("and whose which with for of from to by".split())

#: Words that open a clause or an adverbial after an inverted subject, not a description.
_NOT_DESCRIPTIONS = frozenset(
    """in on at during after before when while as because but and so since though although
    if until according adding noting saying referring speaking citing told to for with by
    from of about than later earlier today yesterday tonight this last that the would will
    could should can may might must is was are were has have had does did do not""".split()
)
_DESCRIPTION_ENDS = frozenset(('"', "'", ";", "(", "-", ":"))


def _trailing_description(tokens: list[Token], first: int, last: int) -> int:
    """End of an inverted subject with what describes it up to the sentence end:
    '"...," said Jane Doe, who runs the gym.' takes ", who runs the gym", and
    'said Jane Doe, a lawyer in Arden who ...' its relative clause."""
    nxt = last + 1
    if nxt >= len(tokens):
        return last
    word = tokens[nxt].low
    if word in ("who", "whose", "whom"):
        return _description_end(tokens, nxt, last)
    if (
        word in ("in", "on", "at", "during", "for", "of", "with")
        and any(t.text == "," for t in tokens[first:nxt])
        and nxt + 1 < len(tokens)
        and tokens[nxt + 1].is_word
        and tokens[nxt + 1].low not in _TIME_WORDS
        and not tokens[nxt + 1].text[0].isdigit()
    ):
        return _description_end(tokens, nxt, last)  # "a senior adviser on the campaign"
    if nxt + 1 >= len(tokens) or tokens[nxt].text != ",":
        return last
    opener = tokens[nxt + 1]
    if not opener.is_word or opener.low in _NOT_DESCRIPTIONS:
        return last
    if opener.low.endswith("ing") and not opener.is_capital:
        return last
    return _description_end(tokens, nxt + 1, last)


_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later last this next week weekend month year morning afternoon evening night
    january february march april may june july august september october november
    december""".split()
)


def _description_end(tokens: list[Token], start: int, last: int) -> int:
    """Last word of a description from ``start`` to the sentence end, a quote or a dash."""
    end = start
    for k in range(start, len(tokens)):
        text = tokens[k].text
        if text in _DESCRIPTION_ENDS:
            break
        if text in (".", "?", "!") and k == len(tokens) - 1:
            break
        end = k
    while end > start and not tokens[end].is_word and tokens[end].text != ")":
        end -= 1
    return end if (end >= start and tokens[end].is_word) or tokens[end].text == ")" else last


def _non_response(tokens: list[Token], c: int, last: int, sentence: Sentence) -> Candidate | None:
    cue = _span(tokens, c, last)
    if tokens[c].low == "no":
        phrase = right_phrase(tokens, last + 1)
        if phrase is None:
            return None
        return Candidate("non_response", "non_response", cue, _span(tokens, *phrase), sentence)
    p = skip_verb_prefix(tokens, c - 1)
    if p < 0:
        return None
    before = tokens[p]
    source: tuple[int, int] | None
    referent: tuple[int, int] | None = None
    if before.text in ("who", "which", "that") and p > 0:
        referent = _antecedent(tokens, p - 1)
        source = (before.start, before.end) if referent else None
    elif before.is_word:
        source = _left(tokens, p)
    elif before.text == ",":
        found = _comma_subject(tokens, p)
        if found is not None and isinstance(found[0], tuple):
            source, referent = found
        else:
            source = found
    else:
        source = None
    if source is None:
        return None
    return Candidate("non_response", "non_response", cue, source, sentence, referent=referent)


def _relative_subject(tokens: list[Token], p: int) -> Sourced | None:
    """ "an official who was not authorised to speak publicly told": the verb before the cue
    belongs to a relative clause, so the source is the relative pronoun's antecedent."""
    if p < 1 or tokens[p - 1].low != "to" or tokens[p].is_capital:
        return None
    for k in range(p - 2, max(0, p - 16), -1):
        token = tokens[k]
        if not token.is_word and token.text != ",":
            return None
        if token.low in ("who", "which") and k > 0:
            referent = _antecedent(tokens, k - 1)
            return ((token.start, token.end), referent) if referent else None
    return None


def _merge_chains(found: list[Candidate]) -> list[Candidate]:
    """Fold "X said, according to Y" into X via Y, and "Y reported, citing X" into X via Y."""
    if len(found) < 2:
        return [c for c in found if c.rule not in ("citing",)]
    found.sort(key=lambda c: c.cue[0])
    merged: list[Candidate] = []
    pending_citing: Candidate | None = None
    for candidate in found:
        previous = merged[-1] if merged else None
        if previous is not None and previous.kind == "statement":
            if candidate.rule == "according_to" and previous.rule != "according_to":
                merged[-1] = previous._replace(via=candidate.source)
                continue
            if candidate.rule == "citing":
                merged[-1] = previous._replace(
                    source=candidate.source, via=previous.source, referent=None
                )
                continue
            if candidate.rule == "aside" or (
                previous.rule == "aside" and candidate.source == previous.source
            ):
                if previous.rule == "aside":
                    merged[-1] = candidate
                continue
        if candidate.rule == "citing":
            pending_citing = candidate
            continue
        if pending_citing is not None and candidate.kind == "statement":
            candidate = candidate._replace(
                source=pending_citing.source, via=candidate.source, referent=None
            )
            pending_citing = None
        merged.append(candidate)
    return merged


_SOURCE_NOUNS = frozenset(
    """official officials source sources report reports statement ministry agency spokesman
    spokeswoman spokesperson people person diplomat diplomats witnesses police military army
    government data figures authorities media""".split()
)


def _cites_a_source(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """ "citing officials" names a source; "citing low growth" gives a reason."""
    words = tokens[phrase[0] : phrase[1] + 1]
    return any(t.is_capital for t in words) or any(t.low in _SOURCE_NOUNS for t in words)


class ReportingVerb(Rule):
    """A named or unnamed source with a reporting verb: "X said", "said X", "X told reporters".

    >>> [a.source for a in ReportingVerb().find('"We held the line," said Col. Ana Ruiz.')]
    ['Col. Ana Ruiz']
    """

    code = "AT01"
    examples = (
        "The ministry said 12 soldiers were killed.",
        '"We held the line," said Col. Ana Ruiz, a brigade spokeswoman.',
        "Mayor Tom Reyes told reporters the bridge would reopen.",
        "It was reported by the regional governor that four people died.",
    )
    counter_examples = (
        "The said vehicle was found abandoned near the depot.",
        "Says who?",
        "He is said to have fled the city.",
    )
    rules: ClassVar[tuple[str, ...]] = ("reporting_verb", "told")

    def find(self, text: str) -> list[Attribution]:
        return _by_rule(text, self.rules)


class AccordingTo(Rule):
    """A source introduced by "according to X", or folded into a chain as the "via" outlet.

    >>> [a.source for a in AccordingTo().find("Two bridges fell, according to the governor.")]
    ['the governor']
    """

    code = "AT02"
    examples = ("According to the regional health office, 40 people were treated.",)
    counter_examples = (
        "The convoy left on time, according to plan.",
        "Everything went according to schedule.",
    )
    rules: ClassVar[tuple[str, ...]] = ("according_to",)

    def find(self, text: str) -> list[Attribution]:
        return _by_rule(text, self.rules)


class Chain(Rule):
    """A second-hand report: "X said, according to Y" or "Y reported, citing X" (via Y).

    >>> [(a.source, a.via) for a in Chain().find("Kyiv Radio reported, citing the army.")]
    [('the army', 'Kyiv Radio')]
    """

    code = "AT03"
    examples = ("Naval intelligence said, according to the Daily Courier, that 3 ships sank.",)
    counter_examples = ("Naval intelligence said three ships sank.",)

    def find(self, text: str) -> list[Attribution]:
        return [a for a in find_attributions(Document(text)) if a.via is not None]


def _by_rule(text: str, rules: tuple[str, ...]) -> list[Attribution]:
    doc = Document(text)
    found = [c for c in _candidates(doc) if c.rule in rules and c.via is None]
    return resolve_sources(doc, [_attribution(doc, c) for c in found])
