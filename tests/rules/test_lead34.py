"""Readings the thirty-fourth session's lead added. Every sentence is invented.

Claims: officers "sent home" are not deployed; a named body "has been sheltering" people
who are displaced; people "moved from" low-lying islands or villages are evacuated.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent away, not sent in
        ("Four deputies were sent home after the shift ended, the sheriff said.", []),
        ("The ministry sent 300 troops home on Friday.", []),
        ("About 40 deputies were sent to the fairground.", [("deployed", 40, "deputies")]),
        # a body that shelters people
        (
            "The mosque has been sheltering 250 people since the river rose, its imam said.",
            [("displaced", 250, "people")],
        ),
        (
            "Some 3,100 people were sheltering in 27 schools on Friday.",
            [("displaced", 3100, "people")],
        ),
        # moved from a place in danger
        (
            "Navy boats had moved about 9,000 people from low-lying islands to the coast.",
            [("evacuated", 9000, "people")],
        ),
        (
            "Soldiers moved 400 villagers from the riverbanks overnight.",
            [("evacuated", 400, "villagers")],
        ),
        ("The district moved 120 teachers from schools in the north.", []),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected
