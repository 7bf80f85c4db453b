"""CB130: "the figure" of a count told before it in the same sentence ("The ministry said 12
inmates died, while the rights group said the figure was at least 19")."""

from __future__ import annotations

import re

from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse, count_before, ends_its_clause

#: Right before the figure: "the figure was", "the real number is", "the official figure
#: of", "the count stood at" (not "its earlier count of": an earlier value, which the key
#: figure's background rules do not know in that form). The bare noun names no thing
#: counted: the count before it in the sentence says what it counts. General English of
#: disputed tolls.
_THE_FIGURE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:official|real|true|actual|overall|final|correct"
    r"|government's|army's|ministry's|police)\s+)?"
    r"(?:figure|number|tally|count)\s+"
    r"(?:(?:was|is|were|stood\s+at|stands\s+at|could\s+be|might\s+be|may\s+be)\s+|of\s+)$",
    re.IGNORECASE,
)


#: Another speaker's figure for the same count, with its noun left out: "; witnesses said
#: at least ten", ", while a doctors' group said 31" (the figure ends its clause).
_SAID_FIGURE = re.compile(
    r"(?:;|,\s*(?:while|but|and|whereas)?)\s+(?:[\w'’.-]+\s+){1,6}?"
    r"(?:said|says|claimed)\s+$",
    re.IGNORECASE,
)


class TheSameCount(BoundRule):
    """CB130 · A bare "the figure was N" (or "the official figure of N"), or another
    speaker's bare "said N" ending its clause, after a count of the same sentence is another
    figure for that count, in its category: "The ministry said 12 inmates died, while the
    rights group said the figure was at least 19" is killed 19 too. The figure takes no
    group.
    """

    code = "CB130"
    examples = (
        (
            "The ministry said 12 inmates died, while the rights group said the figure was at"
            " least 19.",
            {"category": "killed", "min": 19, "max": None, "qualifier": "at_least"},
        ),
        (
            "Police said four people were hurt; witnesses said at least ten.",
            {"category": "wounded", "min": 10, "max": None},
        ),
        (
            "The opposition says 61 protesters were killed, more than double the official"
            " figure of 27.",
            {"category": "killed", "min": 27, "max": 27},
        ),
    )
    counter_examples = (
        # no count told before the figure
        "The rights group said the figure was at least 19.",
        # the noun names its own thing
        "Three people were hurt, and the number of cars damaged was 40.",
        # the figure has its own noun after it
        "Four people were hurt; police said 12 cars were burned.",
        "Three people were killed, and the police count of 200 arrests was disputed.",
        # a crowd counted is no other figure of the count
        "Twelve protesters were arrested, police said, while organisers counted 20,000.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for i, figure in enumerate(sent.figures):
            if i in sent.bound or figure.figure.min is None:
                continue
            window = sent.text[max(0, figure.start - 80) : figure.start]
            if not (_THE_FIGURE.search(window) or _SAID_FIGURE.search(window)):
                continue
            if not ends_its_clause(sent.text, figure.end):
                continue  # "the police count of 200 arrests": a figure with its own noun
            count = count_before(sent, i)
            if count is not None:
                found[i] = Binding(figure, count.cue, None, 0)
        return found
