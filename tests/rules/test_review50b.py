"""Readings review50b added in the fiftieth session. Every sentence is invented.

Attributions: a party that "told reporters nothing about" a thing is silent on it, while
"told reporters nothing had changed" stays a statement.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master told reporters nothing about the collision.",
            [("non_response", "The harbour master")],
        ),
        (
            "Asked about the dam, the engineer told journalists almost nothing.",
            [("non_response", "the engineer")],
        ),
        (
            "The Brenn Valley sheriff told relatives nothing on Monday about the search.",
            [("non_response", "The Brenn Valley sheriff")],
        ),
        # counter-examples: what was told is a clause, a report
        (
            "The harbour master told reporters nothing had been found in the hold.",
            [("statement", "The harbour master")],
        ),
        (
            "The engineer told journalists nothing about the cracks suggested a collapse.",
            [("statement", "The engineer")],
        ),
        ("The warden said nothing was missing.", [("statement", "The warden")]),
    ],
)
def test_told_reporters_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
