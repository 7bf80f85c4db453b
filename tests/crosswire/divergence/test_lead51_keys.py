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
