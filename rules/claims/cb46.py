"""CB46: the one who opened fire, named with his crime or age, killed in turn."""

from __future__ import annotations

import re

from rules.claims.cb20 import DEAD, KILLED, perpetrators_killed
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import PERPETRATOR_MODIFIERS, PERPETRATOR_NOUNS
from rules.claims.parts import Binding, SentenceParse

_NOUN = "|".join(PERPETRATOR_NOUNS)
#: Cheap substring test before the scans.
_WORDS = tuple(PERPETRATOR_NOUNS)
_MODIFIER = "|".join(m.replace(" ", r"\s+") for m in PERPETRATOR_MODIFIERS)
#: One or two words that say what he was wanted for or who he is: "the robbery suspect",
#: "a home invasion suspect", "the teenage murder suspect", "the 19-year-old gunman".
_MODIFIERS = rf"(?:(?:{_MODIFIER}|\d{{1,3}}-year-old)\s+){{1,2}}"
#: An object after the verb makes it active: "Teen suspect killed two" killed others.
_NO_OBJECT = (
    r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|his|her|their"
    r"|its|him|himself|herself|them|my|our|your|several|many|dozens)\b)"
)
#: "the robbery suspect was shot and killed by deputies", "a murder suspect who was killed",
#: "a robbery suspect, who was also killed".
_SUBJECT = re.compile(
    rf"\b(?:the|an?)\s+{_MODIFIERS}(?P<one>{_NOUN})\b(?!['\u2019])(?:,\s*\d{{1,3}}\s*,)?(?:\s*,(?=\s*who\b))?\s+"
    rf"(?:who\s+)?(?:was|is|has\s+been|had\s+been)\s+(?:later\s+|also\s+)?(?P<verb>{DEAD})\b"
    rf"{_NO_OBJECT}",
    re.IGNORECASE,
)
#: A headline that opens with him: "Teen suspect killed in shootout", "Police: Robbery
#: Suspect Shot Dead By Deputy".
_HEADLINE = re.compile(
    rf"^\W*(?:[A-Z][\w.]*\s*:\s*)?{_MODIFIERS}(?P<one>{_NOUN})\s+(?P<verb>{KILLED}|dead)\b"
    rf"{_NO_OBJECT}",
    re.IGNORECASE,
)


class ModifiedPerpetratorKilled(ExtraRule):
    """CB46 · A perpetrator named with his crime or age is one of the dead when killed.

    CB20 reads "the suspect was killed"; US crime copy often names him by what he was
    wanted for ("the robbery suspect", "a home invasion suspect", "the escaped murder
    suspect") or his age, and its headlines drop the verb ("Teen suspect killed in
    shootout"). The modifiers are a closed list of crimes and descriptions
    (``PERPETRATOR_MODIFIERS``); an object after the verb makes it his act, not his death.
    """

    code = "CB46"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A robbery suspect who was shot and killed by a clerk in Dunmore was 22.",
            {"category": "killed", "min": 1, "group": "suspect"},
        ),
        (
            "Deputies said the home invasion suspect was fatally shot by the homeowner.",
            {"category": "killed", "min": 1, "group": "suspect"},
        ),
        ("Teen suspect killed in shootout with Arlow deputies", {"category": "killed"}),
        ("The escaped murder suspect is dead, the sheriff said.", {"group": "suspect"}),
    )
    counter_examples = (
        "The robbery suspect was charged with killing two people.",
        "Teen suspect killed two men at a Brenton gas station",
        "The murder suspect killed a clerk before he fled.",
        "The robbery suspect's brother was killed in a crash.",
        "A murder suspect who killed his neighbor was arrested.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return perpetrators_killed(sent.text, found, (_SUBJECT, _HEADLINE))
