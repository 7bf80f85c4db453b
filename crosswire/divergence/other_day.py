"""Another day's incident: a sentence fronted by a weekday that the lead does not name.

"Two men were shot dead at a gas station on Friday ... On Tuesday, a teenager was killed and
two others were wounded on Cass Street." News of the day dates its own event in the lead;
a later sentence that opens with another weekday ("On Tuesday,") tells an earlier (or later)
incident, whose figures are no toll of the article's event. Not when that sentence tells a
death or a changed toll ("On Sunday, the boy died", "On Monday the toll rose to three": the
follow-up of the article's own victims), nor when the weekday dates a statement ("On Monday,
police said ..."). General English of US local crime reports (issue 9, round 7).
"""

from __future__ import annotations

import re

from crosswire.divergence.model import ArticleFindings, StatedClaim
from rules.interposed import WEEKDAYS
from rules.text import split_sentences

_DAYS = "|".join(sorted(WEEKDAYS))
#: "On Tuesday,", "On Tuesday night,", "Late on Sunday,": a weekday put first as the time,
#: at the sentence's start or after a colon or semicolon ("... in two days; on Sunday, a
#: man was killed nearby").
_FRONTED_DAY = re.compile(
    rf"(?:^\W*|[;:]\s+)(?P<at>(?:(?:early|late)\s+)?on\s+(?P<day>{_DAYS})(?:\s+(?:night"
    r"|morning|afternoon|evening))?\s*,)",
    re.IGNORECASE,
)
_DAY = re.compile(rf"\b(?:{_DAYS})\b", re.IGNORECASE)
#: What makes the fronted sentence the follow-up of the article's own event: a death, a
#: changed toll, an ordinal victim ("a second man"), or a statement the weekday dates.
_OWN_EVENT = re.compile(
    r"\b(?:died|dies|succumbed|toll|rose|risen|climbed|second|third|fourth|fifth)\b"
    r"|^(?:(?:early|late)\s+)?on\s+\w+(?:\s+\w+)?\s*,\s*(?:\w+\s+){0,3}?"
    r"(?:said|says|announced|confirmed|identified|released|reported|told)\b",
    re.IGNORECASE,
)


def another_day(findings: ArticleFindings, claim: StatedClaim) -> bool:
    """True when ``claim`` tells another day's incident (cheap test first)."""
    if claim.in_title or _fronted(claim.text, claim.figure_start) is None:
        return False
    return on_another_day(claim, lead_days(findings))


def _fronted(text: str, figure_start: int | None) -> re.Match[str] | None:
    """The fronted weekday before the figure (at ``figure_start``; anywhere when None)."""
    end = len(text) if figure_start is None else figure_start
    return _FRONTED_DAY.search(text, 0, end)


def lead_days(findings: ArticleFindings) -> frozenset[str]:
    """The weekdays of the lead: the body's first sentence that holds a casualty claim."""
    starts = [
        c.start
        for c in findings.claims
        if not c.in_title and c.category in ("killed", "wounded", "killed_or_wounded")
    ]
    if not starts or not findings.text:
        return frozenset()
    first = min(starts)
    for sentence in split_sentences(findings.text[first : first + 600]):
        return frozenset(day.lower() for day in _DAY.findall(sentence.text))
    return frozenset()


def on_another_day(claim: StatedClaim, days: frozenset[str]) -> bool:
    """True when ``claim``'s sentence opens with a weekday other than the lead's ``days``.

    >>> on_another_day_text = lambda text: bool(_fronted_other(text, frozenset({"friday"})))
    >>> on_another_day_text("On Tuesday, a teen was killed and two others were hurt.")
    True
    >>> on_another_day_text("On Friday night, two more people were shot.")
    False
    >>> on_another_day_text("On Sunday, the boy died at Orme General.")
    False
    >>> on_another_day_text("On Monday, police said three people had been wounded.")
    False
    >>> on_another_day_text("It was the second shooting; on Sunday, a man was killed nearby.")
    True
    """
    return (
        bool(days) and not claim.in_title and _fronted_other(claim.text, days, claim.figure_start)
    )


def _fronted_other(text: str, days: frozenset[str], figure_start: int | None = None) -> bool:
    fronted = _fronted(text, figure_start)
    if fronted is None or fronted["day"].lower() in days:
        return False
    return _OWN_EVENT.search(text[fronted.start("at") :]) is None
