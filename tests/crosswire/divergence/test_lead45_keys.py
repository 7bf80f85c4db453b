"""Key figures after the forty-fifth session's rules. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def test_a_toll_set_again_by_it_is_the_key() -> None:
    text = (
        "Shelling killed at least 12 civilians in the town of Orsk on Saturday, the governor"
        " said. By Sunday morning he raised it to 16."
    )
    assert _killed(text) == 16


def test_a_change_in_the_past_perfect_below_the_lead_is_an_earlier_hour() -> None:
    text = (
        "Floodwater has killed at least 31 villagers along the Ravna, the district chief said"
        " on Thursday. His office first counted 12 dead on Tuesday and had revised it up to 20"
        " by Wednesday evening."
    )
    assert _killed(text) == 31


def test_a_change_in_the_past_perfect_above_the_lead_is_still_the_key() -> None:
    text = (
        "Floodwater has killed at least 12 villagers along the Ravna, the district chief said."
        " By Thursday his office had revised it up to 20."
    )
    assert _killed(text) == 20


def test_a_toll_lowered_in_the_past_perfect_is_still_the_key() -> None:
    text = (
        "The ministry said on Tuesday that 40 people had died in the floods. By Wednesday it"
        " had revised that down to 33."
    )
    assert _killed(text) == 33


def test_a_lowered_toll_in_another_clause_leaves_a_past_perfect_rise_earlier() -> None:
    text = (
        "Floodwater killed at least 31 villagers, the district chief said on Thursday. The toll"
        " had risen to 20 by Wednesday but officials cut it to 18 after a recount."
    )
    assert _killed(text) == 31
