"""CB05: a figure along with a victim shares the cue."""

from __future__ import annotations

from rules.claims.binding import along_with
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse


class AlongWith(BoundRule):
    """CB05 · "X was killed, along with two bodyguards": the figure shares X's cue."""

    code = "CB05"
    examples = (
        (
            "The mayor was killed near his home, along with two bodyguards.",
            {"category": "killed", "min": 2},
        ),
    )
    counter_examples = ("The mayor spoke along with two aides.",)

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        along_with(sent.text, sent.figures, sent.cues, bound)
        return {i: b for i, b in bound.items() if sent.bound.get(i) is not b}
