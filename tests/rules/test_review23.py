"""Review 23 of rules-gva11's CB19: a bare "both" that died after a pair of things is no one.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _killed(text: str) -> list[tuple[str, float | None]]:
    return [(c.rule, c.min) for c in analyze(text).claims if c.category == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm knocked out two generators at Orme Hospital; both died within minutes.",
        "Two pumps at the Kessel plant stalled in the heat, and both died before noon.",
    ],
    ids=["generators", "pumps"],
)
def test_both_of_two_things_is_no_one(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A man and a woman were shot on Pell Road at 2 a.m. Both died at a hospital.",
        "Ivo Sarn and Tod Vance were shot on Pell Road. Both died at a hospital.",
        "Police said a man and his son were shot in their car; both died at the scene.",
    ],
    ids=["time-2-am", "two-names", "man-and-son"],
)
def test_both_of_two_people_still_died(text: str) -> None:
    assert ("CB19", 2) in _killed(text)
