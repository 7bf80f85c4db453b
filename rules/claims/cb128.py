"""CB128: a running total brought to its figure after a count of the same sentence ("Nine
more bodies were recovered, bringing the total to 40")."""

from __future__ import annotations

import re

from rules.changed_values import TOLL_MOVERS
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse, count_before, ends_its_clause

#: Right before the figure: a comma, a verb that moves a tally, the bare noun of a total
#: and "to" ("bringing the total to", "taking the overall tally to", "raising the total
#: recovered so far to"). The noun names no thing counted ("the total cost", "the total
#: number of seats"): the count before it says what the total counts. General English of
#: follow-up reports.
_TOTAL_TO = re.compile(
    rf",\s+{TOLL_MOVERS}\s+(?:the|its|their)\s+(?:(?:overall|running|combined|total)\s+)?"
    r"(?:total|tally|count)(?:\s+(?:recovered|confirmed|found|rescued|arrested|detained))?"
    # "since March", "across the region", "so far": a short span or time of the total
    r"(?:\s+(?:so\s+far|to\s+date|since|across|in|this)\b[^,.;:\"]{0,30}?)?\s+to\s+$"
    # ", for a total of 35", "making a combined total of 35": the sum of a series
    r"|,\s+(?:for|making|giving)\s+a\s+(?:(?:combined|grand|total)\s+)?total\s+of\s+$",
    re.IGNORECASE,
)


#: The total's figure fronted: ", bringing to 19 the number recovered" (CB108 reads it
#: before a toll's own noun).
_FRONTED = re.compile(rf",\s+{TOLL_MOVERS}\s+to\s+$", re.IGNORECASE)
_BARE_TOTAL_AFTER = re.compile(r"\s+the\s+(?:total|number|tally|count)\b(?!\s+of\b)", re.I)


class RunningTotal(BoundRule):
    """CB128 · A count that moves a running total, then "bringing the total to N": the
    total is of the count's category ("Nine more bodies were recovered overnight, bringing
    the total to 40" is killed 9 and killed 40), over a span or a time too ("bringing the
    total since March to 320"), and the sum of a series (", for a total of 31"). The count
    must be bound before it in the same sentence; the total takes no group (it counts more
    than the count's people).
    """

    code = "CB128"
    examples = (
        (
            "Nine more bodies were recovered overnight, bringing the total to 40.",
            {"category": "killed", "min": 40, "max": 40, "group": None},
        ),
        (
            "Police detained 12 more protesters on Sunday, taking the overall tally to 310.",
            {"category": "arrested", "min": 310, "max": 310},
        ),
        (
            "The storm left 22 dead in Kestan and nine in Varl, for a total of 31.",
            {"category": "killed", "min": 31, "max": 31},
        ),
        (
            "Teams exhumed eight more bodies, bringing to 23 the number recovered.",
            {"category": "killed", "min": 23, "max": 23},
        ),
        (
            "Divers found five more bodies, bringing the total recovered so far to 36.",
            {"category": "killed", "min": 36, "max": 36},
        ),
    )
    counter_examples = (
        # no casualty counted before the total
        "The club signed two more players, bringing the total to 14.",
        # the total names its own thing
        "Nine people were killed, bringing the total cost of the unrest to 40 million.",
        # no comma: the verb is no follow-up of the count's clause
        "Officials said the storm bringing the total to 40 had passed.",
        # the total has a noun of its own, or the figure before is no count, or the counts
        # before it are of two kinds
        "Three people were wounded, bringing the total in the region to 15 incidents.",
        "The storm killed 12 people and destroyed 300 homes, bringing the total to 900.",
        "Two soldiers were killed and 12 were injured, bringing the total to 14.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for i, figure in enumerate(sent.figures):
            if i in sent.bound or figure.figure.min is None:
                continue
            fronted = _FRONTED.search(sent.text, max(0, figure.start - 30), figure.start)
            if fronted and _BARE_TOTAL_AFTER.match(sent.text, figure.end):
                pass  # ", bringing to 19 the number recovered"
            elif not _TOTAL_TO.search(sent.text, max(0, figure.start - 80), figure.start):
                continue
            elif not ends_its_clause(sent.text, figure.end):
                continue  # "bringing the total in the region to 15 incidents": its own noun
            count = count_before(sent, i)
            if count is not None:
                found[i] = Binding(figure, count.cue, None, 0)
        return found
