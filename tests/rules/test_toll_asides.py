"""A toll with a comma aside before its verb, and a noun before a comma that is no victim."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The toll, which the coroner called provisional, rose to 27 on Sunday.", None),
        ("The death toll, already the region's worst, climbed to 27.", None),
        ("The number of dead, according to the prefecture, rose to 27.", "the prefecture"),
    ],
)
def test_an_aside_between_the_toll_and_its_verb(text: str, claimant: str | None) -> None:
    assert _claims(text) == [("killed", 27, claimant)]


def test_a_source_before_a_comma_is_no_victim() -> None:
    found = _claims("According to the radio, which cited a district nurse, 15 people were killed.")
    assert [(category, figure) for category, figure, _ in found] == [("killed", 15)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A sergeant, two medics and six cadets were wounded.", [1, 2, 6]),
        ("Boy, 2 adults were hurt in bus crash", [1, 2]),
    ],
)
def test_a_list_of_victims_still_counts_its_first_item(text: str, figures: list[int]) -> None:
    assert sorted(figure or 0 for _category, figure, _ in _claims(text)) == figures
