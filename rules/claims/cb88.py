"""CB88: a single person joined by "and" after a count whose ages are set off after it."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.subject_cue import cue_after_subject
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: Ages set off by commas: ", ages 19 and 24,", ", 8 and 11,", ", 41,", ", both 30," (the
#: usual style of US local news for victims listed with ages) ...
_AGES_ASIDE = re.compile(
    r",\s*(?:(?:both|all|each)\s+(?:aged\s+)?|aged\s+|ages?\s+)?\d{1,3}"
    r"(?:\s*(?:,|,?\s*and|to|-)\s*\d{1,3})*\s*,",
    re.IGNORECASE,
)
#: ... and, once they are blanked, a count's noun, "and" and one person ("Two sisters and
#: their grandmother").
_AND_ONE_AFTER = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+){0,2}?[A-Za-z'-]+\s+and\s+"
    r"(?P<one>the|an?|his|her|their)\s+(?:[\w'-]+\s+)??(?P<noun>[A-Za-z]+)\b\s*",
    re.IGNORECASE,
)


def _blank_ages(text: str) -> str:
    """``text`` with its age asides turned to spaces, so offsets stay."""
    return _AGES_ASIDE.sub(lambda found: " " * len(found.group()), text)


class OneAfterAgedCount(ExtraRule):
    """CB88 · "Two sisters, 8 and 11, and their grandmother were killed" is three killed:
    the person after the ages counts beside the count, as "two sisters and their
    grandmother" does (CB07), also with ages of its own ("and a woman, 41, were wounded").
    Only when the count's own verb follows the person.
    """

    code = "CB88"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    figure = True  # it binds a bound count's cue (``ExtraRule.figure``)
    examples = (
        (
            "Two sisters, 8 and 11, and their grandmother were killed in the fire, officials said.",
            {"category": "killed", "min": 1, "group": "grandmother"},
        ),
        (
            "Three men, ages 20, 22 and 25, and a woman were shot outside the club.",
            {"category": "killed_or_wounded", "min": 1, "group": "woman"},
        ),
        (
            "Two men, both 30, and a woman, 41, were wounded in the shooting.",
            {"category": "wounded", "min": 1, "group": "woman"},
        ),
    )
    counter_examples = (
        # a thing after the ages
        "Two boys, 9 and 12, and their bikes were hit by the car.",
        # the person is in a clause of its own
        "Two men, 30 and 34, and a woman told police they saw the shooting.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result: list[Binding] = []
        blanked = _blank_ages(sent.text) if "," in sent.text else sent.text
        if blanked == sent.text:
            return result  # no ages set off: "two sisters and their grandmother" is CB07's
        for binding in sent.bound.values():
            end = binding.figure.end
            if (
                binding.cue.start <= end
                or blanked[end : binding.cue.start] == sent.text[end : binding.cue.start]
            ):
                continue
            match = _AND_ONE_AFTER.match(blanked, end, binding.cue.start)
            if match is None or match["noun"].lower() not in PERSON_NOUNS:
                continue
            # the one person's own ages may stand before the verb: "and a woman, 41, were"
            if cue_after_subject(sent, match.end()) != binding.cue:
                continue
            one = FigureSpan(
                match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"])
            )
            result.append(Binding(one, binding.cue, match["noun"], binding.distance))
        return result
