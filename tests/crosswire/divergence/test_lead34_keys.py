"""Key figures the thirty-fourth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first count a toll grew from is no update of it
        (
            "At least 17 people have died after drinking tainted gin in Marlo district, "
            "health officials said on Tuesday.\n\nThe toll has climbed steadily since the "
            "first four deaths were reported on Friday.",
            (17, 0),
        ),
        # a toll that rose to a figure is still the latest
        (
            "Nine people died in the blaze, police said.\n\nThe toll rose to 11 on Monday "
            "after two of the injured died.",
            (11, 0),
        ),
    ],
)
def test_the_first_count_is_no_update(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
