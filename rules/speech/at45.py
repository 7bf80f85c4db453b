"""AT45: a party that "read out" a statement or figures (briefings and press conferences)."""

from __future__ import annotations

import re

from rules.speech.kinds import CueRule
from rules.speech.put_out import PUT_OUT_TEXTS
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import verb_source

#: What is read out, right after "read out": a determiner, up to two words, then one of the
#: texts a speaker puts out (``put_out.PUT_OUT_TEXTS``: "the latest figures", "a statement").
_READ = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\w-]+\s+){0,2}?("
    + "|".join(sorted(PUT_OUT_TEXTS))
    + r")\b",
    re.IGNORECASE,
)


class ReadOut(CueRule):
    """AT45 · "The registrar read out the figures", "The minister read out a statement": the
    one who reads out a text of words or figures at a briefing states it. Reading out
    anything else ("read out a poem", "the names of the winners") is no statement here.
    """

    code = "AT45"
    examples = (
        (
            "The registrar read out the figures on Tuesday.",
            {"source": "The registrar", "cue": "read out"},
        ),
        (
            "At the briefing, the health minister read out the latest figures.",
            {"source": "the health minister", "cue": "read out"},
        ),
    )
    counter_examples = (
        "The girl read out a poem at the vigil.",
        "The teacher read out the names of the winners.",
    )

    def accepts(self, word: str) -> bool:
        return word == "read"

    def find(self, at: CueAt) -> Candidate | None:
        rest = at.sentence.text[at.tokens[at.last].end - at.sentence.start :]
        if _READ.match(rest) is None:
            return None
        sourced = verb_source(at.tokens, at.c, at.last)
        if sourced is None:
            return None
        source, referent = sourced
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)
