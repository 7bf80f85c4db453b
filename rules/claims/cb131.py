"""CB131: the second of two victims told as "the other": "the other is in serious condition"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "the other", "The other victim", then an aside ("a man in his 30s"), an auxiliary and the
#: place where the cue of the hurt must start: "the other, a 41-year-old woman, was in serious
#: condition", "and the other was taken to hospital" (general English of crime and accident
#: reports, where a pair of victims is told one by one).
_THE_OTHER = re.compile(
    r"(?:^\W*|[;,]\s*|\band\s+|\bwhile\s+)(?P<other>the\s+other)(?:\s+(?!(?:is|was|remains|remained|has|had)\b)(?P<noun>[a-z-]+))?"
    r"(?:\s*,\s*[^,;.()]{1,60}?,)?\s+"
    r"(?:(?:is|was|remains|remained|has\s+been|had\s+been|is\s+still|was\s+still)\s+)?"
    r"(?:(?:also|later|still)\s+)?(?:(?:seriously|critically|badly|gravely|severely|slightly"
    r"|lightly|moderately)\s+)?$",
    re.IGNORECASE,
)


#: The cues the other's fate may take: hurt, or shot ("the other was shot in the arm" is
#: killed or wounded, as a shot person is).
_HURT = frozenset(("wounded", "killed_or_wounded"))
#: An age as the other's noun: "the other 17-year-old".
_AGED = re.compile(r"\d{1,3}-year-old")


class TheOtherHurt(ExtraRule):
    """CB131 · "One died and the other, a man in his 30s, is in serious condition": the
    second of two victims, told as "the other" (alone, with a person noun or an age) before the
    cue of the hurt, is wounded 1 (killed or wounded before a cue of the shot). It is the
    correlative "one ... the other": the first, "one", stands before it in the sentence, or
    "the other" opens the sentence after the pair's. The first is the rules' usual one ("one
    died"); a count of the two ("Two men were shot") stays a claim of its own.
    """

    code = "CB131"
    states_part = True  # one of the pair a count beside it may state ("Two men were shot")
    words = ("the other",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "Two men were shot; one died and the other, a man in his 30s, is in serious condition.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "The other, a 41-year-old woman, was in critical but stable condition.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        ("The other victim was taken to Elm General Hospital.", {"category": "wounded"}),
    )
    counter_examples = (
        "On the other hand, the clinic was in good condition.",
        "The other car was badly damaged.",
        "One driver was hurt and the other escaped unhurt.",
        "Ana Ruiz died at the scene, and the other passenger was hurt.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = [*found, *sent.bound.values()]
        result = []
        for cue in sent.cues.hits:
            if cue.cue.category not in _HURT:
                continue
            match = _THE_OTHER.search(sent.text, max(0, cue.start - 110), cue.start)
            if match is None or _bound_here(taken, match.start("other"), cue):
                continue
            if not _pair_told(sent.text, match.start("other")):
                continue  # "Ana Ruiz died, the other passenger was hurt": no "one ... the other"
            noun = (match["noun"] or "").lower()
            if noun and noun not in PERSON_NOUNS and not _AGED.fullmatch(noun):
                continue  # "the other car", "the other hand"
            start, end = match.span("other")
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["other"]))
            result.append(Binding(figure, cue, noun or None, 0))
        return result


#: The first of the pair, before "the other" in its sentence: "one" ("one died and the other
#: ...", "One of the drivers died, while the other ...").
_ONE = re.compile(r"\b(?:one|1)\b", re.IGNORECASE)
#: What may stand before a "the other" that opens its sentence (the pair told in the one before).
_OPENING = re.compile(r"\W*")


def _pair_told(text: str, start: int) -> bool:
    """Is "the other" at ``start`` the second of the correlative "one ... the other": opening
    its sentence (the first told before it), or after a "one" in the same sentence?"""
    return _OPENING.fullmatch(text, 0, start) is not None or _ONE.search(text, 0, start) is not None


def _bound_here(taken: list[Binding], start: int, cue: CueHit) -> bool:
    """Does a figure from ``start`` on already count the hurt of ``cue``?"""
    return any(b.cue.start == cue.start or b.figure.start >= start for b in taken)
