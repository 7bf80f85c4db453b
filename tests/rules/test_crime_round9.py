"""Claims of short crime stories of our own (issue 9, crime round 9): the Commonwealth
formula "declared dead", and a number that names the whole a part is picked from. Every
text is our own writing."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was declared dead at the scene after being shot in Elkford on Friday.",
            [("killed", 1)],
        ),
        ("Two men were declared dead at the scene on Harbour Road.", [("killed", 2)]),
        ("Three sailors were declared missing after the trawler sank.", [("missing", 3)]),
    ],
    ids=["one-declared-dead", "two-declared-dead", "declared-missing"],
)
def test_declared_dead_is_pronounced_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people were declared winners of the county raffle.",
        "The mayor declared a state of emergency on Monday.",
    ],
    ids=["winners", "emergency"],
)
def test_declared_is_no_cue_on_its_own(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the two died at the hospital on Sunday.", [("killed", 1)]),
        ("The younger of the two died at a hospital in Varn.", [("killed", 1)]),
        ("The elder of the three brothers died at the scene.", [("killed", 1)]),
        ("One of the three wounded later died.", [("killed", 1)]),
        ("One of the two men died at the hospital.", [("killed", 1)]),
        ("Neither of the two was seriously hurt.", []),
    ],
    ids=["one-of-the-two", "younger", "elder-of-brothers", "of-the-wounded", "men", "neither"],
)
def test_the_whole_of_a_part_counts_no_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def test_each_of_a_whole_still_counts_all() -> None:
    assert _claims("Each of the three was shot in the head.") == [("killed_or_wounded", 3)]
