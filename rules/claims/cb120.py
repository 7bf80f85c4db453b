"""CB120: a body found counts one dead, and an ordinal body the dead found so far."""

from __future__ import annotations

import re

from rules.claims.body_found import BODY_FOUND, FOUND_BODY, NOT_A_CORPSE
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.ordinals import ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan


class BodyFound(ExtraRule):
    """CB120 · "A body was found in the canal" is one dead; "divers recovered a second body"
    makes two (the ordinal of the latest body is the toll so far, as CB21's "a third victim
    died"). "The body was found" and "his body was recovered" tell of someone already
    counted; "a body of water" and "a body camera" are no one.
    """

    code = "CB120"
    words = ("body",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("A body was found in the canal near Orme Lock on Saturday.", {"min": 1, "max": 1}),
        (
            "Police divers recovered a second body from the reservoir on Friday.",
            {"category": "killed", "min": 2, "figure_text": "a second"},
        ),
        ("A third body has been pulled from the rubble, officials said.", {"min": 3}),
        ("A jogger found a woman's body near the trail.", {"group": "woman", "min": 1}),
    )
    counter_examples = (
        "The body was found in the canal on Saturday.",
        "His body was recovered two days later.",
        "Investigators found a body camera in the patrol car.",
        "Surveyors found a body of water under the car park.",
        "A second body was found to have signed the petition.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = [(b.figure.start, b.figure.end) for b in found]
        bindings = []
        for pattern in (BODY_FOUND, FOUND_BODY):
            for match in pattern.finditer(sent.text):
                binding = _binding(sent.text, match)
                start = binding.figure.start if binding else -1
                if binding is not None and not any(s <= start < e for s, e in taken):
                    bindings.append(binding)
        return bindings


def _binding(text: str, match: re.Match[str]) -> Binding | None:
    """One body's binding: "a"/"one" counts one, "a second" two; "the body" (no ordinal) is
    a re-mention, and an owner must be a person ("a man's body", not "a car's body")."""
    det = match["det"].split()[0].lower()
    ordinal = match["ordinal"]
    owner = match["owner"]
    if (det == "the" and ordinal is None) or NOT_A_CORPSE.match(text, match.end()):
        return None
    if owner is not None and owner.split("-")[-1].split()[-1].lower() not in PERSON_NOUNS:
        return None
    value = ORDINALS[ordinal.lower()] if ordinal else 1
    start = match.start("det")
    words = match["det"].rstrip()
    figure = FigureSpan(start, start + len(words), Figure(value, value, "exact", words))
    group = owner.split()[-1] if owner else None
    cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
    return Binding(figure, cue, group, 0)
