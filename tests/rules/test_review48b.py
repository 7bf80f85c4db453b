"""Readings review48b mended, each with a counter-example that stays. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare ordinal of a later death is the toll it makes
        ("A fourth died later in hospital, police said.", [("killed", 4)]),
        ("A second later died of her wounds.", [("killed", 2)]),
        # counter-examples: a fraction of a group, and an ordinal of no death
        ("Of the 90 sheep on the farm, a third died of the cold.", []),
        ("A second arrived later at the hospital.", []),
    ],
)
def test_a_bare_ordinal_of_a_later_death(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the saved, hurt: rescued and wounded
        (
            "Twelve passengers were rescued with injuries and taken to hospital in Marovo.",
            [("rescued", 12), ("wounded", 12)],
        ),
        # counter-examples: the hurt a count of their own, and the saved unhurt
        (
            "Twelve passengers were rescued and two with injuries were flown out.",
            [("rescued", 12), ("wounded", 2)],
        ),
        ("Twelve passengers were rescued without injuries.", [("rescued", 12)]),
    ],
)
def test_rescued_with_injuries(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_one_more_by_ordinal_beside_a_count_stays_cb82() -> None:
    found = analyze("Five peacekeepers were killed in the ambush; a sixth later died.").claims
    assert [(c.category, c.min, c.rule) for c in found] == [
        ("killed", 5, "CB01"),
        ("killed", 1, "CB82"),
    ]
