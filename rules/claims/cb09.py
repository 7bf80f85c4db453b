"""CB09: the one who took their own life."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SUICIDE_WORDS
from rules.claims.parts import Binding, SentenceParse
from rules.claims.people import (
    suicide_claims,
)


class Suicide(ExtraRule):
    """CB09 · "shot his wife before killing himself": the one who took their life died too."""

    code = "CB09"
    words = SUICIDE_WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Police said the man shot his wife before killing himself.",
            {"category": "killed", "min": 1},
        ),
        ("Deputies say Voss fatally shot his two sons, then himself.", {"group": "himself"}),
        ("She shot her ex-husband before turning the rifle on herself.", {"group": "herself"}),
        ("Police: Tillbury man kills wife, self", {"category": "killed", "min": 1}),
    )
    counter_examples = ("He hurt himself playing football.", "Man kills time, self-publishes")

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return suicide_claims(sent.text)
