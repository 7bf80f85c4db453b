"""CB79: single people listed as the subject of a plural casualty verb, mixed or with
semicolons."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import figurative_harm
from rules.claims.subject_list import PLURAL_VERB_HINT, listed_subjects


class ListedSubjects(ExtraRule):
    """CB79 · In a list closed by "and" right before a plural casualty verb, each single
    person told by a noun with an article or a possessive, or by a name, is one victim when
    the list mixes the two or holds three or more: "a ferry clerk, a harbour pilot and farmer
    Ana Ruiz were killed" is 3 × killed 1; items set off by semicolons may carry a
    description ("his son, Tomas; Ivo Lant, the port secretary; and guard Emil Kron").
    """

    code = "CB79"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    hints = (PLURAL_VERB_HINT,)  # its plural verb (``ExtraRule.hints``)
    examples = (
        (
            "A ferry clerk, a harbour pilot and farmer Ana Ruiz were killed on Monday.",
            {"category": "killed", "min": 1, "group": "harbour pilot"},
        ),
        (
            "A FERRY CLERK, A HARBOUR PILOT, AND FARMER ANA RUIZ WERE KILLED.",
            {"category": "killed", "min": 1, "group": "FERRY CLERK"},
        ),
        (
            "His son, Tomas; Ivo Lant, the port secretary; and guard Emil Kron were also killed.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Lant"},
        ),
        (
            "Tomas Brel, a candidate for mayor of Kessel, and his cousin Ivo Lant were shot dead.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Lant"},
        ),
        (
            "Three lawyers, a judge and clerk Ana Ruiz were killed in the courthouse blast.",
            {"category": "killed", "min": 3, "group": "lawyers"},
        ),
        # a pair with one told of before: the one who opened fire is a death of his own
        ("A deputy and the gunman were killed.", {"category": "killed", "group": "gunman"}),
        # "the driver" is someone told of before, by the design above: only the passenger is
        # a new victim here (killed 1), though the pair of them is two
        ("The driver and a passenger were killed.", {"category": "killed", "group": "passenger"}),
    )
    counter_examples = (
        # a harm to careers, not bodies
        "The mayor, Tomas Brel; his deputy, Ivo Lant; and councillor Ana Ruiz were hurt "
        "politically by the vote.",
        # not a casualty
        "A ferry clerk, a harbour pilot and farmer Ana Ruiz were arrested.",
        # people told of before, with "the"
        "The ferry clerk and the harbour pilot had been murdered.",
        # the list is the object of another verb
        "Rebels seized a ferry clerk, a pilot and a cook, who were killed later.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if figurative_harm(sent.text, sent.low):
            return []  # "the mayor, his deputy and a councillor were hurt politically"
        return listed_subjects(sent, found)
