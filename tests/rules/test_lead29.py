"""Readings the twenty-ninth session's lead added. Every sentence is invented.

Claims: the hurt carried to a named place of care, or to none, "with" their injuries ("taken
to Mercy General with non-life-threatening injuries", "transported with injuries").

Attributions: the noun phrase before the verb that is an object inside a subject relative
clause is not the speaker ("aides who spoke ... to discuss the negotiations said").
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _sources(text: str) -> list[str | None]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women were taken to Mercy General with non-life-threatening injuries.",
            [("wounded", 2, 2)],
        ),
        (
            "Two others were transported with injuries that were not considered life-threatening.",
            [("wounded", 2, 2)],
        ),
        (
            "Four crew members were airlifted to St. Brigid's in Orme with serious injuries.",
            [("wounded", 4, 4)],
        ),
        # taken into custody is no care: the arrest only
        ("Three were taken into custody with minor injuries.", [("arrested", 3, 3)]),
        # no hurt after "with": no claim
        ("Twelve pupils were taken to Orme Museum with their teachers.", []),
        ("Officers found a man with a knife in the driveway.", []),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two aides who asked not to be named because they were not cleared to talk about the"
            " negotiations said the offer had been dropped.",
            ["Two aides"],
        ),
        ("A woman who lost her son in the blast told reporters she was angry.", ["A woman"]),
        ("Officials who briefed the President on Monday said the plan was ready.", ["Officials"]),
        # "who" followed by a subject of its own: the phrase after it is the speaker
        ("The soldier who the officer said fired first was arrested.", ["the officer"]),
        # a gap after the verb: the clause's own subject speaks
        ("The man who police said was armed fled.", ["police"]),
    ],
)
def test_sources(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected
