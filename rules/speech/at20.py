"""AT20: a quoted sentence that carries on the quote before it."""

from __future__ import annotations

from dataclasses import replace

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
    with the same speaker (news style closes a quote only at its last paragraph).
    """

    code = "AT20"
    examples = (
        (
            '"We lost six men on the ridge," said Captain Ivo Brandt. "Two more are missing."',
            {"source": "Captain Ivo Brandt", "cue": "said", "source_span": None},
        ),
        (
            'Mayor Lena Ortiz said: "The water came at night. Nobody had time to leave."',
            {"source": "Mayor Lena Ortiz", "kind": "statement"},
        ),
        (
            '"The shelters are full," Ana Ruiz, a Red Cross worker, told reporters. "We need'
            ' tents this week.\n"Nobody is listening."',
            {"source": "Ana Ruiz, a Red Cross worker", "text": '"Nobody is listening."'},
        ),
    )
    counter_examples = (
        '"We lost six men," said Captain Ivo Brandt. The army gave no figure.',
        'The union called the cuts "a betrayal". "Fair Pay Now" was painted on the wall.',
        '"We lost six men," said Captain Ivo Brandt.\nThe army gave no figure.\n"No comment."',
        'Officials would not say how many died. "It was terrible," one survivor said.',
    )

    def find(self, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
        """The continuations of quotes in ``doc``, given its other attributions."""
        own: dict[int, list[Attribution]] = {}
        for attribution in attributions:
            own.setdefault(attribution.start, []).append(attribution)
        text = doc.text
        found: list[Attribution] = []
        speaker: Attribution | None = None  # whose quote the last sentence gave or carried
        inside = False  # is a quote open where the next sentence starts
        previous_end = 0
        for sentence in doc.sentences:
            part = text[sentence.start : sentence.end]
            marks = part.count('"')
            opens = part.startswith('"')
            if "\n" in text[previous_end : sentence.start]:
                # A new paragraph carries a quote on only if the last one left it open and
                # this one opens with a mark (which then opens nothing new).
                if inside and opens:
                    marks -= 1
                else:
                    inside, speaker = False, None
            quoted_at_start = inside or opens
            statements = [a for a in own.get(sentence.start, ()) if a.kind == "statement"]
            if sentence.start in own:
                speaker = statements[-1] if statements and part.count('"') else None
            elif quoted_at_start and speaker is not None:
                found.append(_carried(doc, sentence, speaker, self.code))
            else:
                speaker = None
            inside = inside != (marks % 2 == 1)
            previous_end = sentence.end
        return found


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
