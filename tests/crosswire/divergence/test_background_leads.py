"""A lead that opens with an earlier time of the month tells the article's own news."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total

from .factory import analysed


def test_a_lead_opening_earlier_in_the_month_is_the_news() -> None:
    # the articles of these tests are dated 2 March 2026
    text = (
        "Earlier in March, a gunman killed three people at a bakery in Orme, police said. "
        "Police arrested a suspect on Monday."
    )
    assert _killed(text) == 3


def test_a_later_sentence_earlier_in_the_month_stays_background() -> None:
    text = (
        "A man was killed by a falling tree near Orme on Sunday, rangers said. Earlier in "
        "March, two hikers were killed by a rockfall above the Brell pass."
    )
    assert _killed(text) == 1


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def test_a_figure_of_a_report_taken_back_is_no_key_figure() -> None:
    text = (
        "No one was killed in the blast at the Orme depot, police said, correcting an "
        "earlier report that two workers had died."
    )
    assert _killed(text) == 0


def test_a_toll_updated_with_since_and_a_river_that_fell() -> None:
    text = (
        "Police arrested a man on Tuesday in the shooting that killed two men on Elm Street "
        "last month. The death toll has since risen to three."
    )
    assert _killed(text) == 3
    text = (
        "The death toll from the flood rose to 40 on Tuesday. On Monday, the toll rose to 25 "
        "as the river fell."
    )
    assert _killed(text) == 40
