"""Wounded counts of US local crime news (rules-gva20): a single person after "and" who heads
a clause of its own when an age in digits stands before the noun ("... and a 40-year-old
suspect is being sought" is no victim). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman opened fire at a diner, killing three people and wounding two others,"
            " and a 35-year-old suspect is being sought, police said.",
            (3, 2),
        ),
        (
            "Two clerks were wounded in the robbery and a 19-year-old man was arrested an"
            " hour later.",
            (0, 2),
        ),
    ],
    ids=["sought", "arrested"],
)
def test_age_in_digits_heads_its_own_clause(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


def test_age_in_digits_coordinated_victim() -> None:
    # no verb of its own after the person: a second object of the same verb
    found = analyze("The gunman wounded two clerks and a 60-year-old customer.").claims
    assert sum(c.min or 0 for c in found if c.category == "wounded") == 3
