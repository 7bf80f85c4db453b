"""CB124: the earlier value a count is compared with ("22 people, up from 14 on Sunday")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse

#: After a bound count: "up from 14", "down from 41 on Friday", "compared with 48 last year".
#: General English of updated tolls and yearly statistics.
_EARLIER = re.compile(
    r"[^.;:\d]{0,90}?(?:,\s*|\s+\(?)(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?=\S)",
    re.IGNORECASE,
)
#: A count of killings, not of the killed: a city's homicides of the year compared.
_EVENTS = re.compile(r"killings|homicides|murders|slayings|shootings|stabbings", re.IGNORECASE)
#: The categories whose counts are compared so: casualties and arrests.
_COMPARED = CASUALTY_CATEGORIES | {"arrested", "kidnapped", "missing", "displaced"}


class EarlierValue(ExtraRule):
    """CB124 · The earlier value a count is compared with is a claim of the same category:
    "Police have detained 26 people, up from 17 on Tuesday" is also arrested 14; "63 suspects
    have been killed this year, compared with 48 last year" also killed 48. The product reads
    it as background (``crosswire.divergence.background``), never as the key figure.
    """

    code = "CB124"
    words = ("up from", "down from", "compared with", "compared to")  # ``ExtraRule.words``
    examples = (
        (
            "Police have detained 26 people, up from 17 on Tuesday.",
            {"category": "arrested", "min": 17, "figure_text": "17"},
        ),
        (
            "At least 63 suspects were killed this year, compared with 48 in all of last year.",
            {"category": "killed", "min": 48},
        ),
    )
    counter_examples = (
        "Police have detained 22 people, up from the usual handful.",
        "The city has recorded 11 homicides this year, compared with seven by this time last year.",
        "Prices rose to 22 dollars, up from 14 in May.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        earlier = []
        for binding in found:
            if binding.cue.cue.category not in _COMPARED or _EVENTS.fullmatch(
                sent.text, binding.cue.start, binding.cue.end
            ):
                continue  # "11 homicides so far this year, compared with seven": events
            match = _EARLIER.match(sent.text, binding.figure.end)
            if match is None:
                continue
            figure = next((f for f in sent.stated if f.start == match.end()), None)
            if figure is None or figure.start in taken or figure.figure.min is None:
                continue
            earlier.append(Binding(figure, binding.cue, None, figure.start - binding.figure.end))
            taken.add(figure.start)
        return earlier
