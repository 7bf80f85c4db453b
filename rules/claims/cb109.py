"""CB109: one person described by the participle of a killing ("the slain officer")."""

from __future__ import annotations

import re

from rules.claims.cb20 import counted_span
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "slain" or "murdered" before one to three words ending in a person noun: "slain teen",
#: "the murdered store clerk" (the attributive participle of English crime news).
_ATTRIBUTIVE = re.compile(
    r"\b(?P<verb>slain|murdered)(?P<words>(?:\s+[a-z][\w-]*){1,3})\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: Words that may stand right before the participle: the indefinite article, a preposition
#: or a verb of mourning, as headlines put them ("family of slain teen", "vigil for slain
#: officer", "town mourns slain deputy"). Any other word reads nothing (general English):
#: "another", "two", "was", a noun the participle is the verb of ("a man murdered his
#: wife"), and "the" or a possessive, whose "the slain officer" re-mentions a victim the
#: story has counted already (as "the man was killed" does: CB49).
_BEFORE = frozenset(
    """a an of for to by with from about after over remember remembers remembered honor
    honors honored mourn mourns mourned""".split()
)


class SlainPerson(ExtraRule):
    """CB109 · "Slain teen identified", "vigil for murdered clerk": one person killed.

    The participle of a killing before a single person noun describes one victim. Only
    at the start of a sentence or a clause, after "a" or a preposition, so a verb ("a man
    murdered his wife"), a count ("two slain officers", "another slain teen", someone else)
    and a re-mention ("the slain officer") read nothing; a plural is left to the counts.
    """

    code = "CB109"
    words = ("slain", "murdered")  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("Slain teen identified as high school junior", {"category": "killed", "min": 1}),
        (
            "Neighbours hold vigil for slain store clerk",
            {"category": "killed", "min": 1, "max": 1, "group": "clerk"},
        ),
        ("Murdered woman's sister speaks at hearing", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        "Two slain officers were honored at the ceremony.",
        "A man murdered his wife and then fled, police said.",
        "The vigil was held for another slain teen last year.",
        "The slain officers' families attended the funeral.",
        "He was slain in the war.",
        # a re-mention of one counted before
        "The slain officer's widow spoke at the hearing.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        taken = [*taken_spans(sent, found), *(counted_span(text, b) for b in found)]
        bindings = []
        for match in _ATTRIBUTIVE.finditer(text):
            words = list(_WORD.finditer(text, match.end("verb"), match.end()))
            heads = [w for w in words if w[0].lower() in PERSON_NOUNS]
            if not heads or not _opens_phrase(text, match.start()):
                continue
            start, end, head = words[0].start(), heads[0].end(), heads[0][0].lower()
            if any(s < end and match.start() < e for s, e in taken):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            bindings.append(Binding(figure, cue, head, 0))
        return bindings


def _opens_phrase(text: str, at: int) -> bool:
    """Does the participle at ``at`` open the sentence, a clause or a title's phrase ("Mom of
    slain teen: ..."), or follow "a", a preposition or a verb of mourning?"""
    before = text[:at].rstrip()
    if not before or not before[-1].isalnum():
        return True  # the sentence's start, a colon, a comma, a quote or a bracket
    word = before.rsplit(None, 1)[-1].lower()
    return word in _BEFORE
