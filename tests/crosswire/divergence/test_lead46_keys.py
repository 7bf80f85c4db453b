"""Key figures after the forty-sixth session's rules. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed
from tests.crosswire.divergence.factory import key_figures as figures


def _wounded(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "wounded")
    return None if total is None else total.stated


def test_a_part_of_a_witness_company_is_no_count_of_the_hurt() -> None:
    text = (
        "Eight people died when a night train came off the rails near Asby on Friday. By dawn"
        " the railway's count stood at eight dead and 40 injured, six of them critically."
        ' "Two of the five of us were badly hurt," said a passenger, Ilse Marr.'
    )
    assert _wounded(text) == 40


def test_a_count_of_the_hurt_told_by_a_witness_is_still_read() -> None:
    text = (
        "A gas blast tore through a block of flats in Orsk on Sunday."
        ' "Two of my neighbours were badly hurt," said a resident, Ilse Marr.'
    )
    assert _wounded(text) == 2


def test_a_later_whole_that_holds_the_count_chosen_is_the_key() -> None:
    text = (
        "Gunmen killed 16 civilians at a hotel in Orsk on Friday, and four soldiers were wounded"
        " in the assault, a government spokesman said. The director of the city hospital said"
        " 27 people were being treated for burns and broken bones, among them the four"
        " soldiers."
    )
    assert figures(text) == (16, 27)


def test_a_later_count_that_holds_no_earlier_one_leaves_the_lead() -> None:
    text = (
        "Gunmen killed 16 civilians at a hotel in Orsk on Friday, and four soldiers were wounded"
        " in the assault, a government spokesman said. The director of the city hospital said"
        " 27 people were being treated for shock."
    )
    assert figures(text) == (16, 4)
