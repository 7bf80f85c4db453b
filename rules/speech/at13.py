"""AT13: an outlet quoted a person as saying something."""

from __future__ import annotations

from rules.cues import PARTICIPLES
from rules.interposed import WEEKDAYS
from rules.phrases import TIME_WORDS
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
    participle in the passive, and is "quoted" in the active (the person quoted stands
    inside it). Any other "quoted" is read as a reporting verb (AT01), as before.
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
            "The governor was quoted on state radio as saying 14 were killed.",
            {"source": "The governor", "via": None, "cue": "quoted on state radio as saying"},
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
        "The critic quoted her at length, and readers took the essay as saying little.",
    )

    def accepts(self, word: str) -> bool:
        return word == "quoted"

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c = at.tokens, at.c
        participle = _as_participle(tokens, c)
        subject = _subject(tokens, c) if participle is not None else None
        if participle is None or subject is None:
            return _FALLBACK.find(at)
        if _passive(tokens, c):
            # "X was quoted (by Y) (on Sunday) as saying": X said it; Y, if named, carried it;
            # not "the verse was quoted by the priest, who was remembered as saying little"
            if any(t.text == "," for t in tokens[c + 1 : participle]):
                return _FALLBACK.find(at)
            source, referent = subject
            outlet = right_phrase(tokens, c + 2) if tokens[c + 1].low == "by" else None
            via = span(tokens, *outlet) if outlet is not None else None
            cue = (tokens[c].start, tokens[participle].end)
            return Candidate(self.code, "statement", cue, source, at.sentence, via, referent)
        quoted = _quoted_person(tokens, c, participle)
        if quoted is None:
            return _FALLBACK.find(at)
        outlet, referent = subject  # "The agency, which quoted X as saying": the agency
        via = referent if referent is not None else outlet
        cue = span(tokens, c, c)
        return Candidate(self.code, "statement", cue, span(tokens, *quoted), at.sentence, via)


_BE = frozenset("is was are were been being be".split())


def _passive(tokens: list[Token], c: int) -> bool:
    """A form of "be" before "quoted", past adverbs: "was (widely) quoted"."""
    for k in range(c - 1, max(-1, c - 4), -1):
        if tokens[k].low in _BE:
            return True
        if not tokens[k].is_word or not tokens[k].low.endswith("ly"):
            return False
    return False


def _quoted_person(tokens: list[Token], c: int, participle: int) -> tuple[int, int] | None:
    """The noun phrase quoted in "quoted X as saying" (with one apposition between commas),
    ending right before "as"; None when other words stand there ("quoted him at length, and
    critics described the piece as saying")."""
    pronoun = tokens[c + 1].low in ("him", "her", "them")  # "her" is no determiner here
    phrase = (c + 1, c + 1) if pronoun else right_phrase(tokens, c + 1)
    if phrase is None:
        return None
    as_at = participle - 1
    between = tokens[phrase[1] + 1 : as_at]
    if not between or (len(between) == 1 and between[0].text == ","):
        return phrase  # "quoted the governor as", "quoted X, a spokeswoman, as"
    if _time_phrase(between) or _setting(between):
        return phrase  # "quoted him on Tuesday as", "quoted X in a televised address as"
    if between[0].low == "and":
        other = right_phrase(tokens, phrase[1] + 2)  # "quoted the governor and the mayor as"
        return (phrase[0], other[1]) if other is not None and other[1] == as_at - 1 else None
    if between[0].text != "," or between[-1].text != "," or len(between) < 3:
        return None
    apposition = between[1:-1]
    if not all(t.is_word for t in apposition):
        return None
    if apposition[0].low in ("who", "whom", "whose"):
        return phrase  # "quoted a police officer, who asked not to be named, as saying"
    if apposition[0].low in _NOT_APPOSITION or any(
        t.low in ("and", "but", "or") for t in apposition
    ):
        return None
    return (phrase[0], as_at - 2)


def _setting(words: list[Token]) -> bool:
    """ "in a televised address", "at a news conference": where the words were said."""
    return (
        0 < len(words) <= 6
        and words[0].low in ("in", "at", "during")
        and all(t.is_word for t in words)
        and not any(t.low in ("and", "but", "who", "which") for t in words)
    )


#: Words that open a clause, not a second name: "the remark, which had been quoted by others,".
_NOT_APPOSITION = frozenset("which who whom whose that where when".split())
_TIME_OPENERS = frozenset("on last this late early".split())


def _time_phrase(words: list[Token]) -> bool:
    """ "on Tuesday", "last week", "late Sunday": a time phrase of up to three words."""
    return (
        0 < len(words) <= 3
        and all(t.is_word for t in words)
        and words[0].low in _TIME_OPENERS
        and (words[-1].low in TIME_WORDS or words[-1].low in WEEKDAYS)
    )


def _as_participle(tokens: list[Token], c: int) -> int | None:
    """Index of the participle in "quoted ... as saying", or None."""
    for k in range(c + 1, min(len(tokens) - 1, c + _REACH)):
        if tokens[k].low == "as":
            return k + 1 if tokens[k + 1].low in PARTICIPLES else None
        if not tokens[k].is_word and tokens[k].text not in (",", "."):
            return None
    return None


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
