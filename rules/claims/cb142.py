"""CB142: a count revised in a series, "then" each new value ("Fourteen were missing at
first, then eight, then five"; "the toll rose to 20 by noon, then 26 by nightfall")."""

from __future__ import annotations

import re

from rules.calendar import ABBREVIATED_MONTHS, DAY_TIMES, MONTH, WEEKDAY, either
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse

#: From one value to the next: its own time or place phrase, then ", then" or "and then",
#: with the preposition of the first value again ("then to 26", "then at 31").
_THEN = re.compile(r"[^.;:\d\"]{0,40}?(?:,\s*|\s+)(?:and\s+)?then\s+(?:to\s+|at\s+)?", re.I)
#: After the new value: "dead" or "people", then its own time phrase, up to the end of the
#: clause (not a verb of its own: "then 3 soldiers were wounded"; not "then 5 more", an
#: addition, not the count again).
_AFTER = re.compile(
    r"(?:\s+(?:dead|people))?\s*(?:[,.;:)]|$|\s+then\b|\s+(?:by|on|in|at|after"
    r"|before|later|overnight|the\s+next)\b[^,.;:\d]{0,30}?(?:[,.;:]|$|\s+then\b))",
    re.IGNORECASE,
)
#: "9 dead early on Monday and 17 by Tuesday night": a count as of a later hour after
#: "and", only with "by" a time (not "12 on Monday and 19 on Tuesday", two days' counts, nor
#: "4 in the fire and 2 by drowning", two causes; 45th session, review45a).
_AND = re.compile(r"[^.;:\d\"]{0,40}?\s+and\s+", re.I)
_AND_BY = re.compile(
    rf"(?:\s+(?:dead|people))?\s+by\s+(?:(?:late|early|mid)[\s-]?)?(?:{WEEKDAY}"
    rf"|{either(tuple(sorted(DAY_TIMES)))}|the\s+(?:end|close|time|(?:next|following)\s+(?:day"
    r"|morning|afternoon|evening|night|week))|then|(?:last|this)\s+(?:night|morning|afternoon"
    r"|evening|week|weekend|month)|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m"
    rf"|(?:{MONTH}|{either(ABBREVIATED_MONTHS)}\.?)(?:\s+\d{{1,2}})?)\b",
    re.IGNORECASE,
)
#: The categories whose counts are revised so.
_REVISED = frozenset(("killed", "wounded", "killed_or_wounded", "missing", "rescued"))


class ThenRevised(BoundRule):
    """CB142 · A count revised in a series: each value after "then" has the cue of the value
    before it ("Fourteen were missing at first, then eight, then five" is missing 14, 8 and
    5; general English of changing tolls). Not a clause of its own after "then" ("killed
    12, then 3 soldiers were wounded") nor a verb ("then released 5").
    """

    code = "CB142"
    examples = (
        (
            "Fourteen were missing at first, then eight, then five.",
            {"category": "missing", "min": 5},
        ),
        ("The toll rose to 20 by noon, then 26 by nightfall.", {"category": "killed", "min": 26}),
    )
    counter_examples = (
        "Police arrested 12 people, then released 5 on bail.",
        "Gunmen killed 12 villagers, then 3 soldiers arrived.",
        "Gunmen killed 12 villagers on Monday and 19 on Tuesday.",
        "Gunmen killed 12 villagers and 19 were arrested by police.",
        "Twelve people were killed by the flood and 19 by landslides.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if "then" not in sent.low and " by " not in sent.low:
            return {}
        found: dict[int, Binding] = {}
        for i in range(1, len(sent.figures)):
            before = found.get(i - 1) or sent.bound.get(i - 1)
            if i in sent.bound or before is None or before.cue.cue.category not in _REVISED:
                continue
            figure = sent.figures[i]
            if _THEN.fullmatch(sent.text, sent.figures[i - 1].end, figure.start):
                if _AFTER.match(sent.text, figure.end) is None:
                    continue
            elif not (
                _AND.fullmatch(sent.text, sent.figures[i - 1].end, figure.start)
                and _AND_BY.match(sent.text, figure.end)
            ):
                continue
            found[i] = Binding(figure, before.cue, None, figure.start - before.cue.end)
        return found
