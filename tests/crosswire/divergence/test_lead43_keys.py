"""Key figures after the forty-third session's rules. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def test_the_key_is_the_new_toll_not_the_old_one_in_its_aside() -> None:
    text = "The toll, which had stood at 17 on Monday, rose to 31, the agency said."
    assert category_total(analysed("Ledger", text), "killed").stated == 31


def test_the_key_is_the_new_toll_after_raising_a_toll_that_had_stood() -> None:
    text = (
        "Twenty people were killed when a lorry hit the queue, the county police said, "
        "raising a count that had been at 15 at noon."
    )
    assert category_total(analysed("Ledger", text), "killed").stated == 20


def test_the_key_is_the_last_value_of_a_series() -> None:
    text = "The toll rose to 18 by noon, then 23 by nightfall, the council said."
    assert category_total(analysed("Ledger", text), "killed").stated == 23


def test_the_key_of_a_series_without_a_toll_word_is_its_last_value() -> None:
    text = "Eight were reported killed, then 12 by evening, then 19 by Friday, police said."
    assert category_total(analysed("Ledger", text), "killed").stated == 19


def test_an_addition_after_then_is_no_new_toll() -> None:
    text = "The toll climbed to 31 on Monday, then 5 more on Tuesday, the council said."
    assert category_total(analysed("Ledger", text), "killed").stated == 31
