"""CB97: one person who came to care on their own "with a gunshot wound": wounded."""

from __future__ import annotations

import itertools
import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SURVIVED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.relative_fate import arrived_hurt
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: The article of one person as a subject: "a man", "another woman", "a 19-year-old", "one
#: victim"; the noun is one of the next three words ("a young man", "A fourth victim").
_ONE = re.compile(r"(?<![\w'-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+")
#: A word after the article: a noun or an age ("a 19-year-old").
_WORD = re.compile(r"\d{1,3}-year-old|[A-Za-z'-]+")
#: The "with gunshot wounds" cue (``categories``) opens with this word.
_WITH = re.compile(r"with\s", re.IGNORECASE)
#: After the cue, a noun it describes: "arrived with a gunshot wound victim", not the wound's.
_OF_ANOTHER = re.compile(r"\s+(?:victims?|patients?)\b", re.IGNORECASE)
#: How far before the cue the person may stand.
_WINDOW = 150


class ArrivedWithWounds(ExtraRule):
    """CB97 · One person who "showed up at a hospital with a gunshot wound" lived: wounded 1.

    A single person (article or "another" or "one", a person noun or an age) who came to
    care on their own, "showed up", "arrived", "walked into", "drove himself to", before the
    "with gunshot wounds" cue, with no clause between and no death told after. The count of
    such people ("two men showed up at a hospital with gunshot wounds") is settled the same
    way by ``relative_fate.arrived_hurt``.
    """

    code = "CB97"
    words = ("wound",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "A man later showed up at Halden General Hospital with a gunshot wound.",
            {"category": "wounded", "min": 1, "group": "man"},
        ),
        (
            "Another woman walked into the emergency room with a gunshot wound to the arm.",
            {"category": "wounded", "min": 1, "group": "woman"},
        ),
        (
            "A 19-year-old drove himself to a clinic in Dunmore with a stab wound.",
            {"category": "wounded", "min": 1},
        ),
        (
            "A third victim drove herself to Ostley Memorial with a gunshot wound to the hand.",
            {"category": "wounded", "min": 1, "group": "victim"},
        ),
    )
    counter_examples = (
        # the one who arrived is not the one hurt
        "An officer arrived and found a cook with a stab wound.",
        "When a deputy arrived, he found the driver with a gunshot wound to the head.",
        # a death told after
        "A man arrived at Halden General with a gunshot wound and died an hour later.",
        # not a person
        "A car arrived at the hospital with a gunshot wound victim inside.",
        "A medic arrived at the ward with a stab wound patient.",
        # the person who went is not the one with the wound (review18)
        "A deputy went to the house with a warrant for a man with gunshot wounds.",
        "A man went missing with a gunshot wound, police said.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        counted = [(b.figure.start, b.figure.end) for b in found]
        result = []
        for cue in sent.cues.hits:
            if cue.cue.category != "killed_or_wounded" or not _WITH.match(text, cue.start):
                continue
            if _OF_ANOTHER.match(text, cue.end):
                continue  # "with a gunshot wound victim": the wound is another's
            one = _person_before(text, max(0, cue.start - _WINDOW), cue.start)
            if one is None or any(s <= one[0] < e for s, e in counted):
                continue
            start, end, noun = one
            figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
            group = None if noun[:1].isdigit() else noun
            hit = CueHit(cue.start, cue.end, SURVIVED_CUE)
            result.append(Binding(figure, hit, group, cue.start - end))
        return result


def _person_before(text: str, start: int, cue_start: int) -> tuple[int, int, str] | None:
    """The nearest single person from ``start`` (the article's span and the noun) whose words
    run on to the cue with a verb of coming to care between (``fates.ARRIVED_HURT``). The
    noun is the first person word of up to three ("A fourth victim", "a young man")."""
    nearest = None
    for match in _ONE.finditer(text, start, cue_start):
        words = _WORD.finditer(text, match.end(), min(cue_start, match.end() + 40))
        previous = match.end()
        for word in itertools.islice(words, 3):
            if text[previous : word.start()].strip():
                break  # the words run on without punctuation
            previous, noun = word.end(), word[0]
            if noun[:1].isdigit() or noun.lower() in PERSON_NOUNS:
                if arrived_hurt(text, word.end(), cue_start):
                    nearest = (match.start(), match.start() + len(match[0].rstrip()), noun)
                break
    return nearest
