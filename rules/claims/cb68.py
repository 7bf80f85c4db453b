"""CB68: a definite plural of people counted by the list of their ages after it."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.subject_cue import cue_after_subject
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: "The men, ages 23 and 26,", "the victims, aged 19, 22 and 30,": a plural with no figure of
#: its own, then the ages of its members in apposition (the usual style of US local crime
#: news for victims not yet named).
_AGES_APPOSED = re.compile(
    r"\b(?:the|both|all)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s*,\s*(?:ages?|aged)\s+"
    r"(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3})\s*,",
    re.IGNORECASE,
)
_AGE = re.compile(r"\d{1,3}")
#: The "of" of a partitive right before the plural ("Two of the teens, ages 16 and 17,").
_PARTITIVE_OF = re.compile(r"\s+of\s+$", re.IGNORECASE)


def _part_bound(sent: SentenceParse, start: int) -> bool:
    """Is the plural at ``start`` the whole of a part whose figure another rule has bound
    already ("Two of the teens, ages 16 and 17, were wounded": CB01's 2)?"""
    for i, figure in enumerate(sent.figures):
        if figure.end <= start and _PARTITIVE_OF.fullmatch(sent.text, figure.end, start):
            return i in sent.bound
    return False


class AgesOfAPlural(ExtraRule):
    """CB68 · "The men, ages 23 and 26, were pronounced dead" is two killed: a list of ages
    set off after a plural of people counts them, one age per person.

    Only a plural with no figure of its own (a stated count wins: "Two men, ages ...") and
    only when the clause's casualty verb follows the apposition directly.
    """

    code = "CB68"
    words = (" age",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "The men, ages 23 and 26, were pronounced dead at the scene on Vale Street.",
            {"category": "killed", "min": 2, "group": "men"},
        ),
        (
            "Police said the victims, aged 17, 19 and 20, were shot outside a pizza shop.",
            {"category": "killed_or_wounded", "min": 3, "group": "victims"},
        ),
    )
    counter_examples = (
        # the ages of people no cue speaks of
        "The children, ages 4 and 6, were at school when the fire broke out.",
        # not people
        "The houses, ages 80 and 90, were torn down.",
        # the verb of another clause
        "The women, ages 30 and 41, told police that a man was shot nearby.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result = []
        for match in _AGES_APPOSED.finditer(sent.text):
            if not is_human_plural(match["noun"]):
                continue
            if any(match.start() <= f.start < match.start("noun") for f in sent.stated):
                continue  # "the two other victims, ages 19 and 22,": the count is stated
            if _part_bound(sent, match.start()):
                continue  # "Two of the teens, ages 16 and 17,": the part's figure counts them
            cue = cue_after_subject(sent, match.end())
            if cue is None:
                continue
            count = len(_AGE.findall(match["ages"]))
            start, end = match.start("ages"), match.end("ages")
            figure = FigureSpan(start, end, Figure(count, count, "exact", sent.text[start:end]))
            result.append(Binding(figure, cue, match["noun"], cue.start - end))
        return result
