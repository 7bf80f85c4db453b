"""An act that left its object with wounds: the object was wounded, not killed.

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two robbers stabbed three ferrymen on the quay, inflicting head wounds.",
            [("wounded", 3)],
            id="inflicting-head-wounds",
        ),
        pytest.param(
            "Gunmen shot three guards at the Kessel depot, causing serious injuries.",
            [("wounded", 3)],
            id="causing-serious-injuries",
        ),
        pytest.param(
            "Masked men shot four farmers, leaving them seriously wounded.",
            [("wounded", 4)],
            id="leaving-them-wounded",
        ),
        pytest.param(
            "Masked men shot four farmers, causing fatal wounds.",
            [("killed_or_wounded", 4)],
            id="fatal-wounds-are-no-survival",
        ),
        pytest.param(
            "Gunmen shot two soldiers, causing injuries to five civilians.",
            [("killed_or_wounded", 2), ("wounded", 5)],
            id="injuries-to-others",
        ),
        pytest.param(
            "Gunmen shot three guards and fled toward Orme.",
            [("killed_or_wounded", 3)],
            id="fate-untold",
        ),
    ],
)
def test_wounds_left(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected
