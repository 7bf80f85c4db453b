"""AT07: ..., saying."""

from __future__ import annotations

from rules.cues import PARTICIPLES
from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    participle,
)


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
