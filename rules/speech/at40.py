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
        after = at.tokens[at.last + 1].low if at.last + 1 < len(at.tokens) else ""
        if after in ("the", "a", "an", "his", "her", "their", "its") and not _said_in(at):
            return None  # "the judge has heard the case": a hearing, not evidence told
        return candidate


def _said_in(at: CueAt) -> bool:
    """Whether "heard" ends its clause ("..., a court heard." / "heard, ..."): told evidence."""
    nxt = at.tokens[at.last + 1] if at.last + 1 < len(at.tokens) else None
    return nxt is None or not nxt.is_word
