"""CB95: one count right after the group of those hit ("among the injured were two boys",
"those killed included 12 students")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import ExtraRule
from rules.claims.lists import list_openers
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.nouns import is_human_plural

#: Whitespace (and an opening colon) between the opener and its count.
_SPACE = re.compile(r"[\s:]*")
#: After the count's group: the end of the clause or a relative clause or aside on it, not
#: a verb that makes the count a subject of its own ("among the dead were two men, and
#: three more ..." still counts the two men; "the injured were 12 to 15 years old" does not
#: count people: its head is no person noun).
_ENDS = re.compile(
    r"\s*(?:[,;:.!?)\"]|--|$|\s(?:who|whom|from|in|at|on|aged|of|and)\b)", re.IGNORECASE
)


class CountOfTheHit(ExtraRule):
    """CB95 · A single count of people right after "among the injured were", "the dead
    included", "those killed were": "Among the injured were two boys who were playing near
    the gate" is wounded 2; "Those killed included 12 students" is killed 12. A part of the
    toll (``states_part``): a count stated beside it in the sentence stays the total. CB84
    reads the lists of two or more items; this rule the single count the list rule leaves.
    Not "hurt", which also tells of a loss ("Among those hurt were 2 million customers").
    """

    code = "CB95"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" are", " were", " includ")  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    figure = True  # it binds a listed count (``ExtraRule.figure``)
    examples = (
        (
            "Among the injured were two boys who were playing near the gate when the bomb "
            "went off.",
            {"category": "wounded", "min": 2, "group": "boys"},
        ),
        ("Those killed included 12 students.", {"category": "killed", "min": 12}),
        ("AMONG THE WOUNDED ARE FOUR SOLDIERS.", {"category": "wounded", "min": 4}),
        (
            "Among those injured were at least five firefighters, the city said.",
            {"category": "wounded", "min": 5, "qualifier": "at_least"},
        ),
    )
    counter_examples = (
        # the figure is not a count of people
        "The injured were 12 to 15 years old.",
        "Among the wounded were 30 percent of the crew.",
        # the count is the subject of a clause of its own
        "The dead were buried on Friday and two men were arrested.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        text = sent.text
        for at, cue in list_openers(text, sent.cues):
            start = _SPACE.match(text, at)
            begin = start.end() if start else at
            figure = next((f for f in sent.figures if f.start == begin), None)
            if figure is None or any(s <= figure.start < e for s, e in taken):
                continue
            if text[cue.start : cue.end].lower() == "hurt":
                continue  # "Among those hurt were 2 million customers": also a loss of money
            group = following_group(text[figure.end : figure.end + 60])
            if group is None or not is_human_plural(group.split()[-1]):
                continue
            end = text.find(group, figure.end) + len(group)
            if not _ENDS.match(text, end):
                continue
            binding = Binding(figure, cue, group, figure.start - cue.end)
            if acceptable(binding):
                result.append(binding)
        return result
