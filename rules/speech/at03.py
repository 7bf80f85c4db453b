"""AT03: Y reported, citing (or quoting) X."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    citing,
)


class Citing(CueRule):
    """AT03 · A second-hand report: "Y reported, citing X" and "Y, quoting X, said" are X
    via Y."""

    code = "AT03"
    examples = (
        (
            "Kyiv Radio reported, citing the army, that two bridges fell.",
            {"source": "the army", "via": "Kyiv Radio"},
        ),
        (
            "The ministry, quoting hospital staff, said nine were hurt.",
            {"source": "hospital staff", "via": "The ministry"},
        ),
    )
    counter_examples = (
        "The bank cut its forecast, citing low growth.",
        "The senator ended, quoting a hymn, and sat down.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("citing", "quoting")

    def find(self, at: CueAt) -> Candidate | None:
        return citing(at, self.code)
