"""CB75: single people with a determiner of their own listed in the object of a killing."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.object_list import listed_persons
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import figurative_harm


class ListedPersons(ExtraRule):
    """CB75 · In a list closed by "and" right after a casualty cue that takes an object, each
    person told by a noun with "the", "another" or a possessive is one victim, when the list
    holds two or more such people: "gunmen killed the mayor, his driver and a bodyguard" is
    3 × killed 1; "the murders of the three aid workers, their driver and a translator" is
    also 1 and 1 beside the 3. A count listed among them that no other rule binds is
    killed too: "shot dead the headman, his wife and their three sons" is also 3. A name may
    open the list: "killed Colonel Ruiz, his driver and three guards" is also 1 for the driver
    (the name and the count are CB14's and CB02's).
    """

    code = "CB75"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Gunmen killed the mayor of Orsk, his driver and a bodyguard on Monday.",
            {"category": "killed", "min": 1, "group": "mayor"},
        ),
        (
            "THE ENVOY CONDEMNED THE MURDERS OF THE MONKS, THEIR PILOT, AND THE PILOT'S YOUNG SON.",
            {"category": "killed", "min": 1, "group": "YOUNG SON"},
        ),
        (
            "The court heard of the killings of a judge, another judge and the port's harbour"
            " pilot.",
            {"category": "killed", "min": 1, "group": "harbour pilot"},
        ),
        (
            # a count after a single with an "of" phrase (CB02 reads one after a bare single)
            "Militiamen shot dead the headman of Lusk, his wife and their three sons at dawn.",
            {"category": "killed", "min": 3, "group": "sons"},
        ),
    )
    counter_examples = (
        # the list is the subject of a clause of its own
        "After the killing of the mayor, his driver and a guard were arrested.",
        # the rest of the list details the first count
        "The murder of three herders, two brothers and their father, was never solved.",
        # a passive verb takes no object: the list is someone else's
        "Two soldiers were killed, the mayor and the governor said.",
        # no closing "and": the comma may open a description
        "Gunmen killed the mayor, a former teacher.",
        # a count joined to one person is CB04's; an unborn child, for one, is often not
        # counted in the toll
        "The blast killed three teenagers and a baby not yet born.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if figurative_harm(sent.text, sent.low):
            return []  # "the reforms wounded the mayor, his deputy and a councillor politically"
        return listed_persons(sent, found)
