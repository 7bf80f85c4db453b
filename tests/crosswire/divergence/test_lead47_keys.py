"""Key figures after the forty-seventh session's rules. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def _wounded(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "wounded")
    return None if total is None else total.stated


def test_those_still_admitted_are_a_part_of_the_hurt() -> None:
    text = (
        "Eleven people were hurt when the ferry listed in the storm off Kesh. Eight were"
        " discharged on Monday, and three remain admitted."
    )
    assert _wounded(text) == 11
