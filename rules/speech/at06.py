"""AT06: X, speaking to reporters, ..."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    aside,
)


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
