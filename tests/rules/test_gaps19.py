"""Known gaps mended in the seventeenth session by helper gaps19 (review31's open findings):
a person noun of conflict reports put to death by a group, and the sports sense of "beaten"
kept apart from a beating to death. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants put two collaborators to death.", [("killed", 2)]),
        ("The rebels put 12 spies to death at dawn.", [("killed", 12)]),
        ("A mob stoned two preachers to death.", [("killed", 2)]),
        # near miss: a thing, not people
        ("The council put two proposals to death.", []),
    ],
    ids=["collaborators", "spies", "preachers", "proposals"],
)
def test_conflict_people_put_to_death(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
