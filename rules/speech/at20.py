"""AT20: a quoted sentence that carries on the quote before it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from rules.base import Rule
from rules.model import Attribution
from rules.text import Document, Sentence


class ContinuedQuote(Rule):
    """AT20 · '"We lost six men," said Captain Brandt. "Two more are missing."': the second
    sentence is Captain Brandt's too.

    A sentence with no attribution of its own that opens inside a quote (with a quotation
    mark, or because the quote before it is still open) carries on the quote of the sentence
    before it, when that sentence quoted someone. It gets that speaker, cue and via; its
    ``source_span`` and ``cue_span`` are null, since neither is written in it. A paragraph
    that opens with a quotation mark while the last paragraph's quote was left open goes on
    with the same speaker (news style closes a quote only at its last paragraph), and so
    does a paragraph that is one quote and nothing else after a paragraph that ended on a
    quote (news style names a speaker once for a run of quoted paragraphs).
    """

    code = "AT20"
    examples = (
        (
            '"We lost six men on the ridge," said Captain Ivo Brandt. "Two more are missing."',
            {"source": "Captain Ivo Brandt", "cue": "said", "source_span": None},
        ),
        (
            'Mayor Lena Okafor said: "The water came at night. Nobody had time to leave."',
            {"source": "Mayor Lena Okafor", "kind": "statement"},
        ),
        (
            '"The shelters are full," Ana Ruiz, a Red Cross worker, told reporters. "We need'
            ' tents this week.\n"Nobody is listening."',
            {"source": "Ana Ruiz, a Red Cross worker", "text": '"Nobody is listening."'},
        ),
        (
            '"We lost six men," said Captain Ivo Brandt.\n"Two more are still missing."',
            {"source": "Captain Ivo Brandt", "text": '"Two more are still missing."'},
        ),
    )
    counter_examples = (
        '"We lost six men," said Captain Ivo Brandt. The army gave no figure.',
        'The union called the cuts "a betrayal". "Fair Pay Now" was painted on the wall.',
        '"We lost six men," said Captain Ivo Brandt.\nThe army gave no figure.\n"No comment."',
        'Officials would not say how many died. "It was terrible," one survivor said.',
        # the next paragraph names a speaker of its own
        '"We lost six men," said Captain Ivo Brandt.\n"It was an ambush," Ana Ruiz said.',
    )

    def find(self, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
        """The continuations of quotes in ``doc``, given its other attributions."""
        if '"' not in doc.text:
            # Every quote mark is one (``_MARK``; the text is normalised): with none, no
            # sentence opens or stands in a quote, so none carries one on (a pass saved in
            # about half of real news).
            return []
        own: dict[int, list[Attribution]] = {}
        for attribution in attributions:
            own.setdefault(attribution.start, []).append(attribution)
        sentences = doc.sentences
        states = _quote_states(doc.text, sentences)
        found: list[Attribution] = []
        speaker: Attribution | None = None  # whose quote the last sentence gave or carried
        for i, sentence in enumerate(sentences):
            state = states[i]
            # a new paragraph drops the speaker, unless it is one quote and nothing else
            # (read only when there is a speaker to keep)
            if (
                state.new_paragraph
                and not state.inside
                and speaker is not None
                and not _quote_paragraph(states, own, sentences, i)
            ):
                speaker = None
            if sentence.start in own:
                statements = [a for a in own[sentence.start] if a.kind == "statement"]
                speaker = statements[-1] if statements and state.speech else None
                continue
            later = _closing_speaker(states, own, sentences, i) if state.opens_new else None
            who = later or (speaker if state.quoted_at_start and not state.title else None)
            if who is None:
                speaker = None
                continue
            found.append(_carried(doc, sentence, who, self.code))
            speaker = who
        return found


class _QuoteState(NamedTuple):
    """Where one sentence stands in the quotes of its paragraph (a named tuple: one is made
    for every sentence of every document, and a frozen dataclass costs three times as much
    to build)."""

    inside: bool  # a quote is open where the sentence starts
    open_after: bool  # a quote is open where it ends
    opens_new: bool  # it starts with a mark that opens a new quote
    new_paragraph: bool
    speech: bool  # its quote reads as speech: it opens the sentence, follows ":" or ",", or runs on
    title: bool  # it opens with a short quoted name and goes on ('"Hamlet" opens Friday')

    @property
    def quoted_at_start(self) -> bool:
        return self.inside or self.opens_new


def _quote_states(text: str, sentences: list[Sentence]) -> list[_QuoteState]:
    states: list[_QuoteState] = []
    inside = False
    previous_end = 0
    for sentence in sentences:
        part = text[sentence.start : sentence.end]
        # most sentences hold no double quote: a substring test in C skips the pattern
        marks = [m.start() for m in _MARK.finditer(part)] if '"' in part else []
        opens = part.startswith('"')
        new_paragraph = "\n" in text[previous_end : sentence.start]
        if new_paragraph:
            # A quote goes on into a paragraph only if the last one left it open and this
            # one opens with a mark, which then opens nothing new.
            inside = inside and opens
            if inside:
                marks = marks[1:]
        open_after = inside != (len(marks) % 2 == 1)
        opens_new = opens and not inside
        title = opens_new and len(marks) >= 2 and bool(_WORDS_AFTER.match(part, marks[1] + 1))
        speech = bool(marks) and (opens or open_after or _INTRODUCED.search(part) is not None)
        states.append(_QuoteState(inside, open_after, opens_new, new_paragraph, speech, title))
        inside, previous_end = open_after, sentence.end
    return states


def _quote_paragraph(
    states: list[_QuoteState],
    own: dict[int, list[Attribution]],
    sentences: list[Sentence],
    i: int,
) -> bool:
    """Whether the paragraph from sentence ``i`` is one quote and nothing else, with no
    speaker of its own: news style gives it to the speaker of the quote just before it."""
    if not states[i].opens_new or states[i].title:
        return False
    j, asked = i, True
    for j in range(i, min(len(states), i + _RUN)):
        if j > i and states[j].new_paragraph:
            return not asked and _closed_sentence(states, sentences, j - 1)
        if sentences[j].start in own or not states[j].quoted_at_start:
            return False
        asked = asked and sentences[j].text.rstrip().rstrip('"\u201d').endswith("?")
    return j + 1 == len(states) and not asked and _closed_sentence(states, sentences, j)


def _closed_sentence(states: list[_QuoteState], sentences: list[Sentence], j: int) -> bool:
    """Does sentence ``j`` close its quote after a sentence's end ('... went home."'), not
    after a heading's words ('"Yes, We Were Ready"')? A paragraph of questions only is none
    (``_quote_paragraph``: '"Would you do it again?"' in interview copy is the reporter's)."""
    return not states[j].open_after and sentences[j].text.rstrip().endswith(_SPOKEN_ENDS)


#: How a quoted sentence of speech ends: its mark of punctuation, then the closing quote.
_SPOKEN_ENDS = ('."', '!"', '?"', ".\u201d", "!\u201d", "?\u201d")


def _closing_speaker(
    states: list[_QuoteState],
    own: dict[int, list[Attribution]],
    sentences: list[Sentence],
    i: int,
) -> Attribution | None:
    """The speaker named where a quote opened in sentence ``i`` closes, in the same paragraph
    ('"They fought well. We will honour them," said Major Okafor.': both are hers)."""
    for j in range(i, min(len(states), i + _RUN)):
        if j > i and states[j].new_paragraph:
            return None
        if not states[j].open_after:
            statements = [a for a in own.get(sentences[j].start, ()) if a.kind == "statement"]
            return statements[-1] if j > i and statements else None
    return None


#: A double quotation mark, not an inch mark ('6\'2" and quick', 'a 12" pipe'). The mark
#: comes first and the character before it is read by looking back over both, so the
#: engine skips to each mark instead of trying the look-behinds at every position.
_MARK = re.compile(r'"(?:(?<![0-9\']")|(?<=[0-9\']")(?![ \t]*[a-z0-9]))')
#: A quote introduced as speech: 'said: "', 'told reporters, "'.
_INTRODUCED = re.compile(r'[:,]\s*"')
#: Words after a closing mark: the quote was a name or a sign, not the sentence.
_WORDS_AFTER = re.compile(r"\s*[A-Za-z0-9]")
#: How many sentences one quote may run over before its speaker is named.
_RUN = 12


def _carried(doc: Document, sentence: Sentence, speaker: Attribution, code: str) -> Attribution:
    """The speaker's attribution, moved to the sentence that carries the quote on."""
    start, end, excerpt = doc.excerpt(sentence, sentence.start, sentence.end)
    return replace(
        speaker,
        text=excerpt,
        start=sentence.start,
        end=sentence.end,
        source_span=None,
        cue_span=None,
        rule=code,
        text_start=start,
        text_end=end,
    )
