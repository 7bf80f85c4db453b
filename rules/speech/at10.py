"""AT10: a party identified a person as someone."""

from __future__ import annotations

from rules.nouns import is_person_noun
from rules.right_phrases import right_phrase
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import span, verb_source
from rules.tokens import Token

#: How far "as" may follow the person identified: "identified the dead man as".
_AS_WITHIN = 8


class IdentifiedAs(CueRule):
    """AT10 · "Police identified the dead man as Ray Dunn": a statement of who someone is, by
    the subject, or by the agent of a passive ("identified by the coroner as").
    Identifying a suspect or a body without naming it ("police have identified a suspect")
    reports no one's words.
    """

    code = "AT10"
    examples = (
        (
            "Police identified the dead man as Ray Dunn, 31, of Velk.",
            {"source": "Police", "cue": "identified"},
        ),
        (
            "The two men, identified by the county coroner as Ray Dunn and Eli Moss, died.",
            {"source": "the county coroner", "cue": "identified"},
        ),
    )
    counter_examples = (
        "Police have identified a suspect in the shooting.",
        "The victim was identified as Ray Dunn.",
        "The girl, who was not identified, was taken to hospital.",
        "A man later identified as Ray Dunn was arrested.",
        "The protesters identified themselves as students.",
        "Analysts identified rising prices as the biggest risk to growth.",
    )

    def accepts(self, word: str) -> bool:
        return word == "identified"

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c, last = at.tokens, at.c, at.last
        if last + 1 < len(tokens) and tokens[last + 1].low == "by":
            phrase = right_phrase(tokens, last + 2)
            if phrase is None or not _as_follows(tokens, phrase[1]):
                return None
            return Candidate(self.code, "statement", at.cue, span(tokens, *phrase), at.sentence)
        if c == 0 or tokens[c - 1].low in _BE or not _as_follows(tokens, last):
            return None
        if tokens[last + 1].low == "as" or tokens[last + 1].low in _REFLEXIVES:
            return None  # "a woman later identified as", "identified themselves as"
        sourced = verb_source(tokens, c, last)
        if sourced is None:
            return None
        source, referent = sourced
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)


_BE = frozenset("is was were are be been being".split())
_REFLEXIVES = frozenset("himself herself themselves itself myself ourselves".split())


def _as_follows(tokens: list[Token], k: int) -> bool:
    """An "as" within a few words after ``k``, before any comma or stop, naming a person:
    a name, or a person noun ("as the gunman"); not "identified inflation as the risk"."""
    for at in range(k + 1, min(len(tokens), k + 1 + _AS_WITHIN)):
        token = tokens[at]
        if token.low == "as":
            return _names_a_person(tokens, at + 1)
        if not token.is_word:
            return False
    return False


def _names_a_person(tokens: list[Token], k: int) -> bool:
    while k < len(tokens) and tokens[k].low in ("a", "an", "the"):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    if tokens[k].is_capital:
        return True  # a name
    for token in tokens[k : k + 3]:  # "a 34-year-old man", "a local teacher"
        if not token.is_word:
            return False
        if is_person_noun(token.low):
            return True
    return False
