"""The kind of attribution rule: one cue of a sentence in, a candidate out."""

from __future__ import annotations

from typing import ClassVar

from rules.base import Rule
from rules.speech.statements import (
    Candidate,
    CueAt,
)


class CueRule(Rule):
    """Base: finds the source of one cue hit, or None."""

    #: Which scan's hits the rule takes: reporting cues or non-response phrases.
    scan: ClassVar[str] = "cue"

    def accepts(self, word: str) -> bool:
        """Is this rule the one to read a cue starting with ``word``?"""
        raise NotImplementedError

    def find(self, at: CueAt) -> Candidate | None:
        raise NotImplementedError
