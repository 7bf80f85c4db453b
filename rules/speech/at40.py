"""AT40: what a court, a jury or an inquest heard (British and Irish court reporting)."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb

#: The bodies that "hear" evidence in court copy: "the court heard", "the jury heard that",
#: "an inquest in Orme heard", "the tribunal heard" (general usage of British, Irish and
#: Commonwealth court reports: what was said in evidence, told by the body that heard it).
_HEARERS = frozenset(
    "court jury jurors inquest tribunal hearing magistrates judge coroner inquiry".split()
)


class CourtHeard(CueRule):
    """AT40 · "The jury heard that the three men died", "..., a court heard": evidence given
    in court, told as what the court (or jury, inquest, tribunal) heard; the source is that
    body. Anyone else who "heard" something (a noise, a rumour) reports no one's words.
    """

    code = "AT40"
    examples = (
        (
            "The jury heard that the three men died when the platform gave way.",
            {"source": "The jury", "cue": "heard"},
        ),
        (
            "The owner ignored two warnings from inspectors, Kessel Crown Court heard.",
            {"source": "Kessel Crown Court", "cue": "heard"},
        ),
        (
            "An inquest in Orme heard that she had been dead for two days.",
            {"source": "An inquest in Orme", "cue": "heard"},
        ),
    )
    counter_examples = (
        "Residents heard gunshots shortly after midnight.",
        "Neighbours said they heard a loud bang before the fire.",
        "The judge has heard the case twice before.",
        "The jury heard gunshots on the recording.",
        "The inquiry heard from 40 witnesses over six weeks.",
    )

    def accepts(self, word: str) -> bool:
        return word == "heard"

    def find(self, at: CueAt) -> Candidate | None:
        candidate = reporting_verb(at, self.code)
        if candidate is None:
            return None
        start, end = candidate.source
        words = {t.low for t in at.tokens if start <= t.start and t.end <= end}
        if not words & _HEARERS:
            return None  # "residents heard gunshots"; "an inquest in Orme heard" is one
        if not _told(at):
            return None  # "the judge has heard the case", "the court heard evidence from"
        return candidate


#: Words that open what was told after "heard": "heard that", "heard how the men died".
_OPENS_TOLD = frozenset("that how why what whether".split())
#: A finite verb that makes the words after "heard" a clause told without "that": "the court
#: heard the men were paid", "heard two victims had been stabbed".
_FINITE = frozenset("was were is are had has have would could did".split())
#: Words before which the heard thing is no clause: "evidence from two doctors", "12 witnesses
#: who ...".
_NOT_TOLD = frozenset("from who whom which".split())


def _told(at: CueAt) -> bool:
    """Whether "heard" reports words told in evidence: it ends its clause ("..., a court
    heard."), "that" or "how" follows, or a clause with its own verb does ("heard the men
    were paid"); not a thing or people heard ("gunshots", "from 40 witnesses", "the case")."""
    rest = at.tokens[at.last + 1 : at.last + 10]
    if not rest or not rest[0].is_word or rest[0].low in _OPENS_TOLD:
        return True
    for token in rest:
        if not token.is_word or token.low in _NOT_TOLD:
            return False
        if token.low in _FINITE:
            return True
    return False
