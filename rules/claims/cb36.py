"""CB36: people listed as the subject of a plural casualty verb."""

from __future__ import annotations

from rules.claims.cb12 import NamedVictim
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import figurative_harm
from rules.claims.subjects import PLURAL_VERB_HINT, joined_subjects


class JoinedSubjects(ExtraRule):
    """CB36 · People listed with ages or descriptions before a plural casualty verb are one
    victim each: "Tomas Brel, 57 years old, and Ana Ruiz, 48, were stabbed to death" is 2 × 1.
    """

    code = "CB36"
    words = (" were ", " been ", "died")  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    hints = (PLURAL_VERB_HINT,)  # its plural verb (``ExtraRule.hints``)
    examples = (
        (
            "TOMAS BREL, 57 YEARS OLD, AND ANA RUIZ, 48, WERE STABBED TO DEATH IN ORSK.",
            {"category": "killed", "min": 1, "figure_text": "ANA RUIZ"},
        ),
        (
            "Police said Mayor Ana Ruiz, a teacher, and her driver were killed.",
            {"category": "killed", "min": 1, "group": "driver"},
        ),
        # a name next to the verb is CB12's; the one before it is one more
        ("Ana Ruiz and Ivo Sarn died in the fire.", {"figure_text": "Ana Ruiz"}),
        (
            # a description of the pair as a group, and a participle joined to the cue
            "Tomas Brel and Ivo Sarn, members of the ferry crew, were seized and later killed.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Sarn"},
        ),
    )
    counter_examples = (
        "Tomas Brel, 57 years old, and Ana Ruiz, 48, were married in Orsk.",
        "Two soldiers and three civilians were killed.",
        # what lies between the list and the verb is no group of people
        "Tomas Brel and Ivo Sarn, in a statement on the ferry, were blamed.",
        # a harm to careers, not bodies
        "Tomas Brel, the mayor, and Ana Ruiz, his deputy, were wounded politically by the vote.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if figurative_harm(sent.text, sent.low):
            return []  # "Tomas Brel, the mayor, and Ana Ruiz were hurt politically"
        # CB12 reads only the name next to the verb ("Ana Ruiz and Ivo Sarn died": Ivo Sarn);
        # the list is read whole here, and that name is not counted twice.
        named = {b.figure.start for b in found if b.rule == NamedVictim.code}
        others = [b for b in found if b.rule != NamedVictim.code]
        return [b for b in joined_subjects(sent, others) if b.figure.start not in named]
