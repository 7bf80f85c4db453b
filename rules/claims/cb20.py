"""CB20: the one who opened fire, killed in turn."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE, PERPETRATOR_NOUNS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import FigureSpan

_NOUN = "|".join(PERPETRATOR_NOUNS)
#: Cheap substring tests before the scans: one of them stands in every sentence they match.
_WORDS = (*PERPETRATOR_NOUNS, "he was", "she was")
KILLED = r"shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|fatally\s+shot|killed"
#: "is dead" as a state, not an idiom ("dead set on", "dead wrong"): punctuation or a
#: preposition of place or time follows.
DEAD = (
    rf"{KILLED}|(?:found\s+|pronounced\s+)?dead(?=\s*(?:[,.;:!?]|$|\s+(?:in|at|on|after"
    r"|from|inside|outside|following|and|of)\b))"
)
_BY_POLICE = (
    r"\s+by\s+(?:police|(?:an?\s+|the\s+)?"
    # "sheriff's deputies", "state troopers", "Harl police officers": who they serve
    r"(?:(?:sheriff['\u2019]s|state|county|city|federal|[A-Z][\w-]*)\s+)?"
    r"(?:officers?|deputies|deputy|troopers?|agents?|police\s+officers?|law\s+enforcement|SWAT))"
)
#: "the gunman was shot and killed", "the suspect, 24, was killed by police", "the gunman,
#: who was also killed" (a relative set off by a comma hangs on the noun before it), and
#: "officers shot and killed the suspect".
_SUBJECT = re.compile(
    rf"\b(?:the|an?)\s+(?:(?:suspected|alleged|lone|armed|masked|teenage|\d{{1,3}}-year-old)"
    rf"\s+){{0,2}}(?P<one>{_NOUN})\b(?!['’])(?:,\s*\d{{1,3}}\s*,)?(?:\s*,(?=\s*who\b))?\s+(?:who\s+)?(?:was|is|has\s+been"
    rf"|had\s+been)\s+(?:later\s+|also\s+)?(?P<verb>{DEAD})\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    rf"\b(?P<verb>{KILLED})\s+the\s+(?:(?:suspected|alleged|armed)\s+)?(?P<one>{_NOUN})\b(?!['’])",
    re.IGNORECASE,
)
#: "Officers shot the suspect, who later died at a hospital": shot, then a relative clause
#: of his death (general English of police-shooting reports).
_SHOT_WHO_DIED = re.compile(
    rf"\bshot\s+the\s+(?:(?:suspected|alleged|armed)\s+)?(?P<one>{_NOUN})\b(?!['’]),?\s+who\s+"
    r"(?:later\s+|eventually\s+|soon\s+|subsequently\s+)?"
    r"(?P<verb>died|succumbed|was\s+(?:later\s+)?pronounced\s+dead)\b",
    re.IGNORECASE,
)
#: "... in an exchange of gunfire", "in a shootout with deputies": the police as the agent
#: told by the fight (general English of police-shooting reports, round 7).
_IN_A_FIGHT = (
    r"\s+in\s+(?:an?\s+)?(?:exchange\s+of\s+(?:gun)?fire|shootout|shoot-out|gunfight"
    r"|firefight|gun\s+battle)"
)
#: "... before he was shot dead by police": a pronoun only with the police as the agent.
_PRONOUN = re.compile(
    rf"\b(?P<one>he|she)\s+was\s+(?:later\s+|also\s+)?(?P<verb>{KILLED})"
    rf"(?:{_BY_POLICE}|{_IN_A_FIGHT})\b",
    re.IGNORECASE,
)

#: The categories of a binding that may already count the one killed ("fatally shot").
_FATAL = frozenset(("killed", "killed_or_wounded"))


class PerpetratorKilled(ExtraRule):
    """CB20 · The one who opened fire, killed in turn, is one of the dead.

    "The gunman was killed by police", "officers shot and killed the suspect"; a pronoun
    only with the police as agent ("before he was shot dead by deputies").
    """

    code = "CB20"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("The gunman was shot and killed by deputies.", {"category": "killed", "min": 1}),
        ("The shooter is dead, the sheriff said.", {"category": "killed", "group": "shooter"}),
        ("Officers shot and killed the suspect outside the bank.", {"group": "suspect"}),
        (
            "Brill shot two clerks before he was shot dead by police.",
            {"category": "killed", "min": 1, "group": "he"},
        ),
        (
            "Voss wounded a guard before she was killed by sheriff's deputies.",
            {"category": "killed", "min": 1, "group": "she"},
        ),
        (
            "Kell wounded two troopers before he was killed in an exchange of gunfire.",
            {"category": "killed", "min": 1, "group": "he"},
        ),
        (
            "The gunman was later found dead of a self-inflicted gunshot wound.",
            {"category": "killed", "min": 1, "group": "gunman"},
        ),
        (
            "A clerk died in a shootout with the gunman, who was also killed.",
            {"category": "killed", "min": 1, "group": "gunman"},
        ),
        (
            "Deputies shot the suspect, who later died at a hospital.",
            {"category": "killed", "min": 1, "group": "suspect"},
        ),
    )
    counter_examples = (
        "The suspect was charged with killing two people.",
        "The gunman who killed two people fled.",
        "He was killed in the crash on Route 9.",
        "Before he was killed by Harl fever, the farmer sold his land.",
        "The suspect is dead set on a trial, his lawyer said.",
        "Police shot and killed the suspect's dog during the raid.",
        "The gunman’s brother was killed in a crash last year.",
        "Deputies shot the suspect, who was taken to a hospital.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        patterns = (_SUBJECT, _OBJECT, _PRONOUN, _SHOT_WHO_DIED)
        return perpetrators_killed(sent.text, found, patterns)


def perpetrators_killed(
    text: str, found: list[Binding], patterns: tuple[re.Pattern[str], ...]
) -> list[Binding]:
    """One killed for each match of ``patterns`` (groups "one" and "verb"), unless another
    binding already counts that person, killed or shot ("a suspect was fatally shot")."""
    taken = [counted_span(text, b) for b in found if b.cue.cue.category in _FATAL]
    bindings = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span("one")
            if any(s < end and start < e for s, e in taken):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            bindings.append(Binding(figure, cue, match["one"], 0))
            taken.append((start, end))
    return bindings


def counted_span(text: str, binding: Binding) -> tuple[int, int]:
    """The figure and its group: "a suspect" counted by the figure "a" covers "suspect" too."""
    start, end = binding.figure.start, binding.figure.end
    if binding.group:
        at = text.find(binding.group, end, end + 40)
        if at >= 0:
            end = at + len(binding.group)
    return start, end
