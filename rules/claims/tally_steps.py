"""A definite count of deaths that moves a running tally: "the three killings pushed the
count of those slain in the strike to 19", "Sunday's three deaths brought the toll to 40".

The count is the step, not a toll of its own: its deaths were told before (with their own
verb, "two mourners were shot dead"), and the sentence's figure is the tally it moved, which
the toll rules read ("to 19"). Only a definite count ("the", "these", a day's or
place's possessive) before a noun of deaths or hurt, then a verb that moves a toll
(``rules.changed_values.TOLL_MOVERS``) and the tally's noun phrase; an indefinite "Two
more deaths raised the toll to 51" tells new deaths and stays a count.
General English of follow-up reports.
"""

from __future__ import annotations

import re

from rules.changed_values import TOLL_MOVERS
from rules.numbers import FigureSpan

#: Right before the figure: "the", "these", "those", "Sunday's", "the latest".
_DEFINITE = re.compile(
    r"(?:\b(?:the|these|those)|'s|\u2019s)\s+(?:(?:latest|new|recent|weekend)\s+)?$",
    re.IGNORECASE,
)
#: Right after it: the noun of deaths or hurt, a verb that moves a toll and the tally's noun.
_STEP = re.compile(
    r"\s+(?:deaths|killings|fatalities|casualties|injuries|murders|homicides)\s+"
    rf"(?:(?:have|has|had)\s+)?{TOLL_MOVERS}\s+(?:the|its|their)\b",
    re.IGNORECASE,
)


def steps_a_tally(text: str, figure: FigureSpan) -> bool:
    """Is ``figure`` the definite step of a running tally ("the two deaths raised the toll")?

    >>> from rules.numbers import find_figures
    >>> def step(text: str) -> bool:
    ...     return any(steps_a_tally(text, span) for span in find_figures(text))
    >>> step("The union said the three killings pushed the toll of the strike to 19.")
    True
    >>> step("Officials said two more deaths raised the toll to 51.")
    False
    >>> step("It said the two deaths were the first in the town.")
    False
    """
    # the anchored match first: it fails at once after most figures
    if _STEP.match(text, figure.end) is None:
        return False
    return _DEFINITE.search(text[max(0, figure.start - 24) : figure.start]) is not None
