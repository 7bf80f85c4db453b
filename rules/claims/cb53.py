"""CB53: one who shot themselves by accident or in a limb ("shot herself in the foot")."""

from __future__ import annotations

import re

from rules.claims.foot_idiom import foot_idiom
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SHOT_CUE, SURVIVED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

#: The reflexive after a shooting verb, and where the round went: "shot herself in the
#: foot", "shoots self in knee" (headlines drop the article), "after shooting herself".
_SELF = re.compile(
    r"\b(?P<verb>shot|shoots|shooting)\s+(?P<one>himself|herself|themselves|self)\b(?!-)"
    r"(?:\s+in\s+(?:(?:the|his|her|their)\s+)?(?:(?:left|right|upper|lower)\s+)?"
    r"(?P<part>[a-z]+))?",
    re.IGNORECASE,
)
#: Limbs: a round there wounds (common anatomy; the key figures' principle in
#: ``crosswire.divergence.totals``, and the "hit in the leg" cue of ``rules.categories``).
LIMBS = frozenset(
    "leg legs arm arms hand hands foot feet knee knees thigh thighs ankle ankles wrist wrists"
    " elbow elbows finger fingers toe toes calf calves forearm forearms shin shins hip hips"
    " shoulder shoulders buttocks groin palm".split()
)
#: An accident told before the reflexive: "accidentally shot himself", "an accidental
#: shooting ... shot herself" (general English of such reports).
_ACCIDENT = re.compile(r"\baccident(?:al|ally)?\b", re.IGNORECASE)
#: The categories that count someone hurt or killed.
_HARM = frozenset(("killed", "wounded", "killed_or_wounded"))
#: A death or a sequence told right before the verb is a suicide, left to CB09
#: ("fatally shot himself", "then shot himself").
_FATAL_BEFORE = re.compile(r"\b(?:fatally|then|before|after)\s+$", re.IGNORECASE)


class ShotThemselves(ExtraRule):
    """CB53 · "A girl accidentally shot herself in the foot": the shooter is hurt.

    US local news tells of children and gun owners who shoot themselves by accident; the one
    who fired is the victim, named only by the reflexive ("himself", in headlines "self").
    A round in a limb wounds; an accident with no limb named is killed or wounded. A bare
    "shot himself" (a suicide, often after killing others) is left to CB09, and the
    reflexive is not counted when the sentence already counts someone before it (the
    subject: "Student hurt after shooting herself") or tells of a death.
    """

    code = "CB53"
    words = ("self",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Her father said she accidentally shot herself in the left calf on Orme Road.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        ("Girl, 6, shoots self in knee at Brell cabin", {"category": "wounded", "min": 1}),
        (
            "He told deputies his grandson shot himself in the ankle with a pistol.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "Deputies said the teen accidentally shot herself at a Brell Lake cabin.",
            {"category": "killed_or_wounded", "min": 1, "max": 1},
        ),
    )
    counter_examples = (
        "The gunman then shot himself, police said.",
        "A Brell farmer died after accidentally shooting himself in the hip.",
        "A girl, 5, who shot herself by accident at a Brell farm has died.",
        "Student hurt after accidentally shooting herself in knee",
        "Police said the man shot his wife before he fatally shot himself.",
        "The photographer shot herself in a self-portrait for the gallery.",
        "He shot himself a glance in the mirror.",
        "The senator shot himself in the foot by refusing to debate.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if "shoot" not in sent.low and "shot" not in sent.low:
            return []
        if any(
            h.cue.category == "killed" and (h.cue.before or h.cue.after) for h in sent.cues.hits
        ):
            return []  # "a girl who shot herself by accident has died" ("lives" binds none)
        claims = []
        for match in _SELF.finditer(sent.text):
            part = (match["part"] or "").lower()
            accident = _ACCIDENT.search(sent.text, 0, match.start()) is not None
            if part in ("foot", "feet") and not accident and foot_idiom(sent.text, match.end()):
                continue  # "The party has shot itself in the foot again"
            if part in LIMBS:
                cue = SURVIVED_CUE
            elif accident and not _FATAL_BEFORE.search(sent.text, 0, match.start()):
                cue = SHOT_CUE
            else:
                continue
            if any(b.figure.start < match.start() and b.cue.cue.category in _HARM for b in found):
                continue  # the subject counted already: "Student hurt after ..."
            verb = CueHit(match.start("verb"), match.end("verb"), cue)
            figure = Figure(1, 1, "exact", match["one"])
            one = FigureSpan(match.start("one"), match.end("one"), figure)
            claims.append(Binding(one, verb, match["one"], 0))
        return claims
