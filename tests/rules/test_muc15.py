"""MUC-4 round 15: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def counts(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty soldiers from two battalions were killed in the offensive.", [("killed", 40)]),
        ("30 MARINES FROM 3 COMPANIES WERE WOUNDED NEAR THE PORT.", [("wounded", 30)]),
        ("Troops from two brigades killed 14 rebels.", [("killed", 14)]),
        # a place still reads as before
        ("Six officers from three police stations were wounded.", [("wounded", 6)]),
    ],
)
def test_units_after_a_count_of_people_are_no_victims(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected
