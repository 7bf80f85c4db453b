"""An outbreak's (or a heat wave's) own tally: its dead or sick counted since it began.

Pure helper of ``crosswire.divergence.background``. "Since January" or "this year" dates a
city's homicides as a running total beside the news of one shooting, but in a story of an
outbreak ("Dengue has killed 63 people since January") the count since the outbreak began
is the news itself: the toll bulletins update. The story names its outbreak in its opening
(``rules.outbreaks``); the figure's clause tells the span and names no earlier time.
"""

from __future__ import annotations

import re

from crosswire.divergence.model import ArticleFindings, StatedClaim
from rules import calendar
from rules.outbreaks import heat_wave_story, outbreak_story

#: The span of an outbreak's tally: "since January", "since the start of the year", "since
#: the start of June", "this year", "so far this year" (general English of health bulletins).
_SPAN = re.compile(
    rf"\bsince\s+(?:{calendar.names(calendar.MONTHS)}|the\s+(?:start|beginning)\s+of\s+(?:the"
    rf"\s+(?:year|outbreak|season)|{calendar.names(calendar.MONTHS)}))\b"
    r"|\b(?:so\s+far\s+)?this\s+year\b(?!['\u2019])",
    re.IGNORECASE,
)
#: An earlier time in the same clause: the figure is a past one ("last year", "in 2019").
_PAST = re.compile(
    r"\b(?:last\s+(?:year|season)|years?\s+ago|previous|(?:19|20)\d\d)\b", re.IGNORECASE
)
#: Where a clause ends around a figure.
_CLAUSE_END = re.compile(r"[,;:()]")


def outbreak_tally(findings: ArticleFindings, claim: StatedClaim) -> bool:
    """Is ``claim`` a killed or wounded count of an outbreak story told over the outbreak's
    span ("Dengue has killed 63 people since January"), so it is no background?"""
    at = claim.figure_start
    if at is None or claim.category not in ("killed", "wounded"):
        return False
    text = claim.text
    opened = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    closing = _CLAUSE_END.search(text, at + len(claim.figure_text))  # not "1,400"'s comma
    clause = text[opened : closing.start() if closing else len(text)]
    if _SPAN.search(clause) is None or _PAST.search(clause) is not None:
        return False
    start = claim.start + at
    return outbreak_story(findings.text, start) or heat_wave_story(findings.text, start)
