"""Review 28 of the fifteenth lead session's key figures: the hurt whole of a part loses its
part only when that part died, not when another victim of the sentence did. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from tests.crosswire.divergence.factory import headed_findings


def _key(title: str, text: str) -> tuple[float, float | None]:
    findings = headed_findings(title, text)
    killed = category_total(findings, "killed")
    return ((killed.stated or 0) if killed else 0, wounded_total(findings))


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Cashier shot dead in Lisk store holdup",
            "A cashier was shot dead and two of the 9 shoppers injured were teenagers, the "
            "sheriff's office said.",
            (1, 9),
        ),
        (
            "Worker dies in Pell mill fire",
            "One worker was killed, and four of the 15 people hurt were in serious condition.",
            (1, 15),
        ),
        (
            "Toll of Tarn ferry fire rises to 5",
            "The toll rose to five after two of the 18 passengers injured in the fire died.",
            (5, 16),
        ),
    ],
)
def test_the_whole_loses_only_a_part_that_died(
    title: str, text: str, expected: tuple[float, float]
) -> None:
    assert _key(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Lisk club shooting",
            "Nine people were wounded at a Lisk club on Saturday. Two of the nine wounded died "
            "on Monday.",
            (2, 7),
        ),
        (
            "Toll of Tarn market bombing rises to 6",
            "Four people were killed and 20 injured in the bombing. Two of the 20 injured later "
            "died in hospital.",
            (6, 18),
        ),
    ],
)
def test_a_count_restated_as_the_whole_of_a_part_that_died(
    title: str, text: str, expected: tuple[float, float]
) -> None:
    assert _key(title, text) == expected
