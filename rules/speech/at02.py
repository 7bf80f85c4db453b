"""AT02: according to X."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    according_to,
)


class AccordingTo(CueRule):
    """AT02 · A source introduced by "according to X"; "according to X, cited by Y" is X via
    the outlet Y that relays it."""

    code = "AT02"
    examples = (
        (
            "According to the regional health office, 40 people were treated.",
            {"source": "the regional health office", "cue": "According to"},
        ),
        (
            "Nine guards were hurt, according to the prison union, cited by the Coastal Herald.",
            {"source": "the prison union", "via": "the Coastal Herald"},
        ),
    )
    counter_examples = (
        "The convoy left on time, according to plan.",
        "Everything went according to schedule.",
        "According to the plan, cited by critics as flawed, the road opens in May.",
    )

    def accepts(self, word: str) -> bool:
        return word == "according"

    def find(self, at: CueAt) -> Candidate | None:
        return according_to(at, self.code)
