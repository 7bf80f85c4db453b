"""AT07: ..., saying."""

from __future__ import annotations

from rules.cues import PARTICIPLES, REPORTING_VERBS
from rules.speech.at06 import Aside
from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    participle,
)
from rules.speech.subjects import span, subject_before_comma

#: Participles of a medium between commas: "X, writing on X, said" (an aside, like
#: "speaking to reporters": the statement is the verb after it).
_MEDIUM_ASIDES = frozenset(("writing", "posting", "tweeting"))


class Participle(CueRule):
    """AT07 · "..., saying": the source is the main clause's speaker."""

    code = "AT07"
    examples = (
        (
            "Regional police issued a warning on Monday, saying the roads were closed.",
            {"source": "Regional police", "cue": "saying"},
        ),
    )
    counter_examples = (
        "The club won again, adding to its record of victories.",
        "The poet, writing in longhand, filled six notebooks.",
    )

    def accepts(self, word: str) -> bool:
        return word in PARTICIPLES

    def find(self, at: CueAt) -> Candidate | None:
        return _medium_aside(at) or participle(at, self.code)


def _medium_aside(at: CueAt) -> Candidate | None:
    """ "The spokesman, writing on X, said": AT06's aside, which the verb after it folds in."""
    tokens, c, last = at.tokens, at.c, at.last
    if at.word not in _MEDIUM_ASIDES or c == 0 or tokens[c - 1].text != ",":
        return None
    if last + 1 >= len(tokens) or tokens[last + 1].low not in ("on", "in"):
        return None
    closing = next(
        (k for k in range(last + 2, min(len(tokens), last + 12)) if tokens[k].text == ","), None
    )
    if (
        closing is None
        or closing + 1 >= len(tokens)
        or tokens[closing + 1].low not in REPORTING_VERBS
    ):
        return None  # "The poet, writing in longhand, filled six notebooks": no statement
    subject = subject_before_comma(tokens, c - 1)
    if subject is None:
        return None
    cue = span(tokens, c, last + 1)
    return Candidate(Aside.code, "statement", cue, span(tokens, *subject), at.sentence)
