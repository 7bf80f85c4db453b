"""CB89: "the couple" or "the pair" before a casualty verb is two people."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.subject_cue import cue_after_subject
from rules.model import Figure
from rules.numbers import FigureSpan

#: "The couple were found dead", "the elderly couple", "the pair were shot": the two nouns of
#: English that always name two people when they are a subject (general English; "a couple"
#: is read by the figure rules already). Not a possessive ("the couple's son").
_TWO = re.compile(
    r"\b(?:the|this|that|both)\s+(?:[\w'-]+\s+)?(?P<noun>couple|pair)\b(?!\s*['\u2019])",
    re.IGNORECASE,
)


#: Modifiers that make the pair a thing: "the currency pair", "the trading pair".
_NOT_PEOPLE = re.compile(r"\b(?:currency|trading|stock|dollar|euro|yen|sterling)\b", re.I)
#: What follows a casualty verb used of money, fame or feelings: "hurt financially", "hurt by
#: the decision to cut their funding", "shot to fame" (general English idioms).
_FIGURATIVE = re.compile(
    r"\s*(?:financially|politically|emotionally|to\s+fame|to\s+stardom|by\s+the\s+(?:decision"
    r"|rise|fall|cuts?|ruling|move|vote|downturn|crash|slump))\b",
    re.IGNORECASE,
)


#: An aside of the pair's ages or description between commas, before the verb: "The couple,
#: both in their 70s, were found dead", "the pair, aged 19 and 20, were hurt" (crime round 9).
_ASIDE = re.compile(r"\s*,\s*(?:both|aged|ages|married|who)\b[^,.;:()]{1,50},")


class DefiniteCouple(ExtraRule):
    """CB89 · "The couple were found shot to death" is two killed; "the pair were wounded"
    two wounded. Only as the subject of the casualty verb right after it.
    """

    code = "CB89"
    words = ("couple", "pair")  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "The couple were found shot to death in their home on Orrin Lane.",
            {"category": "killed", "min": 2, "max": 2, "group": "couple"},
        ),
        (
            "Deputies said the pair were wounded as they sat in a parked car.",
            {"category": "wounded", "min": 2, "group": "pair"},
        ),
        (
            "The couple, both in their 70s, were found shot to death on Friday.",
            {"category": "killed", "min": 2, "group": "couple"},
        ),
    )
    counter_examples = (
        # the couple's son is one person, not the couple
        "The couple's son was killed in the crash.",
        # the couple acted; the verb is not theirs to suffer
        "The couple told police a man was shot outside.",
        # a pair of things
        "The pair of shoes was found near the scene.",
        # money and feelings
        "The currency pair was hurt by the rate decision, traders said.",
        "The couple have been hurt financially by the rise in rates.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result = []
        for match in _TWO.finditer(sent.text):
            if _NOT_PEOPLE.search(match.group()):
                continue  # "the currency pair", "the power couple" of a merger
            aside = _ASIDE.match(sent.text, match.end())
            cue = cue_after_subject(sent, aside.end() if aside else match.end())
            if cue is None or _FIGURATIVE.match(sent.text, cue.end):
                continue
            start, end = match.start("noun"), match.end("noun")
            figure = FigureSpan(start, end, Figure(2, 2, "exact", sent.text[start:end]))
            result.append(Binding(figure, cue, match["noun"], cue.start - end))
        return result
