"""Review 35 of the twentieth session's change: an official's press office or spokesman is
no news outlet. Every article is invented; each test fails without the fix it names."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.relayed import outlet_name
from tests.crosswire.divergence.test_headline_lead import titled


@pytest.mark.parametrize(
    "name",
    [
        "the government media office",
        "the army's media wing",
        "a media spokesman for the police",
        "police spokesman Tomas Post",
        "Police media relations officer Ana Sims",
    ],
)
def test_an_officials_press_office_or_spokesman_is_no_outlet(name: str) -> None:
    assert not outlet_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 people were killed in the strike on Dervan, the government media office "
        "said. Local residents said 24 people were killed.",
        "Thirty people were killed in the strike on Dervan, police spokesman Tomas Post said. "
        "Local residents said 24 people were killed.",
    ],
)
def test_an_officials_figure_is_not_passed_over_as_another_outlets(text: str) -> None:
    (key,) = key_figures(titled("Strike on Dervan", text)).values()
    assert key.stated == 30
