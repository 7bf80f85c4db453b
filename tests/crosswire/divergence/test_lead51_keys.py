"""Key figures the fifty-first session's lead fixed. Every sentence is invented."""

from __future__ import annotations

from tests.crosswire.divergence.factory import key_figures


def test_a_toll_raised_from_an_old_value_stays_raised_past_a_later_clause() -> None:
    text = (
        "Eleven people have died after a warehouse collapsed in the port on Friday, the fire "
        "service said. Crews recovered three more bodies late on Friday, raising the toll "
        "from eight, and up to 9 workers were still unaccounted for, a commander said."
    )
    assert key_figures(text) == (11, 0)


def test_the_hurt_among_the_rescued_are_the_wounded_key() -> None:
    text = (
        "A fire swept through a ferry off the coast on Tuesday. The navy said 180 passengers "
        "had been rescued, 40 of them with burns, and that seven of those were in a critical "
        "condition."
    )
    assert key_figures(text)[1] == 40
