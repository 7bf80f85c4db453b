"""Key figures the thirtieth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enemy a communique names as "terrorists" are its claim of their losses, no part
        # of the toll of its own side told in the same sentence
        (
            "Seven soldiers and 12 terrorists were killed in clashes in the north, the Joint "
            "Command said in a communique on Monday.",
            (7, 0),
        ),
        # ... and fighters counted by the army's division beside its own dead
        (
            "The Ninth Division said three soldiers were killed and four were wounded, and that "
            "six guerrillas were killed in the counterattack.",
            (3, 4),
        ),
        # a neutral count of both sides stays the sum
        (
            "Seven soldiers and 12 rebels were killed in clashes in the north on Monday.",
            (19, 0),
        ),
        # one side's fighters alone are that side's toll
        ("Twelve terrorists were killed in an army raid, the Joint Command said.", (12, 0)),
    ],
    ids=["branded-enemy", "division-fighters", "neutral-both-sides", "branded-alone"],
)
def test_key_figures(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
