"""Readings the fortieth session's lead added. Every sentence is invented.

Claims: a death toll's count noun names the dead by their role ("the number of workers killed
in the fire has risen to 15"), from a list of people, not any plural.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of workers killed in the fire at the Relin spinning mill has risen to "
            "15, the labour ministry said.",
            [("killed", 15, "workers")],
        ),
        ("The number of pilgrims dead rose to 31 on Sunday.", [("killed", 31, "pilgrims")]),
        (
            "The number of fishermen killed on the lake this year stands at 12.",
            [("killed", 12, "fishermen")],
        ),
        # not any plural: things are not the dead
        ("The number of projects killed by the budget cuts rose to 15.", []),
    ],
    ids=["workers", "pilgrims", "fishermen", "projects"],
)
def test_a_toll_count_noun_names_the_dead_by_role(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected
