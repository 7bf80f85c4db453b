"""CB97: one person who came to care on their own "with a gunshot wound": wounded."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SURVIVED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.relative_fate import arrived_hurt
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: One person as a subject: "a man", "another woman", "a 19-year-old", "one victim"; up to
#: two words before the noun ("a young man", "a second victim").
_ONE = re.compile(
    r"(?<![\w'-])(?P<one>[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?P<noun>\d{1,3}-year-old|[A-Za-z'-]+)\b"
)
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
            if one is None or any(s <= one.start("one") < e for s, e in counted):
                continue
            start, end = one.span("one")
            figure = FigureSpan(start, end, Figure(1, 1, "exact", one["one"]))
            group = None if one["noun"][:1].isdigit() else one["noun"]
            hit = CueHit(cue.start, cue.end, SURVIVED_CUE)
            result.append(Binding(figure, hit, group, cue.start - end))
        return result


def _person_before(text: str, start: int, cue_start: int) -> re.Match[str] | None:
    """The nearest single person from ``start`` whose words run on to the cue with a verb
    of coming to care between (``fates.ARRIVED_HURT``)."""
    nearest = None
    for match in _ONE.finditer(text, start, cue_start):
        noun = match["noun"]
        person = noun[:1].isdigit() or noun.lower() in PERSON_NOUNS
        if person and arrived_hurt(text, match.end("noun"), cue_start):
            nearest = match
    return nearest
