"""AT11: a party issued a statement saying something."""

from __future__ import annotations

from rules.cues import PARTICIPLES
from rules.sources import skip_verb_prefix
from rules.speech.at07 import Participle
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import verb_source
from rules.tokens import Token

#: Things a party puts out that carry its words. Origin: general English news ("issued a
#: statement saying", "posted a video saying", "sent a letter warning").
_MESSAGES = frozenset(
    """statement statements letter letters message messages note post posts video videos
    release memo email e-mail tweet communique communiqué notice bulletin""".split()
)

#: Verbs of putting a message out, in the past tense news tells them in.
_ISSUING = frozenset(
    """issued released posted sent published shared circulated emailed e-mailed
    distributed filed""".split()
)

#: Words that may stand between the verb and the message: "issued a brief written statement".
_BETWEEN = frozenset(
    """a an the its his her their joint brief short written formal new second separate
    lengthy terse late-night""".split()
)

_FALLBACK = Participle()


class MessageSaying(CueRule):
    """AT11 · "The ministry issued a statement saying ...": the source is the subject of the
    verb that put the message out; the cue runs from that verb to the participle. Any other
    participle ("..., saying") is read by AT07, as before.
    """

    code = "AT11"
    examples = (
        (
            "The ministry issued a statement saying the talks would resume on Monday.",
            {"source": "The ministry", "cue": "issued a statement saying"},
        ),
        (
            "The White House issued a statement on Friday saying the visit was off.",
            {"source": "The White House", "cue": "issued a statement on Friday saying"},
        ),
        (
            "Ana Ruiz, the club's owner, posted a short video warning fans to stay away.",
            {"source": "Ana Ruiz, the club's owner", "cue": "posted a short video warning"},
        ),
    )
    counter_examples = (
        "A statement saying the talks would resume was read out on state radio.",
        "He was holding a letter saying he owed 300 crowns.",
    )

    def accepts(self, word: str) -> bool:
        return word in PARTICIPLES

    def find(self, at: CueAt) -> Candidate | None:
        verb = _issuing_verb(at.tokens, at.c)
        if verb is None:
            return _FALLBACK.find(at)
        found = verb_source(at.tokens, verb, verb)
        if found is None:
            return None
        source, referent = found
        cue = (at.tokens[verb].start, at.tokens[at.last].end)
        return Candidate(self.code, "statement", cue, source, at.sentence, referent=referent)


def _issuing_verb(tokens: list[Token], c: int) -> int | None:
    """Index of "issued" in "issued a (brief) statement saying", or None."""
    k = skip_verb_prefix(tokens, c - 1)  # "a statement on Friday saying"
    if k > 2 and tokens[k].low not in _MESSAGES:
        # "a letter to residents warning": step back over the addressee
        to = next((j for j in range(k - 1, max(0, k - 4), -1) if tokens[j].low == "to"), None)
        if to is not None and all(t.is_word for t in tokens[to : k + 1]):
            k = to - 1
    if k < 1 or tokens[k].low not in _MESSAGES:
        return None
    k -= 1
    while k > 0 and tokens[k].low in _BETWEEN and c - k < 10:
        k -= 1
    return k if tokens[k].low in _ISSUING and tokens[k + 1].low in _BETWEEN else None
