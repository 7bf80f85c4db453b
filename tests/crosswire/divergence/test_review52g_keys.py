"""Key figures around review52g's readings (issue 9). Every sentence is invented."""

from __future__ import annotations

from tests.crosswire.divergence.factory import key_figures


def test_a_part_after_and_that_counts_as_the_part_after_and() -> None:
    lead = "Shelling hit a market in Vask on Monday. Vesna Hadrik, a doctor, said at least 12 "
    plain = key_figures(lead + "of the dead were farmers, and five were teachers.")
    that = key_figures(lead + "of the dead were farmers, and that five were teachers.")
    assert that == plain == (17, 0)


def test_a_part_after_and_that_leaves_a_stated_toll_the_key() -> None:
    text = (
        "Shelling hit a market in Vask on Monday, killing 31 people. Vesna Hadrik, a doctor, "
        "said at least 12 of the dead were farmers, and that five were teachers."
    )
    assert key_figures(text) == (31, 0)


def test_a_part_of_a_hospitals_intake_leaves_the_intake_the_key() -> None:
    text = (
        "A gas blast tore through a flour mill in Vask on Monday. The district clinic reported "
        "treating 43 of the injured, among them 12 pupils."
    )
    assert key_figures(text) == (0, 43)
