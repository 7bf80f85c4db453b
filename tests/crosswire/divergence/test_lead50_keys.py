"""Key figures after the fiftieth session's changes. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def _total(text: str, category: str) -> float | None:
    total = category_total(analysed("Ledger", text), category)
    return None if total is None else total.stated


def test_an_outbreaks_toll_since_the_start_of_a_month_is_the_news() -> None:
    text = (
        "Cholera has killed 52 people in Orvel province since the start of May, the health"
        " office said on Friday. Last year the province recorded 14 cholera deaths. Two"
        " nurses said 9 of the deaths were still being checked."
    )
    assert _total(text, "killed") == 52


def test_a_citys_homicides_since_the_start_of_a_month_stay_background() -> None:
    text = (
        "A man was shot dead outside a bar in Kell on Saturday, police said. The city has"
        " recorded 31 homicides since the start of March."
    )
    assert _total(text, "killed") == 1


def test_a_count_corrected_from_is_no_current_figure() -> None:
    text = (
        "Two guards were killed and six inmates wounded in a riot at Tolm prison, officials said"
        " on Friday, correcting an earlier count of 10 wounded given on Thursday."
    )
    assert _total(text, "wounded") == 6
