"""CB42: "both" before a plural of people counts two ("both guards were wounded")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.plurals import plural_claims
from rules.model import Figure
from rules.numbers import FigureSpan

#: "both" opening the plural that CB11 reads ("both guards"), or right before it ("both the
#: victims", "both their sons").
_BOTH_INSIDE = re.compile(r"both\s+", re.IGNORECASE)
_BOTH_BEFORE = re.compile(
    r"\bboth\s+(?:the\s+|these\s+|those\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE
)
#: "both soldiers and civilians": the correlative "both ... and" joins two kinds, no count.
_AND_AFTER = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\b", re.IGNORECASE)


class BothOfAPair(ExtraRule):
    """CB42 · "both" before a plural of people with a casualty cue counts two people.

    General English: "both" refers to two. Only where the plural itself is a claim (CB11's
    subject or object of a killed/wounded cue), and not the correlative "both soldiers and
    civilians" (two kinds, no count).
    """

    code = "CB42"
    words = ("both",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        ("Both cyclists were hurt when the van swerved on Pell Road.", {"min": 2, "max": 2}),
        ("The driver said both officers were hurt.", {"min": 2, "group": "officers"}),
        ("Both the victims were wounded in the legs.", {"category": "wounded", "min": 2}),
    )
    counter_examples = (
        "Both soldiers and civilians were killed in the shelling.",
        "Both sides said the talks would go on.",
        "The guards were wounded in both legs.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        spans = [(f.start, f.end) for f in (*sent.stated, *sent.figures)]
        pairs = []
        for plural in plural_claims(sent.text, sent.cues, found, spans):
            pair = _pair(sent.text, plural)
            if pair is not None:
                pairs.append(pair)
        return pairs


def _pair(text: str, plural: Binding) -> Binding | None:
    """The plural read as two people when "both" stands before its head, else None."""
    start, end = plural.figure.start, plural.figure.end
    if _AND_AFTER.match(text, end):
        return None
    inside = _BOTH_INSIDE.match(text, start, end)
    before = None if inside else _BOTH_BEFORE.search(text, 0, start)
    group: str | None
    if inside is not None:
        at, group = start, text[inside.end() : end]
    elif before is not None:
        at, group = before.start(), plural.group
    else:
        return None
    figure = FigureSpan(at, at + 4, Figure(2, 2, "exact", text[at : at + 4]))
    return Binding(figure, plural.cue, group, plural.distance)
