"""CB84: a mixed list after the group of those hit ("among the dead were a nurse, two
teachers and the village priest")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lists import list_openers
from rules.claims.object_list import Listed, item_binding, list_items
from rules.claims.parts import Binding, SentenceParse, taken_spans

_AND = re.compile(r"\band\b", re.IGNORECASE)
#: A verb right after the last item makes the list the subject of a clause of its own.
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had|said|told)\b", re.IGNORECASE)


class MixedListOfTheHit(ExtraRule):
    """CB84 · After "among the dead were" or "the injured included", a list that mixes single
    people told by a noun, counts and names, closed by "and", gives each item its claim: "among
    the dead were a nurse, two teachers and the village priest, Father Anton Lisk" is killed
    1, 2 and 1 (the name after the priest is the priest). CB30 reads lists of names and of
    people with "a"; this rule adds the items it cannot read ("the village priest", a count
    in the middle) and those after them.
    """

    code = "CB84"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" are", " were", " includ")  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Among the dead were a nurse, two teachers and the village priest, Father Anton"
            " Lisk, church officials said.",
            {"category": "killed", "min": 2, "group": "teachers"},
        ),
        (
            "The wounded included the mayor, his driver and three guards.",
            {"category": "wounded", "min": 3, "group": "guards"},
        ),
        (
            "AMONG THE DEAD WERE A NURSE, TWO TEACHERS AND THE VILLAGE PRIEST.",
            {"category": "killed", "min": 1, "group": "VILLAGE PRIEST"},
        ),
    )
    counter_examples = (
        # no closing "and": not a closed list
        "Among the dead were a nurse, a former teacher.",
        # "two hours" counts no people: the list ends at the nurse
        "Among the dead was a nurse and two hours later a doctor died.",
        "The dead were taken to the Kessel morgue on Friday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for at, cue in list_openers(sent.text, sent.cues):
            items = list_items(sent.text, at, sent, sent.text.isupper())
            if not _closed(sent.text, items) or _VERB_AFTER.match(sent.text, items[-1].end):
                continue
            for item in items:
                if not any(s <= item.start < e or item.start <= s < item.end for s, e in taken):
                    result.append(item_binding(sent, item, cue))
        return result


def _closed(text: str, items: list[Listed]) -> bool:
    """Three or more items, the last joined by "and"; or two when the first is a count,
    which CB30 does not read ("the dead included two guards and a nurse")."""
    enough = len(items) >= 3 or (len(items) == 2 and items[0].count is not None)
    return enough and bool(_AND.search(text, items[-2].end, items[-1].start))
