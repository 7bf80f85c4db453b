"""Key figures of the readings review51d mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import key_figures

from .factory import analysed
from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll changed from an old value told with its time: the new value is the key
        (
            "A ferry sank off Pella on Friday. The death toll has risen from 31 overnight to 33,"
            " the coastguard said.",
            (33, 0),
        ),
        (
            "Floods swept through Kessa on Monday, killing 12 people. The toll rose from 12 on"
            " Tuesday to 17.",
            (17, 0),
        ),
        # counter-example: no new value, the old one alone is no key
        ("A ferry sank off Pella on Friday. The toll rose from 31 overnight to a record.", (0, 0)),
    ],
    ids=["overnight", "on-a-weekday", "to-a-record"],
)
def test_a_timed_old_value_gives_way_to_the_new(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the toll told in the next sentence is neither the key nor an addend
        (
            "An air raid killed 20 people in Tamo on Monday. Seven were children, the council"
            " said.",
            (20, 0),
        ),
        (
            "The bombing in Arla killed 30 people. At least four of the victims were women,"
            " police said.",
            (30, 0),
        ),
        ("The depot blast wounded 22 people. Five were soldiers, the army said.", (0, 22)),
        (
            "Gunmen killed 14 villagers in Orra on Sunday. Six were women and four were"
            " children, the governor said.",
            (14, 0),
        ),
        # counter-example: those arrested are no part of the dead
        ("The bombing in Arla killed 30 people. Seven were arrested later.", (30, 0)),
    ],
    ids=["children", "at-least-women", "wounded", "women-and-children", "arrested"],
)
def test_a_part_told_after_its_toll_keeps_the_whole(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


def test_a_part_told_after_its_toll_is_no_key_of_its_own() -> None:
    findings = analysed(
        "Ledger", "An air raid killed 20 people in Tamo on Monday. Seven were children."
    )
    assert [(key, claim.stated) for key, claim in key_figures(findings).items()] == [
        (("killed", "people"), 20)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Lusa, 29 people were poisoned by the bootleg gin, officials said.", (0, 29)),
        # the blinded are a part of the poisoned beside them: the whole is the key
        (
            "Nurses in Tarn cared for 19 people poisoned by the palm spirit, five of them blinded.",
            (0, 19),
        ),
        # counter-examples: the dead of poisoning, a well poisoned
        ("Seven people died of poisoning after a wedding feast in Ama.", (7, 0)),
        ("The village well was poisoned, residents said.", (0, 0)),
    ],
    ids=["poisoned", "blinded-part", "died-of-poisoning", "well"],
)
def test_the_poisoned_are_the_hurt_key(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bus crashed on the Kerro pass on Sunday. The regional hospital admitted 27"
            " passengers.",
            (0, 27),
        ),
        # one hospital's intake gives way to the larger count of the hurt
        (
            "A bus crashed on the Kerro pass on Sunday, injuring 40 people. The regional"
            " hospital admitted 27 passengers.",
            (0, 40),
        ),
        ("The regional hospital admitted 30 students to its nursing course.", (0, 0)),
    ],
    ids=["intake", "larger-count", "nursing-course"],
)
def test_a_place_of_care_as_subject_keys(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
