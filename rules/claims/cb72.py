"""CB72: one person in a clause that shares the auxiliary of a passive casualty clause."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.singles import gapped_people


class GappedPerson(ExtraRule):
    """CB72 · After "X was killed", a person joined by "and" whose participle has no
    auxiliary of its own is one victim: "a farmer was killed and his son wounded" is also
    wounded 1; "one man was killed and another seriously injured" likewise, a name in
    mixed-case text ("Sergeant A was killed and Corporal B wounded"), the present "are" or
    "is" ("two men are dead and another hospitalized"), the complement of "left" or "found":
    "the crash left a woman dead and another badly hurt", "deputies found a clerk dead and
    another badly hurt", and a headline's "Roofer killed, another hurt", which drops "and" and
    the auxiliary.
    """

    code = "CB72"
    words = (" and ", ", another ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A farmer was killed and his son wounded when gunmen fired on their truck.",
            {"category": "wounded", "min": 1, "group": "son"},
        ),
        (
            "ONE GUARD WAS KILLED AND ANOTHER SERIOUSLY INJURED AT THE DEPOT GATE.",
            {"category": "wounded", "min": 1, "figure_text": "ANOTHER"},
        ),
        (
            "The blast at the mill left one worker dead and another badly hurt.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        (
            "The ferry's pilot was injured and the captain's son killed in the collision.",
            {"category": "killed", "min": 1, "group": "son"},
        ),
        (
            "Sergeant Paul Ender was killed and Corporal Lisa Groom wounded on patrol.",
            {"category": "wounded", "min": 1, "figure_text": "Corporal Lisa Groom"},
        ),
        (
            "Rangers found one climber dead and another injured below the north face.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        (
            "Roofer killed, another hurt as scaffold gives way in Orme",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
    )
    counter_examples = (
        # an active verb with an object: the person joined by "and" acted
        "A guard was killed and his partner wounded two of the raiders.",
        # the clause before is active: no auxiliary to share
        "Gunmen killed a farmer and his son wounded nobody.",
        # a thing, not a person
        "A guard was killed and a truck damaged in the blast.",
        # a name that acted: an active verb with an object
        "A guard was killed and Ana Ruiz wounded two of the raiders.",
        # the second clause is no harm
        "One man was killed, another arrested after the raid.",
        "Rangers found a poacher dead and another arrested at the camp.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return gapped_people(sent.text, sent.cues, found)
