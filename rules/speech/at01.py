"""AT01: a reporting verb with its source."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    reporting_verb,
)


class ReportingVerb(CueRule):
    """AT01 · A reporting verb with its subject, inverted subject or agent: "X said".

    Also "said X", "X told reporters", "it was reported by X".
    """

    code = "AT01"
    examples = (
        ("The ministry said 12 soldiers were killed.", {"source": "The ministry", "cue": "said"}),
        ('"We held the line," said Col. Ana Ruiz.', {"source": "Col. Ana Ruiz"}),
        ("Mayor Tom Reyes told reporters the bridge would reopen.", {"source": "Mayor Tom Reyes"}),
        ("Dr. Lena Moss claimed that 14 lives were lost.", {"source": "Dr. Lena Moss"}),
    )
    counter_examples = (
        "The said vehicle was found abandoned near the depot.",
        "Says who?",
        "He is said to have fled the city.",
        "The landslide claimed nine lives in the valley.",
    )

    def accepts(self, word: str) -> bool:
        return True

    def find(self, at: CueAt) -> Candidate | None:
        return reporting_verb(at, self.code)
