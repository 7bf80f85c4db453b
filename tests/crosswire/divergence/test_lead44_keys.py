"""Key figures after the forty-fourth session's rules. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def test_the_time_of_an_old_value_leaves_the_new_toll_the_key() -> None:
    text = "The toll rose to 58, up from 41 a week earlier, the health ministry said."
    assert category_total(analysed("Ledger", text), "killed").stated == 58


def test_the_time_of_an_old_value_in_an_aside_leaves_the_new_toll_the_key() -> None:
    text = "The death toll, down from 40 last week after a recount, stood at 31 on Sunday."
    assert category_total(analysed("Ledger", text), "killed").stated == 31


def test_a_toll_of_last_week_is_still_background() -> None:
    text = (
        "Nine people were hurt in the fire on Sunday. Last week 31 people were killed in a "
        "fire at a nearby market."
    )
    assert category_total(analysed("Ledger", text), "killed") is None


def test_the_new_toll_past_an_up_from_aside_is_the_key() -> None:
    text = "The toll, up from 12 on Friday, rose to 20, the agency said."
    assert category_total(analysed("Ledger", text), "killed").stated == 20


def test_an_old_value_with_a_thousands_comma_is_still_the_old_one() -> None:
    text = "The toll rose to 1,580, up from 1,200 a week earlier, the ministry said."
    assert category_total(analysed("Ledger", text), "killed").stated == 1580
