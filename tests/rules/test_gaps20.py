"""Known gaps of the eighteenth and nineteenth sessions mended by helper gaps20 (lead session
20): occupations of ports, ships and sites as person nouns, ... Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A porter was crushed to death by a falling crate.", [("killed", 1)]),
        ("A deckhand was injured when the ferry hit the pier.", [("wounded", 1)]),
        ("Gunmen shot dead a stevedore at the container terminal.", [("killed", 1)]),
        ("Three farmhands were hurt when the barn collapsed.", [("wounded", 3)]),
        # near miss: a surname, not the trade
        ("Officer Lena Porter said nobody else was on the quay.", []),
    ],
    ids=["porter", "deckhand", "stevedore", "farmhands", "surname"],
)
def test_occupations_as_person_nouns(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"No one here is dead yet," the coach said after a fifth straight loss.', []),
        ('"We lost again, but nobody\'s dead yet," the manager told reporters.', []),
        # near misses: a toll of zero in the past; the dead yet to be named
        ("No one was killed in the warehouse fire, the brigade said.", [("killed", 0)]),
        ("The 12 dead yet to be named were all miners.", [("killed", 12)]),
    ],
    ids=["no-one-here", "nobody-s", "was-killed", "yet-to-be-named"],
)
def test_nobody_dead_yet_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said the two deaths raised the number of people killed since March"
            " to at least 51.",
            [("killed", 51)],
        ),
        ("Sunday's three deaths brought the toll from the unrest to 40.", [("killed", 40)]),
        # near misses: new deaths told with "more"; a definite count with no tally moved
        ("Two more deaths raised the toll to 51.", [("killed", 2), ("killed", 51)]),
        ("The two deaths were the first in the town this year.", [("killed", 2)]),
    ],
    ids=["the-two-deaths", "sundays-three", "two-more", "no-tally"],
)
def test_a_definite_step_of_a_tally_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
