"""The attribution rules, in the order the engine asks them about a cue.

For each cue the regex scan finds (``rules.cues``), the engine asks the first rule that
``accepts`` the cue word to ``find`` a candidate; statements then fold into chains
("X said, according to Y"), coreference names pronouns, and quotes inside quotes drop out.
Adding a pattern: a small class here with its examples, or a row in ``rules.cues``.
"""

from __future__ import annotations

from typing import ClassVar

from rules.base import Rule
from rules.cues import PARTICIPLES
from rules.speech.statements import (
    Candidate,
    CueAt,
    according_to,
    aside,
    citing,
    non_response,
    participle,
    reporting_verb,
)


class CueRule(Rule):
    """Base: finds the source of one cue hit, or None."""

    #: Which scan's hits the rule takes: reporting cues or non-response phrases.
    scan: ClassVar[str] = "cue"

    def accepts(self, word: str) -> bool:
        """Is this rule the one to read a cue starting with ``word``?"""
        raise NotImplementedError

    def find(self, at: CueAt) -> Candidate | None:
        raise NotImplementedError


class ReportingVerb(CueRule):
    """AT01 · A reporting verb with its subject, inverted subject or agent: "X said".

    Also "said X", "X told reporters", "it was reported by X".
    """

    code = "AT01"
    examples = (
        ("The ministry said 12 soldiers were killed.", {"source": "The ministry", "cue": "said"}),
        ('"We held the line," said Col. Ana Ruiz.', {"source": "Col. Ana Ruiz"}),
        ("Mayor Tom Reyes told reporters the bridge would reopen.", {"source": "Mayor Tom Reyes"}),
    )
    counter_examples = (
        "The said vehicle was found abandoned near the depot.",
        "Says who?",
        "He is said to have fled the city.",
    )

    def accepts(self, word: str) -> bool:
        return True

    def find(self, at: CueAt) -> Candidate | None:
        return reporting_verb(at, self.code)


class AccordingTo(CueRule):
    """AT02 · A source introduced by "according to X"."""

    code = "AT02"
    examples = (
        (
            "According to the regional health office, 40 people were treated.",
            {"source": "the regional health office", "cue": "According to"},
        ),
    )
    counter_examples = (
        "The convoy left on time, according to plan.",
        "Everything went according to schedule.",
    )

    def accepts(self, word: str) -> bool:
        return word == "according"

    def find(self, at: CueAt) -> Candidate | None:
        return according_to(at, self.code)


class Citing(CueRule):
    """AT03 · A second-hand report: "Y reported, citing X" is X via Y."""

    code = "AT03"
    examples = (
        (
            "Kyiv Radio reported, citing the army, that two bridges fell.",
            {"source": "the army", "via": "Kyiv Radio"},
        ),
    )
    counter_examples = ("The bank cut its forecast, citing low growth.",)

    def accepts(self, word: str) -> bool:
        return word == "citing"

    def find(self, at: CueAt) -> Candidate | None:
        return citing(at, self.code)


class NonResponse(CueRule):
    """AT05 · A party did not answer, declined to comment or could not be reached."""

    code = "AT05"
    scan = "non_response"
    examples = (
        (
            "A spokesman for the port authority declined to comment.",
            {"source": "A spokesman for the port authority", "kind": "non_response"},
        ),
        ("There was no immediate comment from the army.", {"source": "the army"}),
        ("The governor's office could not be reached for comment on Sunday.", {}),
        ("The company referred questions to the regional police.", {}),
    )
    counter_examples = (
        "The committee will comment on the report next week.",
        "He commented that the figures were low.",
    )

    def accepts(self, word: str) -> bool:
        return True

    def find(self, at: CueAt) -> Candidate | None:
        return non_response(at, self.code)


class Aside(CueRule):
    """AT06 · "X, speaking to reporters, ...": the speaker is the subject before the aside."""

    code = "AT06"
    examples = (
        (
            "The mayor, speaking to reporters on Monday, promised new shelters.",
            {"source": "The mayor"},
        ),
    )
    counter_examples = ("Speaking is hard after a long flight.",)

    def accepts(self, word: str) -> bool:
        return word == "speaking"

    def find(self, at: CueAt) -> Candidate | None:
        return aside(at, self.code)


class Participle(CueRule):
    """AT07 · "..., saying": the source is the main clause's speaker."""

    code = "AT07"
    examples = (
        (
            "Regional police issued a warning on Monday, saying the roads were closed.",
            {"source": "Regional police", "cue": "saying"},
        ),
    )
    counter_examples = ("The club won again, adding to its record of victories.",)

    def accepts(self, word: str) -> bool:
        return word in PARTICIPLES

    def find(self, at: CueAt) -> Candidate | None:
        return participle(at, self.code)


#: Asked in order; the first that accepts a cue decides it.
CUE_RULES: tuple[CueRule, ...] = (
    AccordingTo(),
    Citing(),
    Aside(),
    Participle(),
    ReportingVerb(),
    NonResponse(),
)
ACCORDING_TO, CITING, ASIDE = (rule.code for rule in CUE_RULES[:3])


def rule_for(scan: str, word: str) -> CueRule:
    """The rule that reads a cue of ``scan`` starting with ``word``."""
    return next(r for r in CUE_RULES if r.scan == scan and r.accepts(word))
