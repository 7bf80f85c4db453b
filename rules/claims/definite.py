"""One person told by a definite noun phrase before a passive casualty participle (CB76):
"the mayor of Orsk was murdered", "the village priest has been killed", "the harbour
pilot was seriously wounded".

The article rules (CB01) and CB74 read "a", "an" or "one" before the person, CB71 a
possessor ("the senator's driver"); a person the story names by office or role takes "the".
Origin: general English grammar of news reports (a definite noun phrase for someone known
by office).
"""

from __future__ import annotations

import re

from rules.claims.parts import Binding, Cues
from rules.claims.postmodified import AUX_BEFORE, outcome_participle
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "the", up to three modifiers, a person noun and an optional short "of" phrase, right
#: before the auxiliary: "the governor of the province", "the village priest".
_DEFINITE_PERSON = re.compile(
    r"(?:^|(?<=[\s,;:\"(\-]))(?P<det>the)\s+"
    r"(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>[A-Za-z-]+)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)?\s*,?\s*$",
    re.IGNORECASE,
)
#: Words that cannot stand inside the noun phrase: a verb, a conjunction, a preposition.
_NOT_MODIFIER = frozenset(
    {
        "and",
        "or",
        "of",
        "in",
        "at",
        "on",
        "by",
        "with",
        "who",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "to",
        "for",
        "from",
        "as",
        "that",
        "when",
        "after",
        "before",
        "the",
        "a",
        "an",
    }
)
#: Determiners that tell the noun is one more, or no one: "the other man", "the same man".
_NOT_ONE = frozenset({"other", "same", "first", "second", "third", "last", "only"})


def definite_people(text: str, cues: Cues, bound: list[Binding]) -> list[Binding]:
    """Each definite person right before "was|has been <killed|wounded>", when no binding
    counts that person yet."""
    taken = [(b.figure.start, b.figure.end) for b in bound]
    result = []
    for cue in cues.hits:
        if not outcome_participle(text, cue):
            continue
        aux = AUX_BEFORE.search(text, max(0, cue.start - 40), cue.start)
        if aux is None:
            continue
        person = _DEFINITE_PERSON.search(text, max(0, aux.start() - 90), aux.start())
        if person is None or person["noun"].lower() not in PERSON_NOUNS:
            continue
        words = person["words"].lower().split()
        if any(w in _NOT_MODIFIER or w in _NOT_ONE for w in words):
            continue
        start, end = person.span("det")
        if any(s <= start < e or start <= s < person.end() for s, e in taken):
            continue
        if cues.any_between(start, aux.start()):
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        group = f"{person['words']}{person['noun']}".strip()
        result.append(Binding(figure, cue, group, cue.start - end))
    return result
