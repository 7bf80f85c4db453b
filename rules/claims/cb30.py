"""CB30: people listed after the group of those hit ("the dead were identified as ...")."""

from __future__ import annotations

import re

from rules.claims.groups import following_group
from rules.claims.kinds import ExtraRule
from rules.claims.lists import identified_list
from rules.claims.parts import Binding, SentenceParse
from rules.nouns import PERSON_NOUNS, is_human_plural

#: Between the last person listed and a counted item that closes the list: "a nurse and
#: (her) two children".
_COUNTED_TAIL = re.compile(
    r"(?:,\s*\d{1,3})?\s*,?\s+and\s+(?:(?:his|her|their)\s+)?", re.IGNORECASE
)


class IdentifiedList(ExtraRule):
    """CB30 · Each person listed after "the dead were identified as" or "among the injured
    are" is one victim: "The dead were identified as Ana Ruiz and Tomas Brel" is 2 × 1.
    """

    code = "CB30"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    # the engine's gate, ``ExtraRule.words`` (" was", " is": "among the dead was A")
    words = (" as", " are", " were", " includ", " was", " is")
    examples = (
        (
            "The dead were identified as Ana Ruiz, 34, and Tomas Brel, 19.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        (
            "Among the injured are Ana Ruiz, 61; Tomas Brel, 37; and Ida Venn.",
            {"category": "wounded", "min": 1, "figure_text": "Ida Venn"},
        ),
        (
            "THE INJURED WERE 27-YEAR-OLD TOMAS BREL AND 66-YEAR-OLD IDA VENN.",
            {"category": "wounded", "min": 1, "figure_text": "IDA VENN"},
        ),
        (
            "The coroner identified the dead men as Tomas Brel, 61, and Pedro Valk, 39.",
            {"category": "killed", "min": 1, "figure_text": "Pedro Valk"},
        ),
        (
            "The injured include a teenager and an elderly man.",
            {"category": "wounded", "group": "elderly man"},
        ),
        (
            "Among the dead were a nurse and her two children.",
            {"category": "killed", "min": 2, "group": "children"},
        ),
        (
            "Among the dead was Ivo Lant, a retired judge.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Lant"},
        ),
        (
            "The wounded included Ilse Marr, 40, and three firefighters.",
            {"category": "wounded", "min": 3, "group": "firefighters"},
        ),
    )
    counter_examples = (
        "The dead were taken to the Kessel morgue on Friday.",
        "The injured were treated at Santa Ana Hospital.",
        "Among the dead are several people from Port Alder.",
        "The suspects were identified as Ana Ruiz and Tomas Brel.",
        "The dead cattle were found near the farm of Ana Ruiz.",
        "Both of the injured are Kessel Valley College students.",
        # a figure after the list that counts no people (its counted tail is not read; the
        # nurse herself is, now that " was" opens the gate: tests/rules/test_muc12_lists.py)
        "Among the dead were several people and two hours later the wall fell.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        found = identified_list(sent.text, sent.cues)
        return [*found, *_counted_tail(sent, found)] if found else found


def _counted_tail(sent: SentenceParse, listed: list[Binding]) -> list[Binding]:
    """A counted group that ends the list of people: "a nurse and her two children" (2)."""
    last = max(listed, key=lambda b: b.figure.start)
    item_end = last.figure.end
    if last.group is not None:
        item_end = sent.text.find(last.group, last.figure.start) + len(last.group)
    for i, figure in enumerate(sent.figures):
        if figure.start < item_end or i in sent.bound:
            continue
        tail = _COUNTED_TAIL.fullmatch(sent.text, item_end, figure.start)
        group = following_group(sent.text[figure.end : figure.end + 60])
        head = group.split()[-1].lower() if group else ""
        if tail is None or not (is_human_plural(head) or head in PERSON_NOUNS):
            return []
        return [Binding(figure, last.cue, group, figure.start - last.cue.end)]
    return []
