"""Key figures review48b mended, each with a counter-example that stays. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from tests.crosswire.divergence.factory import analysed


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def _wounded(text: str) -> float | None:
    return wounded_total(analysed("Ledger", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three members of a family were killed when their car hit a lorry near Brenna, "
            "and a fourth died later in hospital, police said.",
            4,
        ),
        (
            "Three people were killed when their car hit a lorry near Brenna, and a fourth "
            "person died later in hospital.",
            4,
        ),
        (
            "Five peacekeepers were killed in the ambush near Brenna; a sixth later died of "
            "his wounds.",
            6,
        ),
        # counter-example: an ordinal below the count told beside it adds nothing
        ("Five people were shot at a party in Brenna, and a second victim died later.", 2),
    ],
)
def test_a_toll_told_by_the_ordinal_of_its_latest_death(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included four children and their teacher, officials said.", 5),
        ("The dead included two policemen and the village priest.", 3),
        # counter-examples: the list of a toll told beside it, and a part after "including"
        ("Twelve people were killed; the dead included two guards and their driver.", 12),
        ("A bomb killed 12 people in Orsk, including two guards and their driver.", 12),
    ],
)
def test_a_list_of_the_dead_opened_by_a_count(text: str, expected: float) -> None:
    assert _killed(text) == expected
