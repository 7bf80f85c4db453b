"""CB63: "found the body of a fourth victim": a toll stated by the ordinal of a body found."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.ordinals import ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

_ORDINAL = "|".join(ORDINALS)
#: The searches of disaster and crime reports count their dead by the bodies they find: "the
#: body of a fourth victim was pulled from the rubble", "divers recovered the remains of a
#: third worker" (general English of such reports, round 7). The
#: person noun is checked in ``find`` ("the body of a second car" is no one).
_BODY_OF = re.compile(
    rf"\b(?P<verb>bod(?:y|ies)|remains)\s+of\s+(?P<det>a|the)\s+(?P<ordinal>{_ORDINAL})\s+"
    r"(?P<words>(?:[\w-]+\s+){0,2}[A-Za-z]+)\b",
    re.IGNORECASE,
)


class OrdinalBody(ExtraRule):
    """CB63 · "Rescuers found the body of a fourth victim": the toll is the ordinal.

    As CB21's "a third victim died", the ordinal of the latest body counts the dead so far;
    only with a person noun after the ordinal.
    """

    code = "CB63"
    words = ("body", "bodies", "remains")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Rescuers found the body of a fourth victim in the rubble on Friday.",
            {"category": "killed", "min": 4, "max": 4, "figure_text": "a fourth"},
        ),
        (
            "Divers recovered the remains of a third worker near the weir on Sunday.",
            {"category": "killed", "min": 3},
        ),
    )
    counter_examples = (
        "The body of a second car was found crushed under the beam.",
        "The second body scan showed no fracture.",
        "A second body of evidence was found in the archive files.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not any(word in sent.low for word in ORDINALS):
            return []
        bindings = []
        for match in _BODY_OF.finditer(sent.text):
            if any(w.lower() in PERSON_NOUNS for w in match["words"].split()):
                bindings.append(_binding(match))
        taken = {b.figure.start for b in found}
        return [b for b in bindings if b.figure.start not in taken]


def _binding(match: re.Match[str]) -> Binding:
    """The figure runs from the article to the ordinal ("a fourth"), so that no rule after
    this one counts "a fourth victim" as one more person."""
    start, end = match.start("det"), match.end("ordinal")
    value = ORDINALS[match["ordinal"].lower()]
    figure = FigureSpan(
        start,
        end,
        Figure(value, value, "exact", match.group()[start - match.start() : end - match.start()]),
    )
    return Binding(figure, CueHit(match.start("verb"), match.end("verb"), KILLED_CUE), None, 0)
