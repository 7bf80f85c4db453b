"""CB161: an earlier period's count told elliptically after a count of its own period ("have
killed 40 people this year, and 55 the year before")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse

#: The spans a yearly or seasonal tally is told over (general English of tallies).
_SPAN = r"(?:year|season|month|week|decade|winter|summer|spring|autumn|monsoon)"
#: Between the two counts: the first count's own period ("this year", "last season", "in
#: 2025"), then "and" with no other figure or clause break between.
_BETWEEN = re.compile(
    rf"[^\d.;:!?]{{0,80}}?\b(?:(?:this|last)\s+{_SPAN}|in\s+(?:19|20)\d\d)\b"
    r"[^\d.;:!?]{0,30}?(?:,\s*|\s+)and\s+",
    re.IGNORECASE,
)
#: Right after the second count: an earlier period told relative to the first ("the year
#: before", "the season before that", "the previous year", "a year earlier", "last year"),
#: then the clause ends. Not "55 percent of the harvest", "55 million", "55 on Monday".
_EARLIER_PERIOD = re.compile(
    rf"\s+(?:(?:the|a|one)\s+{_SPAN}\s+(?:before|earlier)(?:\s+that)?"
    rf"|(?:the\s+)?(?:previous|prior|preceding)\s+{_SPAN}"
    rf"|(?:two|three|four|five|\d)\s+{_SPAN}s\s+(?:before|earlier)"
    rf"|last\s+{_SPAN})"
    r"\s*(?:[,.;:!?)]|$)",
    re.IGNORECASE,
)
#: The categories whose counts are told over a year or a season so.
_TALLIED = CASUALTY_CATEGORIES | {"arrested", "kidnapped", "missing", "displaced"}


class EarlierPeriodCount(BoundRule):
    """CB161 · A count with no noun of its own after "and", told of an earlier period than
    the count before it, shares that count's cue and people: "Floods have killed 31 people
    in the district this year, and 47 the year before" is also killed 47 (people), an
    earlier value that ``crosswire.divergence.background`` keeps out of the key figure.
    Not "and cost 47 million", "and 47 percent of the crops" (no count of people), nor two
    places' counts ("31 in Dorra and 12 in Vessin", CB04's).
    """

    code = "CB161"
    examples = (
        (
            "Landslides have killed 31 people in the district this year, and 47 the year before.",
            {"category": "killed", "min": 47, "group": "people"},
        ),
        (
            "Cholera killed 86 villagers in Marro last year and 72 the year before that.",
            {"category": "killed", "min": 72, "group": "villagers"},
        ),
    )
    counter_examples = (
        "Landslides have killed 31 people in the district this year, and 47 percent of the crops.",
        "Gunmen killed 12 villagers on Monday and 19 on Tuesday.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if "and" not in sent.low:
            return {}
        found: dict[int, Binding] = {}
        for i in range(1, len(sent.figures)):
            before = sent.bound.get(i - 1)
            if i in sent.bound or before is None or before.cue.cue.category not in _TALLIED:
                continue
            figure = sent.figures[i]
            if not _BETWEEN.fullmatch(sent.text, sent.figures[i - 1].end, figure.start):
                continue
            if _EARLIER_PERIOD.match(sent.text, figure.end) is None:
                continue
            found[i] = Binding(figure, before.cue, before.group, figure.start - before.cue.end)
        return found
