"""CB27: a force counted by "N-strong" that a verb of deployment moves."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.number_values import number_value
from rules.numbers import FigureSpan, bounded_figure, qualified_before

#: "a 1,500-strong contingent", "the 300-strong battalion", "an estimated 4,000-strong force":
#: the count is an adjective of a military body (general English of conflict reports).
_STRONG = re.compile(
    r"\b(?P<figure>\d{1,3}(?:,\d{3})*|\d+)-strong\s+(?:[A-Za-z'-]+\s+){0,2}?"
    r"(?P<head>force|forces|contingent|battalion|brigade|unit|army|militia|column|detachment"
    r"|garrison|regiment|division|mission|task\s+force|deployment|convoy|expeditionary\s+force)\b",
    re.IGNORECASE,
)


class StrongForce(ExtraRule):
    """CB27 · "A 1,500-strong contingent crossed the border" is deployed 1,500: the count of
    a military body given as "N-strong", moved by a verb of deployment in its sentence.
    """

    code = "CB27"
    words = ("-strong",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A 1,500-strong contingent crossed the border at dawn.",
            {"category": "deployed", "min": 1500, "group": "contingent"},
        ),
        (
            "The ministry said an estimated 4,000-strong force had been deployed to the south.",
            {"category": "deployed", "min": 4000, "qualifier": "approximately"},
        ),
    )
    counter_examples = (
        # no verb of deployment
        "The 300-strong battalion held a parade in the capital.",
        # no military body
        "A 300-strong crowd crossed the square.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        deploying = [c for c in sent.cues.hits if c.cue.category == "deployed"]
        if not deploying:
            return []
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for match in _STRONG.finditer(sent.text):
            start, end = match.span("figure")
            value = number_value(match["figure"])
            if value is None or any(s < end and start < e for s, e in taken):
                continue
            # the qualifier before it as the figure reader takes it ("an estimated 4,000")
            figure = qualified_before(sent.text, start, end) or FigureSpan(
                start, end, bounded_figure(value, "exact", sent.text[start:end])
            )
            cue = min(deploying, key=lambda c: abs(c.start - end))
            result.append(Binding(figure, cue, match["head"], abs(cue.start - end)))
        return result
