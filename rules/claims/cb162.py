"""CB162: a part of the patients named by who they are ("38 of the patients were children"),
where the story tells the incident or the outbreak that made them patients."""

from __future__ import annotations

import bisect
import re

import re2

from rules.categories import Cue
from rules.claims.cb43 import part_who
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.hospital_care import incident_near
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks, qualified_before
from rules.text import Sentence

#: A number, then "of the patients" (or "of those", "of its", with at most one modifier:
#: "of the cholera patients"). General English of a care place's load broken down.
_PART_OF_PATIENTS = re.compile(
    r"\b(?P<part>\d{1,3}(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+of\s+(?:the|those|these|its"
    r"|their)\s+(?:[a-z-]+\s+)?(?P<whole>patients)\b",
    re.IGNORECASE,
)
#: ``_PART_OF_PATIENTS``'s "of the ... patients", for RE2 (the rule's first test).
_HINT = re2.compile(
    (
        rf"(?i)of{ASCII_SPACE}+(?:the|those|these|its|their){ASCII_SPACE}+"
        rf"(?:[a-z-]+{ASCII_SPACE}+)?patients"
    ).encode("ascii")
)
#: The patients are the hurt (or the sick) of the story; a part of them is so too.
_PATIENTS = Cue("wounded", "(patients)", before=True)


class PartOfThePatients(ExtraRule):
    """CB162 · A count "of the patients" named by who they are is a part of the story's hurt:
    after "Three field clinics had 140 patients", "Dr Ana Pirell said 38 of the patients were
    children under five" is wounded 38 (children), a part (``states_part``), not the key.
    Only where the story names an incident or an outbreak (``patient_part_sentences``), and
    only with a plural of people after "were" ("38 of the patients were discharged" tells no
    one who; "38 of the voters were women" no patients).
    """

    code = "CB162"
    states_part = True
    words = ("patients",)  # the engine's gate, ``ExtraRule.words``
    hints = (_HINT,)  # its first test on ASCII text (``ExtraRule.hints``)
    examples = (
        (
            "After the bus crash, Dr Ana Pirell said 38 of the patients were children under five.",
            {"category": "wounded", "min": 38, "group": "children"},
        ),
        (
            "After the fire, nine of the burns patients were firefighters.",
            {"category": "wounded", "min": 9, "group": "firefighters"},
        ),
    )
    counter_examples = (
        "After the bus crash, Dr Ana Pirell said 38 of the voters were women.",
        "After the bus crash, Dr Ana Pirell said 38 of the patients were discharged on Monday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        parts = []
        for match in _PART_OF_PATIENTS.finditer(sent.text):
            value = number_value(match["part"])
            start, end = match.span("part")
            if not value or value < 2 or start in taken:
                continue  # "one of the patients was a girl" picks out a person, no count
            who = part_who(sent.text, match.end("whole"))
            if who is None:
                continue
            figure = qualified_before(sent.text, start, end) or FigureSpan(
                start, end, Figure(value, value, "exact", match["part"])
            )
            cue = CueHit(match.start("whole"), match.end("whole"), _PATIENTS)
            parts.append(Binding(figure, cue, who, 0))
        return parts


def patient_part_sentences(sentences: list[Sentence], text: str) -> set[int]:
    """Indexes of the sentences that tell a part of the patients by who they are, in a story
    that names its incident or outbreak: they need no casualty cue of their own. ``text`` is
    the document the sentences split."""
    if ascii_lacks(_HINT, text) or (not text.isascii() and "patients" not in text.lower()):
        return set()  # one RE2 pass (``CB162``'s own hint), not a lower-cased copy of the text
    starts = [sentence.start for sentence in sentences]
    found: set[int] = set()
    for match in _PART_OF_PATIENTS.finditer(text):
        if part_who(text, match.end("whole")) is None:
            continue
        if not incident_near(text, match.start(), match.end()):
            continue  # "12 of the patients were women" in a story of no harm
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0:
            found.add(index)
    return found
