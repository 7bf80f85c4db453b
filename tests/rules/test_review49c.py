"""Readings review49c mended, each with counter-examples that stay. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, str, float | None]]:
    return [(c.rule, c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll changed "from" its old value, with no new value told
        (
            "The death toll had risen from 15 the night before, after divers recovered three"
            " bodies.",
            [("CB124", "killed", 15), ("CB01", "killed", 3)],
        ),
        (
            "The toll has climbed from 27 on Monday, the harbour office said.",
            [("CB124", "killed", 27)],
        ),
        (
            "The number of injured had risen from 40 by Tuesday evening.",
            [("CB124", "wounded", 40)],
        ),
        (
            "The toll rose from 8 as more bodies were found in the silt.",
            [("CB124", "killed", 8)],
        ),
        # counter-examples: a change told whole, no toll, a thing counted
        (
            "The toll rose from 15 to 18 after divers recovered three bodies.",
            [("CB124", "killed", 15), ("CB02", "killed", 18), ("CB01", "killed", 3)],
        ),
        ("Ticket sales had risen from 15 the night before.", []),
        ("The river had risen from 15 feet the night before.", []),
        ("The toll had risen from 3 separate attacks.", []),
    ],
)
def test_a_toll_risen_from_alone(text: str, expected: list[tuple[str, str, float | None]]) -> None:
    assert _claims(text) == expected
