"""CB143: people sent after the kit sent with them ("sent four warships and about 300
sailors")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse
from rules.nouns import is_human_plural

#: Between a count of things and the next count of the same object: the things' noun (one
#: or two lower-case words) and "and" or a comma ("four warships and", "12 armoured
#: vehicles, ").
_THINGS_THEN = re.compile(r"\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


class KitThenPeople(BoundRule):
    """CB143 · People sent after the kit sent with them: a deploying verb's object is a
    series of counts of which the first are things ("sent four warships and about 300
    sailors", "deployed 12 helicopters, 40 trucks and 600 soldiers"); the count of people
    takes the verb (general English of deployments). The things are no claim, and the
    people's head is checked as every deployed count's is.
    """

    code = "CB143"
    examples = (
        (
            "The navy sent four warships and about 300 sailors to the strait.",
            {"category": "deployed", "min": 300, "group": "sailors"},
        ),
        (
            "The army deployed 12 helicopters, 40 trucks and 600 soldiers to the border.",
            {"category": "deployed", "min": 600},
        ),
    )
    counter_examples = (
        "The navy sent four warships and about 300 sailors were on leave.",
        "The navy sent four warships and 300 tonnes of aid to the strait.",
        "The navy sent four warships to the strait and 300 sailors were hurt.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for cue in sent.cues.hits:
            if cue.cue.category != "deployed" or cue.cue.after != "object":
                continue
            first = sent.figure_from(cue.end)
            if first is None or sent.text[cue.end : sent.figures[first].start].strip():
                continue
            i = first
            while i + 1 < len(sent.figures) and i + 1 not in sent.bound:
                things = _THINGS_THEN.fullmatch(
                    sent.text, sent.figures[i].end, sent.figures[i + 1].start
                )
                if things is None or is_human_plural(things["noun"].split()[-1]):
                    break
                i += 1
            if i == first:
                continue
            figure = sent.figures[i]
            rest = sent.text[figure.end : figure.end + 60]
            binding = Binding(figure, cue, following_group(rest), figure.start - cue.end)
            if binding.group and acceptable(binding) and not _OWN_VERB.match(rest):
                found[i] = binding
        return found


#: The people's count heads a clause of its own: "about 300 sailors were on leave".
_OWN_VERB = re.compile(r"\s+(?:[a-z-]+\s+){1,2}?(?:were|are|was|had|have|stayed|remained)\b")
