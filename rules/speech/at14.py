"""AT14: X raised the toll to N, X revised it down to N."""

from __future__ import annotations

import itertools

from rules.counted_after import people_after
from rules.cue_fragments import HARM_EVENTS
from rules.cues import REVISING_STEMS
from rules.numbers import FIGURE_RE
from rules.speech.at08 import figure_after
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import verb_source

#: The verbs of a figure set again, as the cue scan spells them (``rules.cues``).
_REVISING = frozenset(f"{stem}{end}" for stem in REVISING_STEMS for end in ("ed", "es", "ing", "e"))


#: Deaths and finds that move a toll without telling it ("the two deaths raised the number of
#: people killed to 40", "the discovery of two more bodies raised the toll"), and the arrests
#: and raids that move a count of the held ("the overnight raids raised the number of arrests
#: to 61"), besides the events of ``rules.cue_fragments.HARM_EVENTS`` ("the blast").
_MOVERS = frozenset(
    "death deaths killing killings discovery find finds aftershock aftershocks arrest arrests"
    " raid raids sweep sweeps crackdown".split()
)
#: Where a source's head ends: "Rescuers at the site of the collapse".
_AFTER_HEAD = frozenset("of at in from on with near after during".split())


class RevisedTheToll(CueRule):
    """AT14 · "The ministry raised the death toll to 52": whoever sets a figure again states it.

    Like AT08's "put the toll at", the subject is found as for a reporting verb and the phrase
    is the cue. With "it" or "that" a figure must follow ("revised it down to 38", "corrected
    it to 28"): "raised it to a vote" sets no figure.
    """

    code = "AT14"
    examples = (
        (
            "The health ministry raised the death toll to 52 on Monday.",
            {"source": "The health ministry", "cue": "raised the death toll to"},
        ),
        (
            "The toll climbed to 41 overnight, but officials revised it down to 38.",
            {"source": "officials", "cue": "revised it down to"},
        ),
        (
            "The coastguard has lowered its estimate of the missing to 20.",
            {"source": "The coastguard"},
        ),
        (
            "Police raised the number of arrests to 61 on Sunday.",
            {"source": "Police", "cue": "raised the number of arrests to"},
        ),
    )
    counter_examples = (
        "The blast raised the death toll to 12.",
        "The discovery of two more bodies raised the death toll to 12.",
        "The council raised it to a vote on Tuesday.",
        "She raised that to the minister on Monday.",
        "The central bank later lowered that to 2 percent.",
        "Protesters raised it at the meeting.",
        "The mayor raised it at 9 a.m. on Monday.",
        "The toll was revised down to 38.",
        "The company raised its price to five dollars.",
        "A nurse died at the clinic overnight, raising the toll to 15.",
        "The rain continued, raising the death toll to 14.",
        "The overnight raids raised the number of arrests to 61.",
    )

    def accepts(self, word: str) -> bool:
        return word in _REVISING

    def find(self, at: CueAt) -> Candidate | None:
        if at.tokens[at.c + 1].low in ("it", "that") and not _count_after(at):
            return None
        sourced = verb_source(at.tokens, at.c, at.last)
        if sourced is None:
            return None
        source, referent = sourced
        if _an_event(at, source) or _a_clause(at, source):
            return None  # "The blast raised the death toll to 12": an event moved it
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)


def _an_event(at: CueAt, source: tuple[int, int]) -> bool:
    """Is the head of the source an event or a death, not a speaker ("The discovery of two
    more bodies", "The landslide"; not "Rescuers at the site of the collapse")?"""
    words = [t for t in at.tokens if source[0] <= t.start and t.end <= source[1] and t.is_word]
    head = next((w for w, n in itertools.pairwise(words) if n.low in _AFTER_HEAD), None)
    low = (head or words[-1]).low if words else ""
    return low in _MOVERS or HARM_EVENTS.fullmatch(low) is not None


#: Verbs of a clause that a participle cue follows, not of a party's phrase: "A woman died in
#: hospital, raising the toll to 14" (the death moved the toll; 49th session).
_CLAUSE_VERBS = frozenset("died dies die perished drowned succumbed was were".split())


def _a_clause(at: CueAt, source: tuple[int, int]) -> bool:
    """Is the source of a participle cue ("raising") a clause with a verb of its own?"""
    if not at.tokens[at.c].low.endswith("ing"):
        return False
    inside = [t for t in at.tokens if source[0] <= t.start and t.end <= source[1]]
    # a past tense in lower case after the subject's first word: "The rain continued"
    past = any(t.text.endswith("ed") and t.text.islower() for t in inside[1:])
    return past or any(t.low in _CLAUSE_VERBS for t in inside)


def _count_after(at: CueAt) -> bool:
    """Does a count follow the cue ("revised it down to 38"), not a measure ("lowered that to
    2 percent") nor the hour ("updated it to 2 p.m.")?"""
    if not figure_after(at):
        return False
    rest = at.sentence.text[at.tokens[at.last].end - at.sentence.start :].lstrip()
    figure = FIGURE_RE.match(rest)
    return figure is not None and people_after(rest, figure.end())
