"""Key figures of the readings review52a mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier period's count after the outbreak's own toll is no addend of it
        (
            "A measles outbreak is spreading in Marro. Measles has killed 86 children in Marro"
            " this year and 72 the year before that.",
            (86, 0),
        ),
        (
            "A cholera outbreak has spread through Dossa. Cholera has killed 40 people in the"
            " valley this year, and 55 the year before.",
            (40, 0),
        ),
        # counter-example: two places' counts of one day still add up
        ("Gunmen killed 12 villagers in Orra on Monday and 19 in Tessa on Tuesday.", (31, 0)),
    ],
    ids=["year-before-that", "year-before", "two-places"],
)
def test_an_earlier_period_count_is_no_addend(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
