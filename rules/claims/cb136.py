"""CB136: the parts of a toll told after a fronted "Of the dead," ("Of the dead, 31 were in
Marvia, 11 in Tolesk and five in Corro")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: The whole that opens the sentence, by its noun of harm: "Of the dead,", "Of those
#: killed,", "Of the 47 injured,". General English of breakdowns in casualty reports.
_OPENING = re.compile(
    r"\W*(?:Of|Among)\s+(?:the|those)\s+(?:[\d,]+\s+|[a-z]+-?[a-z]*\s+)?"
    r"(?P<noun>dead|killed|injured|wounded|hurt|missing)\s*,\s*",
    re.IGNORECASE,
)
_CATEGORIES = {
    "dead": "killed",
    "killed": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
    "missing": "missing",
}
#: Between two parts of the breakdown: a place or a kind and a comma or "and" ("were in
#: Marvia, ", " in Tolesk and "), no verb but "were"/"was" and no clause break.
_BETWEEN = re.compile(
    r"(?:\s+(?:were|was|are|is))?(?:\s+(?!(?:said|say|says|told|and)\b)[\w'’-]+){1,5}"
    r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+and\s+)",
    re.IGNORECASE,
)


class OfTheDead(ExtraRule):
    """CB136 · A sentence that opens on a whole by its noun of harm ("Of the dead,", "Of
    those injured,") and then counts its parts: each part is a claim of the whole's
    category ("Of the dead, 31 were in Marvia, 11 in Tolesk and five in Corro" is killed 31,
    11 and 5), until a count of things ends the breakdown ("and 40 homes"). The parts of a
    whole (``states_part``), with no group (what the part is, "were women", is no noun of
    the count).
    """

    code = "CB136"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = ("of the ", "of those ", "among the ", "among those ")  # ``ExtraRule.words``
    figure = True
    examples = (
        (
            "Of the dead, 31 were in Marvia, 11 in Tolesk and five in Corro.",
            {"category": "killed", "min": 5, "max": 5},
        ),
        (
            "Of those hurt, 12 were children and 30 were adults.",
            {"category": "wounded", "min": 30, "max": 30},
        ),
    )
    counter_examples = (
        # no whole of harm opens the sentence
        "Of the 12 candidates, three were women.",
        # no count after the whole
        "Of the dead, most were women.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        opening = _OPENING.match(sent.text)
        if opening is None:
            return []
        category = _CATEGORIES[opening["noun"].lower()]
        cue = CueHit(opening.start("noun"), opening.end("noun"), _cue(category))
        taken = {b.figure.start for b in (*found, *sent.bound.values())}
        parts: list[Binding] = []
        at = opening.end()  # where the next part of the breakdown must start
        for figure in sent.figures:
            if figure.start < at:
                continue
            if figure.start != at or _thing_after(sent.text, figure.end):
                break  # "..., and 40 homes were destroyed": the breakdown has ended
            if figure.start not in taken and figure.figure.min is not None:
                parts.append(Binding(figure, cue, None, 0))
            between = _BETWEEN.match(sent.text, figure.end)
            if between is None:
                break
            at = between.end()
        return parts


#: A word right after a part's figure: a noun that is no people ends the breakdown ("40
#: homes"); a part's own words start with a verb, a place or people ("12 were women", "3 in
#: Tolesk", "8 civilians").
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_PART_WORDS = frozenset("were was are is in from at of had have died more others".split())


def _thing_after(text: str, end: int) -> bool:
    """Does a noun that counts no people follow the figure ending at ``end``?"""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    low = word.group(1)
    return low not in _PART_WORDS and not is_human_plural(low)


def _cue(category: str) -> Cue:
    return Cue(category, "(of the dead)", before=True)
