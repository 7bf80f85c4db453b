"""Readings the twentieth session's lead added. Every sentence is invented.

A toll adjective's people ("the number of dead inmates", "the number of abducted students")
are the claim's group, not words that stop the binding; a count's members may follow where
the counted were ("all 68 people on board, 64 passengers and four crew,") or stand between
spaced dashes; a toll of the taken ("the number of abducted") is a kidnapped claim.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor put the number of dead fishermen at 19.", [("killed", 19, "fishermen")]),
        ("The number of injured pilgrims rose to 212.", [("wounded", 212, "pilgrims")]),
        (
            "Elders put the number of abducted schoolgirls at 96.",
            [("kidnapped", 96, "schoolgirls")],
        ),
        ("The number of kidnapped rose to 40 overnight.", [("kidnapped", 40, None)]),
        # near misses: no people after the adjective, or things, not people
        ("The number of dead rose to 40.", [("killed", 40, None)]),
        ("Officials put the number of damaged houses at 300.", []),
    ],
)
def test_a_toll_adjective_counts_the_people_after_it(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All 52 people on board, 48 passengers and four crew, died when the ferry sank.",
            [("killed", 52, "people"), ("killed", 48, "passengers"), ("killed", 4, "crew")],
        ),
        (
            "Seven people - five miners and two rescuers - died in the second blast.",
            [("killed", 7, "people"), ("killed", 5, "miners"), ("killed", 2, "rescuers")],
        ),
        # near miss: "on board" before no list is just where they were
        ("Nine people on board the bus were hurt.", [("wounded", 9, "people")]),
    ],
)
def test_members_after_where_the_counted_were_or_between_dashes(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected
