"""Key figures the thirty-fifth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.armies import claimant_side, named_side, same_side

from .factory import analysed
from .factory import key_figures as figures

_CLASH = "Border fighting flared again on Tuesday between Dravia and Koreshia.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two armies, each naming its own dead by a demonym
        (
            _CLASH + "Four Dravian soldiers were killed in the shelling of an outpost near "
            "Velk, the Dravian defence ministry said.\n\nKoreshia's army said two Koreshi "
            "soldiers died when a mortar round hit their trench.",
            (6, 0),
        ),
        # through a possessive: "its soldiers" are the claimant's
        (
            _CLASH + "The Dravian defence ministry said four of its soldiers were killed in "
            "the shelling of an outpost near Velk.\n\nKoreshia's army said two of its soldiers "
            "died when a mortar round hit their trench, and claimed its gunners had killed "
            "30 Dravian troops.",
            (6, 0),
        ),
    ],
)
def test_each_army_adds_its_own_dead(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one side's count of the other side's men: a claim of enemy losses
        "Four Dravian soldiers were killed near Velk, the Dravian defence ministry said.\n\n"
        "Twelve Koreshi soldiers were killed in the exchange, the Dravian defence ministry said.",
        # a rival count of the same side's dead
        "Four Dravian soldiers were killed near Velk, the Dravian defence ministry said.\n\n"
        "The Koreshi army said 12 Dravian soldiers died.",
        # the first count names no side: nothing tells the two apart
        "Four soldiers were killed near Velk, the army said.\n\nTwo Koreshi soldiers died in "
        "the exchange, a local official said.",
        # the other army's dead in another clash
        "Four Dravian soldiers were killed near Velk, the ministry said.\n\nLast month, two "
        "Koreshi soldiers died in a clash on the same ridge.",
    ],
)
def test_no_other_army_is_added(text: str) -> None:
    assert figures(text) == (4, 0)


def test_sides_are_named_by_demonym_or_claimant() -> None:
    assert same_side("koreshi", "koreshia") and not same_side("dravia", "koresh")
    found = analysed(
        "Wire",
        "Four Dravian soldiers were killed, officials said.\n\nKoreshia's army said "
        "two of its soldiers died.",
    )
    sides = {c.stated: named_side(c) for c in found.claims}
    assert sides == {4: "dravia", 2: "koreshia"}
    assert [claimant_side(c) for c in found.claims] == [None, "koreshia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first report's count held the one who has died since
        (
            "A nurse who was stabbed in the ward on Monday died in hospital on Wednesday, "
            "police said.\n\nPolice had said on Monday evening that seven people were hurt in "
            "the attack: five patients, the nurse and a porter.",
            (1, 6),
        ),
        # a count of others, or one told beside the death, is today's
        (
            "A nurse who was stabbed in the ward on Monday died in hospital on Wednesday, "
            "police said.\n\nPolice had said on Monday that six other people were hurt.",
            (1, 6),
        ),
        (
            "A nurse who was stabbed in the ward on Monday died in hospital on Wednesday, "
            "police said.\n\nSeven people were hurt in the attack.",
            (1, 7),
        ),
    ],
)
def test_one_who_died_since_leaves_the_first_count(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first review's sentences: one side named two ways is one side
        (
            "Four Lebanese soldiers were killed in the shelling, the Lebanese army said.\n\n"
            "Lebanon's army said later that six of its soldiers had died.",
            (4, 0),
        ),
        # "their" stands for the forces just named, not the claimant
        (
            "Four Dravian soldiers were killed in the shelling, Dravia's army said.\n\n"
            "Koreshia's army said Dravian forces tried to storm the ridge and that 20 of "
            "their soldiers were killed.",
            (4, 0),
        ),
        # the one who died since was not of the counted group, or an attacker
        (
            "A nurse who was stabbed in the ward on Monday died in hospital on Wednesday, "
            "police said.\n\nPolice had said on Monday that seven patients were hurt.",
            (1, 7),
        ),
        (
            "A suspect who was shot by officers at the scene died in hospital on Wednesday."
            "\n\nPolice had said on Monday that seven people were hurt in the stabbing.",
            (1, 7),
        ),
        (
            "A nurse who was stabbed in the ward on Monday died in hospital on Wednesday, "
            "police said.\n\nPolice had said that a further seven people were hurt.",
            (1, 7),
        ),
    ],
)
def test_review35a_keys(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
