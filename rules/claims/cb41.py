"""CB41: a count joined by "and" to the victims after "the deaths of"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.victims import of_cues
from rules.nouns import is_human_plural

#: From a victim's determiner: its words, then "and" with a possessive, where the count
#: stands ("a woman and her two children", "a pastor, his wife and their three sons").
_JOINED = re.compile(
    r"(?:\s+[\w'-]+){0,3}?(?:\s*,\s*(?:his|her|their|an?)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
    r"\s*,?\s+and\s+(?:his|her|their)\s+",
    re.IGNORECASE,
)
#: The noun of the count, after at most one adjective: "two children", "three youngest sons".
_NOUN = re.compile(r"\s+([A-Za-z'-]+)(?:\s+([A-Za-z'-]+))?")


class CountJoinedToVictims(ExtraRule):
    """CB41 · "the deaths of a woman and her two children": the joined count are victims too.

    After a cue that takes its victims after "of" ("the deaths of", "the killing of"), a
    count joined by "and" with a possessive to the single victims already counted there
    shares their cue. Only a count of people ("children", "sons"), never of things.
    """

    code = "CB41"
    words = (" of ",)  # the engine's gate, ``ExtraRule.words``
    figure = True  # it binds a count joined to the victims (``ExtraRule.figure``)
    examples = (
        (
            "Police are investigating the deaths of a woman and her two children in Orrin.",
            {"category": "killed", "min": 2, "group": "children"},
        ),
        (
            "Kell is charged in the killing of a neighbour and her three sons.",
            {"category": "killed", "min": 3, "group": "sons"},
        ),
        (
            "Mourners gathered after the deaths of a retired teacher, his wife and their two"
            " grandsons.",
            {"category": "killed", "min": 2},
        ),
        (
            "Neighbors mourned the deaths of a bus driver and his two sons, who were shot.",
            {"category": "killed", "min": 2, "group": "sons"},
        ),
    )
    counter_examples = (
        "Police are investigating the death of a woman and her two dogs.",
        "The death of a farmer and his three tractors' loss ruined the family.",
        "Two women were killed and their three children were unhurt.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if " and " not in sent.low:
            return []
        # A count the sentence reads as shot ("... who were shot") may still be among the dead.
        taken = {b.figure.start for b in found if b.cue.cue.category == "killed"}
        starts = {f.start: f for f in sent.figures}
        joined = []
        for cue in of_cues(sent.text, sent.cues):
            victims = [b for b in found if b.cue.start == cue.start and b.figure.figure.max == 1]
            if not victims:
                continue
            last = max(victims, key=lambda b: b.figure.end)
            match = _JOINED.match(sent.text, last.figure.end)
            figure = starts.get(match.end()) if match else None
            if figure is None or figure.start in taken or not figure.figure.max:
                continue
            words = _NOUN.match(sent.text, figure.end)
            group = next(
                (w for w in (words.groups() if words else ()) if w and is_human_plural(w.lower())),
                None,
            )
            if group is None:
                continue
            taken.add(figure.start)
            joined.append(Binding(figure, cue, group, figure.start - cue.end))
        return joined
