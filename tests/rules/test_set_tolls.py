"""A toll set by a verb "as high as" a figure, with no "at" ("put the toll as high as 60").
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rumours in Dalsk put the death toll as high as 60.", [("killed", None, 60, None)]),
        ("Local radio placed the number of dead as high as 45.", [("killed", None, 45, None)]),
    ],
)
def test_a_toll_set_as_high_as_a_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


def test_a_toll_with_no_verb_before_takes_no_bare_figure() -> None:
    assert _claims("The toll, as high as 60.") == []
