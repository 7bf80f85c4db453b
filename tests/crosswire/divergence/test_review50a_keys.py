"""Key figures review50a mended, each with counter-examples that stay. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import wounded_total
from tests.crosswire.divergence.factory import analysed


def _wounded(text: str) -> float | None:
    return wounded_total(analysed("Ledger", text))


_BLAST = "A gas explosion tore through a covered market in Sella on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f'{_BLAST}"We took in 17 injured patients overnight," a nurse at the district'
            " hospital said. The ministry said 58 people were injured in all.",
            58,
        ),
        (
            f"{_BLAST}Our burns ward had admitted 12 injured traders by noon, a surgeon said."
            " Officials later said 40 people had been hurt.",
            40,
        ),
        # counter-examples: the intake alone, and a later count that is its part
        (f'{_BLAST}"We took in 17 injured patients overnight," a nurse said.', 17),
        (
            f"{_BLAST}The ministry said 58 people were injured. Of them, 17 were taken to the"
            " district hospital.",
            58,
        ),
    ],
)
def test_one_wards_intake_gives_way_to_the_whole(text: str, expected: float) -> None:
    assert _wounded(text) == expected
