"""Key figures after the forty-ninth session's changes. Every sentence is invented."""

from __future__ import annotations

from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.whole import whole_and_count
from tests.crosswire.divergence.factory import analysed


def _total(text: str, category: str) -> float | None:
    total = category_total(analysed("Ledger", text), category)
    return None if total is None else total.stated


def test_a_smaller_count_with_no_group_is_a_part_of_the_named_group() -> None:
    text = (
        "The bus company said on Monday that 33 travellers were injured, five of them"
        " seriously, and that 27 had been taken to hospitals in Kest and Varo."
    )
    assert _total(text, "wounded") == 33


def test_people_stay_the_whole_of_a_smaller_group() -> None:
    assert _total("Twelve people were hurt, five of them children, police said.", "wounded") == 12


def test_named_groups_still_add_up() -> None:
    text = "Six children and two teachers were killed when the roof fell in, officials said."
    assert _total(text, "killed") == 8


def test_whole_and_count() -> None:
    assert whole_and_count({"people": 12, "children": 5}) == (12, 12)
    assert whole_and_count({"people": 7, "soldiers": 4, "civilians": 6}) == (None, 10)
    assert whole_and_count({"soldiers": 4, "civilians": 6}) == (None, 10)


def test_a_toll_raised_from_its_old_value_by_the_dead_added() -> None:
    text = "Divers recovered three more bodies on Friday, raising the toll from eight, police said."
    assert _total(text, "killed") == 11


def test_a_toll_raised_from_its_old_value_to_a_new_one_told() -> None:
    text = "Two more people died overnight, raising the toll from 12 to 14, officials said."
    assert _total(text, "killed") == 14
    assert _total("Two more people died overnight, taking the toll from 12 to 14.", "killed") == 14


def test_a_lowered_toll_is_no_sum() -> None:
    text = "Two more people died in hospital, lowering the toll from 12, officials said."
    assert _total(text, "killed") == 2


def test_a_larger_count_told_apart_as_the_lead_and_one_more() -> None:
    text = (
        "Three engineers were killed and five wounded when their convoy hit a mine, the army"
        " said. A mission spokesman put the number of wounded at six: the five engineers and"
        " a driver who was travelling with them."
    )
    assert _total(text, "wounded") == 6


def test_a_larger_count_that_does_not_add_up_is_not_told_apart() -> None:
    text = (
        "Three engineers were killed and five wounded when their convoy hit a mine, the army"
        " said. A mission spokesman put the number of wounded at six: the five engineers and"
        " two drivers."
    )
    assert _total(text, "wounded") == 5


def test_a_superlative_since_an_event_of_a_past_year_dates_no_figure() -> None:
    text = (
        "Shells killed at least 17 villagers and wounded 46 on Sunday, officials said, the"
        " fiercest fighting in the valley since a truce was agreed in 2021."
    )
    assert _total(text, "wounded") == 46
    assert (
        _total("In 2021, 40 people were killed in the shelling, the council said.", "killed")
        is None
    )
    # an earlier event named by its year keeps its own toll out of the key
    text = (
        "The blaze is the worst in the hills since the 2011 Orme fires, in which nine people died."
    )
    assert _total(text, "killed") is None


def test_an_earlier_account_of_the_hurt_less_those_who_died_since() -> None:
    lead = (
        "At least 8 people have died after a ferry caught fire off Marlo on Sunday, the harbour"
        " master said on Monday, raising the toll from six after two of the injured died in"
        " hospital."
    )
    earlier = " The ferry operator had said earlier in the day that 52 passengers were hurt."
    assert _wounded(lead + earlier) == 50
    # told with no word of an earlier account, the count may be today's
    assert _wounded(lead + " The ferry operator said 52 passengers were hurt.") == 52


def _wounded(text: str) -> float | None:
    return wounded_total(analysed("Ledger", text))


def test_one_of_the_hurt_picked_out_by_their_number_who_died_is_no_longer_hurt() -> None:
    text = (
        "Six workers died when the tunnel flooded on Monday, the company said. Fourteen of the"
        " rescued workers were taken to hospital in Varo. One of the 14, a 50-year-old welder,"
        " died of his injuries on Tuesday night, the company said."
    )
    assert _wounded(text) == 13
    other = text.replace("One of the 14, a 50-year-old welder,", "One of the 30 men on the shift")
    assert _wounded(other) == 14


def test_a_heat_waves_tally_since_it_began_is_the_news() -> None:
    text = (
        "A heat wave has killed 120 people across the south of the country, the health ministry"
        " said on Monday. Hospitals have admitted 1,400 people with heat-related illness since"
        " July 2, 90 of whom were put in intensive care, the ministry's figures showed."
    )
    assert _wounded(text) == 1400
    # a tally of another kind beside a heat wave stays background
    other = (
        "A heat wave hit the city on Monday. Since January, 40 people have been shot in the city."
    )
    assert _total(other, "killed") is None
