"""CB05: a figure along with a victim, or people set off beside a count, share the cue."""

from __future__ import annotations

from rules.claims.binding import along_with
from rules.claims.companions import added_to_deployed, companions
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse


class AlongWith(BoundRule):
    """CB05 · "X was killed, along with two bodyguards": the figure shares X's cue; so do
    people set off in an aside ("200 police, joined by 40 soldiers, were deployed") or added
    after a deployed count ("deployed 500 officers, along with 300 volunteers")."""

    code = "CB05"
    examples = (
        (
            "The mayor was killed near his home, along with two bodyguards.",
            {"category": "killed", "min": 2},
        ),
        (
            "Some 300 police, backed by 50 soldiers, were sent to the port town.",
            {"category": "deployed", "min": 50},
        ),
    )
    counter_examples = (
        "The mayor spoke along with two aides.",
        "Some 300 police, backed by 50 armoured trucks, stood guard at the port.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        along_with(sent.text, sent.figures, sent.cues, bound)
        companions(sent.text, sent.figures, sent.cues, bound)
        added_to_deployed(sent.text, sent.figures, sent.cues, bound)
        return {i: b for i, b in bound.items() if sent.bound.get(i) is not b}
