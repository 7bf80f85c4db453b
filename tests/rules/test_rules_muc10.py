"""Terrorism-report wire shapes (session 11, rules-muc10): speakers who say that people were
killed are not counted, victims named by their killers' noun ("the killers of two guards"),
and more. All text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two officials said that the soldiers were killed in the ambush.",
            [("killed", None, None, "soldiers")],
        ),
        (
            "Some reports indicate that the farmers were killed by the rebels.",
            [("killed", None, None, "farmers")],
        ),
        (
            "Four officials said that the two guards were wounded.",
            [("wounded", 2, 2, "guards")],
        ),
        # a relative clause with a verb of its own still runs up to the predicate
        ("Three guards that protected the mayor were killed.", [("killed", 3, 3, "guards")]),
        ("Two women that were injured in the crash died.", [("killed", 2, 2, "women")]),
    ],
    ids=[
        "officials-said-that",
        "reports-indicate-that",
        "count-inside-the-clause",
        "relative-with-its-verb",
        "relative-then-fate",
    ],
)
def test_a_that_clause_subject_is_not_the_speakers(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The killers of two police officers were arrested on Monday.",
            [("killed", 2, 2, "police officers")],
        ),
        (
            "THE ASSASSINS OF THE SIX MONKS COULD HAVE BEEN SOLDIERS.",
            [("killed", 6, 6, "MONKS")],
        ),
        (
            "The government offered a reward for the murderers of the three judges.",
            [("killed", 3, 3, "judges")],
        ),
        (
            "The kidnappers of three aid workers demanded a ransom.",
            [("kidnapped", 3, 3, "aid workers")],
        ),
        ("Police are searching for the killers of Ana Ruiz.", [("killed", 1, 1, None)]),
        # a bare plural after the agent noun may be whom they serve
        ("The judge was shot, presumably by paid assassins of drug traffickers.", []),
        ("The killers of the priests have never been found.", []),
    ],
    ids=[
        "killers-of-count",
        "assassins-of-upper",
        "murderers-of",
        "kidnappers-of",
        "killers-of-name",
        "assassins-of-their-masters",
        "killers-of-bare-plural",
    ],
)
def test_victims_named_by_their_killers_noun(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected
