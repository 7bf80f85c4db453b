"""AT13: an outlet quoted a person as saying something."""

from __future__ import annotations

from rules.cues import PARTICIPLES
from rules.right_phrases import right_phrase
from rules.sources import skip_verb_prefix
from rules.speech.at01 import ReportingVerb
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import Sourced, antecedent, comma_subject, phrase_subject, span
from rules.tokens import Token

_FALLBACK = ReportingVerb()

#: How far "as saying" may stand after "quoted": the person quoted, with a title or an
#: apposition ("quoted Col. Ana Ruiz, the brigade's spokeswoman, as saying").
_REACH = 16


class QuotedAsSaying(CueRule):
    """AT13 · "State radio quoted the governor as saying ...": the person quoted is the source
    and the outlet that quoted them the via, as in "Y, citing X, said" (the corpus README's
    chain); "X was quoted by Y as saying" is the same. The cue runs from "quoted" to the
    participle. "X was quoted as saying" (no outlet) and any other "quoted" are read as
    reporting verbs (AT01), as before; "X was quoted as saying" keeps X with no via.
    """

    code = "AT13"
    examples = (
        (
            "State radio quoted the governor as saying that 11 people were killed.",
            {"source": "the governor", "via": "State radio"},
        ),
        (
            "The mayor was quoted by the Ledger as saying the bridge would reopen.",
            {"source": "The mayor", "via": "the Ledger"},
        ),
        (
            "Ana Ruiz was quoted as saying the port was closed.",
            {"source": "Ana Ruiz", "via": None, "cue": "quoted as saying"},
        ),
        (
            "The agency quoted Col. Ana Ruiz, a brigade spokeswoman, as saying two died.",
            {"source": "Col. Ana Ruiz, a brigade spokeswoman", "via": "The agency"},
        ),
    )
    counter_examples = (
        "The article quoted a line from the poem.",
        "He quoted the price as too high.",
    )

    def accepts(self, word: str) -> bool:
        return word == "quoted"

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c = at.tokens, at.c
        participle = _as_participle(tokens, c)
        if participle is None:
            return _FALLBACK.find(at)
        cue = (tokens[c].start, tokens[participle].end)
        subject = _subject(tokens, c)
        if c + 1 < participle - 1 and tokens[c + 1].low == "by":
            # "X was quoted by Y as saying": X said it, Y carried it
            outlet = right_phrase(tokens, c + 2)
            if subject is None or outlet is None or outlet[1] != participle - 2:
                return None
            source, referent = subject
            return Candidate(
                self.code, "statement", cue, source, at.sentence, span(tokens, *outlet), referent
            )
        if participle == c + 2:
            # "X was quoted as saying": no outlet named
            if subject is None:
                return None
            source, referent = subject
            return Candidate(self.code, "statement", cue, source, at.sentence, referent=referent)
        end = participle - 2
        quoted = (c + 1, end - 1 if tokens[end].text == "," else end)
        if subject is None or not _a_person_phrase(tokens, *quoted):
            return None
        outlet, _referent = subject
        return Candidate(self.code, "statement", cue, span(tokens, *quoted), at.sentence, outlet)


def _as_participle(tokens: list[Token], c: int) -> int | None:
    """Index of the participle in "quoted ... as saying", or None."""
    for k in range(c + 1, min(len(tokens) - 1, c + _REACH)):
        if tokens[k].low == "as":
            return k + 1 if tokens[k + 1].low in PARTICIPLES else None
        if not tokens[k].is_word and tokens[k].text not in (",", "."):
            return None
    return None


def _a_person_phrase(tokens: list[Token], first: int, last: int) -> bool:
    """The words between "quoted" and "as": a noun phrase, maybe with an apposition."""
    return first <= last and tokens[first].is_word and tokens[last].is_word


def _subject(tokens: list[Token], c: int) -> Sourced | None:
    """The subject of "quoted" (past "was" and adverbs), with its referent for "who"."""
    p = skip_verb_prefix(tokens, c - 1)
    if p < 0:
        return None
    before = tokens[p]
    if before.low in ("who", "which") and p > 0:
        referent = antecedent(tokens, p - 1)
        return ((before.start, before.end), referent) if referent else None
    if before.is_word:
        return phrase_subject(tokens, p)
    if before.text == ",":
        found = comma_subject(tokens, p)
        if found is None or isinstance(found[0], tuple):
            return found
        return (found, None)
    return None
