"""CB28: a rival figure put on the same count: "... though residents put the figure at 20"."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.nouns import is_human_plural

#: "put the figure at", "put their own number at", "puts the count at", "put the figure
#: higher, at": a count noun with no category of its own, set by a verb of estimating
#: (general English of rival tolls).
PUT_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|their|its|his|her)\s+"
    r"(?:own\s+)?(?:figure|number|count|tally|estimate)\s+"
    r"(?:(?:(?:even|much|far)\s+)?(?:higher|lower),?\s+)?(?:at|as\s+high\s+as|closer\s+to)\s+",
    re.IGNORECASE,
)


def _rival_of(sent: SentenceParse, bindings: list[Binding], at: int) -> Binding | None:
    """The claim whose figure is the last figure before ``at``, or None when the last
    figure counts something no claim reads ("200 people attended the funeral")."""
    figures = [f for f in sent.figures if f.end <= at]
    if not figures:
        return None
    last = figures[-1]
    return next((b for b in bindings if b.figure.start == last.start), None)


_GROUP_AFTER = re.compile(r"\s+([A-Za-z]+)")
#: A word after the figure that counts something else ("put the figure at 300 jobs").
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
#: Words that may follow the figure of a count of people: prepositions and conjunctions.
_FREE_AFTER = frozenset(
    """on at by after and or but with from as since this last people persons among
    across in during before until overnight following""".split()
)


def counts_else(text: str, end: int, group: str | None) -> bool:
    """Does a noun after the figure count other things than people ("300 jobs")?"""
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    return not (word in _FREE_AFTER or is_human_plural(word) or word == (group or "").lower())


class RivalFigure(ExtraRule):
    """CB28 · "The attack killed at least 12 people, officials said, though residents put the
    figure at more than 20": the figure put on a bare count noun counts what the sentence's
    count before it counts (killed, more than 20). A count noun with a category ("the death
    toll", "the number of wounded") is read by the category table; with no claim before it in
    the sentence, nothing is known of what it counts.
    """

    code = "CB28"
    words = (" at ", " as ", " closer ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The blast killed at least 12 people, police said, though residents put the figure"
            " at more than 20.",
            {"category": "killed", "min": 20, "qualifier": "more_than"},
        ),
        (
            "Medics said 40 people were wounded; aid workers put their own count at 65.",
            {"category": "wounded", "min": 65},
        ),
        (
            "The agency said 9,000 people had fled, but the mayor estimated the number at 15,000.",
            {"category": "displaced", "min": 15000},
        ),
    )
    counter_examples = (
        # no count before it in the sentence
        "Residents put the figure at more than 20.",
        # a count of something else before it
        "The firm sold 12 trucks, and analysts put the figure at 20 for next year.",
        # the figure counts other things
        "Two workers were hurt, and the union put the figure at 300 jobs.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        if "put" not in sent.low and "estimat" not in sent.low and "plac" not in sent.low:
            return []
        bindings = sorted((*sent.bound.values(), *found), key=lambda b: b.figure.start)
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for match in PUT_FIGURE.finditer(text):
            figure = next((f for f in sent.figures if f.start == match.end()), None)
            if figure is None or (figure.start, figure.end) in taken:
                continue
            first = _rival_of(sent, bindings, match.start())
            if first is None or counts_else(text, figure.end, first.group):
                continue
            if first.figure.figure.min and (figure.figure.min or 0) > 10 * first.figure.figure.min:
                continue  # "insurers estimated the figure at 1.2 billion": no rival headcount
            group = _GROUP_AFTER.match(text, figure.end)
            named = group.group(1) if group and is_human_plural(group.group(1).lower()) else None
            category = first.cue.cue.category
            cue = CueHit(match.start(), match.end(), Cue(category, "toll", before=False))
            result.append(Binding(figure, cue, named or first.group, 0))
        return result
