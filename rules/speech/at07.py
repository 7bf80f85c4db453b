"""AT07: ..., saying."""

from __future__ import annotations

from rules.cues import PARTICIPLES, REPORTING_VERBS
from rules.nouns import names_people
from rules.right_phrases import right_phrase
from rules.speech.at06 import Aside
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, participle
from rules.speech.subjects import span, subject_before_comma, verb_source
from rules.tokens import Token

#: Participles of a medium between commas: "X, writing on X, said" (an aside, like
#: "speaking to reporters": the statement is the verb after it).
_MEDIUM_ASIDES = frozenset(("writing", "posting", "tweeting"))


class Participle(CueRule):
    """AT07 · "..., saying": the source is the main clause's speaker; "is saying", "has been
    telling": a progressive tense, whose subject is the source."""

    code = "AT07"
    examples = (
        (
            "Regional police issued a warning on Monday, saying the roads were closed.",
            {"source": "Regional police", "cue": "saying"},
        ),
        # a progressive tense is a finite reporting verb (twenty-eighth session)
        (
            "The governor has been telling residents that the levee will hold.",
            {"source": "The governor", "cue": "has been telling"},
        ),
    )
    counter_examples = (
        "The club won again, adding to its record of victories.",
        "The poet, writing in longhand, filled six notebooks.",
    )

    def accepts(self, word: str) -> bool:
        return word in PARTICIPLES

    def find(self, at: CueAt) -> Candidate | None:
        return _medium_aside(at) or _progressive(at, self.code) or participle(at, self.code)


#: Auxiliaries of a progressive tense: "is telling", "has been saying", "was warning".
_PROGRESSIVE = frozenset("is are was were been be am".split())
#: What may stand before them in the verb group: "has been", "will be", "had been".
_PERFECT = frozenset("has have had will would".split())


def _progressive(at: CueAt, code: str) -> Candidate | None:
    """ "Obama is telling voters that ...", "she has been saying that": a finite verb in a
    progressive tense, read as a reporting verb with its auxiliaries in the cue. Only before
    reported words ("that", a quote, a colon), the addressee of "telling" between."""
    tokens, c, last = at.tokens, at.c, at.last
    if c == 0 or tokens[c - 1].low not in _PROGRESSIVE:
        return None
    start = c - 1
    if start > 0 and tokens[start - 1].low in _PERFECT:
        start -= 1
    k = last + 1
    if at.word.startswith("tell"):
        addressee = right_phrase(tokens, k, limit=6)  # "telling voters that"
        if addressee is None or not _people(tokens[addressee[1]]):
            return None  # "is telling the truth that ...": no one told
        k = addressee[1] + 1
    if k >= len(tokens) or tokens[k].low not in ("that", '"', "\u201c", ":"):
        return None  # "The club is adding two players": no words reported
    sourced = verb_source(tokens, start, last)
    if sourced is None:
        return None
    source, referent = sourced
    cue = span(tokens, start, last)
    return Candidate(code, "statement", cue, source, at.sentence, referent=referent)


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


def _people(head: Token) -> bool:
    """An addressee told something: people ("reporters"), an audience ("voters", "the
    crowd"), a pronoun or a name ("CNN")."""
    low = head.low
    return head.is_capital or low in _AUDIENCES or names_people(low)


#: Object pronouns and the audiences news says speakers tell things to (general English).
_AUDIENCES = frozenset(
    """him her them us me you voters supporters crowd crowds audience audiences viewers
    listeners readers followers""".split()
)
