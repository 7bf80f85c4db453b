"""CB25: the victims after "the death of", "the killing of", "the murder of"."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.shared_possessive import shared_possessive
from rules.claims.victims import listed_victims, of_cues, one_victim


class VictimOf(ExtraRule):
    """CB25 · A person after "the murder of", "the killing of" or "the death of" is one victim.

    One person picked out by a determiner ("a shopkeeper", "his nephew", "the mayor's
    driver") or by an age ("a 19-year-old", and with no determiner before a name or a person
    noun: "the shooting death of 9-month-old Mia Dorn"; a lone person noun in a headline:
    "fatal shooting of teen"); a list with an "a ..." person counts each
    ("the killing of a farmer and his daughter" is two). The lexicon and the principle are
    in ``rules.claims.victims``: a bare "the" ("the death of the victim") is left out.
    """

    code = "CB25"
    words = (" of ",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("Deputies arrested Kell in the slaying of a 19-year-old.", {"min": 1}),
        ("Police are investigating the killing of his nephew.", {"group": "nephew"}),
        ("Police are investigating the murder of the mayor's driver.", {"group": "driver"}),
        (
            "Residents condemned the murder of a shopkeeper in Kessel.",
            {"category": "killed", "min": 1, "group": "shopkeeper"},
        ),
        (
            "A man was charged in the shooting death of 9-month-old Mia Dorn.",
            {"category": "killed", "min": 1, "max": 1},
        ),
        ("Two teens were arrested in the fatal shooting of 15-year-old girl.", {"group": "girl"}),
        # headline English: a lone person noun with no determiner
        ("Man charged in killing of local teen", {"category": "killed", "group": "teen"}),
        (
            "THE KILLING OF A FARMER AND HIS TEENAGE DAUGHTER SHOCKED THE VALLEY.",
            {"category": "killed", "min": 1, "group": "TEENAGE DAUGHTER"},
        ),
        # a second bare noun shares the possessive (round 8)
        ("He was charged in the deaths of his wife and stepson.", {"group": "stepson"}),
    )
    counter_examples = (
        "The death of a 40-year-old law was mourned by no one.",
        "She spoke of the deaths of a generation of farmers.",
        "The death of a dream is hard to bear.",
        "The killing of a bill in the senate angered the union.",
        "Police are investigating the death of the victim.",
        "The death of officer morale worried the chief.",
        "The collapse and death of 40-year-old trees worried the Orme council.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        bindings: list[Binding] = []
        for cue in of_cues(sent.text, sent.cues):
            listed = listed_victims(sent.text, cue, taken)
            taken.update(b.figure.start for b in listed)
            one = None if listed else one_victim(sent.text, cue, taken)
            bindings.extend(listed if one is None else [*listed, one])
            second = None if one is None else shared_possessive(sent.text, one)
            if second is not None and second.figure.start not in taken:
                bindings.append(second)  # "the deaths of his wife and daughter"
        return bindings
