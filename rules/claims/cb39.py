"""CB39: a second count of bodies in a clause that repeats (or elides) the first's verb."""

from __future__ import annotations

import re

from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse

#: "... bodies of six crew members, and two others were found on the shore", "twelve bodies were
#: recovered on Monday and three more on Tuesday": after "and", a count of others or more.
_MORE_AFTER = re.compile(
    r"\s+(?P<group>others|more|other\s+bodies|more\s+bodies)\b"
    r"(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:later\s+)?"
    r"(?:found|recovered|discovered|retrieved|pulled|exhumed|located))?",
    re.IGNORECASE,
)
#: After an elided "more": a place or time, or the end of the clause ("three more on Tuesday").
_ELIDED_END = re.compile(r"\s*(?:[,.;:]|$|\s(?:on|in|at|near|by|from|along|inside|later)\b)")
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
#: The living in the rest of the clause: "pulled alive from", "brought to safety".
_ALIVE = re.compile(
    r"[^,.;:]*?\b(?:alive|to\s+safety|safely|unhurt|unharmed|survived|conscious|hospitals?"
    r"|treated|injured|hurt|condition|breathing|hypothermia)\b",
    re.IGNORECASE,
)


class RepeatedClause(BoundRule):
    """CB39 · A second count of others or more after "and", with the first clause's verb
    repeated or left out, shares the bodies' cue: "the bodies of six sailors were found
    in the hull and two others were found ashore" is killed 6 and 2.
    """

    code = "CB39"
    # "nine bodies were recovered, and four more were pulled from the water": more bodies,
    # not four rescued (a rescue cue bound them first)
    rebinds = True
    examples = (
        (
            "The bodies of six sailors were found in the hull and two others were found ashore.",
            {"category": "killed", "min": 2, "group": "others"},
        ),
        (
            "Twelve bodies were recovered on Monday and three more on Tuesday near Orsk.",
            {"category": "killed", "min": 3},
        ),
    )
    counter_examples = (
        "Twelve bodies were recovered on Monday and three more buses arrived on Tuesday.",
        "Nine bodies were found on the shore, and four survivors were pulled from the water.",
        "Two soldiers were killed and three others were arrested.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if " and " not in sent.low:
            return {}
        found: dict[int, Binding] = {}
        for i in range(1, len(sent.figures)):
            taken = sent.bound.get(i)
            if (taken is not None and taken.cue.cue.category != "rescued") or (
                i - 1
            ) not in sent.bound:
                continue
            before = sent.bound[i - 1]
            binding = _more_bodies(sent, i, before)
            if binding is not None:
                found[i] = binding
        return found


def _more_bodies(sent: SentenceParse, i: int, before: Binding) -> Binding | None:
    """ "... the bodies of six ..., and two others (were found)": the bodies' cue."""
    text, figure = sent.text, sent.figures[i]
    cue_words = text[before.cue.start : before.cue.end].lower()
    if before.cue.cue.category != "killed" or "bod" not in cue_words:
        return None
    if not _AND_BEFORE.search(text, max(0, figure.start - 6), figure.start):
        return None
    more = _MORE_AFTER.match(text, figure.end)
    if more is None or before.cue.end > figure.start:
        return None
    if _ALIVE.match(text, more.end()):
        return None  # "four others were pulled alive from the water": rescued
    verb_repeated = more.group().split()[-1].lower() not in ("others", "more", "bodies")
    if not verb_repeated and not _ELIDED_END.match(text, more.end()):
        return None  # "three more buses arrived": no count of bodies
    return Binding(figure, before.cue, more["group"], figure.start - before.cue.end)
