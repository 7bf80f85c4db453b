"""Key figures review49a mended, each with a counter-example that stays. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import analysed


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


_LONG_CLAUSE = (
    " on Tuesday when a gallery collapsed at the Marl colliery in the hills north of the"
    " provincial capital after days of heavy rain"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Three miners were killed{_LONG_CLAUSE}, and a fourth died later in hospital.", 4),
        (f"Five miners were killed{_LONG_CLAUSE}; a sixth later died of his injuries.", 6),
        # counter-example: another count between, and the ordinal is of no fate beside it
        (
            f"Three miners were killed{_LONG_CLAUSE}, where 12 rescuers had worked, and a fourth"
            " died later.",
            3,
        ),
    ],
)
def test_a_toll_and_its_ordinal_past_a_long_clause(text: str, expected: float) -> None:
    assert _killed(text) == expected
