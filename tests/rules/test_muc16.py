"""MUC-4 round 16: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def victims(text: str) -> list[tuple[str, float | None, str]]:
    return sorted((c.category, c.min, c.figure_text) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE UNIONS CONDEMNED THE MURDER IN ORSK OF DOCK LEADERS TOMAS BREL AND ANA RUIZ.",
            [("killed", 1, "ANA RUIZ"), ("killed", 1, "DOCK LEADERS TOMAS BREL")],
        ),
        (
            "The assassination in Port Kessel of Senator Ana Ruiz shocked the capital.",
            [("killed", 1, "Senator Ana Ruiz")],
        ),
        ("The massacre in Orsk of 30 farmers was denied by the army.", [("killed", 30, "30")]),
        # a relative or partitive "of", or a compound preposition, is no victim's "of"
        ("There were 40 deaths in Kessel of which 12 were children.", [("killed", 40, "40")]),
        ("The massacre in Orsk of which the bishop spoke left 30 dead.", [("killed", 30, "30")]),
        ("A killing in memory of the victims of the war was staged.", []),
        ("The killing in front of the church of a priest was filmed.", []),
    ],
)
def test_a_place_between_the_killing_and_its_victims(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected
