"""CB132: the one who opened fire, wounded by police: "the suspect was struck by police gunfire"."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import PERPETRATOR_NOUNS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

_NOUN = "|".join(PERPETRATOR_NOUNS)
#: The police as the agent, or gunfire whoever fired it.
_AGENT = (
    r"(?P<agent>\s+by\s+(?:(?:an?\s+|the\s+)?(?:police\s+officers?|police|officers?|deputies"
    r"|deputy|troopers?|agents?|SWAT)(?:['\u2019]s?)?(?:\s+(?:gunfire|fire|bullets?|rounds?"
    # "the suspect was also struck by gunfire": hit, whoever fired
    r"|shots?))?|(?:a\s+)?(?:stray\s+)?(?:gunfire|bullets?))\b)"
)
#: His death told after the hit, which is CB20's and the death rules' to count.
_DIED = r"died|killed|dead|succumbed"
#: How often or where he was hit, between the verb and its agent: "twice", "in the leg".
_TIMES = r"(?:\s+(?:once|twice|several\s+times|multiple\s+times|\w+\s+times|in\s+the\s+\w+))?"
#: "The suspect, whom police named as ..., 29, was struck twice by police gunfire", "the
#: gunman was shot by a deputy", "the attacker was wounded by officers' fire": the one who
#: opened fire, hit by the police's, or by gunfire whoever fired it ("the gunman was also struck
#: by gunfire"); general English of US and UK police-shooting reports (CB20 reads him killed).
#: An aside set off by commas may stand between noun and verb.
_HIT_BY_POLICE = re.compile(
    rf"\b(?:the|an?)\s+(?:(?:suspected|alleged|lone|armed|masked|teenage|\d{{1,3}}-year-old)"
    rf"\s+){{0,2}}(?P<one>{_NOUN})\b(?!['\u2019])(?:\s*,[^.;:!?\"]{{1,100}}?,)?"
    # "the suspect was also shot", "the suspect, who was also shot, ...": "also" puts him
    # among the shot of the story told
    r"(?:\s*,\s*who\s+|\s+)(?:was|had\s+been|has\s+been)\s+(?:(?P<also>also)\s+|later\s+)?"
    r"(?P<verb>shot|wounded|struck|hit|injured)"
    rf"{_TIMES}{_AGENT}?"
    # not "... by police and died", "... by officers and killed": CB20 and the death's rules
    rf"(?![^.;]{{0,60}}\b(?:{_DIED})\b)",
    re.IGNORECASE,
)
#: "... before he was shot and wounded by police": a pronoun after a conjunction of time,
#: with the police or gunfire as the agent (CB20 reads "before he was shot dead by police");
#: not "struck by a deputy's patrol car", nor a shooting of another year ("after he was shot
#: by police in 2015").
_PRONOUN = re.compile(
    r"\b(?:before|until|when|after|as)\s+(?P<one>he|she)\s+was\s+(?:(?P<also>also)\s+|later\s+)?"
    r"(?P<verb>shot\s+and\s+(?:wounded|injured)|shot|wounded|struck|hit|injured)"
    rf"{_TIMES}{_AGENT}"
    r"(?!['\u2019]?s?\s+(?:patrol\s+|squad\s+)?(?:car|cruiser|vehicle|van|truck|suv)s?\b)"
    rf"(?![^.;]{{0,60}}\b(?:{_DIED}|(?:19|20)\d\d|years?\s+ago)\b)",
    re.IGNORECASE,
)
#: The one shot or hit, dead or alive, as "three people were struck by gunfire" is (the
#: corpus convention for the shot) ...
HIT_CUE = Cue("killed_or_wounded", "(hit by police)", before=True)
#: ... and wounded when the verb says so ("was wounded by officers") or his care or condition
#: follows in the clause ("and taken to hospital", "remained in critical condition").
HURT_CUE = Cue("wounded", "(hurt by police)", before=True)
_ALIVE_AFTER = re.compile(
    # within his own clause: not "..., and his brother was taken into custody"
    r"(?:(?!,\s+and\s)[^.;]){0,80}?\b(?:hospital|condition|surgery|treated|treatment"
    r"|injur(?:y|ies)|wounds?|custody)\b",
    re.IGNORECASE,
)
#: The categories of a binding that may already count him ("the suspect was shot").
_COUNTED = frozenset(("killed", "wounded", "killed_or_wounded"))


class PerpetratorWounded(ExtraRule):
    """CB132 · "The suspect was struck twice by police gunfire": the one who opened fire,
    hit by the police, is killed or wounded 1 (shot, dead or alive), and wounded 1 when the
    clause tells him hurt and alive ("... and remained in critical condition", "was wounded
    by officers"). A definite person is no re-mention here: a report names its suspect with
    "the" the first time. Killed, he is CB20's. A pronoun after a conjunction of time is
    one hit by the police too ("... before he was shot and wounded by police"), whoever he
    is, unless the person the sentence opens with is him ("The officer was hurt when he was
    struck by a bullet").
    """

    code = "CB132"
    words = (*PERPETRATOR_NOUNS, "he was", "she was")  # the engine's gate (``ExtraRule.words``)
    examples = (
        (
            "The suspect was struck twice by police gunfire and taken into surgery.",
            {"category": "wounded", "min": 1, "max": 1, "group": "suspect"},
        ),
        (
            "The gunman, a 34-year-old from Elm Falls, was shot by a deputy.",
            {"category": "killed_or_wounded", "min": 1, "group": "gunman"},
        ),
        (
            "The suspect was also shot and is in stable condition at Orme General.",
            {"category": "wounded", "min": 1, "group": "suspect"},
        ),
        (
            "The gunman, who was also shot, was taken into custody near the pier.",
            {"category": "wounded", "min": 1, "group": "gunman"},
        ),
        (
            "Kell stabbed two commuters before he was shot and wounded by police.",
            {"category": "wounded", "min": 1, "group": "he"},
        ),
    )
    counter_examples = (
        "The suspect was shot by police and died at the scene.",
        "The suspect was shot and killed by police.",
        "The suspect was arrested by police on Monday.",
        "The suspect's car was hit by police gunfire.",
        "The suspect was shot in the chest and died at the scene.",
        "The suspect was hit with a stun gun.",
        "The suspect, who was also shot, died on the way to hospital.",
        "He was shot and wounded by police in 2019, his lawyer said.",
        "Kell fled before he was shot by police and died at the scene.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = [
            (b.figure.start, b.figure.end)
            for b in (*found, *sent.bound.values())
            if b.cue.cue.category in _COUNTED
        ]
        result = []
        matches = (*_HIT_BY_POLICE.finditer(sent.text), *_pronouns(sent, found))
        for match in matches:
            if not (match["agent"] or match["also"]):
                continue  # "the suspect was shot": whose fire, and in which shooting, untold
            start, end = match.span("one")
            if any(s < end and start < e for s, e in taken):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            alive = match["verb"].lower().endswith(("wounded", "injured"))
            alive = alive or _ALIVE_AFTER.match(sent.text, match.end()) is not None
            cue = CueHit(match.start("verb"), match.end("verb"), HURT_CUE if alive else HIT_CUE)
            result.append(Binding(figure, cue, match["one"].lower(), 0))
            taken.append((start, end))
        return result


def _pronouns(sent: SentenceParse, found: list[Binding]) -> list[re.Match[str]]:
    """The pronoun matches, unless one person the sentence opens with is the "he" ("The
    officer was hurt when he was struck by a bullet": counted already)."""
    subjects = [
        b.figure.start
        for b in (*found, *sent.bound.values())
        if b.figure.figure.max == 1 and b.cue.start > b.figure.start
    ]
    return [m for m in _PRONOUN.finditer(sent.text) if not any(s < m.start() for s in subjects)]
