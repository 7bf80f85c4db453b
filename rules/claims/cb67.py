"""CB67: a person named by a possessive, joined by "and" to a count before its verb."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "his wife and", "her 8-year-old son and", "their grandmother and their": a possessive
#: determiner, up to two modifiers and a person noun, then "and" right before the count
#: (plain English coordination; "a man and his two sons" is CB07's). No "and" among the
#: modifiers: "his wife and daughter and two neighbours" is a chain of three, CB91's.
_POSSESSED_AND = re.compile(
    r"\b(?P<one>his|her|their)\s+(?:(?!and\b)[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)

#: The word right before the possessive; a preposition there makes the pair its object, not
#: the subject of the casualty verb (plain English grammar).
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_PREPOSITIONS = frozenset(
    """about above after against along among around at before behind below beside besides
    between beyond by despite during for from in inside into like near of off on onto outside
    over past since than through to toward towards under until upon with within without""".split()
)


#: The fates a person beside a count shares: harm, and being taken, lost or saved ("her
#: husband and three sons were among those taken", review51c); not a deployment or a count of
#: the homeless, whose possessed person is seldom one of them.
_SHARED_FATES = frozenset(
    ("killed", "wounded", "killed_or_wounded", "kidnapped", "missing", "rescued")
)


class PossessedAndCount(ExtraRule):
    """CB67 · "His wife and two children were killed" is three killed: the person named by a
    possessive before "and" counts beside the count, as "a man and two children" does; so
    does one before a bare person noun that shares the possessive ("his wife and daughter").
    So for the taken, the missing and the saved ("her husband and three sons were among those
    taken" is kidnapped 1 beside kidnapped 3).

    Only when the count is the subject (its cue comes after it) and no figure or cue stands
    between the person and the count; not after a verb that takes them as its object.
    """

    code = "CB67"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "His wife and two children were killed in the shooting, relatives said.",
            {"category": "killed", "min": 1, "group": "wife"},
        ),
        (
            "Police said her boyfriend and three of his friends were wounded.",
            {"category": "wounded", "min": 1, "group": "boyfriend"},
        ),
        # a second noun that shares the possessive
        ("His wife and daughter were found dead.", {"category": "killed", "group": "wife"}),
        # the taken (review51c)
        (
            "His brother and four cousins were abducted from the market.",
            {"category": "kidnapped", "min": 1, "group": "brother"},
        ),
    )
    counter_examples = (
        # a thing, not a person, beside the count
        "His car and two houses were damaged.",
        # the count is the object of an active verb
        "He said his wife and two neighbours saw a man killed.",
        # a single person of another kind: "a" after "and" is CB07's to join
        "His car and a truck were hit by gunfire.",
        # the pair is the object of a preposition, not the verb's subject
        "Her son, who loved playing with his cousin and sister, was killed.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result = []
        seen: set[int] = set()
        previous = 0
        for binding in sorted((*sent.bound.values(), *found), key=lambda b: b.figure.start):
            start = binding.figure.start
            low = max(previous, start - 50)
            previous = max(previous, binding.figure.end)
            if binding.cue.start <= binding.figure.end or not _counts_beside(sent.text, binding):
                continue
            if binding.cue.cue.category not in _SHARED_FATES:
                continue
            match = _POSSESSED_AND.search(sent.text, low, start)
            if match is None or match["noun"].lower() not in PERSON_NOUNS:
                continue
            before = _WORD_BEFORE.search(sent.text, max(0, match.start() - 20), match.start())
            if before is not None and before.group(1).lower() in _PREPOSITIONS:
                continue  # "being around his brother and sister": no subject of the verb
            if match.start() in seen or sent.cues.any_between(match.start(), start):
                continue
            seen.add(match.start())
            one = FigureSpan(
                match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"])
            )
            result.append(Binding(one, binding.cue, match["noun"], binding.distance))
        return result


def _counts_beside(text: str, binding: Binding) -> bool:
    """A count ("two children") or a bare person noun that shares the possessive ("his wife
    and daughter": CB08 reads the daughter by her noun alone)."""
    if binding.figure.figure.min != 1:
        return True
    return text[binding.figure.start : binding.figure.end].lower() in PERSON_NOUNS
