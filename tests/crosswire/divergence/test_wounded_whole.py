"""The wounded key figure: with nobody killed, every one of the shot was wounded."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total

from .factory import analysed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Six people were shot outside the Marlow Lanes bowling alley on Friday night. "
            "Four of them were taken to Saint Brede Hospital and two others reached an urgent "
            "care clinic on their own.",
            6,
        ),
        (
            "Police said five people were shot at a birthday party on Quarry Road. "
            "Two are in critical condition and the other three suffered minor injuries.",
            5,
        ),
        (
            "Four people were shot near the Orlin Street ferry landing. "
            "A cook and three customers were hospitalized, officers said.",
            4,
        ),
    ],
    ids=["taken-to-care", "condition-parts", "hospitalized-part"],
)
def test_with_no_death_all_the_shot_are_wounded(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # The death is told in the wounded count's own sentence: the rest were hurt.
        (
            "Four people were shot at the Pellam Street diner. "
            "Nora Velt died at the scene and three others were hurt.",
            3,
        ),
        # A killed figure anywhere in the article: the dead are among the shot.
        (
            "Five people were shot at the Vance Court apartments on Sunday. "
            "One man was killed and three others were injured, police said.",
            3,
        ),
        # More stated wounded than shot: the wounded count stands.
        (
            "Two men were shot at the gas station. Seven people were injured in the crash "
            "that followed the chase.",
            7,
        ),
    ],
    ids=["death-in-sentence", "killed-figure", "wounded-larger"],
)
def test_a_wounded_count_beside_a_death_stays(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


def test_a_tally_of_the_year_is_background() -> None:
    text = (
        "Two people were killed at the Harrow Street market on Sunday, police said. "
        "More than 300 people have been killed in the city this year."
    )
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 2


def test_a_tally_of_the_year_alone_gives_no_key_figure() -> None:
    text = "Gunfire has wounded over 400 residents of Dunmore this year, police said."
    assert wounded_total(analysed("Ledger", text)) is None


def test_a_ranking_this_year_is_no_background() -> None:
    text = "In the deadliest attack this year, gunmen killed 14 villagers in Orsk on Monday."
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 14


def test_a_clause_about_the_year_before_the_toll_is_no_background() -> None:
    text = "The storm, the strongest to hit the coast this year, killed 9 people, officials said."
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 9


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Gunfire at a Delmont Street block party left a man dead on Saturday. Six people "
            "who were shot are in hospital. Three more were hurt in the crush as the crowd "
            "ran, police said.",
            9,
        ),
        # Beside the dead, "more" adds to them: the sentence restates the toll.
        (
            "Six people were wounded at the Delmont Street block party, police said. "
            "One man died and six more were hurt, the chief said later.",
            6,
        ),
        # After a part, "more" adds to the part: both are of the count.
        (
            "Six people were wounded at the Delmont Street block party, police said. "
            "Four were taken to Saint Lioba Hospital. Two more went to a clinic.",
            6,
        ),
        # Only an exact count is added: "dozens more" or "at least two more" is no number
        # to sum with (review 25).
        (
            "Six people were wounded at the Delmont Street block party, police said. "
            "Dozens more were hurt in the crush as the crowd ran.",
            6,
        ),
    ],
    ids=["more-hurt-added", "more-beside-the-dead", "more-after-a-part", "vague-more"],
)
def test_more_hurt_in_the_next_count_add_to_the_wounded(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded
