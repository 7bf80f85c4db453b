"""AT03: Y reported, citing X."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    citing,
)


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
