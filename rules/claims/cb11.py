"""CB11: unspecified plurals of people."""

from __future__ import annotations

from collections.abc import Sequence

from rules.base import Rule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.plurals import plural_claims


class UnspecifiedPlural(Rule):
    """CB11 · A casualty cue whose subject or object is a plural of people, no figure.

    "the villagers were killed", "killing soldiers and policemen": min and max are None.
    """

    code = "CB11"
    examples = (("The villagers were killed.", {"category": "killed", "min": None, "max": None}),)
    counter_examples = (
        "Soldiers killed in the line of duty are honoured every year.",
        "If civilians are killed, the talks will end.",
    )

    def find(
        self, sent: SentenceParse, found: list[Binding], figures: Sequence[tuple[int, int]]
    ) -> list[Binding]:
        return plural_claims(sent.text, sent.cues, found, figures)
