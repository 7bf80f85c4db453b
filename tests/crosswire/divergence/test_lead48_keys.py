"""Key figures after the forty-eighth session's changes. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def _total(text: str, category: str) -> float | None:
    total = category_total(analysed("Ledger", text), category)
    return None if total is None else total.stated


def test_those_in_intensive_care_are_a_part_of_the_hurt_beside_them() -> None:
    text = (
        "Twenty-two climbers were taken to the clinic at Vask, where a doctor said six were"
        " in intensive care."
    )
    assert _total(text, "wounded") == 22


def test_a_care_count_alone_stays_the_toll() -> None:
    assert _total("A spokeswoman said five people remained in intensive care.", "wounded") == 5


def test_more_bodies_found_are_among_the_toll_told_beside_them() -> None:
    text = (
        "Nine workers died when the tunnel flooded, the firm said on Monday, after divers"
        " found three more bodies."
    )
    assert _total(text, "killed") == 9


def test_more_bodies_alone_are_counted() -> None:
    assert _total("Divers found three more bodies in the lake on Friday.", "killed") == 3


def test_enemy_losses_still_give_way_in_their_sentence() -> None:
    assert (
        _total(
            "Four police officers and nine insurgents died in the raid, the army said.", "killed"
        )
        == 4
    )


def test_an_outbreaks_toll_since_january_is_the_news() -> None:
    text = (
        "Measles has killed 37 children in Velka province since February, the health office"
        " said on Monday. Eleven of the dead were under a year old."
    )
    assert _total(text, "killed") == 37


def test_a_citys_homicides_since_january_stay_background() -> None:
    text = (
        "A gunman killed two men outside a bar in Orme on Friday. Since January, 14 people"
        " have been shot dead in the city."
    )
    assert _total(text, "killed") == 2


def test_an_outbreaks_figure_of_last_year_stays_background() -> None:
    text = (
        "Measles has killed 37 children in Velka province since February, the health office"
        " said. The disease killed 12 children there last year."
    )
    assert _total(text, "killed") == 37
