"""AT10: a party identified (or named) a person as someone."""

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
    reports no one's words. "Named" the same way only of the dead or a victim ("The ministry
    named the dead as"); "the club named Ana Ruiz as coach" appoints her.
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
        (
            "The Defence Ministry on Friday named the dead as Cpl Ivo Brandt and Pte Leo Baros.",
            {"source": "The Defence Ministry", "cue": "named"},
        ),
        ("Police named the victim as Dana Kovac, 52.", {"source": "Police", "cue": "named"}),
    )
    counter_examples = (
        "Police have identified a suspect in the shooting.",
        "The victim was identified as Ray Dunn.",
        "The girl, who was not identified, was taken to hospital.",
        "A man later identified as Ray Dunn was arrested.",
        "The protesters identified themselves as students.",
        "Analysts identified rising prices as the biggest risk to growth.",
        "The club named Ana Ruiz as its new head coach.",
        "A man named Ray Dunn was arrested.",
        "The dead man was named as Ray Dunn.",
        "The woman, who asked not to be named, said the shots woke her.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("identified", "named")

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c, last = at.tokens, at.c, at.last
        if tokens[c].low == "named" and not _names_the_dead(tokens, last):
            return None
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


#: What "named ... as" must name for the naming to report who died or was hurt (English of
#: casualty reporting: "named the dead as", "named the victim as").
_NAMED_DEAD = frozenset(
    """dead deceased victim victims man woman men women boy girl child children teenager
    soldier soldiers officer officers pilot driver worker workers""".split()
)


def _names_the_dead(tokens: list[Token], last: int) -> bool:
    """Do the words between "named" at ``last`` and its "as" name the dead or a victim, and
    does a name follow "as" ("named the victim as Ana Ruiz"; not an appointment, "named two
    officers as new commanders")?"""
    dead = False
    for k in range(last + 1, min(len(tokens), last + 1 + _AS_WITHIN)):
        token = tokens[k]
        if token.low == "as":
            return dead and k + 1 < len(tokens) and tokens[k + 1].is_capital
        if not token.is_word:
            return False
        dead = dead or token.low in _NAMED_DEAD
    return False
