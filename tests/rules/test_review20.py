"""Review 20 of rules-muc10: an agent noun's "of" that names things, and a named list closed by
"and" before a new clause. All text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Late goals were the killers of two title bids.", []),
        ("Critics called the two banks the killers of 300 small firms.", []),
        ("The killers of 40 jobs at the plant were the new owners.", []),
        ("The killers of two children were jailed.", [("killed", 2, 2, "children")]),
        ("The killers of five were jailed.", [("killed", 5, 5, None)]),
        (
            "The kidnappers of two aid workers demanded a ransom.",
            [("kidnapped", 2, 2, "aid workers")],
        ),
        (
            "The kidnappers of three Spaniards freed them on Sunday.",
            [("kidnapped", 3, 3, "Spaniards")],
        ),
    ],
    ids=["title-bids", "small-firms", "jobs", "children", "bare-count", "aid-workers", "demonym"],
)
def test_the_killers_of_things_name_no_dead(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crash killed Ana Ruiz, 9, and Eli Ruiz, 52; a teacher was hurt.",
            [("killed", 2, 2, None), ("wounded", 1, 1, "teacher")],
        ),
        (
            "The fire killed Ivo Marsh, 70, and Lena Marsh, 68; a neighbour was treated for smoke.",
            [("killed", 2, 2, None)],
        ),
        (
            "The blast killed Ana Ruiz, 9; Eli Ruiz, 52; and a bus driver.",
            [("killed", 3, 3, None)],
        ),
    ],
    ids=["and-then-new-clause", "and-then-neighbour", "semicolon-list-goes-on"],
)
def test_a_list_closed_by_and_counts_its_names(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack wounded the driver and the other 40 passengers escaped.", []),
        ("The attack wounded the driver and his 40 passengers escaped.", []),
        ("The bomb killed the pilot and the other 12 crew members survived.", []),
        (
            "The gunmen killed the mayor and the other three passengers.",
            [("killed", 3, 3, "passengers")],
        ),
    ],
    ids=["other-escaped", "his-escaped", "other-survived", "object-kept"],
)
def test_a_count_after_and_with_its_own_verb_is_no_object(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected
