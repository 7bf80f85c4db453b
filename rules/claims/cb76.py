"""CB76: one person told by a definite noun phrase before a passive casualty participle."""

from __future__ import annotations

from rules.claims.definite import definite_people
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse


class DefinitePerson(ExtraRule):
    """CB76 · "the <person>", with up to three modifiers and a short "of" phrase, right
    before "was|has been killed|wounded", is one victim: "the mayor of Orsk was murdered" is
    killed 1.
    """

    code = "CB76"
    examples = (
        (
            "The mayor of Orsk was murdered on Sunday.",
            {"category": "killed", "min": 1, "group": "mayor"},
        ),
        (
            "Officials said the harbour pilot was seriously wounded in the blast.",
            {"category": "wounded", "min": 1, "group": "harbour pilot"},
        ),
        (
            "RADIO REPORTS SAY THE VILLAGE PRIEST HAS BEEN KILLED.",
            {"category": "killed", "min": 1, "group": "VILLAGE PRIEST"},
        ),
    )
    counter_examples = (
        # "the other", "the same": one more or one told before
        "A farmer was killed; the other farmer was wounded.",
        # a bare "shot" tells no outcome
        "The mayor of Orsk was shot at from a passing car.",
        # a thing, not a person
        "The mayor's car was damaged in the blast.",
        # "that" before "the" is a conjunction, not the determiner
        "The report confirms that a crew member was hurt.",
        # a plural is a group, read by the count rules
        "The mayors were killed.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not sent.cues.casualty or (" was " not in sent.low and " been " not in sent.low):
            return []
        return definite_people(sent.text, sent.cues, [*sent.bound.values(), *found])
